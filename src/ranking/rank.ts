import type { Classification, Classified } from '../classification/classification.js';
import { classifyExact } from '../classification/internal/classifyExact.js';
import { requireScale } from '../classification/internal/compiledScales.js';
import { readRange, scoreBounds } from '../classification/internal/scoreRange.js';
import type { Scale, ScaleCategory, ScaleZoneId } from '../classification/scale.js';
import { readOptions, readRounding, own } from '../internal/input.js';
import { pow10, rat, scaledToNumber } from '../internal/rational.js';
import type { RoundingMode, RoundingRule } from '../rounding/rounding.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import type { ScoreRange } from '../numbers/ScoreRange.js';
import { gridScale } from '../internal/gridNumber.js';
import { readColumns } from './internal/readEntries.js';
import { checkedComparator, orderKeys, rankColumns, readTieRule } from './internal/standings.js';
import type { TieRule, TieRuleName } from './tieRules.js';

/**
 * One entity to rank: an `id` unique in the list, its `score` (number or decimal string such
 * as `"95,31"`) and, optionally, the `group` it is ranked in (a government type such as
 * `'kabupaten'`, or a province). Any other fields are kept and handed back in `entry`.
 *
 * @example
 * ```ts
 * import type { RankEntry } from 'kepatuhan';
 * const e: RankEntry = { id: 'kab-pandeglang', score: '95,25', group: 'Banten' };
 * ```
 * @category Ranking
 */
export interface RankEntry {
  /** Unique in the list; `compare` matches years by it. */
  readonly id: string;
  /** The score, read as the decimal it shows. */
  readonly score: ScoreInput;
  /** The group the entity is ranked in; entities without one are ranked together. */
  readonly group?: string | null;
}

/**
 * Options of {@link rank} (and of `compare`, which ranks both years the same way).
 *
 * @example
 * ```ts
 * import type { RankOptions } from 'kepatuhan';
 * const o: RankOptions<{ id: string; score: number; province: string; type: string }> = {
 *   tie: 'dense',
 *   groupBy: (e) => e.province,
 * };
 * ```
 * @category Ranking
 */
export interface RankOptions<T extends RankEntry = RankEntry> {
  /** Tie rule: a name from {@link tieRules} or your own {@link TieRule}; default `'competition'` (1, 2, 2, 4). */
  readonly tie?: TieRuleName | TieRule;
  /**
   * Orders entities that show the same score (for `ordinal` ranks and for the output order);
   * remaining ties are ordered by `id`, so the result never depends on input order.
   */
  readonly tieBreaker?: (a: T, b: T) => number;
  /** The group of an entry, instead of its `group` field (e.g. `(e) => e.province`). */
  readonly groupBy?: (entry: T) => string | null | undefined;
  /** How a score is rounded to the value shown and ranked; default half-up to 2 decimals. */
  readonly rounding?: RoundingMode | Partial<RoundingRule>;
  /** The range every shown score must lie in; default 0–100 (`VALUE_OUT_OF_RANGE` outside). */
  readonly range?: ScoreRange;
  /** Classify each shown (rounded) score on this scale: every ranked entry then has a `classification`. */
  readonly scale?: Scale;
}

/**
 * An entity's standing in its group: "peringkat `rank` dari `of`", and, when `rank` was given
 * a scale, the band of its shown score (`C`, `Z`: the scale's category and zone-id unions).
 *
 * @example
 * ```ts
 * import { rank } from 'kepatuhan';
 * const [top] = rank([{ id: 'bangka', score: 97.13 }, { id: 'belitung', score: 88.87 }]);
 * top; // { id: 'bangka', group: null, score: 97.13, rank: 1, of: 2, percentile: 75, entry: {…} }
 * ```
 * @category Ranking
 */
