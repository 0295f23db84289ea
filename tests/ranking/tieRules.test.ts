import { describe, expect, it } from 'vitest';
import { rank, TIE_RULE_NAMES, tieRules, type TieRule } from '../../src/index.js';

const four = [
  { id: 'a', score: 97 },
  { id: 'b', score: 95 },
  { id: 'c', score: '95,00' },
  { id: 'd', score: 90 },
];

describe('tie rules (domain reference §4: the published rule is unknown, so it is the caller’s choice)', () => {
  it('competition gives 1, 2, 2, 4 and is the default', () => {
    expect(rank(four).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(rank(four, { tie: 'competition' }).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });
  it('dense gives 1, 2, 2, 3', () => {
    expect(rank(four, { tie: 'dense' }).map((r) => r.rank)).toEqual([1, 2, 2, 3]);
  });
  it('ordinal gives 1, 2, 3, 4, ties ordered by id unless a tie-breaker says otherwise', () => {
    expect(rank(four, { tie: 'ordinal' }).map((r) => [r.id, r.rank])).toEqual([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    const byIdDesc = rank(four, { tie: tieRules.ordinal, tieBreaker: (x, y) => (x.id < y.id ? 1 : -1) });
    expect(byIdDesc.map((r) => [r.id, r.rank])).toEqual([['a', 1], ['c', 2], ['b', 3], ['d', 4]]);
  });
  it('modified competition gives 1, 3, 3, 4 and fractional 1, 2.5, 2.5, 4', () => {
    expect(rank(four, { tie: 'modifiedCompetition' }).map((r) => r.rank)).toEqual([1, 3, 3, 4]);
    expect(rank(four, { tie: 'fractional' }).map((r) => r.rank)).toEqual([1, 2.5, 2.5, 4]);
  });
  it('a caller-supplied rule receives the position and its result is the rank', () => {
    const seen: unknown[] = [];
    const rule: TieRule = (p) => {
      seen.push(p);
      return p.above + 1;
    };
    rank(four, { tie: rule });
    expect(seen).toContainEqual({ above: 1, distinctAbove: 1, tied: 2, indexInTie: 1 });
  });
  it('TIE_RULE_NAMES lists every built-in rule, competition first', () => {
    expect([...TIE_RULE_NAMES].sort()).toEqual(Object.keys(tieRules).sort());
    expect(TIE_RULE_NAMES[0]).toBe('competition');
  });
});

