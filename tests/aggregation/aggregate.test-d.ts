import { describe, expectTypeOf, it } from 'vitest';
import { aggregate, presets, scoreUnit, type AggregateInput, type AggregateResult, type Classification, type UnitScore } from '../../src/index.js';

describe('aggregation types', () => {
  it('aggregate accepts UnitScore[] and returns an AggregateResult', () => {
    const units: UnitScore[] = [scoreUnit(presets.ombudsman2022, {})];
    expectTypeOf(aggregate(units)).toEqualTypeOf<AggregateResult>();
    expectTypeOf<UnitScore>().toMatchTypeOf<AggregateInput>();
  });

  it('aggregate accepts numbers, decimal strings, weighted entries and earlier results', () => {
    const r = aggregate([97.55, '97,02', { score: 96.29, weight: 2 }]);
    aggregate([r, aggregate([90, 91])]);
    expectTypeOf<AggregateResult>().toMatchTypeOf<AggregateInput>();
    expectTypeOf(r.classification).toEqualTypeOf<Classification | undefined>();
    expectTypeOf(r.method).toEqualTypeOf<'mean' | 'weightedMean' | 'median' | 'custom'>();
  });

  it('aggregate rejects what is not a score', () => {
    // @ts-expect-error a boolean is not a score
    aggregate([true]);
    // @ts-expect-error an entry needs a score
    aggregate([{ weight: 1 }]);
    // @ts-expect-error unknown method
    aggregate([1], { method: 'mode' });
  });

  it('a custom method is a function of scores and weights returning a number', () => {
    aggregate([1, 2], { method: (scores, weights) => {
      expectTypeOf(scores).toEqualTypeOf<readonly number[]>();
      expectTypeOf(weights).toEqualTypeOf<readonly number[] | undefined>();
      return Math.min(...scores);
    } });
  });
});
