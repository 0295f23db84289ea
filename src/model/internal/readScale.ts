/**
 * Reads the methodology's scale and checks that it spans the output range.
 *
 * @internal
 */
import { checkScale, type CompiledScale } from '../../classification/internal/compileScale.js';
import { own } from '../../internal/input.js';
import type { IssueList } from '../../internal/issues.js';
import { cmp, type Rational } from '../../internal/rational.js';
import { fmtRational } from './fields.js';

/** The compiled scale, or undefined after adding its issues; `lo`/`hi` is the output range when it was read. */
export function readScale(spec: Record<string, unknown>, lo: Rational | undefined, hi: Rational | undefined, issues: IssueList): CompiledScale | undefined {
  let scale: CompiledScale | undefined;
  const sv = own(spec, 'scale');
  if (sv === undefined) issues.add('MISSING_FIELD', 'scale', 'scale is required (e.g. scales.ombudsman2022)');
  else {
    scale = checkScale(sv, 'scale', issues);
    if (scale !== undefined && lo !== undefined && hi !== undefined) {
      if (cmp(scale.min, lo) !== 0 || cmp(scale.max, hi) !== 0)
        issues.add(
          'SCALE_MISMATCH',
          'scale',
          `the scale spans ${scale.scale.min}–${scale.scale.max} but the output range is ${fmtRational(lo)}–${fmtRational(hi)}`,
        );
    }
  }
  return scale;
}
