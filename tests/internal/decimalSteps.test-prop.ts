/**
 * The compact grid reader (src/internal/decimalSteps.ts, input.ts readSteps) against the exact
 * rational path it replaces in `classify` and the trusted builder of built-in scales: for every
 * input, reading a value and rounding it to a grid gives the same count of grid steps as
 * `roundToScaled` of the value read as before (the former parser, kept below as the reference),
 * and every refused input the same error (code, path, message); parseDecimal and readDecimal,
 * now built on the same parser, still read what they read before. And `classify` gives what the rational classification gives, on every built-in
 * scale and on generated scales with other decimals and rounding modes.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classify, defineScale, ROUNDING_MODES, scales, type BandSpec, type RoundingMode, type ScoreInput } from '../../src/index.js';
import { classifyExact, readFollowUp } from '../../src/classification/internal/classifyExact.js';
import { compileScale } from '../../src/classification/internal/compileScale.js';
import { decimalParts, stepsOf } from '../../src/internal/decimalSteps.js';
import { describe as describeValue, readDecimal, readOptions, readSteps } from '../../src/internal/input.js';
import { parseDecimal, rat, roundToScaled, toNumber, type Rational } from '../../src/internal/rational.js';
import { KepatuhanError } from '../../src/errors/KepatuhanError.js';

const mode = fc.constantFrom(...ROUNDING_MODES);
const decimals = fc.integer({ min: 0, max: 20 });

/** What a call gives: its value, or its error's code, path and message. */
function outcome<T>(f: () => T): { value: T } | { code: unknown; path: unknown; message: unknown } {
  try {
    return { value: f() };
  } catch (e) {
    const { code, path, message } = e as { code: unknown; path: unknown; message: unknown };
    return { code, path, message };
  }
}

/**
 * The reading of a score before decimalSteps.ts (rational.ts parseDecimal and input.ts
 * readDecimal as they were), kept here as the reference: the library's own parseDecimal and
 * readDecimal are now built on decimalParts, so comparing with them alone would not check it.
 */
const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;
function referenceParse(text: string): Rational | undefined {
  const s = text.trim();
  if (s.length === 0 || s.length > 400) return undefined;
  const m = DECIMAL.exec(s);
  if (m === null) return undefined;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int.length === 0 && frac.length === 0) return undefined;
  let exp = -frac.length;
  if (m[4] !== undefined) {
    const e = Number(m[4]);
    if (!Number.isSafeInteger(e) || Math.abs(e) > 400) return undefined;
    exp += e;
  }
  let digits = BigInt((int || '0') + frac);
  if (m[1] === '-') digits = -digits;
  return exp >= 0 ? { n: digits * 10n ** BigInt(exp), d: 1n } : rat(digits, 10n ** BigInt(-exp));
}
function referenceRead(value: unknown, path: string, what: string): Rational {
  if (typeof value === 'number') {
    const r = Number.isFinite(value) ? (Number.isSafeInteger(value) ? { n: BigInt(value), d: 1n } : referenceParse(String(value))) : undefined;
    if (r === undefined) throw new KepatuhanError('INVALID_NUMBER', `${what} must be a finite number, got ${describeValue(value)}`, path);
    return r;
  }
  if (typeof value === 'string') {
    const r = referenceParse(value);
    if (r === undefined) throw new KepatuhanError('INVALID_NUMBER', `${what} must be a decimal such as "95.31" or "95,31", got ${describeValue(value)}`, path);
    if (!Number.isFinite(toNumber(r))) throw new KepatuhanError('INVALID_NUMBER', `${what} is beyond the largest JavaScript number (about 1.8e308), got ${describeValue(value)}`, path);
    return r;
  }
  throw new KepatuhanError('INVALID_TYPE', `${what} must be a number or a decimal string, got ${describeValue(value)}`, path);
}

/** The grid count as the rational path computes it, as a bigint (or the error). */
const viaRational = (v: unknown, d: number, m: RoundingMode) => outcome(() => roundToScaled(referenceRead(v, 'value', 'score'), d, m));
/** The grid count read by decimalSteps, checked for its representation, as a bigint (or the error). */
const viaSteps = (v: unknown, d: number, m: RoundingMode) =>
  outcome(() => {
    const k = readSteps(v, d, m, 'value', 'score');
    // Below 10^15 a number (never -0), above a bigint.
    if (typeof k === 'number') expect(Number.isSafeInteger(k) && Math.abs(k) < 1e15 && !Object.is(k, -0)).toBe(true);
    else expect(k >= 10n ** 15n - 1n || k <= -(10n ** 15n) + 1n).toBe(true);
    return BigInt(k);
  });

