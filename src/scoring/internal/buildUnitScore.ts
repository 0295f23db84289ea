/**
 * Computes a unit's exact score and builds the result with its breakdown.
 *
 * @internal
 */
import { classifyExact, classifyScaled } from '../../classification/internal/classifyExact.js';
import { pow10, rat, roundToScaled, scaledToNumber, sub, toNumber, ZERO, type Rational } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import type { MissingPolicy } from '../answers.js';
import type { DimensionResult, IndicatorResult, UnitScore, VariableResult } from '../unitScore.js';
import { ANSWERED, evaluateExact, MISSING_ZERO, NOT_APPLICABLE_STATUS, normOf, roundDivNumber } from './evaluate.js';

/** The exact outcome of a unit: the rounded score × 10^decimals, the unrounded score, and the shares. */
export interface ComputedUnitScore {
  readonly scaled: bigint;
  /** `scaled` and `num` as doubles when they are whole numbers below 2^53 (the kernel's outcome). */
  readonly scaledNumber?: number;
  readonly numNumber?: number;
  /** The exact unrounded score as `num / den` (not reduced: reduce only when needed). */
  readonly num: bigint;
  readonly den: bigint;
  readonly unrounded: number;
  readonly shares: Float64Array;
}

/** The shares of a methodology's indicators when all count, built once per methodology (read only). */
const fullShares = /*#__PURE__*/ new WeakMap<CompiledMethodology, Float64Array>();
function sharesWhenAllCount(c: CompiledMethodology): Float64Array {
  let s = fullShares.get(c);
  if (s === undefined) {
    s = Float64Array.from(c.indicators, (ind) => ind.shareNumber);
    fullShares.set(c, s);
  }
  return s;
}

/**
 * The kernel's outcome: `scaled` and the exact unrounded score `num / den` held as whole
 * doubles below 2^53, turned into bigints only when asked (the score with an adjustment).
 */
class KernelOutcome implements ComputedUnitScore {
  constructor(
    readonly scaledNumber: number,
    readonly numNumber: number,
    private readonly q: number,
    private readonly decimals: number,
    readonly unrounded: number,
    readonly shares: Float64Array,
  ) {}
  get scaled(): bigint {
    return BigInt(this.scaledNumber);
  }
  get num(): bigint {
    return BigInt(this.numNumber);
  }
  get den(): bigint {
    return BigInt(this.q) * pow10(this.decimals);
  }
}

