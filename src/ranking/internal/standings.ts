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
import { roundDiv, scaledToNumber } from '../../internal/rational.js';
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
  const groups = new Map<string | null, number[]>();
  items.forEach((item, i) => {
    const g = groups.get(item.group);
    if (g === undefined) groups.set(item.group, [i]);
    else g.push(i);
  });
  const keys = [...groups.keys()].sort(compareGroups);
  const out: Standing[] = new Array<Standing>(items.length);
  const order: number[] = [];
  for (const key of keys) {
    const idx = groups.get(key)!;
    idx.sort((i, j) => {
      const a = items[i]!.scaled;
      const b = items[j]!.scaled;
      if (a !== b) return a > b ? -1 : 1;
      const t = tieOrder === undefined ? 0 : tieOrder(i, j);
      return t !== 0 ? t : compareIds(items[i]!.id, items[j]!.id);
    });
    const of = idx.length;
    let start = 0;
    let distinctAbove = 0;
    while (start < of) {
      let end = start + 1;
      const s = items[idx[start]!]!.scaled;
      while (end < of && items[idx[end]!]!.scaled === s) end++;
      const tied = end - start;
      const below = of - end;
      const percentile = scaledToNumber(roundDiv(10000n * BigInt(2 * below + tied), BigInt(2 * of), 'halfUp'), 2);
      for (let k = start; k < end; k++) {
        const r: unknown = callback(rule, [{ above: start, distinctAbove, tied, indexInTie: k - start }], rulePath, 'the tie rule');
        if (typeof r !== 'number' || !Number.isFinite(r) || r < 1)
          throw new KepatuhanError('INVALID_OPTION', `the tie rule returned ${describe(r)}; a rank must be a finite number of at least 1`, rulePath);
        out[idx[k]!] = { rank: r, of, above: start, tied, percentile };
      }
      distinctAbove++;
      start = end;
    }
    order.push(...idx);
  }
  return { standings: out, order };
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
