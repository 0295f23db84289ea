import { describe, expectTypeOf, it } from 'vitest';
import {
  defineMethodology,
  scales,
  scoreUnit,
  type IndicatorIdOf,
  type IndicatorSpec,
  type Methodology,
  type MethodologySpec,
} from '../../src/index.js';

/**
 * A spec written the way a user (or a preset) writes one: a plain object literal `as const`,
 * so every array is a readonly tuple, weights are numbers or exact fraction strings.
 */
const spec = {
  id: 'mini',
  name: 'Mini',
  version: '1',
  output: { min: 0, max: 100 },
  weights: { total: 1, tolerance: 0, renormalize: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  scale: scales.ombudsman2022,
  provenance: { confidence: 'assumed', note: 'a test spec' },
  dimensions: [
    {
      id: 'd1',
      name: 'D1',
      weight: '2/3',
      variables: [
        {
          id: 'd1.v',
          name: 'V',
          indicators: [
            { id: 'd1.a', name: 'A', weight: '1/9', answer: { kind: 'interval', min: 0, max: 3 } },
            { id: 'd1.b', name: 'B', weight: '8/9', answer: { kind: 'levels', levels: [{ key: 'tidak', value: 0 }, { key: 'ada', value: '0.5' }] } },
          ],
        },
      ],
    },
    {
      id: 'd2',
      name: 'D2',
      weight: '1/3',
      variables: [{ id: 'd2.v', name: 'V', weight: 1, indicators: [{ id: 'd2.c', name: 'C', nameEn: 'C', weight: 1, answer: { kind: 'yesNo' } }] }],
    },
  ],
} as const;

describe('defineMethodology keeps the indicator ids as a literal union', () => {
  it('infers the id union from a plain object literal spec `as const` (readonly arrays, weights as numbers and "1/9" strings)', () => {
    const m = defineMethodology(spec);
    expectTypeOf(m).toEqualTypeOf<Methodology<'d1.a' | 'd1.b' | 'd2.c'>>();
    expectTypeOf<IndicatorIdOf<typeof m>>().toEqualTypeOf<'d1.a' | 'd1.b' | 'd2.c'>();
    // The spec itself names its ids too.
    expectTypeOf<IndicatorIdOf<typeof spec>>().toEqualTypeOf<'d1.a' | 'd1.b' | 'd2.c'>();
  });

  it('infers the id union from a spec written inline, without `as const`', () => {
    const m = defineMethodology({
      id: 'inline', name: 'Inline', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
      dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
        { id: 'a', name: 'A', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
        { id: 'b', name: 'B', weight: 40, answer: { kind: 'yesNo' } },
      ] }] }],
    });
    expectTypeOf(m).toEqualTypeOf<Methodology<'a' | 'b'>>();
  });

  it('infers the union from indicators built by a helper that keeps its id literal', () => {
    const yesNo = <const Id extends string>(id: Id): IndicatorSpec<Id> => ({ id, name: id, weight: 1, answer: { kind: 'yesNo' } });
    const m = defineMethodology({ ...spec, dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: [yesNo('x'), yesNo('y')] }] }] });
    expectTypeOf<IndicatorIdOf<typeof m>>().toEqualTypeOf<'x' | 'y'>();
  });

  it('gives plain Methodology (ids: string) for a spec typed MethodologySpec or parsed from JSON', () => {
    const typed: MethodologySpec = spec;
    expectTypeOf(defineMethodology(typed)).toEqualTypeOf<Methodology>();
    const parsed: unknown = JSON.parse('{}');
    expectTypeOf(defineMethodology(parsed as MethodologySpec)).toEqualTypeOf<Methodology>();
    expectTypeOf(defineMethodology(JSON.parse('{}'))).toEqualTypeOf<Methodology>();
    expectTypeOf<IndicatorIdOf<Methodology>>().toEqualTypeOf<string>();
  });

  it('a methodology defined from an `as const` spec refuses an unknown indicator id in scoreUnit', () => {
    const m = defineMethodology(spec);
    scoreUnit(m, { 'd1.a': 3, 'd1.b': 'ada', 'd2.c': true });
    // @ts-expect-error 'd1.z' is not an indicator of the spec
    scoreUnit(m, { 'd1.a': 3, 'd1.z': 3 });
  });

  it('still checks the spec: a wrong answer kind or a missing weight does not compile', () => {
    defineMethodology({
      ...spec,
      // @ts-expect-error 'likert' is not an answer kind
      dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: [{ id: 'a', name: 'A', weight: 1, answer: { kind: 'likert' } }] }] }],
    });
    defineMethodology({
      ...spec,
      // @ts-expect-error an indicator needs a weight
      dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: [{ id: 'a', name: 'A', answer: { kind: 'yesNo' } }] }] }],
    });
  });
});
