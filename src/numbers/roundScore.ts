import { readDecimal, readRounding } from '../internal/input.js';
import { roundToScaled, scaledToNumber } from '../internal/rational.js';
import type { RoundingMode, RoundingRule } from './rounding.js';
import type { ScoreInput } from './ScoreInput.js';

/**
 * Rounds a score exactly: the input is read as the decimal it shows and rounded by the rule
 * (default half-up to 2 decimals, the Ombudsman rule), so `88.005` gives `88.01` where
 * `(88.005).toFixed(2)` gives `"88.00"` (and `1.005` gives `1.01` where
 * `Math.round(1.005 * 100) / 100` gives `1`).
 *
 * @param value - a number or decimal string (`"88,005"` works too)
 * @param rule - a mode name, or `{ mode?, decimals? }`; defaults to `{ mode: 'halfUp', decimals: 2 }`
 * @returns the rounded score (the double nearest to the rounded decimal, so `String()` prints it)
 * @throws {@link KepatuhanError} `INVALID_NUMBER` / `INVALID_TYPE` for a bad value,
 *   `INVALID_ROUNDING` for a bad rule
 * @example
 * ```ts
 * import { roundScore } from 'kepatuhan';
 * roundScore(88.005); // 88.01
 * roundScore('91,975'); // 91.98
 * roundScore(88.005, 'truncate'); // 88
 * roundScore(4.505, { mode: 'halfEven', decimals: 2 }); // 4.5
 * ```
 * @category Numbers
 */
export function roundScore(value: ScoreInput, rule?: RoundingMode | Partial<RoundingRule>): number {
  const r = readRounding(rule, 'rule');
  return scaledToNumber(roundToScaled(readDecimal(value, 'value', 'score'), r.decimals, r.mode), r.decimals);
}
