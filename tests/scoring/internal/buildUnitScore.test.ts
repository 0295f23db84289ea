import { describe, expect, it } from 'vitest';
import { defineMethodology, scoreUnit, type VariableResult } from '../../../src/index.js';
import { dimension, ind, methodology, variable } from '../../helpers/builders.js';

const pick = (v: VariableResult) => [v.effectiveWeight, v.normalized, v.points, v.maxPoints, v.pointsLost];

describe('buildUnitScore: the breakdown per variable', () => {
  // One dimension (100): v1 holds a (30) and b (30), v2 holds c (40); answers 0–3.
  const m = defineMethodology(methodology([dimension('d', 100, [variable('v1', [ind('a', 30), ind('b', 30)]), variable('v2', [ind('c', 40)])])]));

  it('gives each variable its share, weighted mean, points and points lost on the 0–100 range', () => {
    const r = scoreUnit(m, { a: 3, b: 0, c: 2 });
    const [v1, v2] = r.dimensions[0]!.variables;
    // v1: share 60/100; a full (30 points), b nothing → 30 of 60, normalised 1/2, 30 lost.
    expect(pick(v1!)).toEqual([0.6, 0.5, 30, 60, 30]);
    // v2: share 40/100; c = 2 of 3 → 80/3 of 40 points, normalised 2/3, 40/3 lost.
    const [w, n, p, max, lost] = pick(v2!) as number[];
    expect(w).toBe(0.4);
    expect(n).toBeCloseTo(2 / 3, 12);
    expect(p).toBeCloseTo(80 / 3, 12);
    expect(max).toBe(40);
    expect(lost).toBeCloseTo(40 / 3, 12);
    // The dimension: 30 + 80/3 = 170/3 of 100 points, normalised 17/30, on 0–100 that is 56.666…
    const d = r.dimensions[0]!;
    expect(d.effectiveWeight).toBe(1);
    expect(d.maxPoints).toBe(100);
    expect(d.points).toBeCloseTo(170 / 3, 12);
    expect(d.normalized).toBeCloseTo(17 / 30, 12);
    expect(d.score).toBeCloseTo(170 / 3, 12);
    expect(d.pointsLost).toBeCloseTo(130 / 3, 12);
    expect(r.score).toBe(56.67);
  });

  it("the unit's points lost are computed from the exact score: 100 − 200/3 is 100/3, not a float difference", () => {
    // a full (30), b 1 of 3 (10), c 2 of 3 (80/3): 200/3 = 66.666… of 100 points.
    const r = scoreUnit(m, { a: 3, b: 1, c: 2 });
    expect(r.unrounded).toBe(200 / 3);
    // One division of whole numbers gives the double nearest the exact 100/3; 100 − 66.666…67 does not.
    expect(r.pointsLost).toBe(100 / 3);
    expect(r.pointsLost).not.toBe(100 - 200 / 3);
  });

  it('a variable whose indicators are all not applicable has no normalised value and no weight', () => {
    const r = scoreUnit(m, { a: 'na', b: 'na', c: 3 });
    expect(pick(r.dimensions[0]!.variables[0]!)).toEqual([0, null, 0, 0, 0]);
    expect(pick(r.dimensions[0]!.variables[1]!)).toEqual([1, 1, 100, 100, 0]);
    expect(r.score).toBe(100);
  });
});

describe('buildUnitScore: a dimension of weight 0', () => {
  // Dimension z weighs 0 beside y (100): its answer is read and counted but earns nothing.
  const m = defineMethodology(methodology([dimension('z', 0, [variable('vz', [ind('p', 100)])]), dimension('y', 100, [variable('vy', [ind('a', 100)])])]));

  it('has no normalised value or score (there is nothing to divide by), never NaN', () => {
    for (const answers of [{ p: 3, a: 1 }, { p: 0, a: 1 }]) {
      const r = scoreUnit(m, answers);
      const z = r.dimensions[0]!;
      expect([z.effectiveWeight, z.normalized, z.score, z.points, z.maxPoints]).toEqual([0, null, null, 0, 0]);
      expect(pick(z.variables[0]!)).toEqual([0, null, 0, 0, 0]);
      expect(z.variables[0]!.indicators[0]!.counted).toBe(true);
      // 1 of 3 → 33.33 from y alone.
      expect(r.score).toBe(33.33);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });
});
