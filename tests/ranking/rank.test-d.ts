import { expectTypeOf, test } from 'vitest';
import { compare, rank, scales, type Classification, type RankedEntry, type RankedEntryOf } from '../../src/index.js';

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

test('rank with a scale gives every entry a classification typed by the scale', () => {
  const rows: Row[] = [];
  const ranked = rank(rows, { scale: scales.ombudsman2025, groupBy: (r) => r.province });
  expectTypeOf(ranked[0]!.classification.category).toEqualTypeOf<'A' | 'B' | 'C' | 'D' | 'E'>();
  expectTypeOf(ranked[0]!.classification.zone).toEqualTypeOf<'hijau' | 'kuning' | 'merah' | 'hitam' | undefined>();
  expectTypeOf(ranked[0]!.entry).toEqualTypeOf<Row>();
  expectTypeOf(ranked).toEqualTypeOf<RankedEntryOf<Row, { scale: typeof scales.ombudsman2025; groupBy: (r: Row) => string }>[]>();
  // @ts-expect-error there is no category F on the Ombudsman scale
  void (ranked[0]!.classification.category === 'F');
  // Without a scale, classification is optional and untyped.
  expectTypeOf(rank(rows)[0]!.classification).toEqualTypeOf<Classification | undefined>();
  // @ts-expect-error a scale is a Scale or a ScaleSpec
  rank(rows, { scale: 'ombudsman2022' });
});
