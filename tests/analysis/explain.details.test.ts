import { describe, expect, it } from 'vitest';
import { defineMethodology, explain, scales, scoreUnit } from '../../src/index.js';

const q = { kind: 'interval', min: 0, max: 3 } as const;
// Two dimensions (60 + 40 points of 100); indicators share their dimension in proportion to their weights.
const m = defineMethodology({
  id: 'dua',
  name: 'Dua Dimensi',
  version: '2024.1',
  weights: { renormalize: true },
  output: { min: 0, max: 100 },
  scale: scales.ombudsman2022,
  dimensions: [
    {
      id: 'd1',
      name: 'Dimensi Satu',
      nameEn: 'Dimension one',
      weight: 60,
      variables: [
        {
          id: 'v1',
          name: 'Variabel Satu',
          nameEn: 'Variable one',
          indicators: [
            { id: 'a', name: 'Indikator A', nameEn: 'Indicator A', weight: 20, answer: q },
            { id: 'b', name: 'Indikator B', weight: 20, answer: q },
          ],
        },
        { id: 'v2', name: 'Variabel Dua', indicators: [{ id: 'c', name: 'Indikator C', weight: 20, answer: q }] },
      ],
    },
    { id: 'd2', name: 'Dimensi Dua', weight: 40, variables: [{ id: 'v3', name: 'Variabel Tiga', indicators: [{ id: 'e', name: 'Indikator E', weight: 40, answer: q }] }] },
  ],
});

describe('explain: every level of the breakdown, by hand', () => {
  // a = 2 of 3 loses 20 × 1/3 = 6.67; b = 1 of 3 loses 20 × 2/3 = 13.33; c, e full. Score 100 − 20 = 80 (B, hijau).
  const x = explain(m, scoreUnit(m, { a: 2, b: 1, c: 3, e: 3 }));

  it('names the methodology, the score, its category and zone, and the total lost', () => {
    expect([x.methodology, x.score, x.category, x.zone, x.pointsLost]).toEqual([{ id: 'dua', version: '2024.1' }, 80, 'B', 'hijau', 20]);
  });

  it('indicators: most lost first, equal losses in methodology order, with English names where given and steps to the best answer', () => {
    expect(x.indicators.map((i) => [i.id, i.nameEn, i.pointsLost, i.maxPoints, i.stepsToBest, i.answer, i.best])).toEqual([
      ['b', null, 13.33, 20, 2, 1, 3],
      ['a', 'Indicator A', 6.67, 20, 1, 2, 3],
      ['c', null, 0, 20, 0, 3, 3],
      ['e', null, 0, 40, 0, 3, 3],
    ]);
  });

  it('variables and dimensions: their indicators summed, with English names where given', () => {
    expect(x.variables).toEqual([
      { id: 'v1', name: 'Variabel Satu', nameEn: 'Variable one', dimension: 'd1', pointsLost: 20, maxPoints: 40 },
      { id: 'v2', name: 'Variabel Dua', nameEn: null, dimension: 'd1', pointsLost: 0, maxPoints: 20 },
      { id: 'v3', name: 'Variabel Tiga', nameEn: null, dimension: 'd2', pointsLost: 0, maxPoints: 40 },
    ]);
    expect(x.dimensions).toEqual([
      { id: 'd1', name: 'Dimensi Satu', nameEn: 'Dimension one', dimension: 'd1', pointsLost: 20, maxPoints: 60 },
      { id: 'd2', name: 'Dimensi Dua', nameEn: null, dimension: 'd2', pointsLost: 0, maxPoints: 40 },
    ]);
  });

  it('a missing answer scored as zero is an indicator with status missing and no answer', () => {
    const z = explain(m, scoreUnit(m, { a: 3, c: 3, e: 3 }, { missing: 'zero' }));
    expect(z.indicators[0]).toMatchObject({ id: 'b', status: 'missing', answer: null, pointsLost: 20, stepsToBest: 3 });
    expect(z.indicators[1]).toMatchObject({ id: 'a', status: 'answered', answer: 3 });
  });
});

describe('explain: groups whose indicators did not count', () => {
  // c is v2's only indicator, e is d2's only one: both not applicable.
  const x = explain(m, scoreUnit(m, { a: 2, b: 3, c: 'na', e: 'na' }));

  it('a variable or dimension with no counted indicator is left out; one with some counted stays', () => {
    expect(x.variables.map((v) => v.id)).toEqual(['v1']);
    expect(x.dimensions.map((d) => d.id)).toEqual(['d1']);
    expect(x.notCounted).toEqual([
      { id: 'c', name: 'Indikator C', status: 'notApplicable' },
      { id: 'e', name: 'Indikator E', status: 'notApplicable' },
    ]);
  });

  it('a variable with only some indicators not applicable is still listed, with what counted', () => {
    // b not applicable: its 20 points go to a (v1 then holds 40); a = 2 of 3 loses 40/3 = 13.33.
    const y = explain(m, scoreUnit(m, { a: 2, b: 'na', c: 3, e: 3 }));
    expect(y.variables.map((v) => [v.id, v.pointsLost, v.maxPoints])).toEqual([['v1', 13.33, 40], ['v2', 0, 20], ['v3', 0, 40]]);
    expect(y.dimensions.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('the counted groups carry all the points: their maxima are the whole output range', () => {
    expect(x.variables[0]!.maxPoints).toBe(100);
    expect(x.dimensions[0]!.maxPoints).toBe(100);
    // Re-spread: v1 holds all 100 points, a and b 50 each; a = 2 of 3 loses 50/3 = 16.67.
    expect(x.indicators.map((i) => [i.id, i.pointsLost, i.maxPoints])).toEqual([['a', 16.67], ['b', 0]].map(([id, l]) => [id, l, 50]));
  });
});

describe('explain: an adjustment with a correction and no cap', () => {
  it('reports cap null and the correction as the points it took', () => {
    // All answers full: 100 − a correction of 2 = 98.
    const x = explain(m, scoreUnit(m, { a: 3, b: 3, c: 3, e: 3 }, { adjustment: { correction: 2 } }));
    expect(x.adjustment).toEqual({ correction: 2, cap: null, pointsLost: 2 });
    expect([x.score, x.pointsLost]).toEqual([98, 2]);
  });
});
