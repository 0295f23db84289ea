import { describe, expectTypeOf, it } from 'vitest';
import { classify, defineScale, scales, validateScale, type Band, type Classification, type Scale, type ScaleSpec, type ValidationResult, type Zone } from '../../src/index.js';

describe('classification types', () => {
  it('classify returns a Classification whose zone is Zone | undefined', () => {
    const c = classify(95.31, scales.ombudsman2022);
    expectTypeOf(c).toEqualTypeOf<Classification>();
    expectTypeOf(c.zone).toEqualTypeOf<Zone | undefined>();
    expectTypeOf(c.category).toEqualTypeOf<string>();
    expectTypeOf(c.value).toEqualTypeOf<number>();
    expectTypeOf<Zone>().toEqualTypeOf<'hijau' | 'kuning' | 'merah'>();
  });

  it('classify takes a number or a decimal string, and a Scale or a ScaleSpec', () => {
    expectTypeOf(classify).parameter(0).toEqualTypeOf<number | string>();
    expectTypeOf(classify).parameter(1).toEqualTypeOf<Scale | ScaleSpec>();
    // @ts-expect-error a boolean is not a score
    classify(true, scales.ombudsman2022);
    // @ts-expect-error a scale is required
    classify(95.31);
  });

  it('scales and defineScale give a Scale with Band bounds as numbers', () => {
    expectTypeOf(scales.ombudsman2022).toEqualTypeOf<Scale>();
    expectTypeOf(defineScale).returns.toEqualTypeOf<Scale>();
    expectTypeOf<Scale['bands'][number]>().toEqualTypeOf<Band>();
    expectTypeOf<Band['min']>().toEqualTypeOf<number>();
    expectTypeOf(validateScale).returns.toEqualTypeOf<ValidationResult<Scale>>();
  });

  it('a ScaleSpec band needs a category, a label and bounds', () => {
    // @ts-expect-error label is missing
    const bad: ScaleSpec = { id: 's', name: 'S', min: 0, max: 100, bands: [{ category: 'A', min: 0, max: 100 }] };
    void bad;
  });
});
