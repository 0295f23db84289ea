import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { roundDivNumber } from '../../../src/scoring/internal/evaluate.js';
import { floorDiv, floorShift } from '../../../src/scoring/internal/floorForm.js';
import { roundingModeArb } from '../../helpers/arbitraries.js';

const LIMIT = 2 ** 53;

/** ⌊m / q⌋ in bigints: the reference. */
function floorBig(m: bigint, q: bigint): bigint {
  const f = m / q;
  return m % q !== 0n && m < 0n ? f - 1n : f;
}

/** A divisor: small (1, 2, 3 are the edge cases of the error bound), a power of two, or any size. */
const divisorArb = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 50 }).map((e) => 2 ** e), fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 52 - 1 }));

/** A whole M with |M| + 2Q < 2^53: anywhere, at the limits, or next to a multiple of Q. */
function numeratorArb(Q: number): fc.Arbitrary<number> {
  const most = LIMIT - 2 * Q - 1;
  const near = fc.record({ k: fc.integer({ min: -Math.floor(most / Q), max: Math.floor(most / Q) }), d: fc.integer({ min: -2, max: 2 }) }).map(({ k, d }) => k * Q + d);
  return fc.oneof(fc.integer({ min: -most, max: most }), fc.constantFrom(most, -most, most - 1, -most + 1, 0, 1, -1), near).filter((m) => Math.abs(m) <= most);
}

test.prop([divisorArb.chain((Q) => fc.tuple(fc.constant(Q), numeratorArb(Q)))])(
  'floorDiv(M, Q, 1/Q) is exactly ⌊M / Q⌋ for every whole M and Q ≥ 1 with |M| + 2Q < 2^53, including M next to a multiple of Q and at the limits',
  ([Q, M]) => {
    expect(BigInt(floorDiv(M, Q, 1 / Q))).toBe(floorBig(BigInt(M), BigInt(Q)));
  },
);

test('floorDiv at the exact limit |M| + 2Q = 2^53 − 1 with the largest and the smallest divisors', () => {
  // Worst cases of the error bound: Q = 3 (the error may approach 2/3) and M the largest allowed.
  for (const Q of [1, 2, 3, 5, 7, 2 ** 26 + 1, 2 ** 51 - 1]) {
    const M = LIMIT - 2 * Q - 1;
    for (const m of [M, -M, M - 1, -(M - 1)]) expect(BigInt(floorDiv(m, Q, 1 / Q))).toBe(floorBig(BigInt(m), BigInt(Q)));
  }
});

test.prop([
  roundingModeArb,
  fc.integer({ min: 1, max: 2 ** 30 }),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.boolean(),
  fc.integer({ min: 0, max: 3 }),
])(
  'where a rounding mode has a floor form, ⌊(a·N + b) / (a·q)⌋ equals roundDivNumber(N, q, mode) — ties (2r = q) and exact multiples included; the sign-dependent modes have one only for N ≥ 0, halfEven never',
  (mode, q, n0, forceNonNegative, edge) => {
    // Push N onto a tie or an exact multiple of q now and then.
    const base = Math.trunc(n0 / q) * q + 0; // + 0: never -0 (a row's numerator is never -0)
    const N0 = edge === 0 ? n0 : edge === 1 ? base : edge === 2 ? base + Math.floor(q / 2) : base + Math.ceil(q / 2);
    const N = forceNonNegative ? Math.abs(N0) : N0;
    const shift = floorShift(mode, q, forceNonNegative);
    if (mode === 'halfEven' || (!forceNonNegative && (mode === 'truncate' || mode === 'halfAwayFromZero' || mode === 'halfTowardZero'))) {
      expect(shift).toBeUndefined();
      return;
    }
    expect(shift).toBeDefined();
    const { a, b } = shift!;
    expect(floorDiv(a * N + b, a * q, 1 / (a * q))).toBe(roundDivNumber(N, q, mode));
  },
);
