import { describe, expectTypeOf, it } from 'vitest';
import { aggregate, presets, scales, scoreUnit, type AggregateInput, type AggregateOptions, type AggregateResult, type Classification, type UnitScore, type Zone } from '../../src/index.js';

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

  it('with a scale, classification is present and typed by the scale (issue 14 §2)', () => {
    const r = aggregate([95.31, 94.01], { scale: scales.ombudsman2022 });
    expectTypeOf(r.classification).toEqualTypeOf<Classification<'A' | 'B' | 'C' | 'D' | 'E', Zone>>();
    expectTypeOf(r.classification.category).toEqualTypeOf<'A' | 'B' | 'C' | 'D' | 'E'>();
    // @ts-expect-error there is no category F on the Ombudsman scale
    void (r.classification.category === 'F');
    // @ts-expect-error the 2022 scale has no zona hitam
    const z: typeof r.classification.zone = 'hitam';
    void z;
    const r25 = aggregate([31.99], { scale: scales.ombudsman2025, followedUpCorrectiveActions: true });
    expectTypeOf(r25.classification.zone).toEqualTypeOf<Zone | 'hitam' | undefined>();
    // A result with a scale is still an AggregateResult, and can be rolled up.
    expectTypeOf(r).toMatchTypeOf<AggregateResult>();
    aggregate([r, r25]);
  });

  it('options typed as AggregateOptions (scale maybe absent) keep classification optional', () => {
    const o: AggregateOptions = { scale: scales.ombudsman2022 };
    expectTypeOf(aggregate([90], o)).toEqualTypeOf<AggregateResult>();
    expectTypeOf(aggregate([90], o).classification).toEqualTypeOf<Classification | undefined>();
    expectTypeOf(aggregate([90], {}).classification).toEqualTypeOf<Classification | undefined>();
  });
});
