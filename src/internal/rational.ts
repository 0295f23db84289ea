/**
 * The exact-number core. Every figure the library reports goes through here (or through
 * the float-integer fast path in `./integer.ts`, which is proven equal to it by tests).
 *
 * Values are rationals `n / d` with bigint parts, `d > 0`, reduced. Inputs are read as the
 * decimal they show: a JS number as its shortest round-trip representation (`String(x)`),
 * so `88.005` is exactly 88005/1000, never the binary 88.00499999999999545….
 *
 * @internal
 */
import type { RoundingMode } from '../rounding/rounding.js';
import { decimalParts, type DecimalParts } from './decimalSteps.js';

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  return (a / gcd(a, b)) * b;
}

/** Builds a reduced rational; `d` must not be zero. */
export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const add = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? rat(a.n + b.n, a.d) : rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? rat(a.n - b.n, a.d) : rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
/** `b` must not be zero. */
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);
export const cmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const isZero = (a: Rational): boolean => a.n === 0n;
export const isInteger = (a: Rational): boolean => a.d === 1n;
export const fromInt = (n: number | bigint): Rational => ({ n: BigInt(n), d: 1n });

export const POW10: readonly bigint[] = /*#__PURE__*/ Array.from({ length: 41 }, (_, i) => 10n ** BigInt(i));
export function pow10(e: number): bigint {
  return POW10[e] ?? 10n ** BigInt(e);
}

export { MAX_DECIMAL_LENGTH, MAX_EXPONENT } from './decimalSteps.js';

/**
 * Parses a decimal string (`"95.31"`, `"95,31"`, `"-0.5"`, `".5"`, `"1e-7"`), surrounding
 * white space allowed. Exactly one decimal separator, either `.` or `,`; no thousands
 * separators. Returns `undefined` when the text is not such a decimal (decimalSteps.ts
 * `decimalParts` reads it).
 */
export function parseDecimal(text: string): Rational | undefined {
  const parts = decimalParts(text);
  return parts === undefined ? undefined : fromParts(parts);
}

/** The exact rational of a decimal's parts (decimalSteps.ts `decimalParts`), reduced. */
export function fromParts([negative, ds, exp]: DecimalParts): Rational {
  // |exp| ≤ MAX_EXPONENT + MAX_DECIMAL_LENGTH: the power of ten below stays bounded.
  const digits = negative ? -BigInt(ds) : BigInt(ds);
  return exp >= 0 ? { n: digits * pow10(exp), d: 1n } : rat(digits, pow10(-exp));
}

/** Reads a finite JS number as the decimal its shortest representation shows; `undefined` for NaN/±Infinity. */
export function fromNumber(x: number): Rational | undefined {
  if (!Number.isFinite(x)) return undefined;
  if (Number.isSafeInteger(x)) return { n: BigInt(x), d: 1n };
  return parseDecimal(String(x));
}

/** Number of decimal places needed to write `r` exactly, or `undefined` if it has no finite expansion. */
export function decimalPlaces(r: Rational): number | undefined {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  return d === 1n ? Math.max(twos, fives) : undefined;
}

/**
 * Divides `n` by `d` (`d > 0`) and rounds to an integer by `mode`, exactly.
 */
export function roundDiv(n: bigint, d: bigint, mode: RoundingMode): bigint {
  let q = n / d; // truncates toward zero
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  } // now q = floor(n/d), 0 <= r < d
  if (r === 0n) return q;
  const twice = 2n * r;
  switch (mode) {
    case 'floor':
      return q;
    case 'ceil':
      return q + 1n;
    case 'truncate':
      return q < 0n ? q + 1n : q;
    case 'halfUp':
      return twice >= d ? q + 1n : q;
    case 'halfDown':
      return twice > d ? q + 1n : q;
    case 'halfEven':
      return twice > d || (twice === d && (q & 1n) === 1n) ? q + 1n : q;
    case 'halfAwayFromZero':
      return twice > d || (twice === d && q >= 0n) ? q + 1n : q;
    case 'halfTowardZero':
      return twice > d || (twice === d && q < 0n) ? q + 1n : q;
  }
}

/** Rounds `r` to `decimals` places: the integer `k` such that `k / 10^decimals` is the rounded value. */
export function roundToScaled(r: Rational, decimals: number, mode: RoundingMode): bigint {
  return roundDiv(r.n * pow10(decimals), r.d, mode);
}

/** The nearest double to `k / 10^decimals` (exact division of two exact doubles when |k| < 2^53). */
export function scaledToNumber(k: bigint | number, decimals: number): number {
  if (k >= -MAX_SAFE && k <= MAX_SAFE && decimals <= 22) {
    const v = Number(k) / 10 ** decimals;
    return v === 0 ? 0 : v; // never -0
  }
  const v = Number(`${k}e-${decimals}`);
  return v === 0 ? 0 : v;
}

export const MAX_SAFE = /*#__PURE__*/ BigInt(Number.MAX_SAFE_INTEGER);

/** Number of bits of a positive bigint. */
function bitLength(x: bigint): number {
  return x.toString(2).length;
}

const TWO53 = 9007199254740992n; // 2^53 (a literal: an expression would stay in every bundle)

/**
 * The double nearest to `r` (ties to even, as `Number("…")` would read the exact decimal),
 * subnormals included; ±Infinity only when |r| is beyond the largest double. Never returns -0.
 */
export function toNumber(r: Rational): number {
  if (r.n === 0n) return 0;
  // Both parts exact doubles: one IEEE division is correctly rounded.
  if (r.n >= -MAX_SAFE && r.n <= MAX_SAFE && r.d <= MAX_SAFE) return Number(r.n) / Number(r.d);
  if (r.d === 1n) return Number(r.n); // rounds to nearest, ties to even
  const neg = r.n < 0n;
  const n = neg ? -r.n : r.n;
  // Pick e so that q = n / (d · 2^e) has 53 significant bits (e ≥ -1074: subnormals keep fewer),
  // then round q half-even on the exact remainder: q · 2^e is then the nearest double.
  let e = Math.max(bitLength(n) - bitLength(r.d) - 53, -1074);
  let q: bigint;
  let rem: bigint;
  let den: bigint;
  for (;;) {
    const num = e < 0 ? n << BigInt(-e) : n;
    den = e > 0 ? r.d << BigInt(e) : r.d;
    q = num / den;
    rem = num % den;
    if (q < TWO53) break;
    e++;
  }
  const twice = 2n * rem;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q++;
  const v = Number(q) * 2 ** e;
  return neg ? -v : v;
}

/** Exact decimal text of `k / 10^decimals`, e.g. `(9531n, 2)` → `"95.31"` (`k` a bigint or a safe integer). */
export function scaledToString(k: bigint | number, decimals: number): string {
  const neg = k < 0n;
  const s = (neg ? -k : k).toString().padStart(decimals + 1, '0');
  const body = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  return neg ? `-${body}` : body;
}