/** Computes a unit's exact score from answers in grid units (kernel when every indicator counts). */
export function computeUnitScore(c: CompiledMethodology, units: Float64Array, status: Uint8Array, allCount: boolean): ComputedUnitScore {
  const n = c.indicators.length;
  const { decimals, mode } = c.rounding;
  if (allCount && c.kernel !== undefined) {
    const k = c.kernel;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += k.mult[i]! * (units[i]! - k.offset[i]!);
    // Whole numbers below 2^53 (checked when the kernel was built): exact as doubles, so this
    // is kernelRound's result, and the unrounded score is num / den.
    const num = k.alpha * sum + k.beta;
    const scaled = roundDivNumber(num, k.q, mode);
    const den = k.q * 10 ** decimals;
    // One division of exact integers is correctly rounded; dividing twice is not.
    const unrounded = Number.isSafeInteger(den) ? num / den : toNumber(rat(BigInt(num), BigInt(k.q) * pow10(decimals)));
    return new KernelOutcome(scaled, num, k.q, decimals, unrounded, sharesWhenAllCount(c));
  }
  const shares = new Float64Array(n);
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

/** The methodology's maximum as whole doubles `hiN / hiD` (undefined past 2^53), built once per methodology. */
const safeHi = /*#__PURE__*/ new WeakMap<CompiledMethodology, { readonly n: number; readonly d: number } | null>();
function hiAsNumbers(c: CompiledMethodology): { readonly n: number; readonly d: number } | null {
  let h = safeHi.get(c);
  if (h === undefined) {
    const safe = (x: bigint): boolean => x >= -BigInt(Number.MAX_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER);
    h = safe(c.hi.n) && safe(c.hi.d) ? { n: Number(c.hi.n), d: Number(c.hi.d) } : null;
    safeHi.set(c, h);
  }
  return h;
}

/**
 * `range.max − num / (q · 10^decimals)` as the nearest double, computed with whole doubles when
 * every product stays below 2^53 (then the subtraction is exact and the one division is
 * correctly rounded, as toNumber of the exact fraction); undefined otherwise.
 */
function pointsLostFast(c: CompiledMethodology, num: number): number | undefined {
  const h = hiAsNumbers(c);
  const k = c.kernel;
  if (h === null || k === undefined) return undefined;
  const den = k.q * 10 ** c.rounding.decimals;
  const a = h.n * den;
  const b = num * h.d;
  const d = h.d * den;
  const top = a - b;
  if (!(Math.abs(a) <= Number.MAX_SAFE_INTEGER && Math.abs(b) <= Number.MAX_SAFE_INTEGER && Math.abs(top) <= Number.MAX_SAFE_INTEGER && d <= Number.MAX_SAFE_INTEGER)) return undefined;
  return top / d;
}

/** The classification of the rounded score `scaled / 10^decimals`, as classifyExact gives it. */
function classifyRounded(c: CompiledMethodology, computed: ComputedUnitScore): UnitScore['classification'] {
  const { decimals } = c.rounding;
  const extra = c.scale.decimals - decimals;
  const k = computed.scaledNumber;
  // On a grid at least as fine as the score's, the rounded score is exactly k · 10^extra there.
  if (k !== undefined && extra >= 0 && extra <= 22 && Math.abs(k * 10 ** extra) <= Number.MAX_SAFE_INTEGER)
    return classifyScaled(BigInt(k * 10 ** extra), c.scale, 'score');
  return classifyExact(rat(computed.scaled, pow10(decimals)), c.scale, 'score');
}

/** `toNumber(c.hi)`, computed once per methodology. */
const hiNumbers = /*#__PURE__*/ new WeakMap<CompiledMethodology, number>();
function hiNumber(c: CompiledMethodology): number {
  let h = hiNumbers.get(c);
  if (h === undefined) {
    h = toNumber(c.hi);
    hiNumbers.set(c, h);
  }
  return h;
}

/** Builds the plain-data result with its breakdown; `given` holds the answers as read once (readAnswers). */
export function assembleUnitScore(
  c: CompiledMethodology,
  units: Float64Array,
  status: Uint8Array,
  computed: ComputedUnitScore,
  missing: MissingPolicy,
  given: readonly unknown[],
): UnitScore {
  const { decimals } = c.rounding;
  // Points lost from the exact score, like the adjusted path (unitOpinion): no float subtraction.
  const fast = computed.numNumber === undefined ? undefined : pointsLostFast(c, computed.numNumber);
  const pointsLost = fast ?? toNumber(sub(c.hi, rat(computed.num, computed.den)));
  const score = computed.scaledNumber !== undefined && decimals <= 22 ? computed.scaledNumber / 10 ** decimals + 0 : scaledToNumber(computed.scaled, decimals); // + 0: never -0
  return assemble(c, units, status, computed.shares, score, computed.unrounded, pointsLost, classifyRounded(c, computed), missing, given);
}

function assemble(
  c: CompiledMethodology,
  units: Float64Array,
  status: Uint8Array,
  shares: Float64Array,
  score: number,
  unrounded: number,
  pointsLost: number,
  classification: UnitScore['classification'],
  missing: MissingPolicy,
  answers: readonly unknown[],
): UnitScore {
  const notApplicable: string[] = [];
  const missingIds: string[] = [];
  // Status 0 (ANSWERED) everywhere, the usual case: both lists stay empty. (`status` may be
  // longer than the methodology: a lent buffer.)
  let allAnswered = true;
  for (let i = 0; i < c.indicators.length; i++) if (status[i] !== ANSWERED) allAnswered = false;
  if (!allAnswered)
    for (const d of c.dimensions)
      for (const vi of d.variables)
        for (const ii of c.variables[vi]!.indicators) {
          const st = status[ii]!;
          if (st === NOT_APPLICABLE_STATUS) notApplicable.push(c.indicators[ii]!.id);
          else if (st !== ANSWERED) missingIds.push(c.indicators[ii]!.id);
        }
  const m = c.methodology;
  return {
    methodology: { id: m.id, version: m.version },
    score,
    unrounded,
    rounding: c.rounding,
    range: { min: c.loNumber, max: hiNumber(c) },
    pointsLost,
    classification,
    dimensions: breakdown(c, units, status, shares, answers),
    notApplicable,
    missing: missingIds,
    missingPolicy: missing,
  };
}

/**
 * The per-dimension, per-variable, per-indicator breakdown. Plain loops, not nested callbacks:
 * the running sums stay local numbers instead of captured (boxed) variables.
 */
function breakdown(c: CompiledMethodology, units: Float64Array, status: Uint8Array, shares: Float64Array, answers: readonly unknown[]): DimensionResult[] {
  const R = c.rangeNumber;
  const dimensions: DimensionResult[] = [];
  for (const d of c.dimensions) {
    let dPoints = 0;
    let dMax = 0;
    const variables: VariableResult[] = [];
    for (const vi of d.variables) {
      const v = c.variables[vi]!;
      let vPoints = 0;
      let vMax = 0;
      const indicators: IndicatorResult[] = [];
      for (const ii of v.indicators) {
        const ind = c.indicators[ii]!;
        const st = status[ii]!;
        const a = ind.answer;
        const counted = st === ANSWERED || st === MISSING_ZERO;
        const share = shares[ii]!;
        const normalized = counted ? (units[ii]! - a.offset) / a.span : null;
        const maxPoints = share * R;
        const points = normalized === null ? 0 : maxPoints * normalized;
        vPoints += points;
        vMax += maxPoints;
        const given = st === ANSWERED ? answers[ii] : null;
        indicators.push({
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
        });
      }
      dPoints += vPoints;
      dMax += vMax;
      variables.push({
        id: v.id,
        name: v.name,
        effectiveWeight: vMax / R,
        // Only counted indicators have a share, so vMax > 0 means something here counted.
        normalized: vMax > 0 ? vPoints / vMax : null,
        points: vPoints,
        maxPoints: vMax,
        pointsLost: vMax - vPoints,
        indicators,
      });
    }
    const normalized = dMax > 0 ? dPoints / dMax : null;
    dimensions.push({
      id: d.id,
      name: d.name,
      effectiveWeight: dMax / R,
      normalized,
      score: normalized === null ? null : c.loNumber + normalized * R,
      points: dPoints,
      maxPoints: dMax,
      pointsLost: dMax - dPoints,
      variables,
    });
  }
  return dimensions;
}
