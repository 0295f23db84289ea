/**
 * The ranking core (src/ranking/internal/standings.ts): the tie rule option, the order of
 * groups, the order inside a tie, and the checks on a caller's tie rule and tie-breaker. Seen
 * through `rank`, except `compareGroups`, which summarize and sensitivity also sort by.
 */
import { describe, expect, it } from 'vitest';
import { isKepatuhanError, rank, type TiePosition } from '../../../src/index.js';
import { compareGroups, compareIds } from '../../../src/ranking/internal/standings.js';
import { caught } from '../../helpers/errors.js';



const four = [
  { id: 'a', score: 97 },
  { id: 'b', score: 95 },
  { id: 'c', score: '95,00' },
  { id: 'd', score: 90 },
];

describe('the tie option', () => {
  it('an unknown name is refused with every built-in name listed, comma-separated, and the value given', () => {
    expect(caught(() => rank(four, { tie: 'olympic' as never }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.tie',
      message: 'tie must be one of competition, dense, ordinal, modifiedCompetition, fractional or a function, got "olympic"',
    });
  });
  it('a value that is neither a name nor a function is refused the same way', () => {
    expect(caught(() => rank(four, { tie: 2 as never }))?.message).toMatch(/^tie must be one of .* or a function, got 2$/);
  });
});

describe('a caller-supplied tie rule', () => {
  it('is asked once per entity, each with its own position in its block of ties, nothing more', () => {
    const seen: TiePosition[] = [];
    rank(four, {
      tie: (p) => {
        seen.push({ ...p });
        return p.above + 1;
      },
    });
    // By hand for 97, 95, 95, 90: one block of 1, one of 2, one of 1.
    expect(seen).toEqual([
      { above: 0, distinctAbove: 0, tied: 1, indexInTie: 0 },
      { above: 1, distinctAbove: 1, tied: 2, indexInTie: 0 },
      { above: 1, distinctAbove: 1, tied: 2, indexInTie: 1 },
      { above: 3, distinctAbove: 2, tied: 1, indexInTie: 0 },
    ]);
  });
  it('a rank below 1 is refused with the value it returned and what a rank must be', () => {
    expect(caught(() => rank(four, { tie: () => 0 }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.tie',
      message: 'the tie rule returned 0; a rank must be a finite number of at least 1',
    });
  });
  it('a rule that throws is reported as the tie rule failing, with its message', () => {
    const e = caught(() =>
      rank(four, {
        tie: () => {
          throw new Error('no rank today');
        },
      }),
    );
    expect(e).toEqual({ code: 'CALLBACK_FAILED', path: 'options.tie', message: 'the tie rule threw: no rank today' });
  });
});

describe('a caller-supplied tie-breaker', () => {
  it('something other than a function is refused, even when no two entities tie', () => {
    const e = caught(() => rank([{ id: 'a', score: 90 }, { id: 'b', score: 80 }], { tieBreaker: 'id' as never }));
    expect(e).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.tieBreaker',
      message: 'tieBreaker must be a function (a, b) => number, got "id"',
    });
  });
  it('a result that is not a number is refused (a numeric string included), naming what it returned', () => {
    expect(caught(() => rank(four, { tieBreaker: () => '1' as never }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.tieBreaker',
      message: 'tieBreaker must return a number, got "1"',
    });
  });
  it('a tie-breaker that throws is reported as the tie-breaker failing, with its message', () => {
    const e = caught(() =>
      rank(four, {
        tieBreaker: () => {
          throw new Error('cannot decide');
        },
      }),
    );
    expect(e).toEqual({ code: 'CALLBACK_FAILED', path: 'options.tieBreaker', message: 'the tie-breaker threw: cannot decide' });
  });
});

describe('order inside a tie', () => {
  it('entities showing the same score are listed by id whatever the input order', () => {
    const r = rank([
      { id: 'z', score: 90 },
      { id: 'm', score: 90 },
      { id: 'a', score: 90 },
    ], { tie: 'ordinal' });
    expect(r.map((e) => [e.id, e.rank])).toEqual([['a', 1], ['m', 2], ['z', 3]]);
  });
});

describe('order of groups (compareGroups)', () => {
  it('a group equals itself, and no group equals no group', () => {
    expect(compareGroups('Banten', 'Banten')).toBe(0);
    expect(compareGroups(null, null)).toBe(0);
  });
  it('no group comes before every named group, whatever the name looks like', () => {
    for (const name of ['-1', '', '0', 'Aceh']) {
      expect(compareGroups(null, name)).toBe(-1);
      expect(compareGroups(name, null)).toBe(1);
    }
  });
  it('named groups in code-unit order', () => {
    expect(compareGroups('Aceh', 'Banten')).toBe(-1);
    expect(compareGroups('Banten', 'Aceh')).toBe(1);
    expect(compareGroups('Z', 'a')).toBe(-1);
  });
  it('rank lists entities without a group before a group named "-1"', () => {
    const r = rank([
      { id: 'x', score: 90, group: '-1' },
      { id: 'y', score: 80 },
    ]);
    expect(r.map((e) => e.group)).toEqual([null, '-1']);
  });
});

describe('order of ids inside a tie (compareIds)', () => {
  it('code-unit order, not locale order: "Z" before "a", "Kota" before "kota"', () => {
    expect(compareIds('Z', 'a')).toBe(-1);
    expect(compareIds('kota', 'Kota')).toBe(1);
  });
  it('is consistent: swapping the ids flips the sign, and only equal ids compare equal', () => {
    expect(compareIds('Kabupaten Bangka', 'Kota Pangkalpinang')).toBe(-1);
    expect(compareIds('Kota Pangkalpinang', 'Kabupaten Bangka')).toBe(1);
    expect(compareIds('Kota Cilegon', 'Kota Cilegon')).toBe(0);
  });
});
