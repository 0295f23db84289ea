import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, index, isArray, messageOf, own, readArray, readOptions } from '../internal/input.js';
import { combine, MAX_SCORES, readAggregateOptions, type AggregateInput, type AggregateOptions, type AggregateResultOf } from './aggregate.js';

/**
 * One group's result from {@link aggregateBy}: the group's name and what `aggregate` gives
 * for its units (`R`: the result type for the options given).
 *
 * @example
 * ```ts
 * import { aggregateBy, type AggregateByGroup, type AggregateResult } from 'kepatuhan';
 * const [first]: AggregateByGroup<AggregateResult>[] = aggregateBy([{ g: 'a', score: 90 }], { groupBy: (u) => u.g });
 * first?.result.score; // 90
 * ```
 * @category Aggregation
 */
export interface AggregateByGroup<R> {
  /** The group, as `groupBy` named it. */
  readonly group: string;
  /** The group's aggregate. */
  readonly result: R;
}

/** No `options.weights` in a round (refused before). */
const noWeights = (): undefined => undefined;

/**
 * Options of {@link aggregateBy}: those of `aggregate` (but `weights`: give each unit a
 * `weight`) and the `groupBy` that names each unit's government.
 *
 * @example
 * ```ts
 * import { scales, type AggregateByOptions } from 'kepatuhan';
 * const o: AggregateByOptions<{ government: string; score: number }> = { groupBy: (u) => u.government, scale: scales.ombudsman2022 };
 * ```
 * @category Aggregation
 */
export interface AggregateByOptions<T> extends Omit<AggregateOptions, 'weights'> {
  /** Not in a round (`INVALID_OPTION`): give each unit a `weight`. */
  readonly weights?: never;
  /** The group (a government's id) of each unit; a string. */
  readonly groupBy: (unit: T) => string;
}

/**
 * Aggregates a whole round in one call: every unit's score into its government's (or any
 * group's) score, with the options read once. Each group gets what `aggregate` gives for its
 * units in list order — the same score, rounding, classification — and the result lists the
 * groups in order of their first unit, as plain data (`{ group, result }` records).
 *
 * @param units - unit scores: numbers, decimal strings, or objects with a `score` (and `weight`) that `groupBy` can place
 * @param options - `groupBy` (required), and `aggregate`'s options but `weights`: method, rounding, roundInputs, scale or range, adjustment, followedUpCorrectiveActions
 * @returns one `{ group, result }` per group, in order of its first unit, `result` being what
 *   `aggregate` gives for the group's units (typed by the scale: {@link AggregateResultOf}); empty for no units
 * @throws {@link KepatuhanError} `INVALID_TYPE` when `units` is not an array or `groupBy`
 *   returns something other than a string (path `options.groupBy`); `INVALID_OPTION` for a
 *   missing or bad `groupBy`, for `weights` (give each unit a `weight`) and as in `aggregate`;
 *   `CALLBACK_FAILED` when `groupBy` or a custom method throws; `TOO_LARGE` for more than
 *   1,000,000 units; every error of `aggregate` for a group's scores, with the unit's own
 *   path (`units[i]`, `units[i].score`, `units[i].weight`); `UNREADABLE_INPUT` when a getter
 *   or Proxy in the input throws
 * @example
 * ```ts
 * import { aggregateBy, scales } from 'kepatuhan';
 * const units = [
 *   { government: 'Kota Cilegon', score: 97.55 },
 *   { government: 'Kota Cilegon', score: 93.07 },
 *   { government: 'Kab. Serang', score: 91.98 },
 * ];
 * const [cilegon, serang] = aggregateBy(units, { groupBy: (u) => u.government, scale: scales.ombudsman2022 });
 * cilegon?.group; // "Kota Cilegon"
 * cilegon?.result.score; // 95.31
 * serang?.result.classification.category; // "A"
 * ```
 * @category Aggregation
 */
export function aggregateBy<T extends AggregateInput, O extends AggregateByOptions<T> = AggregateByOptions<T>>(units: readonly T[], options: O): AggregateByGroup<AggregateResultOf<O>>[] {
  const o = readOptions(options);
  if (!isArray(units)) throw new KepatuhanError('INVALID_TYPE', `units must be an array, got ${describe(units)}`, 'units');
  const list = readArray(units, 'units', MAX_SCORES);
  const groupBy = own(o, 'groupBy', 'options');
  if (typeof groupBy !== 'function')
    throw new KepatuhanError('INVALID_OPTION', `groupBy must be a function (unit) => string naming its group, got ${describe(groupBy)}`, 'options.groupBy');
  if (own(o, 'weights', 'options') !== undefined)
    throw new KepatuhanError('INVALID_OPTION', 'weights cannot be given for a whole round: give each unit a weight ({ score, weight })', 'options.weights');
  const opts = readAggregateOptions(o);
  // Units by group, in order of each group's first unit (a round usually lists a
  // government's units together: the group of the previous unit is tried first).
  const n = list.length;
  const by = groupBy as (unit: unknown) => unknown;
  const groupOf = new Int32Array(n);
  const names: string[] = [];
  const seen = new Map<string, number>();
  let last: string | undefined;
  let lastAt = -1;
  for (let i = 0; i < n; i++) {
    let g: unknown;
    try {
      g = by(list[i]);
    } catch (e) {
      throw new KepatuhanError('CALLBACK_FAILED', `groupBy threw: ${messageOf(e)}`, 'options.groupBy', undefined, e);
    }
    if (typeof g !== 'string')
      throw new KepatuhanError('INVALID_TYPE', `groupBy must return a string, got ${describe(g)} (returned for ${index('units', i)})`, 'options.groupBy');
    if (g !== last) {
      let at = seen.get(g);
      if (at === undefined) {
        at = names.length;
        seen.set(g, at);
        names.push(g);
      }
      last = g;
      lastAt = at;
    }
    groupOf[i] = lastAt;
  }
  // Unit indices grouped (a stable counting sort: list order inside each group).
  const start = new Int32Array(names.length + 1);
  for (let i = 0; i < n; i++) start[groupOf[i]! + 1]!++;
  for (let g = 1; g <= names.length; g++) start[g]! += start[g - 1]!;
  const members = new Int32Array(n);
  {
    const next = start.slice(0, names.length);
    for (let i = 0; i < n; i++) members[next[groupOf[i]!]!++] = i;
  }
  const out = new Array<AggregateByGroup<AggregateResultOf<O>>>(names.length);
  for (let g = 0; g < names.length; g++) {
    const from = start[g]!;
    const scores = new Array<unknown>(start[g + 1]! - from);
    for (let j = 0; j < scores.length; j++) scores[j] = list[members[from + j]!];
    const at = (j: number): string => index('units', members[from + j]!);
    out[g] = { group: names[g]!, result: combine(scores, opts, at, noWeights) as AggregateResultOf<O> };
  }
  return out;
}
