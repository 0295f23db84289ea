/**
 * Reads the methodology's output range (`output: { min, max }`) and checks that its bounds
 * lie on the rounding grid, so a rounded score never falls outside it.
 *
 * @internal
 */
import { describe, isPlainRecord, own, tryDecimal, withinBounds } from '../../internal/input.js';
import type { IssueList } from '../../internal/issues.js';
import { cmp, decimalPlaces, type Rational } from '../../internal/rational.js';
import type { RoundingRule } from '../../rounding/rounding.js';
import { fmtRational } from './fields.js';

/** The output range `{ lo, hi }`; a bound is undefined when the range is missing or bad (its issue added). */
export function readOutput(spec: Record<string, unknown>, issues: IssueList): { lo: Rational | undefined; hi: Rational | undefined } {
  let lo: Rational | undefined;
  let hi: Rational | undefined;
  const output = own(spec, 'output');
  if (output === undefined) issues.add('MISSING_FIELD', 'output', 'output is required (e.g. { min: 0, max: 100 })');
  else if (!isPlainRecord(output)) issues.add('INVALID_TYPE', 'output', `output must be { min, max }, got ${describe(output)}`);
  else {
    const a = tryDecimal(own(output, 'min'));
    const b = tryDecimal(own(output, 'max'));
    if (a === undefined || !withinBounds(a))
      issues.add('INVALID_RANGE', 'output.min', `output.min must be a number from -1e15 to 1e15, got ${describe(own(output, 'min'))}`);
    if (b === undefined || !withinBounds(b))
      issues.add('INVALID_RANGE', 'output.max', `output.max must be a number from -1e15 to 1e15, got ${describe(own(output, 'max'))}`);
    if (a !== undefined && b !== undefined && withinBounds(a) && withinBounds(b)) {
      if (cmp(a, b) >= 0) issues.add('INVALID_RANGE', 'output', `output.min (${fmtRational(a)}) must be below output.max (${fmtRational(b)})`);
      else {
        lo = a;
        hi = b;
      }
    }
  }
  return { lo, hi };
}

/** Adds an issue for an output bound with more decimals than the rounding keeps. */
export function checkOutputOnGrid(lo: Rational | undefined, hi: Rational | undefined, rounding: RoundingRule, issues: IssueList): void {
  // Rounded scores must stay inside the output range: its bounds must lie on the rounding grid.
  for (const [bound, p] of [[lo, 'output.min'], [hi, 'output.max']] as const) {
    const places = bound === undefined ? 0 : decimalPlaces(bound);
    if (places === undefined || places > rounding.decimals)
      issues.add(
        'INVALID_RANGE',
        p,
        `${p} has more decimals than the rounding keeps (${rounding.decimals}): a rounded score could fall outside the output range`,
      );
  }
}
