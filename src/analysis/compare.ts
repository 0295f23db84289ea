import { classifyExact } from '../classification/internal/classifyExact.js';
import { requireScale, type CompiledScale } from '../classification/internal/compiledScales.js';
import { readRange, scoreBounds } from '../classification/internal/scoreRange.js';
import type { Scale, ScaleCategory, ScaleZoneId } from '../classification/scale.js';
import { ZONES } from '../classification/zone.js';
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, isPlainRecord, own, readOptions, readRounding } from '../internal/input.js';
import { rat, scaledToNumber } from '../internal/rational.js';
import type { RoundingRule } from '../rounding/rounding.js';
import { readEntries, type ReadEntry } from '../ranking/internal/readEntries.js';
import { checkedComparator, readTieRule, standings, type Standing } from '../ranking/internal/standings.js';
import type { RankEntry, RankOptions } from '../ranking/rank.js';

/**
 * A methodology named in a comparison: its id (`'ombudsman2022'`) or `{ id, version }` —
 * a {@link Methodology} or a {@link UnitScore}'s `methodology` field works as is.
 *
 * @example
 * ```ts
 * import { presets, type MethodologyRef } from 'kepatuhan';
 * const a: MethodologyRef = 'ombudsman2013';
 * const b: MethodologyRef = presets.ombudsman2022;
 * ```
 * @category Analysis
 */
export type MethodologyRef = string | { readonly id: string; readonly version?: string };

/**
 * Options of {@link compare}: the ranking options (applied to both years alike) plus the
 * scales and methodologies of the two years.
 *
 * @example
 * ```ts
 * import { scales, type CompareOptions } from 'kepatuhan';
 * // 2021 (zones only) → 2022 (categories A–E): a methodology change.
 * const o: CompareOptions = {
 *   previousScale: scales.ombudsman2013, currentScale: scales.ombudsman2022,
 *   previousMethodology: 'ombudsman2013', currentMethodology: 'ombudsman2022',
 * };
 * ```
 * @category Analysis
 */
export interface CompareOptions<T extends RankEntry = RankEntry> extends RankOptions<T> {
  /** Scale for both years (to report category and zone changes); scores must lie within its range. */
  readonly scale?: Scale;
  /** Scale of the previous year, when it differs. */
  readonly previousScale?: Scale;
  /** Scale of the current year, when it differs. */
  readonly currentScale?: Scale;
  /** Methodology of the previous year (id, or `{ id, version }`). */
  readonly previousMethodology?: MethodologyRef;
  /** Methodology of the current year. */
  readonly currentMethodology?: MethodologyRef;
}

/**
 * Direction of a change in category or zone: `'up'` is better (a higher band, or a zone
 * closer to `hijau`).
 *
 * @example
 * ```ts
 * import type { Change } from 'kepatuhan';
 * const c: Change = 'up';
 * ```
 * @category Analysis
 */
export type Change = 'up' | 'down' | 'same';

/**
 * An entity's position in one year of a comparison.
 *
 * @example
 * ```ts
 * import type { YearStanding } from 'kepatuhan';
 * const s: YearStanding<{ id: string; score: number }> = {
 *   score: 95.25, rank: 3, of: 8, group: 'Banten', percentile: 68.75, category: 'A', zone: 'hijau',
 *   entry: { id: 'kab-pandeglang', score: 95.25 },
 * };
 * ```
 * @category Analysis
 */
export interface YearStanding<T extends RankEntry = RankEntry, C extends string = string, Z extends string = string> {
  /** Shown score. */
  readonly score: number;
  readonly rank: number;
  /** Size of the group. */
  readonly of: number;
  readonly group: string | null;
  readonly percentile: number;
  /** Category on that year's scale, `null` without a scale. */
  readonly category: C | null;
  /** Zone on that year's scale, `null` without a scale or when the scale has no zones. */
  readonly zone: Z | null;
  /** The entry as given. */
  readonly entry: T;
}

/**
 * One entity in a year-over-year comparison.
 *
 * @example
 * ```ts
 * import { compare } from 'kepatuhan';
 * const [cilegon] = compare([{ id: 'cilegon', score: 89.45 }], [{ id: 'cilegon', score: 95.31 }]).entities;
 * cilegon?.delta; // 5.86
 * ```
 * @category Analysis
 */
