import { describe, expect, it } from 'vitest';
import { checkReportedScore, defineMethodology, KepatuhanError, presets, scales } from '../../src/index.js';
import { thrown as error } from '../helpers/errors.js';

// How checkReportedScore reads its input: the reported figure's precision, the options, the
// labels, the paths and messages of its errors, and the limits of its diagnostic search.

const ombudsman = presets.ombudsman2022;


describe('the precision of a reported score', () => {
  it('a string keeps the decimals it is written with, trailing zeros and surrounding spaces included', () => {
    // "91.50" is printed to 2 decimals although its value, 91.5, needs only 1.
    expect(checkReportedScore({ units: [91.5], reported: '91.50' }).score?.reportedDecimals).toBe(2);
    expect(checkReportedScore({ units: [91.5], reported: '91,50' }).score?.reportedDecimals).toBe(2);
    expect(checkReportedScore({ units: [91.5], reported: ' 91.50 ' }).score?.reportedDecimals).toBe(2);
    expect(checkReportedScore({ units: [91.5], reported: '91.500' }).score?.reportedDecimals).toBe(3);
    expect(checkReportedScore({ units: [91], reported: '91' }).score?.reportedDecimals).toBe(0);
  });

  it('a string in exponent notation is taken at the decimals its value needs', () => {
    expect(checkReportedScore({ units: [91.5], reported: '9.150e1' }).score?.reportedDecimals).toBe(1);
    expect(checkReportedScore({ units: [91], reported: '9.1e1' }).score?.reportedDecimals).toBe(0);
  });

  it('a reported score with more decimals than the rule is read at all of its decimals', () => {
    // 89.455 is not a two-decimal figure: it is compared at 3 decimals, not rounded to 89.46 first.
    const r = checkReportedScore({ units: [89.45, 89.46], reported: 89.455 });
    expect(r.score).toMatchObject({ reportedDecimals: 3, reported: 89.455, consistent: true });
    // reportedDecimals below the value's own decimals is raised to them as well.
    expect(checkReportedScore({ units: [89.45, 89.46], reported: 89.455, reportedDecimals: 1 }).score?.reportedDecimals).toBe(3);
  });

  it('reportedDecimals must be a whole number from 0 to 20: 0 and 20 allowed, -1, 21, 1.5 and "2" refused', () => {
    expect(checkReportedScore({ units: [90], reported: 90, reportedDecimals: 0 }).score?.reportedDecimals).toBe(0);
    expect(checkReportedScore({ units: [90], reported: 90, reportedDecimals: 20 }).score?.reportedDecimals).toBe(20);
    for (const bad of [-1, 21, 1.5, '2']) {
      const e = error(() => checkReportedScore({ units: [90], reported: 90, reportedDecimals: bad as never }));
      expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'reportedDecimals' });
      expect(e.issues[0]?.message).toMatch(/^reportedDecimals must be a whole number from 0 to 20, got /);
    }
    expect(error(() => checkReportedScore({ units: [90], reported: 90, reportedDecimals: 21 })).message).toBe(
      'reportedDecimals: reportedDecimals must be a whole number from 0 to 20, got 21',
    );
  });
});

describe('the reported figure itself', () => {
  it('without a reported figure (undefined or null) the error says reported is required', () => {
    for (const reported of [undefined, null]) {
      const e = error(() => checkReportedScore({ units: [90], reported } as never));
      expect(e).toMatchObject({ code: 'MISSING_FIELD', path: 'reported' });
      expect(e.issues[0]?.message).toMatch(/^reported is required/);
    }
  });

  it('a bad score inside a reported object is named reported.score, and called the reported score', () => {
    const e = error(() => checkReportedScore({ units: [90], reported: { score: 'sembilan' } }));
    expect(e).toMatchObject({ code: 'INVALID_NUMBER', path: 'reported.score' });
    expect(e.issues[0]?.message).toMatch(/^the reported score must be a decimal/);
  });

  it('a category, zone or label that is not a string is refused with its path', () => {
    const e = error(() => checkReportedScore({ reported: { score: 90, category: 5 as never }, methodology: ombudsman }));
    expect(e).toMatchObject({ code: 'INVALID_TYPE', path: 'reported.category' });
    expect(e.issues[0]?.message).toBe('category must be a string, got 5');
  });
});

