import { describe, expect, it } from 'vitest';
import { checkReportedScore, defineScale, presets } from '../../src/index.js';
import { thrown as error } from '../helpers/errors.js';

// Findings in words, label checks and the shape of the result of checkReportedScore.
// Expected values are worked out by hand from the Ombudsman 2022 table (domain reference §2:
// A 88.00–100, B 78.00–87.99 hijau; C 54.00–77.99 kuning; D, E merah) and the mean rule.

const ombudsman = presets.ombudsman2022;

/** A scale whose categories are their own labels and that has no zones. */
const passFail = defineScale({
  id: 'pass-fail',
  name: 'Pass/fail',
  min: 0,
  max: 100,
  bands: [
    { category: 'Lulus', label: 'Lulus', min: 60, max: 100 },
    { category: 'Gagal', label: 'Gagal', min: 0, max: 59.99 },
  ],
});

describe('checkReportedScore findings on a score that does not follow', () => {
  it('Kota Cilegon 2023: names a range of unit shifts and a range of missing-unit scores', () => {
    const units = [93.35, 90.09, 89.69, 89.49, 88.06, 85.73];
    const r = checkReportedScore({ units, reported: 89.45, methodology: ombudsman });
    // Σ = 536.41; 89.45 needs a sum in [536.67, 536.73): one unit 0.26 … 0.31 higher; or a
    // seventh unit v with (536.41 + v) / 7 in [89.445, 89.455): v = 89.71 … 89.77. No rounding
    // mode turns 89.4016… into 89.45, and no unit left out gives 89.45.
    expect(r.findings).toEqual([
      'Reported 89.45, but the units give 89.40 (mean of 6 units, halfUp to 2 decimals): off by +0.05.',
      "It follows if one unit's score were 0.26 to 0.31 higher (a unit score published wrongly).",
      'It follows with one more unit scoring 89.71 to 89.77 (89.74 gives 89.45 exactly).', // 7 × 89.45 − 536.41 = 89.74
    ]);
  });

  it('a single possible shift is written as one amount, upwards as "higher"', () => {
    // One unit of 80: only 80.01 itself rounds to 80.01, so the unit must be exactly 0.01 higher.
    const r = checkReportedScore({ units: [80], reported: 80.01, methodology: ombudsman });
    expect(r.score?.unitShift).toEqual({ min: 0.01, max: 0.01 });
    expect(r.findings).toContain("It follows if one unit's score were 0.01 higher (a unit score published wrongly).");
  });

  it('a shift downwards is written as a positive amount "lower"', () => {
    // One unit of 80 reported as 79.99: the unit must be 0.01 lower. A second unit v with
    // (80 + v) / 2 in [79.985, 79.995) means v in [79.97, 79.99): 79.97 or 79.98.
    const r = checkReportedScore({ units: [80], reported: 79.99, methodology: ombudsman });
    expect(r.score?.unitShift).toEqual({ min: -0.01, max: -0.01 });
    expect(r.findings).toContain("It follows if one unit's score were 0.01 lower (a unit score published wrongly).");
    // 2 × 79.99 − 80 = 79.98 gives the figure exactly.
    expect(r.findings).toContain('It follows with one more unit scoring 79.97 to 79.98 (79.98 gives 79.99 exactly).');
    expect(r.findings.some((f) => f.includes('higher'))).toBe(false);
  });

  it('a single possible missing-unit score is written as one score', () => {
    // 80 reported as 40: a second unit v with (80 + v) / 2 in [39.995, 40.005) means v in
    // [-0.01, 0.01); the scale starts at 0, so only 0.00 is left. The unit itself would have to be 40.00 lower.
    const r = checkReportedScore({ units: [80], reported: 40, methodology: ombudsman });
    expect(r.score?.missingUnit).toEqual({ min: 0, max: 0 });
    expect(r.findings).toEqual([
      'Reported 40.00, but the units give 80.00 (mean of 1 units, halfUp to 2 decimals): off by -40.00.',
      "It follows if one unit's score were 40.00 lower (a unit score published wrongly).",
      'It follows with one more unit scoring 0.00.',
    ]);
  });

  it('says nothing about a missing unit when no score within the scale would explain the figure', () => {
    // 0 reported as 60: a second unit would have to score 120, above the scale's 100.
    const r = checkReportedScore({ units: [0], reported: 60, methodology: ombudsman });
    expect(r.score?.missingUnit).toBeNull();
    expect(r.findings).toEqual([
      'Reported 60.00, but the units give 0.00 (mean of 1 units, halfUp to 2 decimals): off by +60.00.',
      "It follows if one unit's score were 60.00 higher (a unit score published wrongly).",
    ]);
  });
});