export interface RankedEntry<T extends RankEntry = RankEntry, C extends string = string, Z extends string = string> {
  readonly id: string;
  /** The group ranked in, `null` for entities without one. */
  readonly group: string | null;
  /** The shown score the rank is computed on (rounded by the `rounding` option). */
  readonly score: number;
  /** The rank by the tie rule (1 is best). */
  readonly rank: number;
  /** Number of entities in the group. */
  readonly of: number;
  /**
   * Percentile rank in the group, 0–100, two decimals (half-up): the share of the group
   * with a lower shown score, counting entities with the same shown score (itself
   * included) as half. Independent of the tie rule.
   */
  readonly percentile: number;
  /** The entry as given, with every field kept. */
  readonly entry: T;
  /** Band of the shown `score` on `options.scale` (present only when a scale was given). */
  readonly classification?: Classification<C, Z>;
}

/**
 * What {@link rank} returns for each entry given options `O`: with a `scale`, a
 * {@link RankedEntry} whose `classification` is present and typed by the scale.
 *
 * @example
 * ```ts
 * import { rank, scales, type RankedEntryOf } from 'kepatuhan';
 * const rows = [{ id: 'a', score: 95.31 }];
 * const o = { scale: scales.ombudsman2022 };
 * const [top]: RankedEntryOf<(typeof rows)[number], typeof o>[] = rank(rows, o);
 * top?.classification.category; // "A"
 * ```
 * @category Ranking
 */
export type RankedEntryOf<T extends RankEntry, O extends RankOptions<T> | undefined> = O extends { readonly scale: infer S extends Scale }
  ? RankedEntry<T, ScaleCategory<S>, ScaleZoneId<S>> & Classified<ScaleCategory<S>, ScaleZoneId<S>>
  : RankedEntry<T>;

/**
 * Ranks entities by their shown score, descending, within each group, by a tie rule of your
 * choice (competition 1, 2, 2, 4 by default; dense; ordinal with a stable tie-breaker). Scores
 * are first rounded to the value shown (half-up to 2 decimals by default) and ranks are
 * computed on that value exactly, so two entities showing 95.31 always share a competition
 * rank, and a rank never disagrees with the score printed next to it. Every shown score must
 * lie in range, as in every function that takes scores: 0–100 unless `range` says otherwise.
 *
 * The result lists groups in code-unit order of their names (entities without a group
 * first), each group by rank; ties by `tieBreaker`, then by `id`. An empty list ranks to an
 * empty list: nothing to rank is an answer here, unlike in `aggregate`, where no score could be
 * given (`EMPTY_INPUT`).
 *
 * @param entries - `{ id, score, group? }` objects; other fields are kept in `entry`
 * @param options - `tie`, `tieBreaker`, `groupBy`, `rounding`, `scale`, `range` (default 0–100; not with a scale)
 * @returns one {@link RankedEntry} per entry: rank, group size (`of`), percentile and, given a
 *   scale, the `classification` of the shown score (typed by the scale: {@link RankedEntryOf})
 * @throws {@link KepatuhanError} `INVALID_TYPE` / `INVALID_ID` / `DUPLICATE_ID` /
 *   `MISSING_FIELD` / `INVALID_NUMBER` for a bad entry (path `entries[i]…`; an id follows
 *   the methodology's id rule, a non-empty string of at most 200 characters);
 *   `VALUE_OUT_OF_RANGE` for a shown score outside the scale's range, `range` or 0–100 (path
 *   `entries[i].score`); `INVALID_RANGE` for a bad `range`; `INVALID_TYPE`
 *   for a group that is not a string or null (path `entries[i].group`, or `options.groupBy`
 *   for a group `groupBy` returned); `INVALID_OPTION` for a bad option or a tie rule
 *   returning something other than a number ≥ 1, or `range` with a scale; `INVALID_ROUNDING`; `TOO_LARGE` beyond
 *   1,000,000 entries; `NOT_DEFINED` for a scale that is not a built-in or a {@link defineScale} result (path `options.scale`), `VALUE_OUT_OF_RANGE` for a shown score
 *   outside the scale, `range` or 0–100 (path `entries[i].score`)
 * @example
 * ```ts
 * import { rank, scales } from 'kepatuhan';
 * // Kepulauan Bangka Belitung 2023 (KILASBABEL.COM from Antara):
 * const ranked = rank([
 *   { id: 'Kabupaten Bangka', score: 97.13 },
 *   { id: 'Kota Pangkalpinang', score: '91,70' },
 *   { id: 'Kabupaten Bangka Barat', score: 77.7 },
 * ]);
 * ranked.map((r) => `${r.id}: peringkat ${r.rank} dari ${r.of}`); // ["Kabupaten Bangka: peringkat 1 dari 3", "Kota Pangkalpinang: peringkat 2 dari 3", …]
 *
 * // Ranks are on the shown value: 95.305 and 95.31 both show 95.31 and tie.
 * rank([{ id: 'a', score: 95.305 }, { id: 'b', score: 95.31 }, { id: 'c', score: 95.3 }]).map((r) => r.rank); // [1, 1, 3]
 *
 * // Within provinces:
 * const rows = [
 *   { id: 'Kabupaten Bangka', province: 'Kepulauan Bangka Belitung', score: 97.13 },
 *   { id: 'Kota Cilegon', province: 'Banten', score: 95.31 },
 * ];
 * rank(rows, { groupBy: (r) => r.province, tie: 'dense' }).map((r) => [r.group, r.rank]); // [["Banten", 1], ["Kepulauan Bangka Belitung", 1]]
 *
 * // With a scale, each entry carries the band of the score it was ranked on:
 * rank([{ id: 'x', score: 77.995 }], { scale: scales.ombudsman2022 })[0]?.classification.category; // "B" (shown as 78.00)
 * ```
 * @category Ranking
 */
