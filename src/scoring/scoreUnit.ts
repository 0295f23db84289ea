import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { Methodology } from '../model/methodology.js';
import type { Answers, MissingPolicy } from './answers.js';
import type { ScoreAdjustment } from './adjustment.js';
import { assembleUnitScore, computeUnitScore } from './internal/buildUnitScore.js';
import { readAnswers, type AnswerBuffers } from './internal/readAnswers.js';
import { readMissing } from './internal/readMissing.js';
import { applyUnitOpinion, readUnitOpinion } from './internal/unitOpinion.js';
import type { UnitScore } from './unitScore.js';

/**
 * Options of {@link scoreUnit}.
 *
 * @example
 * ```ts
 * import type { ScoreUnitOptions } from 'kepatuhan';
 * const o: ScoreUnitOptions = { missing: 'respread' };
 * ```
 * @category Scoring
 */
export interface ScoreUnitOptions {
  /** What to do with indicators that have no answer; default `'error'`. */
  readonly missing?: MissingPolicy;
  /** A correction and/or cap on top of the methodology (Ombudsman 2023 "variabel substantif"); recorded in `adjustment`. */
  readonly adjustment?: ScoreAdjustment;
  /** The entity followed up the Ombudsman's corrective actions: adds the scale's qualifier to the label (Ombudsman 2025). */
  readonly followedUpCorrectiveActions?: boolean;
}


/**
 * Scores one service unit: its exact score on the methodology's output range, rounded by
 * the methodology's rule (half-up to 2 decimals for the Ombudsman), its classification,
 * and a breakdown per dimension, variable and indicator (normalised value, effective
 * weight, points contributed and lost).
 *
 * Indicators marked {@link NOT_APPLICABLE} do not count: their weight is re-spread over
 * their siblings. Missing answers follow `options.missing`.
 *
 * @param methodology - a preset (`presets.ombudsman2022` …) or a {@link defineMethodology} result (define a spec once, then score with the result)
 * @param answers - answers keyed by indicator id (object or Map); with a preset or a literal
 *   methodology an object literal with an unknown id does not compile (see {@link Answers});
 *   answers read at run time (`Record<string, AnswerValue>`) are accepted and checked here
 * @param options - `{ missing: 'error' | 'zero' | 'respread', adjustment?, followedUpCorrectiveActions? }`
 * @returns the unit's score with its breakdown and classification
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (a plain spec, a copy), `INVALID_TYPE` for a non-object (path `methodology`);
 *   `UNKNOWN_INDICATOR`, `MISSING_ANSWER`, `INVALID_ANSWER`, `ANSWER_OUT_OF_RANGE` for bad
 *   answers (every problem is in `error.issues`); `NO_APPLICABLE_INDICATORS` when nothing counts;
 *   `INVALID_OPTION` for a bad option; `VALUE_OUT_OF_RANGE` for an adjustment cap outside the range;
 *   `UNREADABLE_INPUT` when a getter or Proxy in the answers or options throws
 * @example
 * ```ts
 * import { defineMethodology, scales, scoreUnit } from 'kepatuhan';
 * const m = defineMethodology({
 *   id: 'mini', name: 'Mini', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
 *   dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
 *     { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
 *     { id: 'b', name: 'B', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
 *   ] }] }],
 * });
 * const r = scoreUnit(m, { a: 3, b: 2 });
 * r.score; // 83.33
 * r.classification.category; // "B"
 * scoreUnit(m, { a: 3, b: 'na' }).score; // 100 (b's weight goes to a)
 * // Ombudsman 2023 "variabel substantif": corrective actions not followed up.
 * scoreUnit(m, { a: 3, b: 3 }, { adjustment: { correction: 2, barZone: 'hijau' } }).score; // 77.99
 * ```
 * @category Scoring
 */
export function scoreUnit<Id extends string>(
  methodology: Methodology<Id>,
  answers: Answers<NoInfer<Id>>,
  options?: ScoreUnitOptions,
): UnitScore<Id> {
  const c = requireMethodology(methodology, 'methodology');
  const missing = readMissing(options);
  const opinion = readUnitOpinion(options, c);
  // One pair of buffers serves every call: the result copies what it needs from them. A
  // getter in the answers may call scoreUnit again while they are lent; that call gets its own.
  const lend = !lent;
  lent = true;
  try {
    const n = c.indicators.length;
    if (lend && (buffers === undefined || buffers.units.length < n)) buffers = { units: new Float64Array(n), status: new Uint8Array(n) };
    const read = readAnswers(c, answers, missing, lend ? buffers : undefined);
    // The answers as read once (not `answers` again: a getter could answer differently).
    const computed = computeUnitScore(c, read.units, read.status, read.allCount);
    const result = assembleUnitScore(c, read.units, read.status, computed, missing, read.given);
    // The result's ids are the methodology's own, so they are of its id type.
    return (opinion === undefined ? result : applyUnitOpinion(result, c, opinion, computed)) as UnitScore<Id>;
  } finally {
    if (lend) lent = false;
  }
}

/** The buffers scoreUnit lends readAnswers, and whether they are lent now. */
let buffers: AnswerBuffers | undefined;
let lent = false;
