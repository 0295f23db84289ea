/**
 * Computes a unit's exact score and builds the result with its breakdown.
 *
 * @internal
 */
import { classifyExact } from '../../classification/internal/classifyExact.js';
import { pow10, rat, roundToScaled, scaledToNumber, sub, toNumber, ZERO, type Rational } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import type { MissingPolicy } from '../answers.js';
import type { DimensionResult, IndicatorResult, UnitScore, VariableResult } from '../unitScore.js';
import { ANSWERED, evaluateExact, kernelRound, MISSING_ZERO, NOT_APPLICABLE_STATUS, normOf } from './evaluate.js';

/** The exact outcome of a unit: the rounded score × 10^decimals, the unrounded score, and the shares. */
export interface ComputedUnitScore {
  readonly scaled: bigint;
  /** The exact unrounded score as `num / den` (not reduced: reduce only when needed). */
  readonly num: bigint;
  readonly den: bigint;
  readonly unrounded: number;
  readonly shares: Float64Array;
}

/** Computes a unit's exact score from answers in grid units (kernel when every indicator counts). */
export function computeUnitScore(c: CompiledMethodology, units: Float64Array, status: Uint8Array, allCount: boolean): ComputedUnitScore {
  const n = c.indicators.length;
  const { decimals, mode } = c.rounding;
  const shares = new Float64Array(n);
  if (allCount && c.kernel !== undefined) {
    const scaled = BigInt(kernelRound(c.kernel, units, 0, mode));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      shares[i] = c.indicators[i]!.shareNumber;
      sum += c.kernel.mult[i]! * (units[i]! - c.kernel.offset[i]!);
    }
    // Whole numbers below 2^53 (checked when the kernel was built): exact as bigints.
    const num = c.kernel.alpha * sum + c.kernel.beta;
    const den = c.kernel.q * 10 ** decimals;
    // One division of exact integers is correctly rounded; dividing twice is not.
    const numBig = BigInt(num);
    const denBig = BigInt(c.kernel.q) * pow10(decimals);
    const unrounded = Number.isSafeInteger(den) ? num / den : toNumber(rat(numBig, denBig));
    return { scaled, num: numBig, den: denBig, unrounded, shares };
  }
  const norm: Rational[] = [];
  const counts = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const st = status[i]!;
    const a = c.indicators[i]!.answer;
    counts[i] = st === ANSWERED || st === MISSING_ZERO ? 1 : 0;
    norm.push(counts[i] ? normOf(units[i]!, a.offset, a.span) : ZERO);
  }
  const ev = evaluateExact(c, norm, counts);
  for (let i = 0; i < n; i++) shares[i] = toNumber(ev.shares[i]!);
  return { scaled: roundToScaled(ev.score, decimals, mode), num: ev.score.n, den: ev.score.d, unrounded: toNumber(ev.score), shares };
}

/** Builds the plain-data result with its breakdown; `given` holds the answers as read once (readAnswers). */
export function assembleUnitScore(
  c: CompiledMethodology,
  units: Float64Array,
  status: Uint8Array,
  computed: ComputedUnitScore,
  missing: MissingPolicy,
  given: ReadonlyMap<string, unknown>,
): UnitScore {
  const { decimals } = c.rounding;
  // Points lost from the exact score, like the adjusted path (unitOpinion): no float subtraction.
  const pointsLost = toNumber(sub(c.hi, rat(computed.num, computed.den)));
  return assemble(c, units, status, computed.shares, scaledToNumber(computed.scaled, decimals), computed.unrounded, pointsLost, rat(computed.scaled, pow10(decimals)), missing, given);
}

function assemble(
  c: CompiledMethodology,
  units: Float64Array,
  status: Uint8Array,
  shares: Float64Array,
  score: number,
  unrounded: number,
  pointsLost: number,
  rounded: Rational,
  missing: MissingPolicy,
  answers: ReadonlyMap<string, unknown>,
): UnitScore {
  const R = c.rangeNumber;
  const notApplicable: string[] = [];
  const missingIds: string[] = [];
  const dimensions: DimensionResult[] = c.dimensions.map((d) => {
    let dPoints = 0;
    let dMax = 0;
    const variables: VariableResult[] = d.variables.map((vi) => {
      const v = c.variables[vi]!;
      let vPoints = 0;
      let vMax = 0;
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
        const given = st === ANSWERED ? answers.get(ind.id) : null;
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
      return {
        id: v.id,
        name: v.name,
        effectiveWeight: vMax / R,
        // Only counted indicators have a share, so vMax > 0 means something here counted.
        normalized: vMax > 0 ? vPoints / vMax : null,
        points: vPoints,
        maxPoints: vMax,
        pointsLost: vMax - vPoints,
        indicators,
      };
    });
    const normalized = dMax > 0 ? dPoints / dMax : null;
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
    pointsLost,
    classification: classifyExact(rounded, c.scale, 'score'),
    dimensions,
    notApplicable,
    missing: missingIds,
    missingPolicy: missing,
  };
}
