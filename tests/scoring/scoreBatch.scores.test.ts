import { describe, expect, it } from 'vitest';
import { defineMethodology, indicatorOrder, presets, scales, scoreBatch, scoreUnit, type Methodology } from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';

/** scoreUnit's score for every row of a row-major matrix: scoreBatch's contract. */
function perUnit(m: Methodology, cells: readonly number[]): number[] {
  const ids = indicatorOrder(m);
  const out: number[] = [];
  for (let base = 0; base < cells.length; base += ids.length)
    out.push(scoreUnit(m, Object.fromEntries(ids.map((id, i) => [id, cells[base + i]!]))).score);
  return out;
}

describe('scoreBatch on answers whose range does not start at 0 (SKM, answers 1–4, output 25–100)', () => {
  // Domain reference §6: IKM = (Σ NRR × 1/9) × 25, i.e. 25 × the mean answer of one questionnaire.
  const m = presets.skm2017;
  const ikm = (row: readonly number[]): number => Math.round((row.reduce((s, v) => s + v, 0) / 9) * 25 * 100) / 100;
  const rows = [
    [4, 4, 4, 4, 4, 4, 4, 4, 4],
    [1, 1, 1, 1, 1, 1, 1, 1, 1],
    [4, 3, 3, 4, 3, 4, 4, 3, 3],
    [1, 2, 3, 4, 1, 2, 3, 4, 1],
  ];

  it('gives 25 × the mean answer for every row, in row order', () => {
    // 100; 25; 31/9 × 25 = 86.11; 21/9 × 25 = 58.33
    expect(rows.map(ikm)).toEqual([100, 25, 86.11, 58.33]);
    expect(Array.from(scoreBatch(m, Float64Array.from(rows.flat())))).toEqual([100, 25, 86.11, 58.33]);
    expect(Array.from(scoreBatch(m, rows.flat()))).toEqual(perUnit(m, rows.flat()));
  });

  it('scores a single row and the second of two rows from their own cells', () => {
    expect(Array.from(scoreBatch(m, rows[2]!))).toEqual([86.11]);
    expect(Array.from(scoreBatch(m, [...rows[0]!, ...rows[1]!]))).toEqual([100, 25]);
    expect(Array.from(scoreBatch(m, [...rows[1]!, ...rows[0]!]))).toEqual([25, 100]);
  });

  it('refuses an answer below 1 or above 4, or between two whole answers, naming the cell', () => {
    const row = (v: number, at = -1): number[] => rows[0]!.map((x, i) => (at === -1 || i === at ? v : x));
    expect(() => scoreBatch(m, row(0))).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[0]' }));
    expect(() => scoreBatch(m, row(5))).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[0]' }));
    expect(() => scoreBatch(m, row(1.5))).toThrowError(expect.objectContaining({ code: 'INVALID_ANSWER', path: 'answers[0]' }));
    // A bad cell after good ones in the same row is still refused, with its own index.
    expect(() => scoreBatch(m, [...rows[1]!, ...row(5, 1)])).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[10]' }));
    expect(() => scoreBatch(m, [...rows[1]!, ...row(0, 8)])).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[17]' }));
  });
});

describe('scoreBatch on 0–3 answers with an output range that does not start at 0', () => {
  // Two equal-weight 0–3 indicators on 25–100: score = 25 + 75 × (a + b) / 6.
  const m = defineMethodology(flat([ind('a', 50), ind('b', 50)], { output: { min: 25, max: 100 }, scale: scales.skm2017 }));

  it('adds the bottom of the output range to the weighted share of the rest', () => {
    // [3,3] → 100; [0,0] → 25; [1,2] → 25 + 37.5 = 62.5; [1,0] → 25 + 12.5 = 37.5
    expect(Array.from(scoreBatch(m, [3, 3, 0, 0, 1, 2, 1, 0]))).toEqual([100, 25, 62.5, 37.5]);
  });

  it('refuses a fraction or an answer above 3 even when the whole row is made of them', () => {
    expect(() => scoreBatch(m, [0.5, 0.5])).toThrowError(expect.objectContaining({ code: 'INVALID_ANSWER', path: 'answers[0]' }));
    expect(() => scoreBatch(m, [4, 4])).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[0]' }));
    expect(() => scoreBatch(m, [-1, -1])).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[0]' }));
  });
});

describe('scoreBatch when some answer ranges start at 0 and others do not', () => {
  // a on 0–3, b on 1–4, equal weights, output 0–100: score = 50 × a / 3 + 50 × (b − 1) / 3.
  const m = defineMethodology(flat([ind('a', 50), ind('b', 50, { kind: 'interval', min: 1, max: 4 })]));

  it('measures every answer from the bottom of its own range', () => {
    // [0,1] → 0; [3,4] → 100; [3,1] → 50; [0,4] → 50; [1,2] → 16.67 + 16.67 = 33.33
    expect(Array.from(scoreBatch(m, [0, 1, 3, 4, 3, 1, 0, 4, 1, 2]))).toEqual([0, 100, 50, 50, 33.33]);
  });
});

describe('scoreBatch on a mix of grids (percent with 1 decimal, 0–3 answers)', () => {
  // p: percent (grid 0.1), x: 0–3; equal weights on 0–100: score = p / 2 + 50 × x / 3.
  const m = defineMethodology(flat([ind('p', 50, { kind: 'percent', decimals: 1 }), ind('x', 50)]));

  it('scores every row from its own cells', () => {
    // [60, 3] → 30 + 50 = 80; [87.5, 0] → 43.75; [12.3, 1] → 6.15 + 16.666… = 22.82 (half-up)
    expect(Array.from(scoreBatch(m, [60, 3, 87.5, 0, 12.3, 1]))).toEqual([80, 43.75, 22.82]);
    expect(Array.from(scoreBatch(m, [60, 3, 87.5, 0, 12.3, 1]))).toEqual(perUnit(m, [60, 3, 87.5, 0, 12.3, 1]));
  });

  it('refuses rows made only of bad cells: out of range either way, off the grid, or a fraction of a whole-number answer', () => {
    expect(() => scoreBatch(m, [150, 5])).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[0]' }));
    expect(() => scoreBatch(m, [-10, -1])).toThrowError(expect.objectContaining({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers[0]' }));
    expect(() => scoreBatch(m, [87.55, 1])).toThrowError(expect.objectContaining({ code: 'INVALID_ANSWER', path: 'answers[0]' }));
    expect(() => scoreBatch(m, [50, 1.5])).toThrowError(expect.objectContaining({ code: 'INVALID_ANSWER', path: 'answers[1]' }));
  });
});
