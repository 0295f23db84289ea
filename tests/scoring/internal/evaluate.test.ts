import { describe, expect, it } from 'vitest';
import { defineMethodology, defineScale, scoreUnit, type RoundingMode, type ScaleSpec } from '../../../src/index.js';
import { caught } from '../../helpers/errors.js';
import { dimension, flat, ind, methodology, variable } from '../../helpers/builders.js';

/**
 * Rounding of the score, checked on both ways a score is computed: the float-integer kernel
 * (every indicator counts) and the exact bigint path (an indicator marked "na", its weight
 * re-spread). Output range −10…10, rounded to whole numbers; one interval indicator 0–80, so
 * score = −10 + 20·a/80 = −10 + a/4: every answer lands on an exact quarter.
 */
const signed: ScaleSpec = {
  id: 'signed', name: 'Signed', min: -10, max: 10, decimals: 0, rounding: 'halfUp',
  bands: [
    { category: 'neg', label: 'negative', min: -10, max: -1 },
    { category: 'nonneg', label: 'zero or more', min: 0, max: 10 },
  ],
};
const quarters = (mode: RoundingMode, withNa: boolean) =>
  defineMethodology(
    flat(withNa ? [ind('a', 50, { kind: 'interval', min: 0, max: 80 }), ind('b', 50)] : [ind('a', 100, { kind: 'interval', min: 0, max: 80 })], {
      output: { min: -10, max: 10 },
      scale: defineScale(signed),
      rounding: { mode, decimals: 0 },
    }),
  );
/** The answer a (0–80) that gives the unrounded score x = −10 + a/4. */
const answerFor = (x: number): number => (x + 10) * 4;

// Hand-rounded from the definitions in rounding/rounding.ts (halfUp: ties toward +∞; halfDown:
// toward −∞; halfEven: to the even neighbour; halfAwayFromZero / halfTowardZero; floor, ceil,
// truncate: toward −∞, +∞, zero). Ties at odd and even neighbours, both signs, and 0.
const xs = [-2.5, -1.5, -0.75, -0.5, -0.25, 0.25, 0.5, 0.75, 1.5, 2.5];
const expected: Record<RoundingMode, number[]> = {
  halfUp: [-2, -1, -1, 0, 0, 0, 1, 1, 2, 3],
  halfDown: [-3, -2, -1, -1, 0, 0, 0, 1, 1, 2],
  halfEven: [-2, -2, -1, 0, 0, 0, 0, 1, 2, 2],
  halfAwayFromZero: [-3, -2, -1, -1, 0, 0, 1, 1, 2, 3],
  halfTowardZero: [-2, -1, -1, 0, 0, 0, 0, 1, 1, 2],
  floor: [-3, -2, -1, -1, -1, 0, 0, 0, 1, 2],
  ceil: [-2, -1, 0, 0, 0, 1, 1, 1, 2, 3],
  truncate: [-2, -1, 0, 0, 0, 0, 0, 0, 1, 2],
};

describe('evaluate: rounding the score in every mode', () => {
  for (const mode of Object.keys(expected) as RoundingMode[]) {
    it(`${mode}: ties and non-ties on both sides of zero, when every indicator counts`, () => {
      const m = quarters(mode, false);
      const got = xs.map((x) => scoreUnit(m, { a: answerFor(x) }).score);
      // toEqual tells 0 from −0: a rounded 0 must be +0 (results survive JSON unchanged).
      expect(got).toEqual(expected[mode]);
    });

    it(`${mode}: the exact path (an indicator not applicable) rounds the same way`, () => {
      const m = quarters(mode, true);
      const got = xs.map((x) => scoreUnit(m, { a: answerFor(x), b: 'na' }).score);
      expect(got).toEqual(expected[mode]);
    });
  }

  it('whole scores are not moved by any mode', () => {
    for (const mode of Object.keys(expected) as RoundingMode[]) {
      expect([-3, 0, 4].map((x) => scoreUnit(quarters(mode, false), { a: answerFor(x) }).score)).toEqual([-3, 0, 4]);
    }
  });

  it('truncate keeps 0 for a positive score below one step (0.003 at 2 decimals → 0)', () => {
    // 100 × 3 / 100000 = 0.003: truncated toward zero to 2 decimals is 0, not 0.01.
    const m = defineMethodology(flat([ind('a', 100, { kind: 'interval', min: 0, max: 100000 })], { rounding: { mode: 'truncate', decimals: 2 } }));
    expect(scoreUnit(m, { a: 3 }).score).toBe(0);
    expect(scoreUnit(m, { a: 13 }).score).toBe(0.01);
  });
});

describe('evaluate: re-spreading weight', () => {
  it('refuses with NO_APPLICABLE_INDICATORS, saying why, when nothing counts', () => {
    const m = defineMethodology(flat([ind('a', 50), ind('b', 50)]));
    const e = caught(() => scoreUnit(m, { a: 'na', b: 'na' }));
    expect(e?.code).toBe('NO_APPLICABLE_INDICATORS');
    expect(e?.path).toBe('answers');
    expect(e?.message).toMatch(/no indicator counts/);
    expect(e?.message).toMatch(/not applicable/);
  });

  it('a dimension whose only counting variable weighs 0 passes its weight on, like an empty one', () => {
    // Dimension x holds vx (declared weight 0, answered) and vz (weight 1, not applicable);
    // dimension y holds a alone. Nothing of x's weight is left, so the score is y's: a = 2 of 3
    // → 66.67, and p, though answered, has no share of the whole (effective weight 0).
    const spec = methodology(
      [
        dimension('x', 50, [variable('vx', [ind('p', 1)], 0), variable('vz', [ind('z', 1)], 1)]),
        dimension('y', 50, [variable('vy', [ind('a', 1)])]),
      ],
      { weights: { renormalize: true } },
    );
    const r = scoreUnit(defineMethodology(spec), { p: 3, z: 'na', a: 2 });
    expect(r.score).toBe(66.67);
    const x = r.dimensions[0]!;
    const p = x.variables[0]!.indicators[0]!;
    expect([p.counted, p.effectiveWeight, p.maxPoints, p.points]).toEqual([true, 0, 0, 0]);
    expect([x.effectiveWeight, x.normalized, x.score]).toEqual([0, null, null]);
    expect(x.variables.map((v) => [v.effectiveWeight, v.normalized])).toEqual([[0, null], [0, null]]);
    expect(r.dimensions[1]!.effectiveWeight).toBe(1);
  });
});