export interface ComparedEntity<T extends RankEntry = RankEntry, C extends string = string, Z extends string = string> {
  readonly id: string;
  /** In both years, only the current one (`'new'`), or only the previous one (`'dropped'`). */
  readonly status: 'continuing' | 'new' | 'dropped';
  readonly previous: YearStanding<T, C, Z> | null;
  readonly current: YearStanding<T, C, Z> | null;
  /** Current shown score minus previous shown score, exact (two decimals by default); `null` unless continuing. */
  readonly delta: number | null;
  /**
   * Places climbed in the group: previous rank minus current rank (8th → 3rd is `5`;
   * negative is a fall). `null` unless continuing in the same group.
   */
  readonly rankMove: number | null;
  /** Whether the entity is ranked in a different group this year. */
  readonly groupChanged: boolean;
  /** Category change; `null` when a year has no scale or the two scales' categories are not comparable. */
  readonly categoryChange: Change | null;
  /**
   * Zone change, compared on a zone list that has both zones (the current scale's, else the
   * previous scale's, else the classic three), so 2024 merah → 2025 hitam is `'down'`; `null`
   * when a year has no zone or no list has both.
   */
  readonly zoneChange: Change | null;
}

/**
 * Whether the two years were scored the same way. A comparison across a methodology change
 * (2021 zones → 2022 categories A–E) is still made, and flagged here.
 *
 * @example
 * ```ts
 * import type { MethodologyChange } from 'kepatuhan';
 * const m: MethodologyChange = {
 *   changed: true, categoriesComparable: false,
 *   previous: { methodology: 'ombudsman2013', scale: 'ombudsman2013' },
 *   current: { methodology: 'ombudsman2022', scale: 'ombudsman2022' },
 *   note: 'The methodology changed …',
 * };
 * ```
 * @category Analysis
 */
export interface MethodologyChange {
  /** True when the methodologies or scales given for the two years differ. */
  readonly changed: boolean;
  /** Whether category changes could be computed (both years on the same scale). */
  readonly categoriesComparable: boolean;
  /** The previous year's methodology (`id`, or `id@version` when a version was given) and scale id; `null` where not given. */
  readonly previous: { readonly methodology: string | null; readonly scale: string | null };
  /** The current year's methodology and scale, likewise. */
  readonly current: { readonly methodology: string | null; readonly scale: string | null };
  /** A sentence for people, `null` when nothing changed. */
  readonly note: string | null;
}

/**
 * The result of {@link compare}.
 *
 * @example
 * ```ts
 * import { compare } from 'kepatuhan';
 * const lastYear = [{ id: 'Kota Cilegon', score: 89.45 }, { id: 'Kota Serang', score: 80.1 }];
 * const thisYear = [{ id: 'Kota Cilegon', score: 95.31 }, { id: 'Kabupaten Serang', score: 91.98 }];
 * const c = compare(lastYear, thisYear);
 * c.added; // ["Kabupaten Serang"]: ids ranked this year only
 * c.methodologyChange.changed; // false
 * ```
 * @category Analysis
 */
export interface Comparison<T extends RankEntry = RankEntry, C extends string = string, Z extends string = string> {
  /** Continuing and new entities by current group and rank, then dropped ones by previous group and rank. */
  readonly entities: readonly ComparedEntity<T, C, Z>[];
  /** Ids present only in the current list. */
  readonly added: readonly string[];
  /** Ids present only in the previous list. */
  readonly dropped: readonly string[];
  readonly methodologyChange: MethodologyChange;
  /** Rounding of shown scores and deltas. */
  readonly rounding: RoundingRule;
}

/**
 * What {@link compare} returns for options `O`: with scales, a {@link Comparison} whose
 * categories and zones are the unions of the scales' (both years' when they differ).
 *
 * @example
 * ```ts
 * import { compare, scales, type ComparisonOf } from 'kepatuhan';
 * const rows = [{ id: 'a', score: 31.99 }];
 * const o = { scale: scales.ombudsman2025 };
 * const c: ComparisonOf<(typeof rows)[number], typeof o> = compare(rows, rows, o);
 * c.entities[0]?.current?.zone; // "hitam"
 * ```
 * @category Analysis
 */
export type ComparisonOf<T extends RankEntry, O extends CompareOptions<T> | undefined> =
  // The scales O surely gives, as a union (never when none).
  (
    | (O extends { readonly scale: infer S extends Scale } ? S : never)
    | (O extends { readonly previousScale: infer S extends Scale } ? S : never)
    | (O extends { readonly currentScale: infer S extends Scale } ? S : never)
  ) extends infer S extends Scale
  ? [S] extends [never]
    ? Comparison<T>
    : Comparison<T, ScaleCategory<S>, ScaleZoneId<S>>
  : Comparison<T>;

function readRef(value: unknown, path: string): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (isPlainRecord(value)) {
    const id = own(value, 'id', path);
    const version = own(value, 'version', path);
    if (typeof id === 'string' && id.trim() !== '' && (version === undefined || typeof version === 'string'))
      return version === undefined ? id : `${id}@${version}`;
  }
  throw new KepatuhanError('INVALID_OPTION', `a methodology must be named by its id or { id, version }, got ${describe(value)}`, path);
}

