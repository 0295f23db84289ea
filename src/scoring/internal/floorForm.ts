/**
 * Exact rounding of a kernel numerator by one multiplication and a floor, for scoreBatch's hot
 * loop. roundDivNumber (evaluate.ts) rounds N / q by `mode` with a division and branches on the
 * remainder; for most modes the same result is one floor, ⌊(a·N + b) / (a·q)⌋, and a floor of
 * whole doubles needs only a multiplication by 1/Q and one comparison to correct it.
 *
 * @internal
 */
import type { RoundingMode } from '../../rounding/rounding.js';

/** The floor form of a rounding mode: roundDivNumber(N, q, mode) = ⌊(a·N + b) / (a·q)⌋. */
export interface FloorShift {
  readonly a: 1 | 2;
  readonly b: number;
}

/**
 * The floor form of `mode` for divisor q (a whole number ≥ 1), or undefined when it has none.
 * With N = f·q + r (0 ≤ r < q), roundDivNumber gives f plus: 0 (floor), r ≥ 1 (ceil), 2r ≥ q
 * (halfUp), 2r > q (halfDown); those are ⌊N/q⌋, ⌊(N + q − 1)/q⌋, ⌊(2N + q)/(2q)⌋ and
 * ⌊(2N + q − 1)/(2q)⌋. When N is never below 0 (`nonNegative`), f ≥ 0, so truncate is floor,
 * halfAwayFromZero is halfUp and halfTowardZero is halfDown. halfEven, and those three when N
 * may be negative, depend on the parity or the sign of f: undefined.
 */
export function floorShift(mode: RoundingMode, q: number, nonNegative: boolean): FloorShift | undefined {
  if (mode === 'floor' || (mode === 'truncate' && nonNegative)) return { a: 1, b: 0 };
  if (mode === 'ceil') return { a: 1, b: q - 1 };
  if (mode === 'halfUp' || (mode === 'halfAwayFromZero' && nonNegative)) return { a: 2, b: q };
  if (mode === 'halfDown' || (mode === 'halfTowardZero' && nonNegative)) return { a: 2, b: q - 1 };
  return undefined;
}

/**
 * ⌊M / Q⌋ for whole doubles with |M| + 2Q < 2^53 and Q ≥ 1, given invQ = 1 / Q. x = M · invQ
 * is within (|M| / Q) · 2^-52 · (1 + 2^-53) < 2 / Q of M / Q, so below 1 for Q ≥ 3, and exact
 * for Q = 1 or 2 (1/Q is a power of two): ⌊x⌋ is ⌊M/Q⌋ or one off it. The remainder M − ⌊x⌋·Q
 * is computed exactly (|⌊x⌋·Q| ≤ |M| + Q < 2^53, whole numbers) and says which.
 */
export function floorDiv(M: number, Q: number, invQ: number): number {
  const f = Math.floor(M * invQ);
  const r = M - f * Q;
  return r < 0 ? f - 1 : r >= Q ? f + 1 : f;
}
