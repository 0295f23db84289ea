/**
 * How large and how precise a methodology may be: the most indicators and levels, and the
 * running common denominator of weights and answer spans that stops the compiler before
 * exact arithmetic explodes.
 *
 * @internal
 */
import type { IssueList } from '../../internal/issues.js';
import { lcm } from '../../internal/rational.js';

/** Most indicators a methodology may have (also the most entries of any one of its lists). */
export const MAX_INDICATORS = 100_000;
/** Most levels of a `levels` answer. */
export const MAX_LEVELS = 1000;
/**
 * Largest common denominator of all weights and answer spans. Beyond it exact arithmetic
 * (bigint rationals) would grow without bound; real methodologies stay far below (the
 * Ombudsman preset needs 2^11).
 */
export const MAX_DENOMINATOR = 2n ** 1024n;

/** The running common denominator of weights and spans, to stop before arithmetic explodes. */
export interface Precision {
  lcm: bigint;
  exceeded: boolean;
}

/** Folds `d` into the running denominator; false (with one TOO_LARGE issue, at `path`) once it passes {@link MAX_DENOMINATOR}. */
export function trackDenominator(d: bigint, precision: Precision, path: string, issues: IssueList): boolean {
  if (precision.exceeded) return false;
  const l = lcm(precision.lcm, d);
  if (l > MAX_DENOMINATOR) {
    precision.exceeded = true;
    issues.add(
      'TOO_LARGE',
      path,
      'the weights and answer ranges are too precise to compute with exactly (their common denominator passes 2^1024): use fewer decimals or fewer distinct fractions',
    );
    return false;
  }
  precision.lcm = l;
  return true;
}
