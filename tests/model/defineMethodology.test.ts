import { describe, expect, it } from 'vitest';
import { defineMethodology, KepatuhanError, presets, scales, scoreUnit, validateMethodology, type MethodologySpec } from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';

describe('defineMethodology: zero weights', () => {
  // Variables without their own weight weigh the sum of their indicators' weights (methodology.ts,
  // VariableSpec); a variable whose indicators all weigh 0 therefore weighs 0 and counts for nothing.
  const spec: MethodologySpec = {
    id: 'zero-variable', name: 'Zero variable', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
    dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [
      { id: 'kept', name: 'Kept for the record', indicators: [{ id: 'a', name: 'A', weight: 0, answer: { kind: 'yesNo' } }] },
      { id: 'scored', name: 'Scored', indicators: [{ id: 'b', name: 'B', weight: 100, answer: { kind: 'interval', min: 0, max: 4 } }] },
    ] }],
  };

  it('accepts a variable whose indicators all weigh zero when variables carry no weights (regression: threw RangeError)', () => {
    expect(validateMethodology(spec).ok).toBe(true);
    const m = defineMethodology(spec);
    // Only b counts: 3 of 4 → 75.
    expect(scoreUnit(m, { a: false, b: 3 }).score).toBe(75);
    expect(scoreUnit(m, { a: true, b: 3 }).score).toBe(75);
    expect(scoreUnit(m, { a: 'na', b: 3 }).score).toBe(75);
  });
});

describe('defineMethodology', () => {
  const spec = flat([ind('a', '1/3'), ind('b', '2/3', { kind: 'yesNo' })], {
    weights: { total: 1 },
    dimensions: [{ id: 'd', name: 'D', weight: 1, provenance: { confidence: 'assumed', note: 'test', extra: 'dropped' }, variables: [
      { id: 'v', name: 'V', nameEn: 'Vee', indicators: [ind('a', '1/3'), { ...ind('b', '2/3', { kind: 'yesNo' }), notes: 'kept', color: 'dropped' }] },
    ] }],
    unknownField: 'dropped',
    notes: 'kept',
  });

  it('returns the methodology deeply frozen, with defaults filled in and unknown fields dropped', () => {
    const m = defineMethodology(spec);
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.dimensions)).toBe(true);
    expect(Object.isFrozen(m.dimensions[0]!.variables[0]!.indicators)).toBe(true);
    expect(Object.isFrozen(m.dimensions[0]!.provenance)).toBe(true);
    expect(Object.isFrozen(m.scale.bands[0])).toBe(true);
    expect(m.weights).toEqual({ total: 1, tolerance: 0, renormalize: false });
    expect(m.rounding).toEqual({ mode: 'halfUp', decimals: 2 });
    expect('unknownField' in m).toBe(false);
    expect(m.notes).toBe('kept');
    expect(m.dimensions[0]!.provenance).toEqual({ confidence: 'assumed', note: 'test' });
    expect(m.dimensions[0]!.variables[0]!.nameEn).toBe('Vee');
    expect(m.dimensions[0]!.variables[0]!.indicators[1]).toEqual({ id: 'b', name: 'b', weight: '2/3', answer: { kind: 'yesNo' }, notes: 'kept' });
  });

  it('the documented example: a = 2 of 3 at weight 60, b = yes at weight 40 → 40 + 40 = 80', () => {
    const m = defineMethodology({
      id: 'mini', name: 'Mini', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
      dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
        { id: 'a', name: 'A', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
        { id: 'b', name: 'B', weight: 40, answer: { kind: 'yesNo' } },
      ] }] }],
    });
    expect(scoreUnit(m, { a: 2, b: true }).score).toBe(80);
  });

  it('keeps weights as written (exact fractions stay fractions)', () => {
    const m = defineMethodology(spec);
    expect(m.dimensions[0]!.variables[0]!.indicators.map((i) => i.weight)).toEqual(['1/3', '2/3']);
  });

  it('define → JSON → define gives the same methodology and scores', () => {
    const m = defineMethodology(spec);
    const again = defineMethodology(JSON.parse(JSON.stringify(m)) as MethodologySpec);
    expect(again).toEqual(m);
    expect(again).not.toBe(m);
    // a: 1/3 · 2/3 = 2/9; b: 2/3 · 1 → 8/9 = 88.89
    expect(scoreUnit(again, { a: 2, b: true }).score).toBe(88.89);
    expect(scoreUnit(m, { a: 2, b: true }).score).toBe(88.89);
  });

  it('the preset survives JSON too', () => {
    const again = defineMethodology(JSON.parse(JSON.stringify(presets.ombudsman2022)) as MethodologySpec);
    expect(again).toEqual(presets.ombudsman2022);
  });

  it('defining a defined methodology returns it as it is', () => {
    const m = defineMethodology(spec);
    expect(defineMethodology(m)).toBe(m);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(spec);
    defineMethodology(spec);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.isFrozen(spec)).toBe(false);
  });

  it('throws INVALID_METHODOLOGY at the first issue\'s path, with every issue', () => {
    let error: unknown;
    try {
      defineMethodology(flat([ind('a', -1), ind('a', 'x')]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KepatuhanError);
    const k = error as KepatuhanError;
    expect([k.code, k.path]).toEqual(['INVALID_METHODOLOGY', 'dimensions[0].variables[0].indicators[0].weight']);
    expect(k.issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_WEIGHT', 'dimensions[0].variables[0].indicators[0].weight'],
      ['DUPLICATE_ID', 'dimensions[0].variables[0].indicators[1].id'],
      ['INVALID_WEIGHT', 'dimensions[0].variables[0].indicators[1].weight'],
    ]);
    expect(k.message).toContain('2 more');
    expect(validateMethodology(flat([ind('a', -1), ind('a', 'x')])).issues).toEqual(k.issues);
  });
});
