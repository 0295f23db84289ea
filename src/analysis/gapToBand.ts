import { readOptions } from '../internal/input.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { Methodology } from '../model/methodology.js';
import type { UnitScore } from '../scoring/unitScore.js';
import type { BandGap, BandTarget, GapToBandOptions } from './bandGap.js';
import { readLimits } from './internal/limits.js';
import { buildPlanModel } from './internal/planner.js';
import { planUnit } from './internal/planUnit.js';
import { readTarget } from './internal/target.js';
import { readUnitResult } from './internal/unitState.js';

/**
 * How far a unit is from a target category or zone, and the smallest set of indicator
 * improvements that gets it there: the fewest answer steps (one step = one grid unit of an
 * answer, e.g. 1 → 2 on the 0–3 interval, or one level up), ties broken by the most points
 * gained, then by the larger gain per step and methodology order.
 *
 * The search is exact: the unit is re-scored from its breakdown with the methodology's
 * exact weights (not the breakdown's rounded doubles), the needed gain is found on the
 * reported value (rounded, then classified exactly like {@link scoreUnit} does — so a plan
 * reaching 87.995 reaches A at 88.00 half-up), and every candidate is compared as an exact
 * fraction. Not-applicable indicators stay not applicable (their weight stays re-spread);
 * `locked` indicators stay as they are; `caps` bound an answer. A result scored with an
 * adjustment (scoreUnit's correction or cap on the reported score) is planned with that
 * adjustment applied. When even every allowed indicator at its top falls short, the result
 * says `reachable: false` and lists the blocking indicators.
 *
 * The methodology is needed because a {@link UnitScore} names its methodology only by id.
 *
 * @param methodology - the methodology the unit was scored with (a preset or a {@link defineMethodology} result)
 * @param unitResult - the unit's {@link scoreUnit} result
 * @param target - a category (`'A'`) or zone (`'hijau'`): that band or better
 * @param options - `locked` indicator ids, `caps` (id → highest answer); ids of the
 *   methodology's id union (ids read at run time as `string[]`: call `gapToBand<string>(…)`)
 * @returns the {@link BandGap}: points needed, the plan, the projected and best standings
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (path `methodology`);
 *   `METHODOLOGY_MISMATCH` when the result was not scored with
 *   this methodology (or its score does not follow from its breakdown); `UNKNOWN_BAND` for a
 *   target the scale does not have; `UNKNOWN_INDICATOR` / `INVALID_ANSWER` /
 *   `ANSWER_OUT_OF_RANGE` / `INVALID_OPTION` for bad options; `TOO_LARGE` when the
 *   level-answered indicators make the search table too big
 * @example
 * ```ts
 * import { defineMethodology, gapToBand, scales, scoreUnit } from 'kepatuhan';
 * const m = defineMethodology({
 *   id: 'mini', name: 'Mini', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
 *   dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
 *     { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
 *     { id: 'b', name: 'B', weight: 30, answer: { kind: 'interval', min: 0, max: 3 } },
 *     { id: 'c', name: 'C', weight: 20, answer: { kind: 'yesNo' } },
 *   ] }] }],
 * });
 * const r = scoreUnit(m, { a: 2, b: 2, c: false }); // 53.33, D
 * const gap = gapToBand(m, r, { zone: 'hijau' }); // hijau starts at 78.00 (B)
 * gap.pointsNeeded; // 24.67
 * gap.plan.map((s) => [s.id, s.from, s.to]); // [["c", false, true], ["a", 2, 3]]: 2 steps
 * gap.projected; // { score: 90, category: "A", zone: "hijau" }
 * gapToBand(m, r, 'A', { locked: ['a'] }).reachable; // false: without a, the best is 83.33
 * ```
 * @category Analysis
 */
export function gapToBand<Id extends string>(
  methodology: Methodology<Id>,
  unitResult: UnitScore,
  target: BandTarget,
  options?: GapToBandOptions<NoInfer<Id>>,
): BandGap {
  const c = requireMethodology(methodology, 'methodology');
  const o = readOptions(options);
  const state = readUnitResult(c, unitResult);
  const t = readTarget(c.scale, target, 'target');
  const limits = readLimits(c, o);
  const model = buildPlanModel(c, state, limits);
  return planUnit(c, state, model, t);
}
