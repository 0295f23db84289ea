/**
 * The two fields every list of entities shares — `id` and `group` — read the same way by
 * `rank`, `compare`, `summarize`, `governmentGap`, `sensitivity` and `replaySensitivityRun`,
 * so the same mistake gets the same code, message and path everywhere.
 *
 * It lives in ranking (not analysis) because the analyses already build on ranking and
 * ranking must not depend on them.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe } from '../../internal/input.js';
import { checkId, IssueList } from '../../internal/issues.js';

/**
 * Reads `record.id` by the methodology's id rule (`checkId`: a non-empty string of at most
 * 200 characters; MISSING_FIELD when absent, INVALID_ID otherwise) and checks it is not in
 * `seen` (DUPLICATE_ID), then adds it. `path` is the record's path (`entries[3]`).
 */
export function readEntityId(record: Record<string, unknown>, path: string, seen: Set<string>): string {
  const issues = new IssueList();
  const id = checkId(record, path, issues);
  if (id === undefined) {
    const issue = issues.items[0]!;
    throw new KepatuhanError(issue.code, issue.message, issue.path);
  }
  if (seen.has(id)) throw new KepatuhanError('DUPLICATE_ID', `id ${JSON.stringify(id)} appears twice`, `${path}.id`);
  seen.add(id);
  return id;
}

/**
 * Reads a group: a string, or `null` / `undefined` for none; anything else (a number
 * included — it is never turned into a string) throws INVALID_TYPE at `path`. When the group
 * was returned by a caller's function, `path` is the function's option and `entryPath` names
 * the entry it was returned for.
 */
export function readGroup(value: unknown, path: string, entryPath?: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  throw new KepatuhanError(
    'INVALID_TYPE',
    `a group must be a string, or null for none, got ${describe(value)}${entryPath === undefined ? '' : ` (returned for ${entryPath})`}`,
    path,
  );
}
