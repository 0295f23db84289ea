/**
 * The ranking core shared by `rank`, `compare` and `sensitivity`: entries already read to
 * their shown score on an integer grid (`scaled` = shown score × 10^decimals), ranked within
 * groups by a tie rule. Equal `scaled` values are tied, so two entities showing 95.31 can
 * never get different competition ranks.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { callback, describe } from '../../internal/input.js';
import { GRID_MAX, roundDivNumber } from '../../internal/gridNumber.js';
import { TIE_RULE_NAMES, tieRules, type TieRule, type TieRuleName } from '../tieRules.js';

export interface Rankable {
  readonly id: string;
  readonly group: string | null;
  /** Shown score × 10^decimals. */
  readonly scaled: bigint;
}

export interface Standing {
  readonly rank: number;
  /** Size of the group. */
  readonly of: number;
  readonly above: number;
  readonly tied: number;
  /** Percentile rank, 2 decimals: 100 × (below + tied / 2) / of. */
  readonly percentile: number;
}

/** Reads a tie rule option: a built-in name or a function; default competition. */
export function readTieRule(value: unknown, path = 'options.tie'): TieRule {
  if (value === undefined) return tieRules.competition;
  if (typeof value === 'function') return value as TieRule;
  // `includes` compares without conversion, so only one of the name strings themselves matches.
  if ((TIE_RULE_NAMES as readonly unknown[]).includes(value)) return tieRules[value as TieRuleName];
  throw new KepatuhanError('INVALID_OPTION', `tie must be one of ${TIE_RULE_NAMES.join(', ')} or a function, got ${describe(value)}`, path);
}

/** Order of group keys in results: no group first, then by code-unit order (deterministic, locale-free). */
export function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Order of ids inside a tie: code-unit order (locale-free). A consistent comparator (0 only for
 * equal ids, opposite signs when swapped): `Array.prototype.sort` leaves the order of an
 * inconsistent one to the engine, and results must not differ between browsers.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks `items` within their groups. Ties (equal `scaled`) are ordered by `tieOrder` (on
 * item indices), then by id. Returns each item's standing (by index) and the indices in
 * output order: group, then rank, then tie order.
 */
export function standings(
  items: readonly Rankable[],
  rule: TieRule,
  tieOrder?: (i: number, j: number) => number,
  rulePath = 'options.tie',
): { standings: Standing[]; order: number[] } {
  const n = items.length;
  const scaled = items.map((item) => item.scaled);
  const t = rankColumns(
    items.map((item) => item.id),
    items.map((item) => item.group),
    orderKeys(scaled),
    rule,
    tieOrder,
    rulePath,
  );
  const out = new Array<Standing>(n);
  for (let i = 0; i < n; i++) out[i] = { rank: t.rank[i]!, of: t.of[i]!, above: t.above[i]!, tied: t.tied[i]!, percentile: t.percentile[i]! };
  return { standings: out, order: Array.from(t.order) };
}

/**
 * Numbers ordered and tied exactly as the bigints `scaled` are: the values themselves when
 * all are exact doubles (|k| ≤ 2^49), else each one's place among the distinct values.
 */
