/**
 * The opinion options of `scoreUnit`: a caller-supplied adjustment (Ombudsman 2023
 * "variabel substantif") and the follow-up qualifier (Ombudsman 2025 "Tanpa
 * Maladministrasi"), applied to a finished unit score.
 *
 * @internal
 */
import { classifyExact, readFollowUp } from '../../classification/internal/classifyExact.js';
import { own, readOptions } from '../../internal/input.js';
import { pow10, rat, roundDiv, scaledToNumber, sub, toNumber } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import type { UnitScore } from '../unitScore.js';
import { applyAdjustment, appliedRecord, readAdjustment, type ReadAdjustment } from './adjust.js';
import type { ComputedUnitScore } from './buildUnitScore.js';

export interface UnitOpinion {
  readonly adjustment: ReadAdjustment | undefined;
  readonly followUp: boolean;
  readonly followUpGiven: boolean;
  readonly lo: bigint;
}

/** Reads the opinion options; undefined when none was given (the result is left as it is). */
export function readUnitOpinion(options: unknown, c: CompiledMethodology): UnitOpinion | undefined {
  if (options === undefined) return undefined; // no options, no opinion (and no bigint bounds to compute)
  const o = readOptions(options);
  const d = c.rounding.decimals;
  const lo = roundDiv(c.lo.n * pow10(d), c.lo.d, 'ceil');
  const hi = roundDiv(c.hi.n * pow10(d), c.hi.d, 'floor');
  const adjustment = readAdjustment(o, d, lo, hi, c.scale);
  const followUpGiven = own(o, 'followedUpCorrectiveActions', 'options') !== undefined;
  const followUp = readFollowUp(o, c.scale);
  if (adjustment === undefined && !followUpGiven) return undefined;
  return { adjustment, followUp, followUpGiven, lo };
}

/**
 * Applies the opinion options to a unit score built without them. `exact` is the unit's
 * exact outcome: the rounded score as an integer and the unrounded score as a fraction, so
 * nothing is read back from a double (which cannot hold 15 or more decimals).
 */
export function applyUnitOpinion(r: UnitScore, c: CompiledMethodology, op: UnitOpinion, exact: ComputedUnitScore): UnitScore {
  const d = c.rounding.decimals;
  const k = exact.scaled;
  let score = r.score;
  let unrounded = r.unrounded;
  let pointsLost = r.pointsLost;
  let kAfter = k;
  let record: UnitScore['adjustment'];
  if (op.adjustment !== undefined) {
    const applied = applyAdjustment(k, op.adjustment, op.lo);
    kAfter = applied.k;
    score = scaledToNumber(kAfter, d);
    // The corrected unrounded score, exactly: (num / den) − correction / 10^d.
    const after =
      applied.capped || applied.clamped ? rat(kAfter, pow10(d)) : sub(rat(exact.num, exact.den), rat(op.adjustment.correction, pow10(d)));
    unrounded = toNumber(after);
    pointsLost = toNumber(sub(c.hi, after));
    record = appliedRecord(op.adjustment, k, r.classification, applied);
  }
  return {
    ...r,
    score,
    unrounded,
    pointsLost,
    classification: classifyExact(rat(kAfter, pow10(d)), c.scale, 'score', op.followUp),
    ...(record !== undefined ? { adjustment: record } : {}),
    ...(op.followUpGiven ? { followedUpCorrectiveActions: op.followUp } : {}),
  };
}
