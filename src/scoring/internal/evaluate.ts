/**
 * The two ways a unit's score is computed, which always agree:
 *
 * - `kernelRound`: the float-integer kernel, when every indicator counts. Allocates nothing.
 * - `evaluateExact`: bigint rationals, for any mix of answered, not-applicable and missing
 *   indicators. Weight of an indicator that does not count is re-spread over its siblings in
 *   the same variable; a variable with nothing left passes its weight to its sibling
 *   variables, and so on up (formula: domain reference §2, "presumed formula").
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { add, div, mul, rat, sub, ZERO, type Rational } from '../../internal/rational.js';
import type { RoundingMode } from '../../rounding/rounding.js';
import type { CompiledMethodology, Kernel } from '../../model/internal/compiled.js';

/** Integer division of whole doubles (|n| + q < 2^53, q > 0) rounded by `mode`. */
export function roundDivNumber(n: number, q: number, mode: RoundingMode): number {
  let f = Math.floor(n / q);
  let r = n - f * q;
  if (r < 0) {
    f -= 1;
    r += q;
  } else if (r >= q) {
    f += 1;
    r -= q;
  }
  if (r === 0) return f;
  const twice = 2 * r;
  switch (mode) {
    case 'halfUp':
      return twice >= q ? f + 1 : f;
    case 'halfDown':
      return twice > q ? f + 1 : f;
    case 'halfEven':
      return twice > q || (twice === q && f % 2 !== 0) ? f + 1 : f;
    case 'halfAwayFromZero':
      return twice > q || (twice === q && f >= 0) ? f + 1 : f;
    case 'halfTowardZero':
      return twice > q || (twice === q && f < 0) ? f + 1 : f;
    case 'floor':
      return f;
    case 'ceil':
      return f + 1;
    case 'truncate':
      return f < 0 ? f + 1 : f;
  }
}

/**
 * The rounded score × 10^decimals for answers in grid units (all indicators counting),
 * read from `units[base … base + n)`.
 */
export function kernelRound(k: Kernel, units: ArrayLike<number>, base: number, mode: RoundingMode): number {
  const mult = k.mult;
  const offset = k.offset;
  const n = mult.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += mult[i]! * (units[base + i]! - offset[i]!);
  return roundDivNumber(k.alpha * sum + k.beta, k.q, mode);
}

/** Status of an indicator in one evaluation. */
export const ANSWERED = 0;
export const NOT_APPLICABLE_STATUS = 1;
/** Missing, scored as the minimum (policy "zero"). */
export const MISSING_ZERO = 2;
/** Missing, weight re-spread (policy "respread"). */
export const MISSING_RESPREAD = 3;

export interface ExactEvaluation {
  /** Normalised total in [0, 1]. */
  readonly total: Rational;
  /** The score on the output range, unrounded. */
  readonly score: Rational;
  /** Effective share of the whole per indicator (0 where it does not count). */
  readonly shares: readonly Rational[];
}

/**
 * Exact evaluation. `norm[i]` is the normalised value of indicator i (ignored where it
 * does not count); `counts[i]` says whether it counts.
 */
export function evaluateExact(c: CompiledMethodology, norm: readonly Rational[], counts: ArrayLike<boolean | number>): ExactEvaluation {
  const shares: Rational[] = new Array<Rational>(c.indicators.length).fill(ZERO);
  const varNorm: (Rational | undefined)[] = [];
  const varApplicableWeight: Rational[] = [];
  for (const v of c.variables) {
    let w = ZERO;
    let s = ZERO;
    for (const i of v.indicators) {
      if (!counts[i]) continue;
      const ind = c.indicators[i]!;
      w = add(w, ind.weight);
      s = add(s, mul(ind.weight, norm[i]!));
    }
    varApplicableWeight.push(w);
    varNorm.push(w.n === 0n ? undefined : div(s, w));
  }
  const dimNorm: (Rational | undefined)[] = [];
  const dimApplicableWeight: Rational[] = [];
  for (const d of c.dimensions) {
    let w = ZERO;
    let s = ZERO;
    for (const vi of d.variables) {
      const vn = varNorm[vi];
      if (vn === undefined) continue;
      const vw = c.variables[vi]!.weight;
      w = add(w, vw);
      s = add(s, mul(vw, vn));
    }
    dimApplicableWeight.push(w);
    dimNorm.push(w.n === 0n ? undefined : div(s, w));
  }
  let w = ZERO;
  let s = ZERO;
  for (const d of c.dimensions) {
    const dn = dimNorm[d.index];
    if (dn === undefined) continue;
    w = add(w, d.weight);
    s = add(s, mul(d.weight, dn));
  }
  if (w.n === 0n)
    throw new KepatuhanError('NO_APPLICABLE_INDICATORS', 'no indicator counts (all are not applicable, missing, or of zero weight), so there is no score', 'answers');
  const total = div(s, w);
  for (const d of c.dimensions) {
    if (dimNorm[d.index] === undefined) continue;
    const dShare = div(d.weight, w);
    for (const vi of d.variables) {
      if (varNorm[vi] === undefined) continue;
      const v = c.variables[vi]!;
      const vShare = mul(dShare, div(v.weight, dimApplicableWeight[d.index]!));
      for (const i of v.indicators) {
        if (!counts[i]) continue;
        shares[i] = mul(vShare, div(c.indicators[i]!.weight, varApplicableWeight[vi]!));
      }
    }
  }
  return { total, score: add(c.lo, mul(sub(c.hi, c.lo), total)), shares };
}

/** Normalised value of an answer in grid units. */
export function normOf(units: number, offset: number, span: number): Rational {
  return rat(BigInt(units - offset), BigInt(span));
}
