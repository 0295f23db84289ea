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

/**
 * A set of ids for duplicate checks on long lists: open addressing on a string hash in a
 * typed array, several times faster than a `Set<string>` for 10^5 ids (ranking a nation).
 */
export class IdSet {
  private slots = new Int32Array(1024);
  private readonly ids: string[] = [];

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    if (2 * (this.ids.length + 1) > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let at = hash(id) & mask; ; at = (at + 1) & mask) {
      const x = this.slots[at]!;
      if (x === 0) {
        this.ids.push(id);
        this.slots[at] = this.ids.length;
        return true;
      }
      if (this.ids[x - 1] === id) return false;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 4);
    const mask = slots.length - 1;
    this.ids.forEach((id, i) => {
      let at = hash(id) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = i + 1;
    });
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units, mixed (ids often differ only in their last digits). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
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