interface Year {
  readonly read: ReadEntry[];
  readonly st: Standing[];
  readonly order: number[];
  readonly byId: Map<string, number>;
  readonly scale: CompiledScale | undefined;
}

function bandIndex(scale: CompiledScale, category: string): number {
  return scale.bands.findIndex((b) => b.band.category === category);
}

/**
 * Rank of two zone ids (0 = best) on one zone list that has both: the current scale's, else
 * the previous scale's, else the classic three; `undefined` when none has both (e.g. a
 * scale's own zone against a scale without it).
 */
function zoneRanks(a: string, b: string, lists: readonly (readonly string[])[]): [number, number] | undefined {
  for (const l of lists) if (l.includes(a) && l.includes(b)) return [l.indexOf(a), l.indexOf(b)];
  return undefined;
}

function direction(before: number, after: number): Change {
  return after > before ? 'up' : after < before ? 'down' : 'same';
}

/**
 * Compares two years of results entity by entity (matched by `id`): the score delta, exact
 * on the shown values (Kota Cilegon 89.45 → 95.31 is +5.86), the rank move within the
 * entity's group (Kab. Pandeglang from 8th to 3rd in Banten), the category and zone change,
 * and which entities are new or dropped. Both years are ranked with the same options (see
 * {@link rank}). Comparing across a methodology change works, and is flagged in
 * `methodologyChange`; category changes are then only reported when both years use the
 * same scale, zone changes whenever both years have zones.
 *
 * Rank moves are within the `group` each year's entries carry (or `groupBy`): compare once
 * with provinces as groups and once with government types for "in Banten" and "nationally".
 *
 * @param previous - last year's entries `{ id, score, group? }`
 * @param current - this year's entries
 * @param options - ranking options (`tie`, `tieBreaker`, `groupBy`, `rounding`, `range` for
 *   a year without a scale), `scale` / `previousScale` / `currentScale`,
 *   `previousMethodology` / `currentMethodology`
 * @returns the {@link Comparison}
 * @throws {@link KepatuhanError} as {@link rank} for bad entries (paths `previous[i]…` /
 *   `current[i]…`); `NOT_DEFINED` for a scale that is not a built-in or a {@link defineScale} result (path `options.scale`, `options.previousScale` or `options.currentScale`); `VALUE_OUT_OF_RANGE` for a shown score
 *   outside that year's scale, `range` or 0–100 (path `previous[i].score` /
 *   `current[i].score`); `INVALID_OPTION` for a bad option (and `range` with a scale);
 *   `INVALID_RANGE` for a bad `range`
 * @example
 * ```ts
 * import { compare, scales } from 'kepatuhan';
 * const c = compare(
 *   [{ id: 'Kota Cilegon', score: 89.45 }, { id: 'Kota Serang', score: 80.1 }],
 *   [{ id: 'Kota Cilegon', score: '95,31' }, { id: 'Kabupaten Serang', score: 91.98 }],
 *   { scale: scales.ombudsman2022 },
 * );
 * const cilegon = c.entities.find((e) => e.id === 'Kota Cilegon')!;
 * cilegon.delta; // 5.86
 * cilegon.categoryChange; // "same" (A → A)
 * cilegon.rankMove; // 0 (1st of 2 both years)
 * c.added; // ["Kabupaten Serang"]
 * c.dropped; // ["Kota Serang"]
 * ```
 * @category Analysis
 */
export function compare<T extends RankEntry, O extends CompareOptions<T> = CompareOptions<T>>(previous: readonly T[], current: readonly T[], options?: O): ComparisonOf<T, O> {
  return compareAny(previous, current, options) as ComparisonOf<T, O>;
}