export function rank<T extends RankEntry, O extends RankOptions<T> = RankOptions<T>>(entries: readonly T[], options?: O): RankedEntryOf<T, O>[] {
  const o = readOptions(options);
  const rounding = readRounding(own(o, 'rounding', 'options'), 'options.rounding');
  const scaleOpt = own(o, 'scale', 'options');
  const scale = scaleOpt === undefined ? undefined : requireScale(scaleOpt, 'options.scale');
  const rule = readTieRule(own(o, 'tie', 'options'));
  // The scale (added to rank's options by the scale-types change) or options.range bound every score.
  const bounds = scoreBounds(scale, readRange(o), rounding);
  const read = readColumns(entries, 'entries', bounds, own(o, 'groupBy', 'options'));
  // The tie-breaker sees the entries as read (not `entries` again: a Proxy could answer differently).
  const tieOrder = checkedComparator(own(o, 'tieBreaker', 'options'), read.entries);
  const t = rankColumns(read.ids, read.groups, read.big === undefined ? read.keys : orderKeys(read.big), rule, tieOrder);
  const d = rounding.decimals;
  const p10 = read.big === undefined ? gridScale(d) : undefined;
  const n = t.order.length;
  const out = new Array<RankedEntryOf<T, O>>(n);
  for (let at = 0; at < n; at++) {
    const i = t.order[at]!;
    // k / 10^d for an exact integer k (|k| ≤ 2^49, d ≤ 15) is scaledToNumber's division.
    const score = p10 !== undefined ? read.keys[i]! / p10 : scaledToNumber(read.big?.[i] ?? BigInt(read.keys[i]!), d);
    const entry = read.entries[i] as unknown as T;
    const ranked: RankedEntry<T> =
      scale === undefined
        ? { id: read.ids[i]!, group: read.groups[i]!, score, rank: t.rank[i]!, of: t.of[i]!, percentile: t.percentile[i]!, entry }
        : {
            id: read.ids[i]!,
            group: read.groups[i]!,
            score,
            rank: t.rank[i]!,
            of: t.of[i]!,
            percentile: t.percentile[i]!,
            entry,
            // The shown value (what was ranked), classified on the scale's own grid.
            classification: classifyExact(rat(read.big?.[i] ?? BigInt(read.keys[i]!), pow10(d)), scale, `entries[${i}].score`),
          };
    out[at] = ranked as RankedEntryOf<T, O>;
  }
  return out;
}