describe('labels are compared ignoring case and surrounding spaces', () => {
  it('a matching category is consistent, a different one is not', () => {
    // 90 lies in band A (88–100) of the Ombudsman 2022 scale.
    expect(checkReportedScore({ reported: { score: 90, category: 'A' }, methodology: ombudsman }).category).toEqual({ reported: 'A', expected: 'A', consistent: true, basis: 'reported' });
    expect(checkReportedScore({ reported: { score: 90, category: 'B' }, methodology: ombudsman }).category?.consistent).toBe(false);
  });

  it('a label matches in any case and with spaces around it', () => {
    const r = checkReportedScore({ reported: { score: 90, label: '  KUALITAS tertinggi ' }, methodology: ombudsman });
    expect(r.label?.consistent).toBe(true);
    expect(r.consistent).toBe(true);
  });

  it('case is folded to lower case: a dotless ı is not an i', () => {
    // 'ı'.toUpperCase() is 'I', but 'ı' and 'i' are different letters in lower case.
    expect(checkReportedScore({ reported: { score: 90, label: 'kualıtas tertinggi' }, methodology: ombudsman }).label?.consistent).toBe(false);
  });

  it('a label may also be given in English; any other label is not consistent', () => {
    expect(checkReportedScore({ reported: { score: 90, label: 'highest quality' }, methodology: ombudsman }).label?.consistent).toBe(true);
    expect(checkReportedScore({ reported: { score: 4.44, label: 'very good' }, methodology: presets.pekppp2022 }).label?.consistent).toBe(true);
    const wrong = checkReportedScore({ reported: { score: 4.44, label: 'Excellent service' }, methodology: presets.pekppp2022 });
    expect(wrong.label).toEqual({ reported: 'Excellent service', expected: 'Sangat Baik', consistent: false, basis: 'reported' });
  });

  it('a zone on a scale without zones is never consistent', () => {
    const r = checkReportedScore({ reported: { score: 4.44, zone: 'hijau' }, methodology: presets.pekppp2022 });
    expect(r.zone).toEqual({ reported: 'hijau', expected: null, consistent: false, basis: 'reported' });
    expect(r.consistent).toBe(false);
  });

  it('the finding shows a reported score with more decimals than the scale rounded half-up to the scale', () => {
    // 4.445 → 4.45 on the two-decimal PEKPPP scale: band A- (4 < x ≤ 4.5).
    const r = checkReportedScore({ reported: { score: 4.445, category: 'A' }, methodology: presets.pekppp2022 });
    expect(r.findings).toEqual(['Reported category A, but 4.45 is A- (Sangat Baik) on pekppp2022.']);
  });
});

