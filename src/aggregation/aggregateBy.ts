import { KepatuhanError } from '../errors/KepatuhanError.js';
import { callback, describe, index, isArray, own, readArray, readOptions } from '../internal/input.js';
import { combine, MAX_SCORES, readAggregateOptions, type AggregateInput, type AggregateOptions, type AggregateResultOf } from './aggregate.js';

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
  /** The group (a government's id) of each unit; a string. */
  readonly groupBy: (unit: T) => string;
}

/**
 * Aggregates a whole round in one call: every unit's score into its government's (or any
 * group's) score, with the options read once. Each group gets what `aggregate` gives for its
 * units in list order — the same score, rounding, classification — and the result lists the
 * groups in order of their first unit.
 *
 * @param units - unit scores: numbers, decimal strings, or objects with a `score` (and `weight`) that `groupBy` can place
 * @param options - `groupBy` (required), and `aggregate`'s options but `weights`: method, rounding, roundInputs, scale or range, adjustment, followedUpCorrectiveActions
 * @returns a Map from each group to its {@link AggregateResult} (typed by the scale: {@link AggregateResultOf}); empty for no units
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
 * const byGovernment = aggregateBy(units, { groupBy: (u) => u.government, scale: scales.ombudsman2022 });
 * byGovernment.get('Kota Cilegon')?.score; // 95.31
 * byGovernment.get('Kab. Serang')?.classification.category; // "A"
 * [...byGovernment.keys()]; // ["Kota Cilegon", "Kab. Serang"]
 * ```
 * @category Aggregation
 */
export function aggregateBy<T extends AggregateInput, O extends AggregateByOptions<T> = AggregateByOptions<T>>(units: readonly T[], options: O): Map<string, AggregateResultOf<O>> {
  const o = readOptions(options);
  if (!isArray(units)) throw new KepatuhanError('INVALID_TYPE', `units must be an array, got ${describe(units)}`, 'units');
  const list = readArray(units, 'units', MAX_SCORES);
  const groupBy = own(o, 'groupBy', 'options');
  if (typeof groupBy !== 'function')
    throw new KepatuhanError('INVALID_OPTION', `groupBy must be a function (unit) => string naming its group, got ${describe(groupBy)}`, 'options.groupBy');
  if (own(o, 'weights', 'options') !== undefined)
    throw new KepatuhanError('INVALID_OPTION', 'weights cannot be given for a whole round: give each unit a weight ({ score, weight })', 'options.weights');
  const opts = readAggregateOptions(o);
  // Units by group, in order of each group's first unit; each unit's index for its path.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const g = callback(groupBy as (unit: unknown) => unknown, [list[i]], 'options.groupBy', 'groupBy');
    if (typeof g !== 'string')
      throw new KepatuhanError('INVALID_TYPE', `groupBy must return a string, got ${describe(g)} (returned for ${index('units', i)})`, 'options.groupBy');
    const members = groups.get(g);
    if (members === undefined) groups.set(g, [i]);
    else members.push(i);
  }
  const out = new Map<string, AggregateResultOf<O>>();
  for (const [g, members] of groups) {
    const at = (j: number): string => index('units', members[j]!);
    out.set(g, combine(members.map((i) => list[i]), opts, at, () => undefined) as AggregateResultOf<O>);
  }
  return out;
}