function compareAny<T extends RankEntry>(previous: readonly T[], current: readonly T[], options?: CompareOptions<T>): Comparison<T> {
  const o = readOptions(options);
  const rounding = readRounding(own(o, 'rounding', 'options'), 'options.rounding');
  const rule = readTieRule(own(o, 'tie', 'options'));
  const groupBy = own(o, 'groupBy', 'options');
  const both = own(o, 'scale', 'options');
  const prevOwn = own(o, 'previousScale', 'options');
  const curOwn = own(o, 'currentScale', 'options');
  const prevScaleOpt = prevOwn ?? both;
  const curScaleOpt = curOwn ?? both;
  const prevScale = prevScaleOpt === undefined ? undefined : requireScale(prevScaleOpt, prevOwn !== undefined ? 'options.previousScale' : 'options.scale');
  const curScale = curScaleOpt === undefined ? undefined : requireScale(curScaleOpt, curOwn !== undefined ? 'options.currentScale' : 'options.scale');
  const prevMethod = readRef(own(o, 'previousMethodology', 'options'), 'options.previousMethodology');
  const curMethod = readRef(own(o, 'currentMethodology', 'options'), 'options.currentMethodology');
  const tieBreaker = own(o, 'tieBreaker', 'options');

  const range = readRange(o);
  const year = (entries: readonly T[], path: string, scale: CompiledScale | undefined): Year => {
    // Scores lie within that year's scale, else options.range, else 0–100 (as in rank).
    const read = readEntries(entries, path, scoreBounds(scale, range, rounding), groupBy);
    const { standings: st, order } = standings(read, rule, checkedComparator(tieBreaker, read.map((r) => r.entry)));
    return { read, st, order, byId: new Map(read.map((r, i) => [r.id, i])), scale };
  };
  const prev = year(previous, 'previous', prevScale);
  const cur = year(current, 'current', curScale);

  const scaleD = 10n ** BigInt(rounding.decimals);
  const standingOf = (y: Year, i: number, path: string): YearStanding<T> => {
    const r = y.read[i]!;
    const s = y.st[i]!;
    const c = y.scale === undefined ? undefined : classifyExact(rat(r.scaled, scaleD), y.scale, `${path}[${i}].score`);
    return {
      score: scaledToNumber(r.scaled, rounding.decimals),
      rank: s.rank,
      of: s.of,
      group: r.group,
      percentile: s.percentile,
      category: c === undefined ? null : c.category,
      zone: c?.zone ?? null,
      entry: r.entry as unknown as T,
    };
  };

  const sameScale = prevScale !== undefined && curScale !== undefined && prevScale.scale.id === curScale.scale.id;
  const scaleChanged = prevScale !== undefined && curScale !== undefined && prevScale.scale.id !== curScale.scale.id;
  const methodChanged = prevMethod !== null && curMethod !== null && prevMethod !== curMethod;
  const changed = scaleChanged || methodChanged;
  const reasons: string[] = [];
  if (methodChanged) reasons.push(`the methodology changed (${prevMethod} → ${curMethod})`);
  if (scaleChanged) reasons.push(`the scale changed (${prevScale.scale.id} → ${curScale.scale.id}), so categories are not compared; zones are`);

  const zoneLists: (readonly string[])[] = [curScale, prevScale].flatMap((s) => (s === undefined ? [] : [s.scale.zones.map((z) => z.id)]));
  zoneLists.push(ZONES);
  const entities: ComparedEntity<T>[] = [];
  const added: string[] = [];
  for (const i of cur.order) {
    const id = cur.read[i]!.id;
    const pi = prev.byId.get(id);
    const now = standingOf(cur, i, 'current');
    if (pi === undefined) {
      added.push(id);
      entities.push({ id, status: 'new', previous: null, current: now, delta: null, rankMove: null, groupChanged: false, categoryChange: null, zoneChange: null });
      continue;
    }
    const then = standingOf(prev, pi, 'previous');
    const groupChanged = then.group !== now.group;
    const categoryChange =
      sameScale && then.category !== null && now.category !== null
        ? direction(bandIndex(prevScale, then.category), bandIndex(curScale!, now.category))
        : null;
    const ranks = then.zone !== null && now.zone !== null ? zoneRanks(then.zone, now.zone, zoneLists) : undefined;
    const zoneChange = ranks === undefined ? null : direction(-ranks[0], -ranks[1]);
    entities.push({
      id,
      status: 'continuing',
      previous: then,
      current: now,
      delta: scaledToNumber(cur.read[i]!.scaled - prev.read[pi]!.scaled, rounding.decimals),
      rankMove: groupChanged ? null : then.rank - now.rank,
      groupChanged,
      categoryChange,
      zoneChange,
    });
  }
  // prev.order is already by group, then rank.
  const droppedIdx = prev.order.filter((i) => !cur.byId.has(prev.read[i]!.id));
  const dropped: string[] = [];
  for (const i of droppedIdx) {
    const id = prev.read[i]!.id;
    dropped.push(id);
    entities.push({ id, status: 'dropped', previous: standingOf(prev, i, 'previous'), current: null, delta: null, rankMove: null, groupChanged: false, categoryChange: null, zoneChange: null });
  }
  return {
    entities,
    added,
    dropped,
    methodologyChange: {
      changed,
      categoriesComparable: sameScale,
      previous: { methodology: prevMethod, scale: prevScale?.scale.id ?? null },
      current: { methodology: curMethod, scale: curScale?.scale.id ?? null },
      note: changed ? `Not like for like: ${reasons.join('; ')}.` : null,
    },
    rounding,
  };
}
