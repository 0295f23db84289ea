import { readDecimal } from '../internal/input.js';
import { toNumber } from '../internal/rational.js';
import type { ScoreInput } from './ScoreInput.js';

/**
 * Reads a score from a number or a decimal string, accepting the Indonesian decimal comma.
 * The value is not rounded; see {@link roundScore} for that.
 *
 * @param input - a finite number, or a decimal string such as `"95,31"`, `"95.31"`, `" 88 "`
 * @returns the score as a number (the double nearest to the decimal written)
 * @throws {@link KepatuhanError} `INVALID_NUMBER` for NaN, ±Infinity or text that is not a
 *   decimal (thousands separators are not accepted); `INVALID_TYPE` for other types
 * @example
 * ```ts
 * import { parseScore } from 'kepatuhan';
 * parseScore('95,31'); // 95.31
 * parseScore(' 88.00 '); // 88
 * ```
 * @category Numbers
 */
export function parseScore(input: ScoreInput): number {
  return toNumber(readDecimal(input, 'input', 'score'));
}
