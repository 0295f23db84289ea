import { classifyExact } from '../classification/internal/classifyExact.js';
import { requireScale, type CompiledScale } from '../classification/internal/compiledScales.js';
import { checkScore, readRange, scoreBounds } from '../classification/internal/scoreRange.js';
import type { Scale, ScaleCategory, ScaleZoneId } from '../classification/scale.js';
import { ZONES } from '../classification/zone.js';
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { callback, describe, index, isArray, isPlainRecord, join, own, readArray, readDecimal, readOptions, readRounding } from '../internal/input.js';
import { rat, roundDiv, scaledToNumber } from '../internal/rational.js';
import type { RoundingMode, RoundingRule } from '../rounding/rounding.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import type { ScoreRange } from '../numbers/ScoreRange.js';
import { readGroup } from '../ranking/internal/entityFields.js';
import { compareGroups } from '../ranking/internal/standings.js';

/**
 * One result to summarise: a `score`, and optionally a `classification` (a
 * {@link UnitScore} or an {@link AggregateResult} with a scale has one). Other fields are
 * what you group by.
 *
 * @example
 * ```ts
 * import type { SummaryEntry } from 'kepatuhan';
 * const e: SummaryEntry & { type: string } = { score: 58.46, type: 'kota' };
 * ```
 * @category Analysis
 */
export interface SummaryEntry {
  readonly score: ScoreInput;
  /** Used for counts when no `scale` option is given. */
  readonly classification?: { readonly category: string; readonly zone?: string };
}

/**
 * What to group by: a field name of the entries (`'type'`, `'province'`) or a function
 * returning the group (`null`/`undefined` for none). Groups are strings, as in
 * {@link rank}: a number such as a year is not turned into one (write `String(r.year)`).
 *
 * @example
 * ```ts
 * import type { SummaryKey } from 'kepatuhan';
 * const byType: SummaryKey<{ score: number; type: string }> = 'type';
 * const byIsland: SummaryKey<{ score: number; province: string }> = (r) => (r.province.startsWith('Sumatera') ? 'Sumatera' : 'other');
 * ```
 * @category Analysis
 */
