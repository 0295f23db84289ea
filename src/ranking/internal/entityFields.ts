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
import { describe, index, join, own } from '../../internal/input.js';
import { idProblem } from '../../internal/issues.js';
import { StringTable } from '../../internal/stringTable.js';

/**
 * Reads `record.id` by the methodology's id rule (`checkId`: a non-empty string of at most
 * 200 characters; MISSING_FIELD when absent, INVALID_ID otherwise) and checks it is not in
 * `seen` (DUPLICATE_ID), then adds it. `path` is the record's path (`entries[3]`).
 */
export function readEntityId(record: Record<string, unknown>, path: string, seen: Set<string>): string {
  // Read as checkId reads it (own, path ''); its rule and message without an issue list.
  const id = own(record, 'id');
  const problem = idProblem(id);
  if (problem !== undefined) throw new KepatuhanError(problem[0], problem[1], join(path, 'id'));
  if (seen.has(id as string)) throw new KepatuhanError('DUPLICATE_ID', `id ${JSON.stringify(id)} appears twice`, `${path}.id`);
  seen.add(id as string);
  return id as string;
}

/**
 * {@link readEntityId} for the entry at `list[i]`, with its path (`entries[3]`) built only
 * when there is something to report. The id is read once: a valid one is taken as is, and
 * anything else is handed to `checkId` (as the value read, not read again) for its error.
 */
export function readEntityIdAt(record: Record<string, unknown>, list: string, i: number, seen: IdSet): string {
  // Read as checkId reads it (own, path ''), so a throwing getter is reported the same way.
  const v = own(record, 'id');
  // An invalid id always throws in readEntityId, before its set is consulted.
  if (typeof v !== 'string' || v.length > 200 || v.trim() === '') return readEntityId({ id: v }, index(list, i), new Set());
  if (!seen.add(v)) throw new KepatuhanError('DUPLICATE_ID', `id ${JSON.stringify(v)} appears twice`, `${index(list, i)}.id`);
  return v;
}

/** A set of ids for duplicate checks on long lists (a nation's 10^5 entities). */
export class IdSet {
  private readonly table = new StringTable(1024);

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    const n = this.table.names.length;
    return this.table.indexOf(id) === n;
  }
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
