import { describe, expect, it } from 'vitest';
import {
  add,
  cmp,
  decimalPlaces,
  div,
  fromInt,
  fromNumber,
  gcd,
  isInteger,
  isZero,
  lcm,
  mul,
  parseDecimal,
  pow10,
  rat,
  roundDiv,
  roundToScaled,
  scaledToNumber,
  scaledToString,
  sub,
  toNumber,
} from '../../src/internal/rational.js';
import type { RoundingMode } from '../../src/rounding/rounding.js';

const r = (text: string) => {
  const v = parseDecimal(text);
  if (v === undefined) throw new Error(`not a decimal: ${text}`);
  return v;
};

describe('parseDecimal reads the decimal as written', () => {
  it.each([
    ['95.31', 9531n, 100n],
    ['95,31', 9531n, 100n],
    [' 88.00 ', 88n, 1n],
    ['-0.5', -1n, 2n],
    ['+2', 2n, 1n],
    ['.5', 1n, 2n],
    [',25', 1n, 4n],
    ['5.', 5n, 1n],
    ['1e3', 1000n, 1n],
    ['1E-3', 1n, 1000n],
    ['2.5e+1', 25n, 1n],
    ['-0', 0n, 1n],
    [`0.${'0'.repeat(397)}1`, 1n, 10n ** 398n],
  ])('%s is %s/%s (reduced)', (text, n, d) => {
    expect(parseDecimal(text)).toEqual({ n, d });
  });

  it.each(['', ' ', '-', '+', '.', ',', '1.2.3', '1,2,3', '1.000,5', '1 000', '1_000', '0x10', 'Infinity', 'NaN', '1e', 'e5', '1e+', '--1', '١', '１２'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it('bounds the work on hostile text: at most 400 characters and exponents within ±400', () => {
    expect(parseDecimal('9'.repeat(400))).toBeDefined();
    expect(parseDecimal('9'.repeat(401))).toBeUndefined();
    expect(parseDecimal(` ${'9'.repeat(400)} `)).toBeDefined(); // blanks do not count
    expect(parseDecimal('1e400')).toEqual({ n: 10n ** 400n, d: 1n });
    expect(parseDecimal('1e-400')).toEqual({ n: 1n, d: 10n ** 400n });
    expect(parseDecimal('1e401')).toBeUndefined();
    expect(parseDecimal('1e-401')).toBeUndefined();
    expect(parseDecimal('1e99999999999999999999')).toBeUndefined();
    // The exponent and the digits together stay within 400 + 400 places.
    expect(parseDecimal(`0.${'0'.repeat(390)}1e-400`)).toBeDefined();
    expect(parseDecimal(`0.${'0'.repeat(395)}1e-400`)).toBeUndefined();
    expect(parseDecimal(`${'1'.repeat(390)}e400`)).toBeDefined();
  });
});

describe('fromNumber reads a double as the decimal it shows', () => {
  it.each([
    [88.005, 17601n, 200n],
    [0.1 + 0.2, 7500000000000001n, 25000000000000000n], // 0.30000000000000004, reduced
    [1e21, 10n ** 21n, 1n],
    [-0, 0n, 1n],
    [5e-324, 1n, 2n * 10n ** 323n], // 5 / 10^324, reduced
    [Number.MAX_SAFE_INTEGER, 9007199254740991n, 1n],
    [-12, -12n, 1n],
  ])('%s', (x, n, d) => {
    expect(fromNumber(x)).toEqual({ n, d });
  });

  it('has no value for NaN and ±Infinity', () => {
    expect(fromNumber(Number.NaN)).toBeUndefined();
    expect(fromNumber(Infinity)).toBeUndefined();
    expect(fromNumber(-Infinity)).toBeUndefined();
  });
});

describe('toNumber gives the nearest double', () => {
  it.each([
    '95.31',
    '-1.5',
    '1e-30',
    '5e-324',
    '2.4703282292062328e-324', // just above half the smallest subnormal: rounds up to it
    '2.225073858507201e-308',
    '1.7976931348623157e308',
    '123456789012345678901234567890',
    '-98765432109876543210.123456789',
    `0.${'3'.repeat(60)}`,
    '9007199254740993', // 2^53 + 1: a tie, to even
    '9007199254740995',
    '0.1',
  ])('%s reads like Number() reads it', (text) => {
    expect(toNumber(r(text))).toBe(Number(text));
  });

  it('rounds exact fractions to the nearest double, ties to even', () => {
    expect(toNumber(rat(1n, 3n))).toBe(1 / 3);
    expect(toNumber(rat(-2n, 3n))).toBe(-2 / 3);
    expect(toNumber(rat(10n ** 30n + 1n, 3n))).toBe(Number('333333333333333333333333333333.6667'));
    expect(toNumber(rat(1n, 3n * 10n ** 320n))).toBe(Number('3.3333333333333333e-321'));
  });

  it('underflows to 0 and overflows to ±Infinity only beyond the doubles', () => {
    expect(toNumber(r('1e-400'))).toBe(0);
    expect(toNumber(r('2.4703282292062327e-324'))).toBe(0); // below half the smallest subnormal
    expect(toNumber(r('1e400'))).toBe(Infinity);
    expect(toNumber(r('-1e400'))).toBe(-Infinity);
    expect(toNumber(r('1.7976931348623158e308'))).toBe(Number.MAX_VALUE); // rounds down to it
    expect(toNumber(r('1.7976931348623159e308'))).toBe(Infinity);
  });

  it('rounds exact ties between two doubles to the even one, when the parts are beyond 2^53', () => {
    // Between 2^52 and 2^53 the doubles are the integers, so k + 1/2 is a tie (numerator > 2^53).
    // 2^52 = 4503599627370496 (even): 2^52 + 1/2 goes down to it; 2^52 + 3/2 goes up to 2^52 + 2.
    expect(toNumber(rat(2n ** 53n + 1n, 2n))).toBe(4503599627370496);
    expect(toNumber(rat(2n ** 53n + 3n, 2n))).toBe(4503599627370498);
    expect(toNumber(rat(-(2n ** 53n) - 3n, 2n))).toBe(-4503599627370498);
    // Just off a tie goes to the nearer double.
    expect(toNumber(rat(2n ** 54n + 3n, 4n))).toBe(4503599627370497); // 2^52 + 3/4
  });

  it('does not round the numerator first when it is beyond 2^53', () => {
    // (2^53 + 1) / 7 = 1286742750677284 + 5/7; doubles there are quarters, and 5/7 is nearest 3/4.
    // Rounding 2^53 + 1 to a double first (2^53) would give 1286742750677284 + 4/7, nearest 1/2.
    expect(toNumber(rat(2n ** 53n + 1n, 7n))).toBe(1286742750677284.75);
    expect(toNumber(rat(-(2n ** 53n) - 1n, 7n))).toBe(-1286742750677284.75);
  });

  it('never gives -0', () => {
    expect(Object.is(toNumber(r('-0')), 0)).toBe(true);
    expect(Object.is(toNumber(rat(0n, 7n)), 0)).toBe(true);
  });
});

describe('exact arithmetic', () => {
  it('reduces and keeps the denominator positive', () => {
    expect(rat(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(rat(-6n, -4n)).toEqual({ n: 3n, d: 2n });
    expect(rat(0n, -5n)).toEqual({ n: 0n, d: 1n });
    expect(rat(7n)).toEqual({ n: 7n, d: 1n });
  });

  it('adds, subtracts, multiplies, divides and compares', () => {
    expect(add(rat(1n, 3n), rat(1n, 6n))).toEqual({ n: 1n, d: 2n });
    expect(add(rat(1n, 4n), rat(1n, 4n))).toEqual({ n: 1n, d: 2n });
    expect(sub(rat(1n, 3n), rat(1n, 2n))).toEqual({ n: -1n, d: 6n });
    expect(sub(rat(3n, 4n), rat(1n, 4n))).toEqual({ n: 1n, d: 2n });
    expect(mul(rat(2n, 3n), rat(9n, 4n))).toEqual({ n: 3n, d: 2n });
    expect(div(rat(2n, 3n), rat(-4n, 9n))).toEqual({ n: -3n, d: 2n });
    expect(cmp(rat(1n, 3n), rat(1n, 3n))).toBe(0);
    expect(cmp(rat(1n, 3n), rat(1n, 2n))).toBe(-1);
    expect(cmp(rat(-1n, 3n), rat(-1n, 2n))).toBe(1);
    expect(isZero(rat(0n, 3n))).toBe(true);
    expect(isZero(rat(1n, 3n))).toBe(false);
    expect(isInteger(rat(4n, 2n))).toBe(true);
    expect(isInteger(rat(1n, 2n))).toBe(false);
    expect(fromInt(5)).toEqual({ n: 5n, d: 1n });
    expect(fromInt(-5n)).toEqual({ n: -5n, d: 1n });
  });

  it('gcd and lcm of signed values', () => {
    expect(gcd(-12n, 18n)).toBe(6n);
    expect(gcd(12n, -18n)).toBe(6n);
    expect(gcd(0n, 5n)).toBe(5n);
    expect(gcd(7n, 0n)).toBe(7n);
    expect(lcm(4n, 6n)).toBe(12n);
    expect(lcm(0n, 6n)).toBe(0n);
    expect(lcm(6n, 0n)).toBe(0n);
    expect(lcm(0n, 0n)).toBe(0n);
  });

  it('powers of ten, cached and beyond the cache', () => {
    expect(pow10(0)).toBe(1n);
    expect(pow10(2)).toBe(100n);
    expect(pow10(40)).toBe(10n ** 40n);
    expect(pow10(41)).toBe(10n ** 41n);
    expect(pow10(400)).toBe(10n ** 400n);
  });

  it('decimal places of terminating decimals; none for 1/3', () => {
    expect(decimalPlaces(r('95.31'))).toBe(2);
    expect(decimalPlaces(r('7'))).toBe(0);
    expect(decimalPlaces(rat(1n, 8n))).toBe(3); // 0.125
    expect(decimalPlaces(rat(1n, 5n))).toBe(1);
    expect(decimalPlaces(rat(1n, 40n))).toBe(3); // 0.025
    expect(decimalPlaces(rat(1n, 3n))).toBeUndefined();
    expect(decimalPlaces(rat(1n, 6n))).toBeUndefined();
  });
});

describe('roundDiv rounds a quotient by every mode', () => {
  // Java's RoundingMode table (docs.oracle.com, java.math.RoundingMode) for the modes it shares:
  // UP = halfAwayFromZero's "away" ceiling is not shared; HALF_UP = halfAwayFromZero,
  // HALF_DOWN = halfTowardZero, HALF_EVEN = halfEven, CEILING = ceil, FLOOR = floor, DOWN = truncate.
  // halfUp (ties toward +∞) and halfDown (ties toward −∞) follow from their definitions.
  // 0.5 and -0.5 (not in Java's table) follow from the same definitions; they check the modes
  // whose rule depends on the sign at a quotient of zero.
  const inputs = ['5.5', '2.5', '1.6', '1.1', '1.0', '0.5', '-0.5', '-1.0', '-1.1', '-1.6', '-2.5', '-5.5'];
  const table: Record<RoundingMode, number[]> = {
    halfAwayFromZero: [6, 3, 2, 1, 1, 1, -1, -1, -1, -2, -3, -6],
    halfTowardZero: [5, 2, 2, 1, 1, 0, 0, -1, -1, -2, -2, -5],
    halfEven: [6, 2, 2, 1, 1, 0, 0, -1, -1, -2, -2, -6],
    ceil: [6, 3, 2, 2, 1, 1, 0, -1, -1, -1, -2, -5],
    floor: [5, 2, 1, 1, 1, 0, -1, -1, -2, -2, -3, -6],
    truncate: [5, 2, 1, 1, 1, 0, 0, -1, -1, -1, -2, -5],
    halfUp: [6, 3, 2, 1, 1, 1, 0, -1, -1, -2, -2, -5],
    halfDown: [5, 2, 2, 1, 1, 0, -1, -1, -1, -2, -3, -6],
  };
  for (const [mode, expected] of Object.entries(table) as [RoundingMode, number[]][]) {
    it(mode, () => {
      expect(inputs.map((t) => Number(roundDiv(r(t).n, r(t).d, mode)))).toEqual(expected);
    });
  }

  it('rounds to decimals: 88.005 half-up is 88.01, exactly', () => {
    expect(roundToScaled(r('88.005'), 2, 'halfUp')).toBe(8801n);
    expect(roundToScaled(r('-1.005'), 2, 'halfUp')).toBe(-100n);
    expect(roundToScaled(r('4.505'), 2, 'halfEven')).toBe(450n);
    expect(roundToScaled(r('4.515'), 2, 'halfEven')).toBe(452n);
  });
});

describe('scaled values back to numbers and text', () => {
  it('scaledToNumber', () => {
    expect(scaledToNumber(9531n, 2)).toBe(95.31);
    expect(scaledToNumber(-1n, 2)).toBe(-0.01);
    expect(Object.is(scaledToNumber(0n, 2), 0)).toBe(true);
    expect(scaledToNumber(12345678901234567890123n, 2)).toBe(123456789012345678901.23);
    expect(scaledToNumber(1n, 30)).toBe(1e-30);
    expect(Object.is(scaledToNumber(-0n, 30), 0)).toBe(true);
    expect(scaledToNumber(9007199254740993n, 0)).toBe(9007199254740992);
  });

  it('scaledToNumber never gives -0, even when a negative value is too small for a double', () => {
    expect(Object.is(scaledToNumber(-1n, 400), 0)).toBe(true);
    expect(Object.is(scaledToNumber(-(10n ** 20n), 420), 0)).toBe(true);
  });

  it('scaledToString', () => {
    expect(scaledToString(9531n, 2)).toBe('95.31');
    expect(scaledToString(5n, 2)).toBe('0.05');
    expect(scaledToString(-5n, 2)).toBe('-0.05');
    expect(scaledToString(-12345n, 2)).toBe('-123.45');
    expect(scaledToString(42n, 0)).toBe('42');
    expect(scaledToString(0n, 3)).toBe('0.000');
  });
});
