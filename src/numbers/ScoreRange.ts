import type { ScoreInput } from './ScoreInput.js';

/**
 * The range scores must lie in when no scale gives one (`options.range`): `min` below `max`,
 * numbers or decimal strings within ±1e15. Without a scale and without a range, every
 * function that takes scores uses 0–100 (the Ombudsman range). A score is in range when the
 * value it is shown as (rounded by the function's `rounding`) lies within `min`–`max`.
 *
 * @example
 * ```ts
 * import { rank, type ScoreRange } from 'kepatuhan';
 * const pekppp: ScoreRange = { min: 0, max: 5 };
 * rank([{ id: 'kendal', score: 4.44 }], { range: pekppp })[0]?.score; // 4.44
 * ```
 * @category Numbers
 */
export interface ScoreRange {
  readonly min: ScoreInput;
  readonly max: ScoreInput;
}
