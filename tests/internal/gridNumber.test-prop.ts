import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { GRID_MAX, gridOf, gridScale, roundDivNumber } from '../../src/internal/gridNumber.js';
import { ROUNDING_MODES } from '../../src/index.js';
import { F, fEq, fromJs, roundFracToInt } from '../helpers/exact.js';

const decimals = fc.integer({ min: 0, max: 6 });
/** Doubles near grid values (k / 10^d and its neighbours), and arbitrary doubles. */
const near = fc.tuple(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), decimals, fc.integer({ min: -2, max: 2 })).map(([k, d, step]) => {
  let x = k / 10 ** d;
  // Step to neighbouring doubles: values that only look like grid values.
  const buf = new Float64Array([x]);
  const bits = new BigInt64Array(buf.buffer);
  bits[0] = bits[0]! + BigInt(step);
  x = buf[0]!;
  return [x, d] as const;
});
const anyDouble = fc.tuple(fc.double({ noNaN: true }), decimals).map(([x, d]) => [x, d] as const);

test.prop([fc.oneof(near, anyDouble)])('gridOf, when it answers k, reads the number exactly as the decimal it prints as: k / 10^d', ([x, d]) => {
  const k = gridOf(x, gridScale(d)!);
  if (k === undefined) return;
  expect(Number.isSafeInteger(k) && Math.abs(k) <= GRID_MAX && !Object.is(k, -0)).toBe(true);
  expect(fEq(fromJs(x), F(k, 10n ** BigInt(d)))).toBe(true);
});

test.prop([fc.integer({ min: -(2 ** 49), max: 2 ** 49 }), decimals])('gridOf answers for every number written with at most d decimals (the fast path is taken)', (k, d) => {
  expect(gridOf(Number(`${k}e-${d}`), gridScale(d)!)).toBe(k + 0);
});

test.prop([fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(...ROUNDING_MODES)])(
  'roundDivNumber rounds n / d as the textbook definition of each mode does',
  (n, d, mode) => {
    expect(roundDivNumber(n, d, mode)).toBe(Number(roundFracToInt(F(n, d), mode)));
  },
);

test.prop([fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...ROUNDING_MODES)])(
  'roundDivNumber rounds exact halves and near-halves by the mode',
  (q, d, mode) => {
    // n / (2d) at q + ½ and its neighbours.
    for (const n of [(2 * q + 1) * d - 1, (2 * q + 1) * d, (2 * q + 1) * d + 1]) expect(roundDivNumber(n, 2 * d, mode)).toBe(Number(roundFracToInt(F(n, 2 * d), mode)));
  },
);