export type SummaryKey<T> = (keyof T & string) | ((entry: T) => string | null | undefined);

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * import { scales, type SummarizeOptions } from 'kepatuhan';
 * const o: SummarizeOptions<{ score: number; type: string }> = { groupBy: 'type', scale: scales.ombudsman2022 };
 * ```
 * @category Analysis
 */
export interface SummarizeOptions<T = SummaryEntry> {
  /** What to group by: a field name or a function (as `groupBy` in {@link rank}); omit for the total only. */
  readonly groupBy?: SummaryKey<T>;
  /** Classify every shown score on this scale (and list all its bands, even empty ones); scores must lie within its range. */
  readonly scale?: Scale;
  /** The range every shown score must lie in when no `scale` is given; default 0–100. */
  readonly range?: ScoreRange;
  /** Rounding of shown scores and of the mean and median; default half-up to 2 decimals. */
  readonly rounding?: RoundingMode | Partial<RoundingRule>;
  /**
   * Groups to list first, in this order, even when no result has them — the order a table is
   * published in, e.g. `['kementerian', 'lembaga', 'provinsi', 'kota', 'kabupaten']` (domain
   * reference §4). A listed group without results gets a row of zeros in the table (and no
   * {@link GroupSummary}). Groups not listed follow in code-unit order. Needs `by`.
   */
  readonly groups?: readonly string[];
}

/**
 * One row of a {@link SummaryTable}: a group's counts per category and zone, aligned with the
 * table's headings.
 *
 * @example
 * ```ts
 * import type { SummaryTableRow } from 'kepatuhan';
 * const total: SummaryTableRow = { key: null, total: true, count: 587, categories: [337, 157, 70, 14, 9], zones: [494, 70, 23], unclassified: 0 };
 * ```
 * @category Analysis
 */
export interface SummaryTableRow {
  /** The group (`null` for results without one, and for the total). */
  readonly key: string | null;
  /** Whether this is the total row (always the last). */
  readonly total: boolean;
  readonly count: number;
  /** Count per category, in the order of {@link SummaryTable.categories}. */
  readonly categories: readonly number[];
  /** Count per zone, in the order of {@link SummaryTable.zones}. */
  readonly zones: readonly number[];
  /** Results with no classification. */
  readonly unclassified: number;
}

/**
 * The counts of a {@link Summary} in the shape the Ombudsman publishes them (domain reference
 * §4: "2024: A 337, B 157, C 70, D 14, E 9"): headings in publication order, best first, every
 * category and zone present even when zero; one row per group, then the total.
 *
 * @example
 * ```ts
 * import { scales, summarize } from 'kepatuhan';
 * const t = summarize([{ score: 91.99, type: 'kabupaten' }, { score: 45.16, type: 'kota' }], { groupBy: 'type', scale: scales.ombudsman2022 }).table;
 * t.categories; // ["A", "B", "C", "D", "E"]
 * t.rows.map((r) => [r.key, ...r.categories]); // [["kabupaten", 1, 0, 0, 0, 0], ["kota", 0, 0, 0, 1, 0], [null, 1, 0, 0, 1, 0]]
 * ```
 * @category Analysis
 */
export interface SummaryTable {
  /** Category headings: with a scale, every band best first; otherwise the categories seen, in code-unit order. */
  readonly categories: readonly string[];
  /** Zone headings, best first: the zones the scale has (or every zone when any result carries one). */
  readonly zones: readonly string[];
  /** One row per group — those named in `options.groups` first, in that order, with zero rows for groups without results — then the total. */
  readonly rows: readonly SummaryTableRow[];
}

/**
 * Counts, means and spread of one group (or of all results). `C` and `Z` are the category
 * and zone-id unions of the scale given to {@link summarize}.
 *
 * @example
 * ```ts
 * import type { GroupSummary } from 'kepatuhan';
 * const g: GroupSummary = {
 *   key: 'kota', count: 8, mean: 63.56, median: 60.77, min: 45.16, max: 88.6, unclassified: 0,
 *   categories: [{ category: 'A', label: 'Kualitas Tertinggi', count: 1 }], // then B 1, C 3, D 3, E 0
 *   zones: [{ zone: 'hijau', count: 2 }, { zone: 'kuning', count: 3 }, { zone: 'merah', count: 3 }],
 * };
 * ```
 * @category Analysis
 */
export interface GroupSummary<C extends string = string, Z extends string = string> {
  /** The group, `null` for results without one (and for the total). */
  readonly key: string | null;
  readonly count: number;
  /** Count per category: with a scale, every band best first; otherwise the categories seen, in code-unit order. */
  readonly categories: readonly { readonly category: C; readonly label: string | null; readonly count: number }[];
  /**
   * Count per zone, best first: with a scale, its zones in its order; otherwise, when any
   * result carries a zone, the classic hijau, kuning, merah, then any other zone seen.
   */
  readonly zones: readonly { readonly zone: Z; readonly count: number }[];
  /** Results with no classification (no scale given and none carried). */
  readonly unclassified: number;
  /** Mean of the shown scores, exact, then rounded. */
  readonly mean: number;
  /** Median of the shown scores (mean of the middle two for an even count), rounded. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The result of {@link summarize}.
 *
 * @example
 * ```ts
 * import { scales, summarize } from 'kepatuhan';
 * const results = [
 *   { entity: 'Medan', type: 'kota', score: 81.43 },
 *   { entity: 'Binjai', type: 'kota', score: 45.16 },
 *   { entity: 'Deli Serdang', type: 'kabupaten', score: 91.99 },
 * ];
 * const s = summarize(results, { groupBy: 'type', scale: scales.ombudsman2022 });
 * s.total.categories[0]; // { category: 'A', label: 'Kualitas Tertinggi', count: 1 }
 * s.groups.find((g) => g.key === 'kota')?.median; // 63.3 (mean of 81.43 and 45.16, half-up)
 * ```
 * @category Analysis
 */
export interface Summary<C extends string = string, Z extends string = string> {
  /** All results together. */
  readonly total: GroupSummary<C, Z>;
  /** One summary per group with results: those named in `options.groups` first, in that order, then the others in code-unit order of the keys (no group first); empty without `groupBy`. */
  readonly groups: readonly GroupSummary<C, Z>[];
  /** The counts as a publication table: per group, then the total. */
  readonly table: SummaryTable;
  /** Rounding used for shown scores, means and medians. */
  readonly rounding: RoundingRule;
}

/**
 * What {@link summarize} returns for options `O`: with a `scale`, a {@link Summary} whose
 * categories and zones are typed by the scale.
 *
 * @example
 * ```ts
 * import { scales, summarize, type SummaryOf } from 'kepatuhan';
 * const o = { scale: scales.ombudsman2025 };
 * const s: SummaryOf<typeof o> = summarize([{ score: 31.99 }], o);
 * s.total.zones.map((z) => z.zone); // ["hijau", "kuning", "merah", "hitam"]
 * ```
 * @category Analysis
 */
export type SummaryOf<O extends SummarizeOptions<never> | undefined> = O extends { readonly scale: infer S extends Scale } ? Summary<ScaleCategory<S>, ScaleZoneId<S>> : Summary;

interface Row {
  readonly key: string | null;
  readonly scaled: bigint;
  readonly category: string | null;
  readonly zone: string | null;
}

/**
 * Summarises results the way the Ombudsman publishes them — counts per category and zone
 * (2024 nationally: A 337, B 157, C 70, D 14, E 9) — per government type, province or any
 * key, with the mean, median, minimum and maximum of the shown scores. Every figure is
 * computed exactly on the shown (rounded) scores.
 *
 * @param results - objects with a `score` (and optionally a `classification`, as unit and aggregate results have)
 * @param options - `groupBy`, a field name or a function giving each result's group (omit
 *   for the total only); `scale` to classify the shown scores on (or `range`, default
 *   0–100); `rounding`; `groups` to list in publication order (needs `groupBy`)
 * @returns the {@link Summary}: the total, one {@link GroupSummary} per group, and the counts as a publication {@link SummaryTable}
 * @throws {@link KepatuhanError} `EMPTY_INPUT` for no results; `INVALID_TYPE` /
 *   `MISSING_FIELD` / `INVALID_NUMBER` for a bad result (path `results[i]…`);
 *   `INVALID_TYPE` for a group that is not a string or null — numbers are not turned into
 *   strings, as in {@link rank} (path `results[i].<groupBy>`, or `options.groupBy` for a group
 *   a function returned); `INVALID_OPTION` for a bad `groupBy` (or `range` with `scale`, or
 *   the grouping given as the second argument, as before 0.2; a `groups` that is not a list of distinct strings,
 *   path `options.groups[i]`, or is given without `groupBy`); `NOT_DEFINED` for a scale that is not a built-in or a {@link defineScale} result (path `options.scale`);
 *   `VALUE_OUT_OF_RANGE` for a shown score outside the scale's range, `range` or 0–100 (path
 *   `results[i].score`); `INVALID_RANGE` for a bad `range`; `TOO_LARGE` beyond 1,000,000 results
 * @example
 * ```ts
 * import { summarize, scales } from 'kepatuhan';
 * const s = summarize(
 *   [
 *     { entity: 'Tebing Tinggi', type: 'kota', score: 88.6 },
 *     { entity: 'Medan', type: 'kota', score: 81.43 },
 *     { entity: 'Binjai', type: 'kota', score: 45.16 },
 *     { entity: 'Deli Serdang', type: 'kabupaten', score: 91.99 },
 *   ],
 *   { groupBy: 'type', scale: scales.ombudsman2022 },
 * );
 * s.total.categories.map((c) => `${c.category} ${c.count}`); // ["A 2", "B 1", "C 0", "D 1", "E 0"]
 * s.groups.map((g) => [g.key, g.count, g.mean]); // [["kabupaten", 1, 91.99], ["kota", 3, 71.73]]
 * // The published table, government types in publication order (domain reference §4):
 * const t = summarize([{ type: 'kota', score: 88.6 }, { type: 'kabupaten', score: 45.16 }], {
 *   groupBy: 'type',
 *   scale: scales.ombudsman2022,
 *   groups: ['provinsi', 'kota', 'kabupaten'],
 * }).table;
 * t.rows.map((r) => [r.key ?? 'total', ...r.categories]); // [["provinsi", 0, 0, 0, 0, 0], ["kota", 1, 0, 0, 0, 0], ["kabupaten", 0, 0, 0, 1, 0], ["total", 1, 0, 0, 1, 0]]
 * ```
 * @category Analysis
 */
export function summarize<T extends SummaryEntry, O extends SummarizeOptions<T> = SummarizeOptions<T>>(results: readonly T[], options?: O): SummaryOf<O> {
  // Before 0.2 the grouping was the second argument and the options the third: refused, with the new way.
  if (typeof options === 'string' || typeof options === 'function' || arguments.length > 2)
    throw new KepatuhanError('INVALID_OPTION', 'the grouping is now an option: write summarize(results, { groupBy, scale, rounding }) instead of summarize(results, by, options)', 'options');
  return summarizeAny(results, options) as SummaryOf<O>;
}

function summarizeAny<T extends SummaryEntry>(results: readonly T[], options?: SummarizeOptions<T>): Summary {
  const o = readOptions(options);
  const by = own(o, 'groupBy', 'options');
  const rounding = readRounding(own(o, 'rounding', 'options'), 'options.rounding');
  const gv = own(o, 'groups', 'options');
  let listed: readonly string[] = [];
  if (gv !== undefined) {
    if (!isArray(gv)) throw new KepatuhanError('INVALID_OPTION', `groups must be a list of group names, got ${describe(gv)}`, 'options.groups');
    listed = readArray(gv, 'options.groups', 1_000_000).map((g, i) => {
      if (typeof g !== 'string') throw new KepatuhanError('INVALID_OPTION', `a group name must be a string, got ${describe(g)}`, index('options.groups', i));
      return g;
    });
    const seen = new Set<string>();
    listed.forEach((g, i) => {
      if (seen.has(g)) throw new KepatuhanError('INVALID_OPTION', `the group ${JSON.stringify(g)} is listed twice`, index('options.groups', i));
      seen.add(g);
    });
  }
  const sv = own(o, 'scale', 'options');
  const scale: CompiledScale | undefined = sv === undefined ? undefined : requireScale(sv, 'options.scale');
  // Every shown score lies within the scale, else options.range, else 0–100 (as in rank).
  const bounds = scoreBounds(scale, readRange(o), rounding);
  if (!isArray(results)) throw new KepatuhanError('INVALID_TYPE', `results must be an array, got ${describe(results)}`, 'results');
  const list = readArray(results, 'results', 1_000_000); // read once; holes are undefined results
  if (list.length === 0) throw new KepatuhanError('EMPTY_INPUT', 'there are no results to summarise', 'results');
  if (by !== undefined && typeof by !== 'string' && typeof by !== 'function')
    throw new KepatuhanError('INVALID_OPTION', `groupBy must be a field name or a function, got ${describe(by)}`, 'options.groupBy');
  if (by === undefined && listed.length > 0) throw new KepatuhanError('INVALID_OPTION', 'groups needs groupBy: say what to group the results by', 'options.groups');
  const D = 10n ** BigInt(rounding.decimals);
  const rows: Row[] = list.map((r: unknown, i: number): Row => {
    const p = index('results', i);
    if (!isPlainRecord(r)) throw new KepatuhanError('INVALID_TYPE', `a result must be an object with a score, got ${describe(r)}`, p);
    const score = own(r, 'score', p);
    if (score === undefined) throw new KepatuhanError('MISSING_FIELD', 'score is required', `${p}.score`);
    const scaled = checkScore(readDecimal(score, `${p}.score`, 'score'), bounds, `${p}.score`);
    const key =
      typeof by === 'string'
        ? readGroup(own(r, by, p), join(p, by))
        : typeof by === 'function'
          ? readGroup(callback(by as (e: unknown) => unknown, [r], 'options.groupBy', 'groupBy'), 'options.groupBy', p)
          : null;
    let category: string | null = null;
    let zone: string | null = null;
    if (scale !== undefined) {
      const cl = classifyExact(rat(scaled, D), scale, `${p}.score`);
      category = cl.category;
      zone = cl.zone ?? null;
    } else {
      const cl = own(r, 'classification');
      if (isPlainRecord(cl)) {
        const cat = own(cl, 'category');
        const z = own(cl, 'zone');
        if (typeof cat === 'string') category = cat;
        if (typeof z === 'string' && z !== '') zone = z;
      }
    }
    return { key, scaled, category, zone };
  });

  const anyZone = rows.some((r) => r.zone !== null);
  // Without a scale: the classic three, best first, then any other zone seen, in code-unit order.
  const otherZones = [...new Set(rows.map((r) => r.zone).filter((z): z is string => z !== null && !(ZONES as readonly string[]).includes(z)))].sort();
  const zoneList: readonly string[] = scale !== undefined ? scale.scale.zones.map((z) => z.id) : anyZone ? [...ZONES, ...otherZones] : [];
  const categoryList: { category: string; label: string | null }[] =
    scale !== undefined
      ? [...scale.bands].reverse().map((b) => ({ category: b.band.category, label: b.band.label }))
      : [...new Set(rows.map((r) => r.category).filter((x): x is string => x !== null))].sort().map((category) => ({ category, label: null }));

  const summary = (key: string | null, group: readonly Row[]): GroupSummary => {
    const values = group.map((r) => r.scaled).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const n = BigInt(values.length);
    const sum = values.reduce((s, v) => s + v, 0n);
    const mid = values.length >> 1;
    const median = values.length % 2 === 1 ? values[mid]! : roundDiv(values[mid - 1]! + values[mid]!, 2n, rounding.mode);
    return {
      key,
      count: values.length,
      categories: categoryList.map((c) => ({ ...c, count: group.filter((r) => r.category === c.category).length })),
      zones: zoneList.map((zone) => ({ zone, count: group.filter((r) => r.zone === zone).length })),
      unclassified: group.filter((r) => r.category === null).length,
      mean: scaledToNumber(roundDiv(sum, n, rounding.mode), rounding.decimals),
      median: scaledToNumber(median, rounding.decimals),
      min: scaledToNumber(values[0]!, rounding.decimals),
      max: scaledToNumber(values[values.length - 1]!, rounding.decimals),
    };
  };

  const groups = new Map<string | null, Row[]>();
  if (by !== undefined)
    for (const r of rows) {
      const g = groups.get(r.key);
      if (g === undefined) groups.set(r.key, [r]);
      else g.push(r);
    }
  // Listed groups first, in the order given, even when empty; then the others.
  const named = new Set(listed);
  const others = [...groups.keys()].filter((k) => k === null || !named.has(k)).sort(compareGroups);
  const order = [...listed, ...others];
  // A group without results has no mean, median, minimum or maximum: it is a table row only.
  const byKey = new Map(order.filter((k) => groups.has(k)).map((k) => [k, summary(k, groups.get(k)!)] as const));
  const groupSummaries = [...byKey.values()];
  const total = summary(null, rows);
  const tableRow = (g: GroupSummary, isTotal: boolean): SummaryTableRow => ({
    key: g.key,
    total: isTotal,
    count: g.count,
    categories: g.categories.map((c) => c.count),
    zones: g.zones.map((z) => z.count),
    unclassified: g.unclassified,
  });
  const emptyRow = (key: string): SummaryTableRow => ({ key, total: false, count: 0, categories: categoryList.map(() => 0), zones: zoneList.map(() => 0), unclassified: 0 });
  return {
    total,
    groups: groupSummaries,
    table: {
      categories: categoryList.map((c) => c.category),
      zones: zoneList,
      rows: [...order.map((k) => {
        const g = byKey.get(k);
        return g === undefined ? emptyRow(k!) : tableRow(g, false);
      }),
      tableRow(total, true),
      ],
    },
    rounding,
  };
}
