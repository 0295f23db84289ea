import { describe, expectTypeOf, it } from 'vitest';
import {
  presets,
  scoreUnit,
  type AnswerValue,
  type Answers,
  type IndicatorResult,
  type Methodology,
  type MethodologySpec,
  type MissingPolicy,
  type UnitScore,
} from '../../src/index.js';

describe('scoring types', () => {
  // Typed plain Methodology: any string is an indicator id here (the literal ids of the
  // presets are tested in tests/scoring/indicatorIds.test-d.ts).
  const m: Methodology = presets.ombudsman2022;

  it('scoreUnit returns a UnitScore', () => {
    expectTypeOf(scoreUnit(m, {})).toEqualTypeOf<UnitScore>();
    expectTypeOf<UnitScore['score']>().toEqualTypeOf<number>();
    expectTypeOf<UnitScore['dimensions'][number]['variables'][number]['indicators'][number]>().toEqualTypeOf<IndicatorResult>();
    expectTypeOf<IndicatorResult['normalized']>().toEqualTypeOf<number | null>();
    expectTypeOf<IndicatorResult['status']>().toEqualTypeOf<'answered' | 'notApplicable' | 'missing'>();
  });

  it('scoreUnit takes a defined Methodology (not a spec), answers as an object or a Map', () => {
    expectTypeOf(scoreUnit).parameter(0).toEqualTypeOf<Methodology>();
    expectTypeOf(scoreUnit).parameter(1).toEqualTypeOf<Answers>();
    scoreUnit(m, { a: 3, b: 'na', c: true, d: null, e: '87,5' });
    scoreUnit(m, new Map<string, AnswerValue>([['a', 3]]));
  });

  it('scoreUnit rejects a number (or an array of numbers) as answers', () => {
    // @ts-expect-error answers must be keyed by indicator id
    scoreUnit(m, 3);
    // @ts-expect-error an answer cannot be an object
    scoreUnit(m, { a: { value: 3 } });
  });

  it('the missing policy is one of three', () => {
    expectTypeOf<MissingPolicy>().toEqualTypeOf<'error' | 'zero' | 'respread'>();
    scoreUnit(m, {}, { missing: 'respread' });
    // @ts-expect-error unknown policy
    scoreUnit(m, {}, { missing: 'skip' });
  });
});
