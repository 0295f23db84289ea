import { describe, expect, it } from 'vitest';
import { aggregate, checkReportedScore, classify, compare, rank, scales, summarize, type RankOptions } from '../../../src/index.js';
import { caught } from '../../helpers/errors.js';

// The cases of issue 11 §2: aggregate used to average scores that classify and compare refuse.
describe('the range rule: with a scale its range, else options.range, else 0–100', () => {
  it('aggregate refuses 101 and -5 on the Ombudsman scale, and 101 without a scale, at the entry’s path', () => {
    expect(caught(() => aggregate([101, 90], { scale: scales.ombudsman2022 }))).toEqual({
      code: 'VALUE_OUT_OF_RANGE',
      path: 'scores[0]',
      message: '101.00 lies outside the scale ombudsman2022 (0–100)',
    });
    expect(caught(() => aggregate([-5, 90], { scale: scales.ombudsman2022 }))?.path).toBe('scores[0]');
    expect(caught(() => aggregate([101, 90]))).toEqual({
      code: 'VALUE_OUT_OF_RANGE',
      path: 'scores[0]',
      message: '101.00 lies outside the default range 0–100 (pass options.scale or options.range for another)',
    });
    expect(caught(() => aggregate([90, { score: '100,01' }]))?.path).toBe('scores[1].score');
  });

  it('classify, compare and aggregate give the same code for the same score', () => {
    const codes = [
      caught(() => classify(101, scales.ombudsman2022))?.code,
      caught(() => compare([{ id: 'a', score: 101 }], [{ id: 'a', score: 90 }], { scale: scales.ombudsman2022 }))?.code,
      caught(() => aggregate([101], { scale: scales.ombudsman2022 }))?.code,
      caught(() => rank([{ id: 'a', score: 101 }]))?.code,
      caught(() => summarize([{ score: 101 }]))?.code,
      caught(() => checkReportedScore({ units: [101], reported: 90 }))?.code,
    ];
    expect(codes).toEqual(Array(6).fill('VALUE_OUT_OF_RANGE'));
  });

  it('the shown value is what is checked: 100.004 shows 100.00 and is accepted, 100.005 shows 100.01 and is not; -0 is 0', () => {
    expect(aggregate([100.004]).score).toBe(100);
    expect(caught(() => aggregate([100.005]))?.message).toMatch(/^100\.01 lies outside/);
    expect(aggregate([-0, 0]).score).toBe(0);
    expect(Object.is(rank([{ id: 'a', score: -0 }])[0]?.score, 0)).toBe(true);
    // With the input rounding off, a mean of in-range scores stays in range: (100.004 + 100.004) / 2 shows 100.00.
    expect(aggregate([100.004, 100.004], { roundInputs: false }).score).toBe(100);
  });

  it('a scale’s range wins: SKM 2017 starts at 25, PEKPPP 2022 ends at 5', () => {
    expect(caught(() => aggregate([24.99, 90], { scale: scales.skm2017 }))?.message).toBe('24.99 lies outside the scale skm2017 (25–100)');
    expect(caught(() => summarize([{ score: 5.01 }], { scale: scales.pekppp2022 }))?.path).toBe('results[0].score');
    // rank's scale option comes with the scale-types change; the range rule already reads it.
    const withScale = { scale: scales.pekppp2022 } as RankOptions;
    expect(caught(() => rank([{ id: 'a', score: 4.44 }, { id: 'b', score: 44.4 }], withScale))?.path).toBe('entries[1].score');
  });

  it('options.range sets another range, as numbers or decimal strings, and bounds a custom method’s result', () => {
    expect(aggregate([4.44, 4.2], { range: { min: 0, max: 5 } }).score).toBe(4.32);
    expect(caught(() => aggregate([4.44, 44.2], { range: { min: '0', max: '5' } }))).toEqual({
      code: 'VALUE_OUT_OF_RANGE',
      path: 'scores[1]',
      message: '44.20 lies outside the range 0–5',
    });
    expect(rank([{ id: 'a', score: 150 }], { range: { min: 0, max: 200 } })[0]?.score).toBe(150);
    expect(caught(() => aggregate([90], { method: () => 100.01 }))).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'score' });
  });

  it('a range given with a scale is refused, not ignored; a bad range says what is wrong', () => {
    expect(caught(() => aggregate([90], { scale: scales.ombudsman2022, range: { min: 0, max: 100 } }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.range' });
    expect(caught(() => compare([], [], { currentScale: scales.ombudsman2022, range: { min: 0, max: 100 } }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.range' });
    expect(caught(() => checkReportedScore({ units: [90], reported: 90, scale: scales.ombudsman2022, range: { min: 0, max: 100 } }))).toMatchObject({
      code: 'INVALID_OPTION',
      path: 'range',
    });
    expect(caught(() => aggregate([90], { range: { min: 100, max: 0 } }))).toMatchObject({ code: 'INVALID_RANGE', path: 'options.range' });
    expect(caught(() => aggregate([90], { range: { min: 5, max: 5 } }))).toMatchObject({ code: 'INVALID_RANGE', path: 'options.range' });
    expect(caught(() => aggregate([90], { range: { min: 0, max: 1e16 } }))).toMatchObject({ code: 'INVALID_RANGE', path: 'options.range.max' });
    expect(caught(() => aggregate([90], { range: { min: 'nol' as never, max: 100 } }))).toMatchObject({ code: 'INVALID_RANGE', path: 'options.range.min' });
    expect(caught(() => aggregate([90], { range: { max: 100 } as never }))).toMatchObject({ code: 'MISSING_FIELD', path: 'options.range.min' });
    expect(caught(() => aggregate([90], { range: [0, 100] as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.range' });
    expect(caught(() => aggregate([90], { range: { min: 0, max: 100, step: 1 } as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.range["step"]' });
  });

  it('an adjustment cap and correction stay within the range', () => {
    // A correction stops at the range's lowest score; a cap above the range is refused.
    expect(aggregate([2], { range: { min: 1, max: 5 }, adjustment: { correction: 3 } }).score).toBe(1);
    expect(caught(() => aggregate([90], { adjustment: { cap: 101 } }))).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'options.adjustment.cap' });
  });

  it('checkReportedScore checks the reported score and every unit against the same range', () => {
    expect(caught(() => checkReportedScore({ units: [90], reported: 101 }))).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'reported' });
    expect(caught(() => checkReportedScore({ units: [90, { score: -1 }], reported: 45 }))).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'units[1].score' });
    expect(checkReportedScore({ units: [4.44, 4.2], reported: 4.32, range: { min: 0, max: 5 } }).consistent).toBe(true);
  });
});
