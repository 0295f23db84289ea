import { describe, expect, it } from 'vitest';
import { defineMethodology, indicatorOrder, presets, scales, scoreBatch, scoreUnit } from '../../src/index.js';

describe('scoreBatch', () => {
  const m = presets.ombudsman2022;
  const ids = indicatorOrder(m);
  const n = ids.length;

  it('scores rows in indicator order, like scoreUnit', () => {
    const rows = [ids.map(() => 3), ids.map((_, i) => i % 4), ids.map(() => 0)];
    const out = scoreBatch(m, rows.flat());
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual(rows.map((r) => scoreUnit(m, Object.fromEntries(ids.map((id, i) => [id, r[i]!]))).score));
    expect(out[0]).toBe(100);
    expect(out[2]).toBe(0);
  });

  it('writes into a given array', () => {
    const into = new Float64Array(3).fill(-1);
    const same = scoreBatch(m, new Float64Array(2 * n).fill(3), { into });
    expect(same).toBe(into);
    expect(Array.from(into)).toEqual([100, 100, -1]);
  });

  it('reads NaN as missing: an error by default, the minimum with "zero", re-spread with "respread"', () => {
    const row = new Float64Array(n).fill(3);
    row[0] = Number.NaN;
    expect(() => scoreBatch(m, row)).toThrowError(expect.objectContaining({ code: 'MISSING_ANSWER', path: 'answers[0]' }));
    const zero = scoreUnit(m, { ...Object.fromEntries(ids.map((id) => [id, 3])), [ids[0]!]: 0 }).score;
    expect(scoreBatch(m, row, { missing: 'zero' })[0]).toBe(zero);
    expect(scoreBatch(m, row, { missing: 'respread' })[0]).toBe(100);
  });

  it('takes percent and level values on their grid, and refuses values between levels', () => {
    const mixed = defineMethodology({
      id: 'mixed', name: 'Mixed', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
      dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
        { id: 'p', name: 'P', weight: 50, answer: { kind: 'percent', decimals: 1 } },
        { id: 'l', name: 'L', weight: 50, answer: { kind: 'levels', levels: [{ key: 'no', value: 0 }, { key: 'some', value: 0.5 }, { key: 'full', value: 2 }] } },
      ] }] }],
    });
    // p = 87.5 % → 0.875; l = 0.5 of 0–2 → 0.25; (0.875 + 0.25) / 2 = 0.5625 → 56.25
    expect(Array.from(scoreBatch(mixed, [87.5, 0.5]))).toEqual([56.25]);
    expect(() => scoreBatch(mixed, [87.55, 0.5])).toThrowError(expect.objectContaining({ code: 'INVALID_ANSWER', path: 'answers[0]' }));
    expect(() => scoreBatch(mixed, [50, 1])).toThrowError(expect.objectContaining({ code: 'INVALID_ANSWER', path: 'answers[1]' }));
  });

  it('refuses a matrix that is not whole rows', () => {
    expect(() => scoreBatch(m, new Float64Array(n + 1))).toThrowError(expect.objectContaining({ code: 'INVALID_TYPE', path: 'answers' }));
  });
});
