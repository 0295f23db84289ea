import { describe, expect, it } from 'vitest';
import { defineMethodology, explain, gapToBand, governmentGap, scales, scoreUnit, type UnitScore } from '../../src/index.js';

// Counterexamples found by `npm run fuzz` (seed 624322395), kept as examples.
const m = defineMethodology({
  id: 'two', name: 'Two', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
  dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
    { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
    { id: 'b', name: 'B', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
  ] }] }],
});

describe('fuzz regressions in the analyses', () => {
  it('a caps Map keyed by a null-prototype object is refused with a library error, not a TypeError (gapToBand path 4954, governmentGap path 1732)', () => {
    const r = scoreUnit(m, { a: 1, b: 1 });
    const caps = new Map([[Object.create(null) as object, 'x']]) as unknown as ReadonlyMap<string, number>;
    expect(() => gapToBand(m, r, 'A', { caps })).toThrowError(expect.objectContaining({ name: 'KepatuhanError', code: 'UNKNOWN_INDICATOR' }));
    expect(() => governmentGap(m, [{ id: 'u', result: r }], { caps })).toThrowError(expect.objectContaining({ name: 'KepatuhanError', code: 'UNKNOWN_INDICATOR' }));
  });

  it('an answer of -0 in a unit result is explained as 0, so the result survives JSON unchanged (explain path 2831)', () => {
    const r = structuredClone(scoreUnit(m, { a: 0, b: 3 })) as { -readonly [K in keyof UnitScore]: UnitScore[K] };
    (r.dimensions[0]!.variables[0]!.indicators[0] as { value: number }).value = -0;
    const e = explain(m, r);
    const a = e.indicators.find((i) => i.id === 'a')!;
    expect(Object.is(a.answer, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});