describe('checkReportedScore label checks against a reported score', () => {
  it('category, zone and label that all match: consistent, one finding saying so, no score part', () => {
    // 80.00 is B "Kualitas Tinggi", zona hijau.
    const r = checkReportedScore({ reported: { score: 80, category: 'B', zone: 'hijau', label: 'Kualitas Tinggi' }, methodology: ombudsman });
    expect(r).toEqual({
      consistent: true,
      findings: ['The reported category, zone and label match the score.'],
      category: { reported: 'B', expected: 'B', consistent: true, basis: 'reported' },
      zone: { reported: 'hijau', expected: 'hijau', consistent: true, basis: 'reported' },
      label: { reported: 'Kualitas Tinggi', expected: 'Kualitas Tinggi', consistent: true, basis: 'reported' },
    });
  });

  it('a category alone is enough to check', () => {
    const r = checkReportedScore({ reported: { score: 80, category: 'B' }, methodology: ombudsman });
    expect(r.category).toEqual({ reported: 'B', expected: 'B', consistent: true, basis: 'reported' });
    expect(r.consistent).toBe(true);
  });

  it('each wrong category, zone or label gets its own finding naming the band, label and zone of the score', () => {
    const r = checkReportedScore({ reported: { score: 80, category: 'A', zone: 'kuning', label: 'Kualitas Tertinggi' }, methodology: ombudsman });
    expect(r.consistent).toBe(false);
    expect(r.findings).toEqual([
      'Reported category A, but 80.00 is B (Kualitas Tinggi), zona hijau on ombudsman2022.',
      'Reported zone kuning, but 80.00 is B (Kualitas Tinggi), zona hijau on ombudsman2022.',
      'Reported label "Kualitas Tertinggi", but 80.00 is B (Kualitas Tinggi), zona hijau on ombudsman2022.',
    ]);
    expect([r.category?.consistent, r.zone?.consistent, r.label?.consistent]).toEqual([false, false, false]);
  });

  it('a wrong zone alone makes the check inconsistent; a wrong label alone too', () => {
    const z = checkReportedScore({ reported: { score: 80, zone: 'merah' }, methodology: ombudsman });
    expect(z.consistent).toBe(false);
    expect(z.findings).toEqual(['Reported zone merah, but 80.00 is B (Kualitas Tinggi), zona hijau on ombudsman2022.']);
    const l = checkReportedScore({ reported: { score: 80, label: 'Kualitas Sedang' }, methodology: ombudsman });
    expect(l.consistent).toBe(false);
    expect(l.findings).toEqual(['Reported label "Kualitas Sedang", but 80.00 is B (Kualitas Tinggi), zona hijau on ombudsman2022.']);
  });

  it('does not repeat a label equal to its category, and names no zone on a scale without zones', () => {
    const r = checkReportedScore({ reported: { score: 70, category: 'Gagal' }, scale: passFail });
    expect(r.findings).toEqual(['Reported category Gagal, but 70.00 is Lulus on pass-fail.']);
    const z = checkReportedScore({ reported: { score: 70, zone: 'hijau' }, scale: passFail });
    expect(z.zone).toEqual({ reported: 'hijau', expected: null, consistent: false, basis: 'reported' });
  });

  it('with a score check, the score finding stands alone (no "labels match" line)', () => {
    // (80 + 80) / 2 = 80.00, category B.
    const r = checkReportedScore({ units: [80, 80], reported: { score: 80, category: 'B' }, methodology: ombudsman });
    expect(r.consistent).toBe(true);
    expect(r.findings).toHaveLength(1);
    expect(r.findings).not.toContain('The reported category, zone and label match the score.');
    expect(r.category?.basis).toBe('reported');
  });
});

