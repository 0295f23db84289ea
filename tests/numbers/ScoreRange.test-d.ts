import { describe, expectTypeOf, it } from 'vitest';
import { aggregate, checkReportedScore, compare, formatScore, rank, summarize, type ScoreInput, type ScoreRange, type SummarizeOptions } from '../../src/index.js';

describe('one name per idea: range, rounding, groupBy', () => {
  it('range is { min, max } of scores, in every function that takes scores', () => {
    expectTypeOf<ScoreRange>().toEqualTypeOf<{ readonly min: ScoreInput; readonly max: ScoreInput }>();
    const pekppp: ScoreRange = { min: 0, max: '5' };
    aggregate([4.44], { range: pekppp });
    rank([{ id: 'a', score: 4.44 }], { range: pekppp });
    compare([], [], { range: pekppp });
    summarize([{ score: 4.44 }], { range: pekppp });
    checkReportedScore({ units: [4.44], reported: 4.44, range: pekppp });
    // @ts-expect-error a range is an object, not a pair
    aggregate([1], { range: [0, 5] });
    // @ts-expect-error both bounds are needed
    aggregate([1], { range: { min: 0 } });
  });

  it('formatScore takes rounding like every other function, not decimals and mode', () => {
    formatScore(1, { rounding: 'truncate' });
    formatScore(1, { rounding: { decimals: 0 } });
    // @ts-expect-error renamed to rounding.decimals
    formatScore(1, { decimals: 0 });
    // @ts-expect-error renamed to rounding.mode
    formatScore(1, { mode: 'floor' });
  });

  it('summarize groups by options.groupBy: a field name of the entries or a function', () => {
    const rows = [{ score: 90, type: 'kota' }];
    summarize(rows, { groupBy: 'type' });
    summarize(rows, { groupBy: (r) => r.type });
    expectTypeOf<SummarizeOptions<{ score: number; type: string }>['groupBy']>().toEqualTypeOf<'score' | 'type' | ((entry: { score: number; type: string }) => string | null | undefined) | undefined>();
    // @ts-expect-error not a field of the rows
    summarize(rows, { groupBy: 'province' });
    // @ts-expect-error the grouping is no longer the second argument
    summarize(rows, 'type');
  });
});
