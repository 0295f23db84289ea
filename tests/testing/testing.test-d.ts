import type fc from 'fast-check';
import { describe, expectTypeOf, it } from 'vitest';
import { presets, type Methodology } from '../../src/index.js';
import {
  answersArbitrary,
  assertImplementation,
  checkImplementation,
  checkMethodology,
  methodologyArbitrary,
  scoreArbitrary,
  type AnswerSet,
  type ImplementationReport,
  type MethodologyInvariant,
  type MethodologyReport,
} from '../../src/testing/index.js';

const m = presets.skm2017;

describe('kepatuhan/testing types', () => {
  it('checkImplementation: a unit function by default, a survey function with input "questionnaires"', () => {
    expectTypeOf(checkImplementation(m, (a) => Number(a['persyaratan']))).toEqualTypeOf<ImplementationReport<AnswerSet>>();
    expectTypeOf(checkImplementation(m, (qs) => qs.length, { input: 'questionnaires' })).toEqualTypeOf<ImplementationReport<readonly AnswerSet[]>>();
    checkImplementation(m, () => ({ score: 1, category: 'A' }));
    checkImplementation(m, () => ({ score: 1 }));
  });

  it('checkImplementation rejects a function of the wrong shape and unknown options', () => {
    // @ts-expect-error a survey function needs input: 'questionnaires'
    checkImplementation(m, (qs: readonly AnswerSet[]) => qs.length);
    // @ts-expect-error the score must be a number
    checkImplementation(m, () => '88,31');
    // @ts-expect-error the category is a string
    checkImplementation(m, () => ({ score: 1, category: 1 }));
    // @ts-expect-error unknown input
    checkImplementation(m, () => 1, { input: 'answer' });
    // @ts-expect-error a seed is a number
    checkImplementation(m, () => 1, { seed: '1' });
  });

  it('assertImplementation returns nothing', () => {
    expectTypeOf(assertImplementation(m, () => 1)).toEqualTypeOf<void>();
    expectTypeOf(assertImplementation(m, () => 1, { input: 'questionnaires' })).toEqualTypeOf<void>();
  });

  it('checkMethodology returns a report whose violations name an invariant', () => {
    const r = checkMethodology(m);
    expectTypeOf(r).toEqualTypeOf<MethodologyReport>();
    expectTypeOf(r.violations[0]!.invariant).toEqualTypeOf<MethodologyInvariant>();
    // @ts-expect-error unknown invariant
    checkMethodology(m, { invariants: ['monotonic'] });
  });

  it('the arbitraries are fast-check arbitraries', () => {
    expectTypeOf(methodologyArbitrary()).toEqualTypeOf<fc.Arbitrary<Methodology>>();
    expectTypeOf(answersArbitrary(m)).toEqualTypeOf<fc.Arbitrary<AnswerSet>>();
    expectTypeOf(scoreArbitrary(m.scale)).toEqualTypeOf<fc.Arbitrary<number>>();
  });
});
