import { classifyExact } from '../classification/classify.js';
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, own, readOptions } from '../internal/input.js';
import { rat, roundToScaled, scaledToNumber, toNumber, ZERO, type Rational } from '../internal/rational.js';
import { compileMethodology } from '../model/internal/compile.js';
import type { CompiledMethodology } from '../model/internal/compiled.js';
import type { Methodology, MethodologySpec } from '../model/methodology.js';
import { MISSING_POLICIES, type Answers, type MissingPolicy } from './answers.js';
import { ANSWERED, evaluateExact, kernelRound, MISSING_ZERO, NOT_APPLICABLE_STATUS, normOf } from './internal/evaluate.js';
import { readAnswers } from './internal/readAnswers.js';
import { applyUnitOpinion, readUnitOpinion } from './internal/unitOpinion.js';
import type { ScoreAdjustment } from './adjustment.js';
import type { DimensionResult, IndicatorResult, UnitScore, VariableResult } from './unitScore.js';

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

/** @internal */
export function readMissing(options: unknown): MissingPolicy {
  const o = readOptions(options);
  const missing = own(o, 'missing', 'options') ?? 'error';
  if (!(MISSING_POLICIES as readonly unknown[]).includes(missing))
    throw new KepatuhanError('INVALID_OPTION', `missing must be one of ${MISSING_POLICIES.join(', ')}, got ${describe(missing)}`, 'options.missing');
  return missing as MissingPolicy;
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
 * @param methodology - a defined methodology (`presets.ombudsman2022`, {@link defineMethodology}); a plain spec also works but is validated on every call
 * @param answers - answers keyed by indicator id (object or Map)
 * @param options - `{ missing: 'error' | 'zero' | 'respread', adjustment?, followedUpCorrectiveActions? }`
 * @returns the unit's score with its breakdown and classification
 * @throws {@link KepatuhanError} `INVALID_METHODOLOGY` for a bad methodology;
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
export function scoreUnit(methodology: Methodology | MethodologySpec, answers: Answers, options?: ScoreUnitOptions): UnitScore {
  const c = compileMethodology(methodology);
  const missing = readMissing(options);
  const opinion = readUnitOpinion(options, c);
  const read = readAnswers(c, answers, missing);
  // The answers as read once (not `answers` again: a getter could answer differently).
  const result = buildUnitScore(c, read.units, read.status, read.allCount, missing, read.given);
  return opinion === undefined ? result : applyUnitOpinion(result, c, opinion);
}

/** @internal Builds the result from answers in grid units. */
export function buildUnitScore(
  c: CompiledMethodology,
  units: Float64Array,
  status: Uint8Array,
  allCount: boolean,
  missing: MissingPolicy,
  answers: unknown,
): UnitScore {
  const n = c.indicators.length;
  const { decimals, mode } = c.rounding;
  let scaled: bigint;
  let unrounded: number;
  const shares = new Float64Array(n);
  if (allCount && c.kernel !== undefined) {
    scaled = BigInt(kernelRound(c.kernel, units, 0, mode));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      shares[i] = c.indicators[i]!.shareNumber;
      sum += c.kernel.mult[i]! * (units[i]! - c.kernel.offset[i]!);
    }
    // One division of exact integers is correctly rounded; dividing twice is not.
    const num = c.kernel.alpha * sum + c.kernel.beta;
    const den = c.kernel.q * 10 ** decimals;
    unrounded = Number.isSafeInteger(den) ? num / den : toNumber(rat(BigInt(num), BigInt(c.kernel.q) * 10n ** BigInt(decimals)));
  } else {
    const norm: Rational[] = [];
    const counts = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const st = status[i]!;
      const a = c.indicators[i]!.answer;
      counts[i] = st === ANSWERED || st === MISSING_ZERO ? 1 : 0;
      norm.push(counts[i] ? normOf(units[i]!, a.offset, a.span) : ZERO);
    }
    const ev = evaluateExact(c, norm, counts);
    scaled = roundToScaled(ev.score, decimals, mode);
    unrounded = toNumber(ev.score);
    for (let i = 0; i < n; i++) shares[i] = toNumber(ev.shares[i]!);
  }
  const score = scaledToNumber(scaled, decimals);
  return assemble(c, units, status, shares, score, unrounded, rat(scaled, 10n ** BigInt(decimals)), missing, answers);
}

function assemble(
  c: CompiledMethodology,
  units: Float64Array,
  status: Uint8Array,
  shares: Float64Array,
  score: number,
  unrounded: number,
  rounded: Rational,
  missing: MissingPolicy,
  answers: unknown,
): UnitScore {
  const R = c.rangeNumber;
  const notApplicable: string[] = [];
  const missingIds: string[] = [];
  const get = answers instanceof Map ? (id: string): unknown => answers.get(id) : (id: string): unknown => own(answers as Record<string, unknown>, id);
  const dimensions: DimensionResult[] = c.dimensions.map((d) => {
    let dPoints = 0;
    let dMax = 0;
    let dCounted = false;
    const variables: VariableResult[] = d.variables.map((vi) => {
      const v = c.variables[vi]!;
      let vPoints = 0;
      let vMax = 0;
      let vCounted = false;
      const indicators: IndicatorResult[] = v.indicators.map((ii) => {
        const ind = c.indicators[ii]!;
        const st = status[ii]!;
        const a = ind.answer;
        const counted = st === ANSWERED || st === MISSING_ZERO;
        if (st === NOT_APPLICABLE_STATUS) notApplicable.push(ind.id);
        else if (st !== ANSWERED) missingIds.push(ind.id);
        const share = shares[ii]!;
        const normalized = counted ? (units[ii]! - a.offset) / a.span : null;
        const maxPoints = share * R;
        const points = normalized === null ? 0 : maxPoints * normalized;
        vPoints += points;
        vMax += maxPoints;
        vCounted ||= counted;
        const given = st === ANSWERED ? get(ind.id) : null;
        return {
          id: ind.id,
          name: ind.name,
          status: st === ANSWERED ? 'answered' : st === NOT_APPLICABLE_STATUS ? 'notApplicable' : 'missing',
          value: st === ANSWERED ? units[ii]! / a.grid : null,
          answer: typeof given === 'number' ? given + 0 : typeof given === 'string' || typeof given === 'boolean' ? given : null, // + 0: never -0
          counted,
          effectiveWeight: share,
          normalized,
          points,
          maxPoints,
          pointsLost: maxPoints - points,
        };
      });
      dPoints += vPoints;
      dMax += vMax;
      dCounted ||= vCounted;
      return {
        id: v.id,
        name: v.name,
        effectiveWeight: vMax / R,
        normalized: vCounted && vMax > 0 ? vPoints / vMax : null,
        points: vPoints,
        maxPoints: vMax,
        pointsLost: vMax - vPoints,
        indicators,
      };
    });
    const normalized = dCounted && dMax > 0 ? dPoints / dMax : null;
    return {
      id: d.id,
      name: d.name,
      effectiveWeight: dMax / R,
      normalized,
      score: normalized === null ? null : c.loNumber + normalized * R,
      points: dPoints,
      maxPoints: dMax,
      pointsLost: dMax - dPoints,
      variables,
    };
  });
  const m = c.methodology;
  return {
    methodology: { id: m.id, version: m.version },
    score,
    unrounded,
    rounding: c.rounding,
    range: { min: c.loNumber, max: toNumber(c.hi) },
    pointsLost: toNumber(c.hi) - unrounded,
    classification: classifyExact(rounded, c.scale, 'score'),
    dimensions,
    notApplicable,
    missing: missingIds,
    missingPolicy: missing,
  };
}
