import { describe, expectTypeOf, it } from 'vitest';
import { aggregateBy, scales, type AggregateByGroup, type AggregateResult, type Classification } from '../../src/index.js';

describe('aggregateBy types', () => {
  const units = [{ government: 'Kota Cilegon', score: 95.31 }];

  it('groupBy sees the unit type; one { group, result } per group', () => {
    const r = aggregateBy(units, {
      groupBy: (u) => {
        expectTypeOf(u).toEqualTypeOf<{ government: string; score: number }>();
        return u.government;
      },
    });
    expectTypeOf(r).toEqualTypeOf<AggregateByGroup<AggregateResult>[]>();
    expectTypeOf(r[0]!.result.classification).toEqualTypeOf<Classification | undefined>();
  });

  it('with a scale, each result has a classification typed by the scale', () => {
    const r = aggregateBy(units, { groupBy: (u) => u.government, scale: scales.ombudsman2022 });
    expectTypeOf(r[0]!.result.classification.category).toEqualTypeOf<'A' | 'B' | 'C' | 'D' | 'E'>();
  });

  it('refuses what is not a round', () => {
    // @ts-expect-error groupBy is required
    aggregateBy(units, {});
    // @ts-expect-error groupBy returns a string
    aggregateBy(units, { groupBy: (u) => u.score });
    // @ts-expect-error no weights for a whole round
    aggregateBy(units, { groupBy: (u) => u.government, weights: [1] });
  });
});
