/**
 * Checks the fields that name and date a methodology: `id`, `name`, `version`, `assessment`,
 * `notes`, `provenance`, `years`.
 *
 * @internal
 */
import { describe, isPlainRecord, own } from '../../internal/input.js';
import { checkId, checkProvenance, checkString, type IssueList } from '../../internal/issues.js';
import { isWhole } from './fields.js';

/** Adds an issue for each bad naming or dating field of the methodology `spec`. */
export function checkIdentity(spec: Record<string, unknown>, issues: IssueList): void {
  checkId(spec, '', issues);
  checkString(spec, 'name', '', issues);
  checkString(spec, 'version', '', issues);
  checkString(spec, 'assessment', '', issues, false);
  checkString(spec, 'notes', '', issues, false);
  checkProvenance(spec, '', issues);
  const years = own(spec, 'years');
  if (years !== undefined) {
    const from = isPlainRecord(years) ? own(years, 'from') : undefined;
    const to = isPlainRecord(years) ? own(years, 'to') : undefined;
    if (!isPlainRecord(years) || !isWhole(from) || (to !== undefined && (!isWhole(to) || to < from)))
      issues.add('INVALID_RANGE', 'years', `years must be { from, to? } with whole years and to ≥ from, got ${describe(years)}`);
  }
}