describe('checkReportedScore label checks against the computed score', () => {
  it('computes the score with the method and weights given', () => {
    // Weighted mean (90·1 + 70·3) / 4 = 75.00: C (54–77.99). The plain mean 80 would be B.
    const r = checkReportedScore({ units: [90, 70], weights: [1, 3], method: 'weightedMean', reported: { category: 'C' }, methodology: ombudsman });
    expect(r.category).toEqual({ reported: 'C', expected: 'C', consistent: true, basis: 'computed' });
    expect(r.consistent).toBe(true);
    expect(r).not.toHaveProperty('score');
  });

  it('reports a bad unit score at the unit\'s path', () => {
    expect(error(() => checkReportedScore({ units: [80, 'x'], reported: { zone: 'hijau' }, methodology: ombudsman }))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: 'units[1]',
    });
  });
});

describe('checkReportedScore refusals', () => {
  it('a category without a score or units: MISSING_FIELD at units, saying what to give', () => {
    const e = error(() => checkReportedScore({ reported: { category: 'A' }, methodology: ombudsman }));
    expect(e).toMatchObject({ code: 'MISSING_FIELD', path: 'units' });
    expect(e.message).toMatch(/reported score or the units/);
  });

  it('a category without a scale: the message says a scale is needed', () => {
    const e = error(() => checkReportedScore({ reported: { score: 90, category: 'A' } }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'scale' });
    expect(e.message).toMatch(/needs a scale/);
  });

  it('a score outside the scale is refused at the reported score, or at the unit', () => {
    expect(error(() => checkReportedScore({ reported: { score: 120, category: 'A' }, methodology: ombudsman }))).toMatchObject({
      code: 'VALUE_OUT_OF_RANGE',
      path: 'reported.score',
    });
    // Every unit is checked against the scale, so the computed mean never leaves it.
    expect(error(() => checkReportedScore({ units: [120], reported: { category: 'A' }, methodology: ombudsman }))).toMatchObject({
      code: 'VALUE_OUT_OF_RANGE',
      path: 'units[0]',
    });
  });

  it('a category, zone or label that is not a string is refused at its own path', () => {
    expect(error(() => checkReportedScore({ reported: { score: 80, category: 5 as never }, methodology: ombudsman }))).toMatchObject({ code: 'INVALID_TYPE', path: 'reported.category' });
    expect(error(() => checkReportedScore({ reported: { score: 80, zone: 5 as never }, methodology: ombudsman }))).toMatchObject({ code: 'INVALID_TYPE', path: 'reported.zone' });
    expect(error(() => checkReportedScore({ reported: { score: 80, label: 5 as never }, methodology: ombudsman }))).toMatchObject({ code: 'INVALID_TYPE', path: 'reported.label' });
  });

  it('a methodology that is not defined is refused at methodology, unread: NOT_DEFINED (INVALID_TYPE for a non-object)', () => {
    const bad = { ...presets.ombudsman2022, id: '', dimensions: [{ ...presets.ombudsman2022.dimensions[0]!, weight: 'x' }] };
    expect(error(() => checkReportedScore({ units: [80], reported: 80, methodology: bad as never }))).toMatchObject({ code: 'NOT_DEFINED', path: 'methodology' });
    expect(error(() => checkReportedScore({ units: [80], reported: 80, methodology: 5 as never }))).toMatchObject({ code: 'INVALID_TYPE', path: 'methodology' });
  });

  it('nothing to check: MISSING_FIELD at units when they are missing, at reported when it says nothing', () => {
    const noUnits = error(() => checkReportedScore({ reported: 80 }));
    expect(noUnits).toMatchObject({ code: 'MISSING_FIELD', path: 'units' });
    expect(noUnits.message).toMatch(/nothing to check/);
    const emptyReport = error(() => checkReportedScore({ units: [80], reported: {} }));
    expect(emptyReport).toMatchObject({ code: 'MISSING_FIELD', path: 'reported' });
    expect(emptyReport.message).toMatch(/nothing to check/);
  });
});
