import { describe, expectTypeOf, it } from 'vitest';
import { compare, scales, summarize, type CompareOptions, type Comparison, type Summary, type SummarizeOptions, type Zone } from '../../src/index.js';

describe('summarize is typed by the scale it is given (issue 14 §2)', () => {
  it('categories and zones are the scale\'s unions', () => {
    const s = summarize([{ score: 31.99 }], { scale: scales.ombudsman2025 });
    expectTypeOf(s).toEqualTypeOf<Summary<'A' | 'B' | 'C' | 'D' | 'E', Zone | 'hitam'>>();
    expectTypeOf(s.total.categories[0]!.category).toEqualTypeOf<'A' | 'B' | 'C' | 'D' | 'E'>();
    expectTypeOf(s.groups[0]!.zones[0]!.zone).toEqualTypeOf<Zone | 'hitam'>();
    // @ts-expect-error there is no category F on the Ombudsman scale
    void (s.total.categories[0]!.category === 'F');
    const old = summarize([{ score: 31.99 }], { scale: scales.ombudsman2022 });
    // @ts-expect-error the 2022 scale has no zona hitam
    void (old.total.zones[0]!.zone === 'hitam');
  });

  it('without a scale, or with options typed as SummarizeOptions, categories and zones are strings', () => {
    expectTypeOf(summarize([{ score: 1 }])).toEqualTypeOf<Summary>();
    const o: SummarizeOptions = {};
    expectTypeOf(summarize([{ score: 1 }], o).total.categories[0]!.category).toEqualTypeOf<string>();
  });
});

describe('compare is typed by the scales it is given', () => {
  const rows = [{ id: 'a', score: 31.99 }];

  it('one scale for both years', () => {
    const c = compare(rows, rows, { scale: scales.ombudsman2022 });
    expectTypeOf(c.entities[0]!.current!.category).toEqualTypeOf<'A' | 'B' | 'C' | 'D' | 'E' | null>();
    expectTypeOf(c.entities[0]!.current!.zone).toEqualTypeOf<Zone | null>();
    // @ts-expect-error the 2022 scale has no zona hitam
    void (c.entities[0]!.current!.zone === 'hitam');
  });

  it('two scales: the union of both (2021 zones-only → 2022 A–E)', () => {
    const c = compare(rows, rows, { previousScale: scales.ombudsman2013, currentScale: scales.ombudsman2025 });
    expectTypeOf(c.entities[0]!.previous!.category).toEqualTypeOf<Zone | 'A' | 'B' | 'C' | 'D' | 'E' | null>();
    expectTypeOf(c.entities[0]!.current!.zone).toEqualTypeOf<Zone | 'hitam' | null>();
  });

  it('without a scale, plain strings', () => {
    expectTypeOf(compare(rows, rows)).toEqualTypeOf<Comparison<{ id: string; score: number }>>();
    const o: CompareOptions = {};
    expectTypeOf(compare(rows, rows, o).entities[0]!.current!.category).toEqualTypeOf<string | null>();
  });
});
