import { describe, expect, it } from 'vitest';
import { defineMethodology, explain, scales, scoreUnit } from '../../src/index.js';

const spec = (decimals: number) => ({
  id: 'two', name: 'Two', version: '1', output: { min: 0, max: 100 }, rounding: { mode: 'halfUp' as const, decimals }, scale: scales.ombudsman2022,
  dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
    { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval' as const, min: 0, max: 3 } },
    { id: 'b', name: 'B', weight: 50, answer: { kind: 'interval' as const, min: 0, max: 3 } },
  ] }] }],
});

describe('scoreUnit with an adjustment: exact figures', () => {
  it('the corrected unrounded score and points lost are exact, not float subtractions', () => {
    // (2/3 + 1/3) / 2 = 1/2 → 50; 50 − 7.77 = 42.23 exactly; points lost 100 − 42.23 = 57.77.
    const r = scoreUnit(defineMethodology(spec(2)), { a: 2, b: 1 }, { adjustment: { correction: '7.77' } });
    expect(r.score).toBe(42.23);
    expect(r.unrounded).toBe(42.23);
    expect(r.pointsLost).toBe(57.77);
  });

  it.each([15, 16, 20])('at %i decimals the correction acts on the exact rounded score (nothing read back from a double)', (decimals) => {
    const m = defineMethodology(spec(decimals));
    // (3/3 + 2/3) / 2 = 5/6 → 83.333…; minus 1 → 82.333… rounded at `decimals` places.
    const plain = scoreUnit(m, { a: 3, b: 2 });
    const adjusted = scoreUnit(m, { a: 3, b: 2 }, { adjustment: { correction: 1 } });
    const expected = Number(`82.${'3'.repeat(decimals)}`);
    expect(adjusted.score).toBe(expected);
    expect(adjusted.adjustment?.scoreBefore).toBe(plain.score);
    // And the analyses accept the adjusted result as following from its answers.
    expect(() => explain(m, adjusted)).not.toThrow();
  });
});