export function orderKeys(scaled: readonly bigint[]): number[] {
  const max = BigInt(GRID_MAX);
  if (scaled.every((s) => s <= max && s >= -max)) return scaled.map(Number);
  const distinct = [...new Set(scaled)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const place = new Map(distinct.map((s, i) => [s, i]));
  return scaled.map((s) => place.get(s)!);
}

/** Standings by item index (typed arrays), and the indices in output order. */
export interface RankTable {
  readonly order: Int32Array;
  readonly rank: Float64Array;
  readonly of: Int32Array;
  readonly above: Int32Array;
  readonly tied: Int32Array;
  readonly percentile: Float64Array;
}

/** Below this many items per distinct key value, a counting sort beats a comparison sort. */
const COUNTING_SPREAD = 4;

/**
 * The ranking itself, on columns: `keys` are integers ordered and tied as the shown scores
 * (higher is better). Output order: groups by {@link compareGroups}, then key descending,
 * then `tieOrder`, then id. A counting sort when the keys are dense (shown scores on a
 * two-decimal grid: 10,001 values for 0–100), then each run of equal keys sorted by its
 * tie order: the same order as one comparison sort by (group, key, tieOrder, id), since the
 * ids are unique.
 */
export function rankColumns(
  ids: readonly string[],
  groups: readonly (string | null)[],
  keys: readonly number[],
  rule: TieRule,
  tieOrder?: (i: number, j: number) => number,
  rulePath = 'options.tie',
): RankTable {
  const n = ids.length;
  // Group number of each item, in output order of the groups.
  const gid = new Int32Array(n);
  const seen = new Map<string | null, number>();
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    let x = seen.get(g);
    if (x === undefined) seen.set(g, (x = seen.size));
    gid[i] = x;
  }
  const names = [...seen.keys()];
  const byName = names.map((_, x) => x).sort((a, b) => compareGroups(names[a]!, names[b]!));
  const place = new Int32Array(names.length);
  byName.forEach((x, at) => (place[x] = at));
  for (let i = 0; i < n; i++) gid[i] = place[gid[i]!]!;

  // 1. By key, descending (ties in any order: runs are sorted below).
  let byKey: Int32Array;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const spread = n === 0 ? 0 : hi - lo + 1;
  if (spread <= COUNTING_SPREAD * n + 1024) {
    const start = new Int32Array(spread + 1);
    for (let i = 0; i < n; i++) start[hi - keys[i]! + 1]!++;
    for (let v = 1; v <= spread; v++) start[v]! += start[v - 1]!;
    byKey = new Int32Array(n);
    for (let i = 0; i < n; i++) byKey[start[hi - keys[i]!]!++] = i;
  } else byKey = Int32Array.from({ length: n }, (_, i) => i).sort((i, j) => keys[j]! - keys[i]!);

  // 2. By group, keeping the key order (a stable counting sort on group numbers).
  const groupStart = new Int32Array(names.length + 1);
  for (let i = 0; i < n; i++) groupStart[gid[i]! + 1]!++;
  for (let g = 1; g <= names.length; g++) groupStart[g]! += groupStart[g - 1]!;
  const order = new Int32Array(n);
  {
    const at = groupStart.slice(0, names.length);
    for (let p = 0; p < n; p++) {
      const i = byKey[p]!;
      order[at[gid[i]!]!++] = i;
    }
  }

  // 3. Each run of equal keys by tie order, then id; standings.
  const tieCmp = (i: number, j: number): number => {
    const t = tieOrder === undefined ? 0 : tieOrder(i, j);
    return t !== 0 ? t : compareIds(ids[i]!, ids[j]!);
  };
  const rank = new Float64Array(n);
  const ofs = new Int32Array(n);
  const above = new Int32Array(n);
  const tiedA = new Int32Array(n);
  const percentile = new Float64Array(n);
  const builtIn =
    rule === tieRules.competition ? 1 : rule === tieRules.dense ? 2 : rule === tieRules.ordinal ? 3 : rule === tieRules.modifiedCompetition ? 4 : rule === tieRules.fractional ? 5 : 0;
  for (let g = 0; g < names.length; g++) {
    const base = groupStart[g]!;
    const of = groupStart[g + 1]! - base;
    // The whole group is ordered before its first rank is asked of the tie rule.
    for (let start = 0; start < of; ) {
      const s = keys[order[base + start]!]!;
      let end = start + 1;
      while (end < of && keys[order[base + end]!]! === s) end++;
      if (end - start > 1) sortRun(order, base + start, base + end, tieCmp);
      start = end;
    }
    let start = 0;
    let distinctAbove = 0;
    while (start < of) {
      const s = keys[order[base + start]!]!;
      let end = start + 1;
      while (end < of && keys[order[base + end]!]! === s) end++;
      const tied = end - start;
      const below = of - end;
      // 100 × (below + tied / 2) / of in hundredths, half-up: exact integers (≤ 2·10^10).
      const percentileK = roundDivNumber(10000 * (2 * below + tied), 2 * of, 'halfUp');
      for (let k = start; k < end; k++) {
        const i = order[base + k]!;
        let r: unknown;
        switch (builtIn) {
          case 1:
            r = start + 1;
            break;
          case 2:
            r = distinctAbove + 1;
            break;
          case 3:
            r = start + (k - start) + 1;
            break;
          case 4:
            r = start + tied;
            break;
          case 5:
            r = start + (tied + 1) / 2;
            break;
          default:
            r = callback(rule, [{ above: start, distinctAbove, tied, indexInTie: k - start }], rulePath, 'the tie rule');
            if (typeof r !== 'number' || !Number.isFinite(r) || r < 1)
              throw new KepatuhanError('INVALID_OPTION', `the tie rule returned ${describe(r)}; a rank must be a finite number of at least 1`, rulePath);
        }
        rank[i] = r as number;
        ofs[i] = of;
        above[i] = start;
        tiedA[i] = tied;
        percentile[i] = percentileK / 100;
      }
      distinctAbove++;
      start = end;
    }
  }
  return { order, rank, of: ofs, above, tied: tiedA, percentile };
}

/** Sorts `order[from…to)` by `cmp`: insertion sort for the short runs ties make, else the engine's sort. */
function sortRun(order: Int32Array, from: number, to: number, cmp: (i: number, j: number) => number): void {
  if (to - from > 24) {
    const run = Array.from(order.subarray(from, to)).sort(cmp);
    order.set(run, from);
    return;
  }
  for (let a = from + 1; a < to; a++) {
    const x = order[a]!;
    let b = a - 1;
    while (b >= from && cmp(order[b]!, x) > 0) {
      order[b + 1] = order[b]!;
      b--;
    }
    order[b + 1] = x;
  }
}

/** Wraps a caller's tie-breaker so that a non-number result is reported, not silently used. */
export function checkedComparator<T>(fn: unknown, entries: readonly T[], path = 'options.tieBreaker'): ((i: number, j: number) => number) | undefined {
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new KepatuhanError('INVALID_OPTION', `tieBreaker must be a function (a, b) => number, got ${describe(fn)}`, path);
  const f = fn as (a: T, b: T) => unknown;
  return (i, j) => {
    const r = callback(f, [entries[i]!, entries[j]!], path, 'the tie-breaker');
    if (typeof r !== 'number' || Number.isNaN(r))
      throw new KepatuhanError('INVALID_OPTION', `tieBreaker must return a number, got ${describe(r)}`, path);
    return r;
  };
}
