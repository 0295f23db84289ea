import { describe, expect, it } from 'vitest';
import { defineMethodology, scales, scoreUnit, validateMethodology, type MethodologySpec } from '../../src/index.js';

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
