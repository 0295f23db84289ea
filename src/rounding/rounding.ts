/**
 * How a value is rounded to a fixed number of decimals. All modes are exact: they act on
 * the decimal value, never on a binary approximation.
 *
 * - `halfUp`: ties toward +∞ (88.005 → 88.01, −1.005 → −1.00). The Ombudsman default.
 * - `halfDown`: ties toward −∞.
 * - `halfEven`: ties to the even last digit (banker's rounding).
 * - `halfAwayFromZero` / `halfTowardZero`: ties away from / toward zero.
 * - `floor`, `ceil`, `truncate`: toward −∞, toward +∞, toward zero (no tie rule).
 *
 * @example
 * ```ts
 * import { roundScore, type RoundingMode } from 'kepatuhan';
 * const mode: RoundingMode = 'halfEven';
 * roundScore(88.005, mode); // 88 (tie to the even digit)
 * roundScore(88.005, 'halfUp'); // 88.01
 * ```
 * @category Numbers
 */
export type RoundingMode =
  | 'halfUp'
  | 'halfDown'
  | 'halfEven'
  | 'halfAwayFromZero'
  | 'halfTowardZero'
  | 'floor'
  | 'ceil'
  | 'truncate';

/**
 * A rounding rule: the mode and the number of decimals (0–20).
 *
 * @example
 * ```ts
 * import { roundScore, type RoundingRule } from 'kepatuhan';
 * const oneDecimal: RoundingRule = { mode: 'halfUp', decimals: 1 };
 * roundScore(91.25, oneDecimal); // 91.3
 * ```
 *
 * @category Numbers
 */
export interface RoundingRule {
  /** How ties and remainders are resolved. */
  readonly mode: RoundingMode;
  /** Decimals kept, 0–20. */
  readonly decimals: number;
}

/**
 * Every rounding mode, in a stable order (useful for validation and UI pickers).
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'kepatuhan';
 * ROUNDING_MODES.includes('halfEven'); // true
 * ```
 * @category Numbers
 */
export const ROUNDING_MODES: readonly RoundingMode[] = /*#__PURE__*/ Object.freeze([
  'halfUp',
  'halfDown',
  'halfEven',
  'halfAwayFromZero',
  'halfTowardZero',
  'floor',
  'ceil',
  'truncate',
]);

/**
 * The Ombudsman rule and the library default: half-up to 2 decimals.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROUNDING, roundScore } from 'kepatuhan';
 * roundScore(88.005, DEFAULT_ROUNDING); // 88.01
 * ```
 * @category Numbers
 */
export const DEFAULT_ROUNDING: RoundingRule = /*#__PURE__*/ Object.freeze({ mode: 'halfUp', decimals: 2 });
