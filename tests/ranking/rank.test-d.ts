import { expectTypeOf, test } from 'vitest';
import { compare, rank, type RankedEntry } from '../../src/index.js';

interface Row {
  id: string;
  score: number;
  province: string;
  type: 'kota' | 'kabupaten';
}

test('rank and compare hand back the caller’s entry type', () => {
  const rows: Row[] = [];
  expectTypeOf(rank(rows)).toEqualTypeOf<RankedEntry<Row>[]>();
  expectTypeOf(rank(rows)[0]!.entry).toEqualTypeOf<Row>();
  expectTypeOf(rank(rows, { groupBy: (r) => r.province, tieBreaker: (a, b) => a.type.localeCompare(b.type) })).toEqualTypeOf<RankedEntry<Row>[]>();
  expectTypeOf(compare(rows, rows).entities[0]!.current!.entry).toEqualTypeOf<Row>();
});

test('entries need an id and a score', () => {
  // @ts-expect-error — no score
  rank([{ id: 'a' }]);
  // @ts-expect-error — unknown tie rule
  rank([{ id: 'a', score: 1 }], { tie: 'olympic' });
});