describe('options', () => {
  it('the input itself must be an object', () => {
    const e = error(() => checkReportedScore(null as never));
    expect(e).toMatchObject({ code: 'INVALID_TYPE', path: 'input' });
    expect(e.message).toBe('input: checkReportedScore takes an object { units, reported, methodology? }, got null');
  });

  it('a bad scale or rounding is reported under its own name', () => {
    expect(error(() => checkReportedScore({ units: [90], reported: 90, scale: 42 as never })).path).toMatch(/^scale/);
    expect(error(() => checkReportedScore({ units: [90], reported: 90, rounding: 'sideways' as never }))).toMatchObject({ code: 'INVALID_ROUNDING', path: 'rounding' });
  });

  it("the methodology's rounding rule is used when no rounding is given", () => {
    // Truncation: (88.00 + 88.01) / 2 = 88.005 → 88.00 (half-up would give 88.01).
    const truncating = defineMethodology({ ...ombudsman, rounding: { mode: 'truncate', decimals: 2 } });
    const r = checkReportedScore({ units: [88, 88.01], reported: 88, methodology: truncating });
    expect(r.score).toMatchObject({ computed: 88, consistent: true });
  });

  it('method is checked even when there are no units to combine', () => {
    const e = error(() => checkReportedScore({ reported: { score: 90, category: 'A' }, methodology: ombudsman, method: 'mode' as never }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'method' });
    expect(e.issues[0]?.message).toBe('method must be "mean", "weightedMean" or "median", got "mode"');
  });

  it('roundInputs defaults to true; false averages the unit scores as given', () => {
    // Rounded first: 1.01 + 1.01 + 1.00 = 3.02, / 3 = 1.0067 → 1.01. As given: 3.012 / 3 = 1.004 → 1.00.
    const units = [1.006, 1.006, 1];
    expect(checkReportedScore({ units, reported: 1.01 }).score).toMatchObject({ computed: 1.01, consistent: true });
    expect(checkReportedScore({ units, reported: 1, roundInputs: false }).score).toMatchObject({ computed: 1, consistent: true });
  });

  it('roundInputs must be true or false, even when there are no units', () => {
    const e = error(() => checkReportedScore({ reported: { score: 90, category: 'A' }, methodology: ombudsman, roundInputs: 'yes' as never }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'roundInputs' });
    expect(e.issues[0]?.message).toBe('roundInputs must be true or false, got "yes"');
  });

  it('weights given as an option are used by the weighted mean', () => {
    // (80 × 3 + 90 × 1) / 4 = 82.5; equal weights would give 85.
    const r = checkReportedScore({ units: [80, 90], weights: [3, 1], reported: 82.5, method: 'weightedMean' });
    expect(r.score).toMatchObject({ computed: 82.5, consistent: true });
  });

  it('a bad weight is reported at weights[i], as this function names it, with the message said once', () => {
    const e = error(() => checkReportedScore({ units: [80, 90], weights: [3, 'x'], reported: 82.5, method: 'weightedMean' }));
    expect(e.path).toBe('weights[1]');
    expect(e.message.startsWith('weights[1]: ')).toBe(true);
    expect(e.message).not.toMatch(/options\./);
    expect(e.message.indexOf('weights[1]', 1)).toBe(-1);
  });

  it('units must be an array', () => {
    const e = error(() => checkReportedScore({ units: 'abc' as never, reported: 90 }));
    expect(e).toMatchObject({ code: 'INVALID_TYPE', path: 'units' });
    expect(e.issues[0]?.message).toBe('units must be an array of scores, got "abc"');
  });
});

describe('the search for a missing unit and a mistyped unit', () => {
  it('a missing unit can score the top of the scale exactly', () => {
    // (99.00 + v) / 2 rounds half-up to 99.50 for v in [99.99, 100.01); the scale stops at 100.
    const r = checkReportedScore({ units: [99], reported: 99.5, methodology: ombudsman });
    expect(r.score?.missingUnit).toEqual({ min: 99.99, max: 100 });
  });

  it('no missing unit within the scale explains a figure that needs one above it', () => {
    // (99.00 + v) / 2 rounds to 99.51 only for v in [100.01, 100.03): above the scale.
    const r = checkReportedScore({ units: [99], reported: 99.51, methodology: ombudsman });
    expect(r.score?.missingUnit).toBeNull();
    expect(r.findings.some((f) => f.includes('one more unit'))).toBe(false);
  });

  it('a missing unit above 100 is found when there is no scale and the range reaches above 100', () => {
    // (150 + 152 + v) / 3 rounds half-up to 151.50 for v in [152.485, 152.515): 152.49 … 152.51.
    const r = checkReportedScore({ units: [150, 152], reported: 151.5, range: { min: 0, max: 1000 } });
    expect(r.score?.missingUnit).toEqual({ min: 152.49, max: 152.51 });
  });

  it('searches at most 20 000 candidates: exactly 20 000 steps are searched, more are not', () => {
    // Rule: 3 decimals; reported "91" (0 decimals). One of n units of 90 shifted by Δ gives
    // 91 when (90n + Δ) / n is in [90.5, 91.5): Δ in [n/2, 3n/2). The window searched is
    // n·(91 ∓ 1) − 90n, i.e. 2n whole numbers = 2000n steps of 0.001.
    const rounding = { mode: 'halfUp', decimals: 3 } as const;
    const ten = checkReportedScore({ units: Array(10).fill(90), reported: '91', rounding });
    expect(ten.score?.unitShift).toEqual({ min: 5, max: 14.999 }); // 20 000 steps: searched
    const eleven = checkReportedScore({ units: Array(11).fill(90), reported: '91', rounding });
    expect(eleven.score?.unitShift).toBeNull(); // 22 000 steps: not searched
  });
});

it('uses the scales preset export (sanity: the scale option accepts a preset scale)', () => {
  expect(checkReportedScore({ reported: { score: 90, zone: 'hijau' }, scale: scales.ombudsman2022 }).zone?.consistent).toBe(true);
});
