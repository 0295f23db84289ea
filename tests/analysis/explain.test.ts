import { describe, expect, it } from 'vitest';
import { explain, isKepatuhanError, presets, scoreUnit } from '../../src/index.js';
import { adjusted } from '../helpers/adjusted.js';
import { miniMethodology, ombudsmanAnswers } from '../helpers/methodologies.js';

const m = presets.ombudsman2023;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}

describe('explain on the Ombudsman 2023–2024 preset', () => {
  // Input weighs 21.85 and "pengetahuan tentang komponen standar pelayanan" 12.22 % of it (domain
  // reference §2): answering 0 of 3 loses 21.85 × 0.1222 = 2.67007 points. Proses weighs 32.37
  // over 11 equal indicators (the preset's documented assumption): Maklumat at 1 of 3 loses
  // 32.37 / 11 × 2/3 = 1.96182 points.
  const result = scoreUnit(m, ombudsmanAnswers({ 'input.kompetensi.standarPelayanan': 0, 'proses.standar.maklumat': 1 }, 3, m));
  const e = explain(m, result);

  it('lists the indicators losing points, largest first, with official names', () => {
    expect(e.indicators.slice(0, 2).map((i) => [i.id, i.name, i.pointsLost])).toEqual([
      ['input.kompetensi.standarPelayanan', 'Pengetahuan tentang komponen standar pelayanan', 2.67],
      ['proses.standar.maklumat', 'Substansi Maklumat Pelayanan', 1.96],
    ]);
    expect(e.indicators.slice(2).every((i) => i.pointsLost === 0)).toBe(true);
    expect(e.indicators).toHaveLength(38);
    expect(e.indicators[1]).toMatchObject({ answer: 1, best: 3, stepsToBest: 2, dimension: 'proses', variable: 'proses.standar', nameEn: 'Substance of the service pledge (Maklumat)' });
  });

  it('adds up per variable and dimension, and the total is 100 minus the shown score', () => {
    expect(e.dimensions.map((d) => [d.id, d.pointsLost])).toEqual([['input', 2.67], ['proses', 1.96], ['output', 0], ['pengaduan', 0]]);
    expect(e.variables[0]).toMatchObject({ id: 'input.kompetensi', dimension: 'input', pointsLost: 2.67 });
    expect(e.score).toBe(result.score);
    expect(e.score).toBe(95.37); // 100 − 2.67007 − 1.96182 = 95.36811
    expect(e.pointsLost).toBe(4.63);
    expect(e.category).toBe('A');
    expect(e.dimensions.find((d) => d.id === 'proses')!.maxPoints).toBe(32.37);
  });

  it('lists not-applicable indicators apart and re-spreads their weight', () => {
    const r = scoreUnit(m, ombudsmanAnswers({ 'input.kompetensi.rekomendasi': 'na', 'proses.standar.maklumat': 1 }, 3, m));
    const x = explain(m, r);
    expect(x.notCounted).toEqual([{ id: 'input.kompetensi.rekomendasi', name: 'Pengetahuan tentang rekomendasi Ombudsman', status: 'notApplicable' }]);
    expect(x.indicators).toHaveLength(37);
    expect(x.indicators[0]!.pointsLost).toBe(1.96);
  });
});

describe('explain: missing answers and small methodologies', () => {
  const mini = miniMethodology([
    { id: 'a', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
    { id: 'b', weight: 40, answer: { kind: 'interval', min: 0, max: 3 } },
    { id: 'c', weight: 20, answer: { kind: 'levels', levels: [{ key: 'none', value: 0 }, { key: 'some', value: 0.2 }, { key: 'full', value: 1 }] } },
  ]);
  it('computes losses exactly from the weights (60, 40, 20 of 120; by hand)', () => {
    const x = explain(mini, scoreUnit(mini, { a: 2, b: 1, c: 'some' }));
    // a: 50 × 1/3 = 16.667; b: 33.333 × 2/3 = 22.222; c: 16.667 × 0.8 = 13.333
    expect(x.indicators.map((i) => [i.id, i.pointsLost])).toEqual([['b', 22.22], ['a', 16.67], ['c', 13.33]]);
    expect(x.indicators.find((i) => i.id === 'c')).toMatchObject({ answer: 'some', best: 'full', stepsToBest: 1 });
    expect(x.pointsLost).toBe(52.22);
  });
  it('shows a missing answer scored as zero as an indicator with no answer, and a re-spread one as not counted', () => {
    const zero = explain(mini, scoreUnit(mini, { a: 3, b: 3 }, { missing: 'zero' }));
    expect(zero.indicators[0]).toMatchObject({ id: 'c', status: 'missing', answer: null, pointsLost: 16.67, stepsToBest: 2 });
    const spread = explain(mini, scoreUnit(mini, { a: 3, b: 3 }, { missing: 'respread' }));
    expect(spread.notCounted).toEqual([{ id: 'c', name: 'Indicator c', status: 'missing' }]);
    expect(spread.pointsLost).toBe(0);
  });
});

describe('explain: a result carrying an adjustment', () => {
  it('reports the points the correction and cap took apart from the indicators, and includes them in the total', () => {
    const mini = miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }]);
    const e = explain(mini, adjusted(scoreUnit(mini, { a: 3 }), 2, 77.99)); // 100 → 98 → capped at 77.99
    expect([e.score, e.pointsLost, e.category]).toEqual([77.99, 22.01, 'C']);
    expect(e.adjustment).toEqual({ correction: 2, cap: 77.99, pointsLost: 22.01 });
    expect(e.indicators[0]!.pointsLost).toBe(0);
    expect(explain(mini, scoreUnit(mini, { a: 3 })).adjustment).toBeNull();
  });
});

describe('explain: a result that does not belong to the methodology', () => {
  const mini = miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }]);
  const r = scoreUnit(mini, { a: 2 });
  it('rejects a result of another methodology', () => {
    expect(codeOf(() => explain(m, r))).toBe('METHODOLOGY_MISMATCH @ unitResult.methodology');
  });
  it('rejects a result whose score does not follow from its answers', () => {
    expect(codeOf(() => explain(mini, { ...r, score: 70 }))).toBe('METHODOLOGY_MISMATCH @ unitResult.score');
  });
  it('rejects a breakdown with an answer off the grid or an unknown indicator', () => {
    const bad = structuredClone(r) as unknown as { dimensions: { variables: { indicators: { value: number; id: string }[] }[] }[] };
    bad.dimensions[0]!.variables[0]!.indicators[0]!.value = 2.5;
    expect(codeOf(() => explain(mini, bad as never))).toMatch(/^METHODOLOGY_MISMATCH @ unitResult\.dimensions\[0\]\.variables\[0\]\.indicators\[0\]\.value/);
    bad.dimensions[0]!.variables[0]!.indicators[0]!.id = 'zz';
    expect(codeOf(() => explain(mini, bad as never))).toMatch(/^METHODOLOGY_MISMATCH/);
    expect(codeOf(() => explain(mini, 'x' as never))).toBe('INVALID_TYPE @ unitResult');
  });
});
