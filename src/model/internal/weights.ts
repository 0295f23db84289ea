/**
 * Reads weights exactly (numbers, decimal strings and fraction strings such as "1/9"), the
 * methodology's weight policy (`weights: { total, tolerance, renormalize }`), and checks that
 * a group's weights sum to the total.
 *
 * @internal
 */
import { describe, isPlainRecord, join, own, tryDecimal } from '../../internal/input.js';
import { checkBoolean, type IssueList } from '../../internal/issues.js';
import { add, cmp, div, fromInt, isZero, sub, ZERO, type Rational } from '../../internal/rational.js';
import { fmtRational } from './fields.js';
import { trackDenominator, type Precision } from './limits.js';

const FRACTION = /^\s*([^/]+)\/([^/]+)$/;

/** A weight as an exact rational, or undefined when it is not a number, decimal or fraction. */
export function readWeight(value: unknown): Rational | undefined {
  if (typeof value === 'string') {
    const m = FRACTION.exec(value);
    if (m !== null) {
      const a = tryDecimal(m[1]);
      const b = tryDecimal(m[2]);
      if (a === undefined || b === undefined || isZero(b)) return undefined;
      return div(a, b);
    }
  }
  return tryDecimal(value);
}

/** The required `weight` of `obj`, or undefined after adding its issue. */
export function checkWeight(obj: Record<string, unknown>, path: string, issues: IssueList, precision: Precision): Rational | undefined {
  const v = own(obj, 'weight');
  const p = join(path, 'weight');
  if (v === undefined) {
    issues.add('MISSING_FIELD', p, 'weight is required');
    return undefined;
  }
  const w = readWeight(v);
  if (w === undefined) {
    issues.add('INVALID_WEIGHT', p, `weight must be a finite number, decimal or fraction such as "1/9", got ${describe(v)}`);
    return undefined;
  }
  if (w.n < 0n) {
    issues.add('INVALID_WEIGHT', p, `weight must not be negative, got ${describe(v)}`);
    return undefined;
  }
  return trackDenominator(w.d, precision, p, issues) ? w : undefined;
}

/** The exact sum of weights. */
export function sumOf(ws: readonly Rational[]): Rational {
  return ws.reduce(add, ZERO);
}

/** The weight policy read from `weights`, with its defaults. */
export interface WeightPolicy {
  readonly total: Rational;
  readonly tolerance: Rational;
  readonly renormalize: boolean;
}

/** Adds an issue when the weights of a group are all zero or, unless renormalized, do not sum to the total. */
export function checkSum(ws: readonly Rational[], policy: WeightPolicy, path: string, what: string, issues: IssueList): void {
  const s = sumOf(ws);
  if (s.n === 0n) {
    issues.add('ZERO_WEIGHT_GROUP', path, `the weights of ${what} are all zero`);
    return;
  }
  if (policy.renormalize) return;
  const diff = sub(s, policy.total);
  const abs = diff.n < 0n ? { n: -diff.n, d: diff.d } : diff;
  if (cmp(abs, policy.tolerance) > 0)
    issues.add(
      'WEIGHT_SUM_MISMATCH',
      path,
      `the weights of ${what} sum to ${fmtRational(s)}, not ${fmtRational(policy.total)}` +
        (policy.tolerance.n === 0n ? '' : ` (tolerance ${fmtRational(policy.tolerance)})`) +
        '; fix the weights or set weights.renormalize: true',
    );
}

/** The weight policy (`weights`: total 100, tolerance 0, no renormalizing by default). */
export function readWeightPolicy(spec: Record<string, unknown>, issues: IssueList): WeightPolicy {
  let policy: WeightPolicy = { total: fromInt(100), tolerance: ZERO, renormalize: false };
  const wp = own(spec, 'weights');
  if (wp !== undefined) {
    if (!isPlainRecord(wp)) issues.add('INVALID_TYPE', 'weights', `weights must be { total?, tolerance?, renormalize? }, got ${describe(wp)}`);
    else {
      const tv = own(wp, 'total');
      const total = tv === undefined ? policy.total : readWeight(tv);
      if (total === undefined || total.n <= 0n) issues.add('INVALID_WEIGHT', 'weights.total', `weights.total must be a positive number, got ${describe(tv)}`);
      const tol = own(wp, 'tolerance');
      const tolerance = tol === undefined ? ZERO : tryDecimal(tol);
      if (tolerance === undefined || tolerance.n < 0n)
        issues.add('INVALID_WEIGHT', 'weights.tolerance', `weights.tolerance must be a non-negative number, got ${describe(tol)}`);
      const renormalize = checkBoolean(wp, 'renormalize', 'weights', issues, false);
      if (total !== undefined && total.n > 0n && tolerance !== undefined && tolerance.n >= 0n) policy = { total, tolerance, renormalize };
    }
  }
  return policy;
}
