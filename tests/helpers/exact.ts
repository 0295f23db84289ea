/**
 * A small exact-fraction toolkit for tests, written independently of src/internal/rational.ts
 * so that expected values computed with it are not the implementation checking itself.
 *
 * Fractions are `{ n, d }` with bigint parts and `d > 0` (not necessarily reduced).
 */
import type { RoundingMode } from '../../src/index.js';

export interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}

export const F = (n: bigint | number, d: bigint | number = 1n): Frac => {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new Error('zero denominator');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  return { n: nn, d: dd };
};

export const fAdd = (a: Frac, b: Frac): Frac => F(a.n * b.d + b.n * a.d, a.d * b.d);
export const fSub = (a: Frac, b: Frac): Frac => F(a.n * b.d - b.n * a.d, a.d * b.d);
export const fMul = (a: Frac, b: Frac): Frac => F(a.n * b.n, a.d * b.d);
export const fDiv = (a: Frac, b: Frac): Frac => F(a.n * b.d, a.d * b.n);
export const fCmp = (a: Frac, b: Frac): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const fEq = (a: Frac, b: Frac): boolean => fCmp(a, b) === 0;
export const fIsZero = (a: Frac): boolean => a.n === 0n;
export const fSum = (xs: readonly Frac[]): Frac => xs.reduce(fAdd, F(0));

/** Floor division for bigints (JS `/` truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * Rounds a fraction to an integer by `mode`, written from the textbook definitions
 * (floor(x + ½) for half-up and so on) rather than from the library's remainder tests.
 */
export function roundFracToInt(x: Frac, mode: RoundingMode): bigint {
  const { n, d } = x; // d > 0
  const floor = floorDiv(n, d);
  const ceil = -floorDiv(-n, d);
  const halfUp = floorDiv(2n * n + d, 2n * d); // floor(x + 1/2)
  const halfDown = -floorDiv(-2n * n + d, 2n * d); // ceil(x - 1/2)
  switch (mode) {
    case 'floor':
      return floor;
    case 'ceil':
      return ceil;
    case 'truncate':
      return n >= 0n ? floor : ceil;
    case 'halfUp':
      return halfUp;
    case 'halfDown':
      return halfDown;
    case 'halfAwayFromZero':
      return n >= 0n ? halfUp : halfDown;
    case 'halfTowardZero':
      return n >= 0n ? halfDown : halfUp;
    case 'halfEven': {
      // Exactly halfway when 2n/d is odd: then pick the even neighbour.
      if ((2n * n) % d === 0n && ((2n * n) / d) % 2n !== 0n) return floor % 2n === 0n ? floor : ceil;
      return halfUp;
    }
  }
}

/** Rounds `x` to `decimals` places: the integer k with k / 10^decimals the rounded value. */
export const roundFrac = (x: Frac, decimals: number, mode: RoundingMode): bigint =>
  roundFracToInt(fMul(x, F(10n ** BigInt(decimals))), mode);

/** The JS number a user would write for `k / 10^decimals` (parsed from its decimal text). */
export function scaledToJs(k: bigint, decimals: number): number {
  return Number(scaledText(k, decimals));
}

/** `k / 10^decimals` as decimal text, built digit by digit: (9531n, 2) → "95.31". */
export function scaledText(k: bigint, decimals: number, separator = '.'): string {
  const neg = k < 0n;
  const digits = (neg ? -k : k).toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${neg ? '-' : ''}${int}${decimals > 0 ? separator + frac : ''}`;
}

const DECIMAL_TEXT = /^\s*([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?\s*$/;

/** Reads decimal text ("95,31", "-0.5", "1e-7") exactly; throws on anything else. */
export function parseText(text: string): Frac {
  const m = DECIMAL_TEXT.exec(text);
  if (m === null || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal: ${text}`);
  const digits = BigInt(`${m[2] || '0'}${m[3] ?? ''}`) * (m[1] === '-' ? -1n : 1n);
  const exp = Number(m[4] ?? '0') - (m[3] ?? '').length;
  return exp >= 0 ? F(digits * 10n ** BigInt(exp)) : F(digits, 10n ** BigInt(-exp));
}

/** Reads a JS number as the decimal it prints as. */
export const fromJs = (x: number): Frac => parseText(String(x));

/** Reads a weight as the library documents it: number, decimal text, or "a/b". */
export function parseWeightText(w: number | string): Frac {
  if (typeof w === 'number') return fromJs(w);
  const slash = w.indexOf('/');
  if (slash >= 0) return fDiv(parseText(w.slice(0, slash)), parseText(w.slice(slash + 1)));
  return parseText(w);
}

/** The nearest double to a fraction, via correctly rounded parsing of 25 significant digits. */
export function fracToNumber(x: Frac): number {
  if (x.n === 0n) return 0;
  const neg = x.n < 0n;
  const n = neg ? -x.n : x.n;
  const shift = 40n;
  const k = (n * 10n ** shift) / x.d;
  return Number(`${neg ? '-' : ''}${k}e-${shift}`);
}
