import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, index, isArray, messageOf, own, readArray, readOptions } from '../internal/input.js';
import { combine, MAX_SCORES, readAggregateOptions, type AggregateInput, type AggregateOptions, type AggregateResultOf } from './aggregate.js';
import { StringTable } from '../internal/stringTable.js';
import { gridRound, groupOnGrid } from './internal/groupOnGrid.js';

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
  // government's units together: the group of the previous unit is tried first, and while
  // every group's units are consecutive the list is already grouped).
  const n = list.length;
  const by = groupBy as (unit: unknown) => unknown;
  const seen = new StringTable();
  const names = seen.names;
  /** Where each group's units begin, while the groups are consecutive. */
  const starts: number[] = [];
  /** Each unit's group, once a group has come back after another. */
  let groupOf: Int32Array | undefined;
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
      const before = names.length;
      const at = seen.indexOf(g);
      if (at === before) starts.push(i);
      else if (groupOf === undefined) {
        groupOf = new Int32Array(n);
        for (let x = 0; x < before; x++) groupOf.fill(x, starts[x]!, x + 1 < before ? starts[x + 1]! : i);
      }
      last = g;
      lastAt = at;
    }
    if (groupOf !== undefined) groupOf[i] = lastAt;
  }
  const groups = names.length;
  // The units in group order: group g is grouped[start[g]] … grouped[start[g + 1] - 1], in
  // list order; members[p] is the index in `units` of grouped[p] (the identity without it).
  let grouped: readonly unknown[] = list;
  let start: ArrayLike<number> = starts;
  let members: Int32Array | undefined;
  if (groupOf === undefined) starts.push(n);
  else {
    // A stable counting sort.
    const st = new Int32Array(groups + 1);
    for (let i = 0; i < n; i++) st[groupOf[i]! + 1]!++;
    for (let g = 1; g <= groups; g++) st[g]! += st[g - 1]!;
    const m = new Int32Array(n);
    const next = st.slice(0, groups);
    for (let i = 0; i < n; i++) m[next[groupOf[i]!]!++] = i;
    const arranged = new Array<unknown>(n);
    for (let p = 0; p < n; p++) arranged[p] = list[m[p]!];
    grouped = arranged;
    start = st;
    members = m;
  }
  // Each group on the integer path when it can take it (groupOnGrid.ts), else by `combine`
  // on its entries (as read there): the result, or the error, `aggregate` gives for them.
  const fast = gridRound(opts);
  let largest = 0;
  for (let g = 0; g < groups; g++) largest = Math.max(largest, start[g + 1]! - start[g]!);
  const ks = new Float64Array(fast === undefined ? 0 : largest);
  const out = new Array<AggregateByGroup<AggregateResultOf<O>>>(groups);
  for (let g = 0; g < groups; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    let r = fast === undefined ? undefined : groupOnGrid(fast, grouped, from, to, ks);
    if (r === undefined || isArray(r)) {
      const scores = r ?? grouped.slice(from, to);
      const at = members === undefined ? (j: number): string => index('units', from + j) : (j: number): string => index('units', members[from + j]!);
      r = combine(scores, opts, at, noWeights);
    }
    out[g] = { group: names[g]!, result: r as AggregateResultOf<O> };
  }
  return out;
}
