/**
 * Reads ranking entries `{ id, score, group? }` from untrusted input.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { callback, describe, index, isArray, isPlainRecord, own, readArray, readDecimal } from '../../internal/input.js';
import { roundToScaled } from '../../internal/rational.js';
import type { RoundingRule } from '../../numbers/rounding.js';
import type { Rankable } from './standings.js';

/** Largest number of entries a ranking takes. */
export const MAX_ENTRIES = 1_000_000;

export interface ReadEntry extends Rankable {
  readonly entry: Record<string, unknown>;
}

/**
 * Reads entries: each an object with a non-empty string `id` (unique in the list), a `score`
 * (number or decimal string, rounded by `rounding` to the shown value) and an optional string
 * `group` — or the group returned by `groupBy` when given.
 */
export function readEntries(entries: unknown, path: string, rounding: RoundingRule, groupBy: unknown, groupByPath = 'options.groupBy'): ReadEntry[] {
  if (!isArray(entries)) throw new KepatuhanError('INVALID_TYPE', `entries must be an array, got ${describe(entries)}`, path);
  // A dense copy read once (holes are undefined entries, reported below); TOO_LARGE before reading.
  const list = readArray(entries, path, MAX_ENTRIES);
  if (groupBy !== undefined && typeof groupBy !== 'function')
    throw new KepatuhanError('INVALID_OPTION', `groupBy must be a function (entry) => string, got ${describe(groupBy)}`, groupByPath);
  const seen = new Set<string>();
  return list.map((e: unknown, i: number): ReadEntry => {
    const p = index(path, i);
    if (!isPlainRecord(e)) throw new KepatuhanError('INVALID_TYPE', `an entry must be an object { id, score, group? }, got ${describe(e)}`, p);
    const id = own(e, 'id', p);
    if (typeof id !== 'string' || id.trim() === '' || id.length > 200)
      throw new KepatuhanError('INVALID_ID', `id must be a non-empty string of at most 200 characters, got ${describe(id)}`, `${p}.id`);
    if (seen.has(id)) throw new KepatuhanError('DUPLICATE_ID', `id ${JSON.stringify(id)} appears twice`, `${p}.id`);
    seen.add(id);
    const score = own(e, 'score', p);
    if (score === undefined) throw new KepatuhanError('MISSING_FIELD', 'score is required', `${p}.score`);
    const scaled = roundToScaled(readDecimal(score, `${p}.score`, 'score'), rounding.decimals, rounding.mode);
    const raw = groupBy === undefined ? own(e, 'group', p) : callback(groupBy as (entry: unknown) => unknown, [e], groupByPath, 'groupBy');
    if (raw !== undefined && raw !== null && typeof raw !== 'string')
      throw new KepatuhanError(
        groupBy === undefined ? 'INVALID_TYPE' : 'INVALID_OPTION',
        `a group must be a string, got ${describe(raw)}`,
        groupBy === undefined ? `${p}.group` : groupByPath,
      );
    return { id, group: typeof raw === 'string' ? raw : null, scaled, entry: e };
  });
}
