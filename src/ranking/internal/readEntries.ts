/**
 * Reads ranking entries `{ id, score, group? }` from untrusted input.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { callback, describe, index, isArray, isPlainRecord, own, readArray, readDecimal } from '../../internal/input.js';
import { checkScore, type ScoreBounds } from '../../classification/internal/scoreRange.js';
import { readEntityId, readGroup } from './entityFields.js';
import type { Rankable } from './standings.js';

/** Largest number of entries a ranking takes. */
export const MAX_ENTRIES = 1_000_000;

export interface ReadEntry extends Rankable {
  readonly entry: Record<string, unknown>;
}

/**
 * Reads entries: each an object with an `id` (see `readEntityId`: unique in the list), a
 * `score` (number or decimal string, rounded by the bounds' rounding to the shown value,
 * which must lie within the bounds: `checkScore`) and an optional string `group` — or the
 * group returned by `groupBy` when given (`readGroup`).
 */
export function readEntries(entries: unknown, path: string, bounds: ScoreBounds, groupBy: unknown, groupByPath = 'options.groupBy'): ReadEntry[] {
  if (!isArray(entries)) throw new KepatuhanError('INVALID_TYPE', `entries must be an array, got ${describe(entries)}`, path);
  // A dense copy read once (holes are undefined entries, reported below); TOO_LARGE before reading.
  const list = readArray(entries, path, MAX_ENTRIES);
  if (groupBy !== undefined && typeof groupBy !== 'function')
    throw new KepatuhanError('INVALID_OPTION', `groupBy must be a function (entry) => string, got ${describe(groupBy)}`, groupByPath);
  const seen = new Set<string>();
  return list.map((e: unknown, i: number): ReadEntry => {
    const p = index(path, i);
    if (!isPlainRecord(e)) throw new KepatuhanError('INVALID_TYPE', `an entry must be an object { id, score, group? }, got ${describe(e)}`, p);
    const id = readEntityId(e, p, seen);
    const score = own(e, 'score', p);
    if (score === undefined) throw new KepatuhanError('MISSING_FIELD', 'score is required', `${p}.score`);
    const scaled = checkScore(readDecimal(score, `${p}.score`, 'score'), bounds, `${p}.score`);
    const group =
      groupBy === undefined
        ? readGroup(own(e, 'group', p), `${p}.group`)
        : readGroup(callback(groupBy as (entry: unknown) => unknown, [e], groupByPath, 'groupBy'), groupByPath, p);
    return { id, group, scaled, entry: e };
  });
}
