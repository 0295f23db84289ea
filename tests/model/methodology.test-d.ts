import { describe, expectTypeOf, it } from 'vitest';
import {
  defineMethodology,
  presets,
  validateMethodology,
  type AnswerSpec,
  type Issue,
  type Methodology,
  type MethodologySpec,
  type Scale,
  type ValidationResult,
} from '../../src/index.js';

describe('model types', () => {
  it('defineMethodology returns a Methodology, with its scale and defaults present', () => {
    const spec: MethodologySpec = { id: 'x', name: 'X', version: '1', output: { min: 0, max: 100 }, scale: presets.ombudsman2022.scale, dimensions: [] };
    expectTypeOf(defineMethodology(spec)).toEqualTypeOf<Methodology>();
    expectTypeOf(presets.ombudsman2022).toExtend<Methodology>();
    expectTypeOf<Methodology['scale']>().toEqualTypeOf<Scale>();
    expectTypeOf<Methodology['weights']['renormalize']>().toEqualTypeOf<boolean>();
    expectTypeOf<Methodology>().toMatchTypeOf<MethodologySpec>();
  });

  it('validateMethodology takes anything and narrows on ok', () => {
    expectTypeOf(validateMethodology).parameter(0).toEqualTypeOf<unknown>();
    const r = validateMethodology({});
    expectTypeOf(r).toEqualTypeOf<ValidationResult<Methodology>>();
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Methodology>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly [Issue, ...Issue[]]>();
  });

  it('AnswerSpec is a discriminated union', () => {
    expectTypeOf<{ kind: 'interval'; min: 0; max: 3 }>().toMatchTypeOf<AnswerSpec>();
    expectTypeOf<{ kind: 'levels'; levels: [{ key: 'ada'; value: 1 }] }>().toMatchTypeOf<AnswerSpec>();
    expectTypeOf<AnswerSpec['kind']>().toEqualTypeOf<'interval' | 'ordinal' | 'yesNo' | 'percent' | 'levels'>();
    // @ts-expect-error an interval needs max
    const noMax: AnswerSpec = { kind: 'interval', min: 0 };
    // @ts-expect-error unknown kind
    const likert: AnswerSpec = { kind: 'likert' };
    void [noMax, likert];
  });

  it('a MethodologySpec needs id, name, version, output, scale and dimensions', () => {
    // @ts-expect-error dimensions is missing
    const spec: MethodologySpec = { id: 'x', name: 'X', version: '1', output: { min: 0, max: 100 }, scale: presets.ombudsman2022.scale };
    void spec;
  });
});
