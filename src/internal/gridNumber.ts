/**
 * The exact integer fast path for scores shown on a decimal grid: a shown score `k / 10^d`
 * held as the JS integer `k` while `|k| ≤ 2^49`, so that sums, comparisons and divisions of
 * such integers are exact in plain Number arithmetic (well below 2^53) and give, bit for
 * bit, what the bigint rationals of `./rational.ts` give. Every function here either returns
 * the exact answer or `undefined` (the caller then takes the rational path); property tests
 * (tests/aggregation, tests/ranking) compare both paths on generated input, .xx5 edges included.
 *
 * @internal
 */
import type { RoundingMode } from '../rounding/rounding.js';

/** Largest |k| handled here: far enough below 2^53 that a sum of many stays checkable. */
export const GRID_MAX = 2 ** 49;

/** Powers of ten that are exact doubles (10^0 … 10^15), indexed by decimals. */
const P10: readonly number[] = /*#__PURE__*/ Array.from({ length: 16 }, (_, i) => 10 ** i);

/** `10^decimals` as an exact double, or undefined beyond 10^15. */
export function gridScale(decimals: number): number | undefined {
  return P10[decimals];
}

/**
 * The integer `k` with `x` read as exactly `k / 10^decimals` (`p10` = 10^decimals), or
 * undefined when `x` has more decimals, is not finite, or `|k| > 2^49`.
 *
 * Why it is exact: `k / p10` is one correctly rounded division of two exact doubles, so when
 * it equals `x`, `x` is the double nearest to the decimal `k / 10^d`. With `|k| ≤ 2^49` the
 * spacing of doubles near `x` is below `10^-d / 8`, so no other decimal with at most `d`
 * decimals (in particular not the shortest representation `String(x)`, which is how the
 * library reads a number: rational.ts `fromNumber`, and has no more digits than `k`) rounds
 * to `x`: `String(x)` is the decimal `k / 10^d`, on the grid, whatever the rounding mode.
 */
export function gridOf(x: number, p10: number): number | undefined {
  const k = Math.round(x * p10);
  if (k / p10 !== x || !(k <= GRID_MAX && k >= -GRID_MAX)) return undefined;
  return k + 0; // never -0
}

/**
 * `n / d` rounded to an integer by `mode`, for safe integers `n` and `d > 0` (`|n| < 2^53`,
 * `d < 2^31`): the same integer as rational.ts `roundDiv` on their bigints.
 */
export function roundDivNumber(n: number, d: number, mode: RoundingMode): number {
  // A float quotient can be off by one near an integer: correct it with the exact remainder.
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  // now q = floor(n / d), 0 ≤ r < d, both exact
  if (r === 0) return q + 0;
  const twice = 2 * r;
  let up: boolean;
  switch (mode) {
    case 'floor':
      up = false;
      break;
    case 'ceil':
      up = true;
      break;
    case 'truncate':
      up = q < 0;
      break;
    case 'halfUp':
      up = twice >= d;
      break;
    case 'halfDown':
      up = twice > d;
      break;
    case 'halfEven':
      up = twice > d || (twice === d && (q & 1) !== 0);
      break;
    case 'halfAwayFromZero':
      up = twice > d || (twice === d && q >= 0);
      break;
    case 'halfTowardZero':
      up = twice > d || (twice === d && q < 0);
      break;
  }
  return (up ? q + 1 : q) + 0;
}
