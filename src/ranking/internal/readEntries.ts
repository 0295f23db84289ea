/**
 * Reads ranking entries `{ id, score, group? }` from untrusted input.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { callback, describe, index, isArray, isPlainRecord, join, readArray, readDecimal, unreadable } from '../../internal/input.js';
import { GRID_MAX, gridOf, gridScale } from '../../internal/gridNumber.js';
import { checkScore, type ScoreBounds } from '../../classification/internal/scoreRange.js';
import { IdSet, readEntityIdAt, readGroup } from './entityFields.js';
import type { Rankable } from './standings.js';

/** Largest number of entries a ranking takes. */
export const MAX_ENTRIES = 1_000_000;

export interface ReadEntry extends Rankable {
  readonly entry: Record<string, unknown>;
}

/** Entries read column by column (what `rank` works on: no object per entry until the result). */
export interface ReadColumns {
  readonly ids: string[];
  readonly groups: (string | null)[];
  /** Shown score × 10^decimals as an exact integer (`|k| ≤ 2^49`), when `big` is undefined. */
  readonly keys: number[];
  /** The shown scores as bigints, only when one of them lies beyond `keys`' exact range. */
  readonly big: bigint[] | undefined;
  readonly entries: Record<string, unknown>[];
}

/**
 * Reads entries: each an object with an `id` (see `readEntityId`: unique in the list), a
 * `score` (number or decimal string, rounded by the bounds' rounding to the shown value,
 * which must lie within the bounds: `checkScore`) and an optional string `group` — or the
 * group returned by `groupBy` when given (`readGroup`).
 */
export function readEntries(entries: unknown, path: string, bounds: ScoreBounds, groupBy: unknown, groupByPath = 'options.groupBy'): ReadEntry[] {
  const c = readColumns(entries, path, bounds, groupBy, groupByPath);
  return c.entries.map((entry, i) => ({ id: c.ids[i]!, group: c.groups[i]!, scaled: c.big === undefined ? BigInt(c.keys[i]!) : c.big[i]!, entry }));
}

/**
 * {@link readEntries} into columns, with the same checks in the same order (so the same
 * first error), reading each field once. A number score on the grid is read by the exact
 * integer path (`gridOf`), anything else by the rational one; paths are built only for errors.
 */
export function readColumns(entries: unknown, path: string, bounds: ScoreBounds, groupBy: unknown, groupByPath = 'options.groupBy'): ReadColumns {
  if (!isArray(entries)) throw new KepatuhanError('INVALID_TYPE', `entries must be an array, got ${describe(entries)}`, path);
  // A dense copy read once (holes are undefined entries, reported below); TOO_LARGE before reading.
  const list = readArray(entries, path, MAX_ENTRIES);
  if (groupBy !== undefined && typeof groupBy !== 'function')
    throw new KepatuhanError('INVALID_OPTION', `groupBy must be a function (entry) => string, got ${describe(groupBy)}`, groupByPath);
  const by = groupBy as ((entry: unknown) => unknown) | undefined;
  const n = list.length;
  const seen = new IdSet();
  const ids = new Array<string>(n);
  const groups = new Array<string | null>(n);
  const keys = new Array<number>(n);
  let big: bigint[] | undefined;
  const p10 = gridScale(bounds.decimals);
  // Bounds as numbers: only a value inside them (an exact integer) skips the exact check.
  const lo = Number(bounds.lo);
  const hi = Number(bounds.hi);
  for (let i = 0; i < n; i++) {
    const e: unknown = list[i];
    if (!isPlainRecord(e)) throw new KepatuhanError('INVALID_TYPE', `an entry must be an object { id, score, group? }, got ${describe(e)}`, index(path, i));
    ids[i] = readEntityIdAt(e, path, i, seen);
    let score: unknown;
    try {
      score = Object.prototype.hasOwnProperty.call(e, 'score') ? e['score'] : undefined;
    } catch (err) {
      throw unreadable(join(index(path, i), 'score'), err);
    }
    if (score === undefined) throw new KepatuhanError('MISSING_FIELD', 'score is required', `${index(path, i)}.score`);
    let k = typeof score === 'number' && p10 !== undefined ? gridOf(score, p10) : undefined;
    if (k === undefined || k < lo || k > hi) {
      const sp = `${index(path, i)}.score`;
      const s = checkScore(readDecimal(score, sp, 'score'), bounds, sp);
      if (big === undefined && (s > BigInt(GRID_MAX) || s < -BigInt(GRID_MAX))) big = keys.slice(0, i).map((x) => BigInt(x));
      if (big !== undefined) big.push(s);
      k = Number(s);
    } else if (big !== undefined) big.push(BigInt(k));
    keys[i] = k;
    if (by === undefined) {
      let g: unknown;
      try {
        g = Object.prototype.hasOwnProperty.call(e, 'group') ? e['group'] : undefined;
      } catch (err) {
        throw unreadable(join(index(path, i), 'group'), err);
      }
      groups[i] = g === undefined || g === null ? null : typeof g === 'string' ? g : readGroup(g, `${index(path, i)}.group`);
    } else groups[i] = readGroup(callback(by, [e], groupByPath, 'groupBy'), groupByPath, index(path, i));
  }
  // `list` is readArray's own copy, and every element of it has just been checked to be an object.
  return { ids, groups, keys, big, entries: list as Record<string, unknown>[] };
}