/** The neighbouring doubles of x (`step` ulps away). */
function nextDouble(x: number, step: number): number {
  const buf = new Float64Array([x]);
  const bits = new BigInt64Array(buf.buffer);
  bits[0] = bits[0]! + BigInt(step);
  return buf[0]!;
}

/** Numbers on a grid, at its ties (…5) and a few doubles either side of both. */
const gridNumber = fc
  .tuple(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 0, max: 8 }), fc.boolean(), fc.integer({ min: -3, max: 3 }))
  .map(([k, d, tie, step]) => nextDouble(tie ? Number(`${k}5e-${d + 1}`) : Number(`${k}e-${d}`), step));
const anyNumber = fc.oneof(
  fc.double(), // NaN, ±Infinity, -0, subnormals, huge values included
  gridNumber,
  fc.constantFrom(0, -0, 87.995, 87.985, 88.005, 1.005, 2.675, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 2),
);

const digits = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { maxLength: max }).map((a) => a.join(''));
/** Decimal text: sign, digits, `.` or `,`, digits (…5, …4999…, …5000…1 tails), exponent, white space. */
const decimalString = fc
  .tuple(
    fc.constantFrom('', '', '+', '-'),
    digits(20),
    fc.constantFrom('', '.', ','),
    fc.oneof(digits(25), fc.tuple(digits(4), fc.constantFrom('5', '4999999999', '5000000001', '50000', '49', '51')).map(([a, b]) => a + b)),
    fc.oneof(fc.constant(''), fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 420 })).map(([e, s, n]) => `${e}${s}${n}`)),
    fc.constantFrom('', ' ', '\t', '\n '),
  )
  .map(([sign, int, sep, frac, exp, ws]) => `${ws}${sign}${int}${sep}${frac}${exp}${ws}`);
/** Near the largest double: 2^1024 − 2^970 (the least magnitude that reads as Infinity) and its neighbours. */
const LIMIT = 2n ** 1024n - 2n ** 970n;
const hugeString = fc
  .tuple(fc.bigInt({ min: -3n, max: 3n }), fc.constantFrom('', '.5', ',000001', '.9999'), fc.constantFrom('', '-'))
  .map(([delta, frac, sign]) => `${sign}${LIMIT + delta}${frac}`);
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '.', ',', '-', '+', 'e5', '.e5', '1e', '1e+', '1.2.3', '1,2,3', '1_000', '0x10', 'Infinity', 'NaN', '١٢', '1e401', '1e-401', '1e400', '9e307', '1.8e308'),
  fc.integer({ min: 395, max: 405 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 395, max: 405 }).map((n) => `0.${'0'.repeat(n - 2)}`),
);
const notAScore = fc.oneof(fc.constantFrom(null, undefined, true, false, 5n, Symbol('s'), [], [1], {}, new Map(), () => 1, new Number(5), new String('5')), fc.object());

const anyInput = fc.oneof(anyNumber, decimalString, hugeString, hostileString, notAScore);

describe('decimalSteps reads and rounds exactly as the rational path does', () => {
  test.prop([anyInput, decimals, mode], { numRuns: 3000 })(
    'readSteps gives the same grid count as roundToScaled of the value read by the former reader, or the same error (code, path, message)',
    (v, d, m) => {
      expect(viaSteps(v, d, m)).toStrictEqual(viaRational(v, d, m));
    },
  );

  test.prop([anyInput])('readDecimal (now on decimalParts) reads every input as the reader before it did, or fails with the same error', (v) => {
    expect(outcome(() => readDecimal(v, 'value', 'score'))).toStrictEqual(outcome(() => referenceRead(v, 'value', 'score')));
  });

  test.prop([fc.oneof(decimalString, hostileString, hugeString)], { numRuns: 1000 })('decimalParts (and parseDecimal on it) accept exactly the strings the parser before them accepted, with the same value', (s) => {
    const parts = decimalParts(s);
    const r = referenceParse(s);
    expect(parseDecimal(s)).toStrictEqual(r);
    expect(parts === undefined).toBe(r === undefined);
    if (parts === undefined || r === undefined) return;
    const [negative, ds, e] = parts;
    const n = (negative ? -1n : 1n) * BigInt(ds);
    // ±digits · 10^e = r.n / r.d
    if (e >= 0) expect(n * 10n ** BigInt(e) * r.d).toBe(r.n);
    else expect(n * r.d).toBe(r.n * 10n ** BigInt(-e));
  });

  test.prop([
    fc.tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }), fc.boolean(), fc.oneof(fc.constant(0), fc.integer({ min: -2, max: 2 }))),
    mode,
  ])('numbers at a tie of the grid they are rounded to (…5), on it, and the doubles beside them round as the rational path does', ([k, d, tie, step], m) => {
    const v = nextDouble(tie ? Number(`${k}5e-${d + 1}`) : Number(`${k}e-${d}`), step);
    expect(viaSteps(v, d, m)).toStrictEqual(viaRational(v, d, m));
    expect(viaSteps(String(v).replace('.', ','), d, m)).toStrictEqual(viaRational(String(v).replace('.', ','), d, m));
  });

  test.prop([fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })), decimals, mode])(
    'at every tie, just below and just above it, stepsOf rounds as roundToScaled does',
    (k, extra, d, m) => {
      // k·10^-(d+extra+1) with a last digit of 5 (a tie at d decimals when extra = 0), 4, 6, 49999…, 50000…1.
      for (const tail of ['5', '4', '6', '4999999999', '5000000001', '0']) {
        const text = `${k < 0n ? '-' : ''}${(k < 0n ? -k : k).toString()}${tail}e-${d + extra + tail.length}`;
        const expected = roundToScaled(referenceParse(text)!, d, m);
        expect(BigInt(stepsOf(decimalParts(text)!, d, m))).toBe(expected);
      }
    },
  );
});

/** Generated scales: d decimals, a rounding mode, a range and bands that partition its grid. */
const userScale = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    mode,
    fc.integer({ min: -2000, max: 2000 }),
    fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: 0, maxLength: 5 }),
    fc.integer({ min: 1, max: 6000 }),
    fc.boolean(),
  )
  .map(([d, rounding, lo, cuts, width, exclusive]) => {
    const hi = lo + width;
    const inside = [...new Set(cuts.map((c) => lo + (c % width)).filter((c) => c > lo && c <= hi))].sort((a, b) => a - b);
    const starts = [lo, ...inside];
    const at = (k: number): string => (k / 10 ** d).toFixed(d);
    const bands: BandSpec[] = starts.map((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! - 1 : hi;
      // An exclusive lower bound one step below the band's first value, where allowed.
      return exclusive && i > 0
        ? { category: `c${i}`, label: `Band ${i}`, min: at(s - 1), minInclusive: false, max: at(end) }
        : { category: `c${i}`, label: `Band ${i}`, min: at(s), max: Number(at(end)) };
    });
    return defineScale({ id: 'generated', name: 'Generated', min: Number(at(lo)), max: at(hi), decimals: d, rounding, bands });
  });

describe('classify agrees with the rational classification', () => {
  const builtIns = Object.values(scales);
  test.prop([fc.oneof(fc.constantFrom(...builtIns), userScale), anyInput, fc.constantFrom(undefined, {}, { followedUpCorrectiveActions: true }, { followedUpCorrectiveActions: false })], {
    numRuns: 2000,
  })('classify(v, scale, options) equals the rational classification of v, or fails with the same error (code, path, message)', (scale, v, options) => {
    const c = compileScale(scale);
    // classify before the compact reader: the value read exactly, then the option, then the band.
    const expected = outcome(() => classifyExact(referenceRead(v, 'value', 'score'), c, 'value', readFollowUp(readOptions(options), c)));
    expect(outcome(() => classify(v as ScoreInput, scale, options))).toStrictEqual(expected);
  });

  test.prop([fc.constantFrom(...builtIns), fc.integer({ min: -3, max: 3 }), fc.boolean()])(
    'at every band edge of a built-in scale (and the .xx5 ties beside it), classify gives the rational classification',
    (scale, step, tie) => {
      const c = compileScale(scale);
      for (const b of c.bands)
        for (const k of [b.first, b.last]) {
          const text = tie ? `${k + BigInt(step)}5e-${c.decimals + 1}` : `${k + BigInt(step)}e-${c.decimals}`;
          for (const v of [text, Number(text), text.replace('e', ',0e')]) {
            const expected = outcome(() => classifyExact(referenceRead(v, 'value', 'score'), c));
            expect(outcome(() => classify(v, scale))).toStrictEqual(expected);
          }
        }
    },
  );
});
