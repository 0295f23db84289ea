import { describe, expect, it } from 'vitest';
import { checkReportedScore, defineScale, presets, scales } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';
import { seeds } from '../helpers/fixtures.js';

const ombudsman = presets.ombudsman2022;

// Kota Cilegon 2023 as published by Kompas.com (see checkReportedScore.test.ts).
// Independent: Σ = 93.35 + 90.09 + 89.69 + 89.49 + 88.06 + 85.73 = 536.41; 536.41 / 6 = 89.4016… → 89.40.
const cilegon = [93.35, 90.09, 89.69, 89.49, 88.06, 85.73];

describe('checkReportedScore findings in words', () => {
  it('a consistent figure is said to follow, with the rule and the computed score', () => {
    const r = checkReportedScore({ units: cilegon, reported: 89.4, methodology: ombudsman });
    expect(r.consistent).toBe(true);
    expect(r.findings).toEqual(['89.40 follows from the units (mean of 6 units, halfUp to 2 decimals: 89.40).']);
  });

  it('a consistent figure gets no diagnostics (nothing needs explaining)', () => {
    const r = checkReportedScore({ units: cilegon, reported: 89.4, methodology: ombudsman });
    expect(r.score).toMatchObject({ unitShift: null, missingUnit: null, extraUnits: [] });
  });

  it('Kab. Serang "91": the finding gives the figure at the reported 0 decimals and a negative difference without a plus sign', () => {
    const serang = seeds().regions.find((r) => r.region === 'Kabupaten Serang')!;
    // Σ = 551.90, / 6 = 91.9833… → 91.98 at 2 decimals, 92 at 0 decimals (half-up); 91 − 91.98 = −0.98.
    const r = checkReportedScore({ units: serang.units, reported: '91', methodology: ombudsman });
    expect(r.findings[0]).toBe('Reported 91, but the units give 91.98 (mean of 6 units, halfUp to 2 decimals), 92 at the reported 0 decimals: off by -0.98.');
    expect(r.findings).toContain('It follows if the figure was rounded by floor or truncate to 0 decimals instead of halfUp.');
  });

  it('a figure above the units: "+" difference, no rounding explanation when none matches, and one unit higher by a range', () => {
    const r = checkReportedScore({ units: cilegon, reported: 89.45, methodology: ombudsman });
    // No rounding of 89.4016… to 2 decimals gives 89.45, so no "rounded by" finding.
    expect(r.findings.some((f) => f.includes('rounded by'))).toBe(false);
    // Sum needed in [536.67, 536.73): one unit 0.26 … 0.31 higher.
    expect(r.findings).toContain("It follows if one unit's score were 0.26 to 0.31 higher (a unit score published wrongly).");
  });

  it('a figure below the units: one unit lower by a positive range', () => {
    const r = checkReportedScore({ units: cilegon, reported: 89.35, methodology: ombudsman });
    // 89.35 needs a sum in [6 × 89.345, 6 × 89.355) = [536.07, 536.13): Δ in [−0.34, −0.28) → −0.34 … −0.29.
    expect(r.score?.unitShift).toEqual({ min: -0.34, max: -0.29 });
    expect(r.findings[0]).toBe('Reported 89.35, but the units give 89.40 (mean of 6 units, halfUp to 2 decimals): off by -0.05.');
    expect(r.findings).toContain("It follows if one unit's score were 0.29 to 0.34 lower (a unit score published wrongly).");
  });

  it('names the method of a median in the finding and searches no mean diagnostics for it', () => {
    // Median of 80, 90, 100 is 90; 91 does not follow.
    const r = checkReportedScore({ units: [80, 90, 100], reported: 91, method: 'median' });
    expect(r.score).toMatchObject({ computed: 90, consistent: false, unitShift: null, missingUnit: null, extraUnits: [] });
    expect(r.findings).toEqual(['Reported 91.00, but the units give 90.00 (median of 3 units, halfUp to 2 decimals): off by +1.00.']);
  });
});

describe('checkReportedScore diagnostics for the mean', () => {
  it('a reported figure with more decimals than the rule is searched on its own precision', () => {
    // "89.453" (3 decimals): (536.41 + Δ) / 6 must lie in [89.4525, 89.4535) → Δ in [0.305, 0.311) → only 0.31 on the 0.01 grid.
    const r = checkReportedScore({ units: cilegon, reported: '89.453', methodology: ombudsman });
    expect(r.score).toMatchObject({ reportedDecimals: 3, consistent: false, unitShift: { min: 0.31, max: 0.31 } });
  });

  it('no single unit shift explains a 4-decimal figure: no range and no such finding', () => {
    // (536.41 + Δ) / 6 in [89.45225, 89.45235) needs a sum in [536.7135, 536.7141): no multiple of 0.01 there.
    const r = checkReportedScore({ units: cilegon, reported: '89.4523', methodology: ombudsman });
    expect(r.score?.consistent).toBe(false);
    expect(r.score?.unitShift).toBeNull();
    expect(r.findings.some((f) => f.includes("one unit's score"))).toBe(false);
  });

  it('a missing unit must score within the scale: above its maximum is no explanation', () => {
    // (99 + 99 + v) / 3 in [99.495, 99.505) → v in [100.485, 100.515): above 100.
    expect(checkReportedScore({ units: [99, 99], reported: 99.5, methodology: ombudsman }).score?.missingUnit).toBeNull();
    // Without a scale the default range 0–100 bounds it too; a range reaching above 100 does not: 100.49 … 100.51.
    expect(checkReportedScore({ units: [99, 99], reported: 99.5 }).score?.missingUnit).toBeNull();
    expect(checkReportedScore({ units: [99, 99], reported: 99.5, range: { min: 0, max: 200 } }).score?.missingUnit).toEqual({ min: 100.49, max: 100.51 });
  });

  it('a missing unit must score within the scale: below its minimum is no explanation', () => {
    // (1 + 1 + v) / 3 in [0.495, 0.505) → v in [−0.515, −0.485): below 0.
    expect(checkReportedScore({ units: [1, 1], reported: 0.5, methodology: ombudsman }).score?.missingUnit).toBeNull();
    // SKM 2017 starts at 25: (30 + 30 + v) / 3 in [27.995, 28.005) → v in [23.985, 24.015): below 25.
    expect(checkReportedScore({ units: [30, 30], reported: 28, scale: scales.skm2017 }).score?.missingUnit).toBeNull();
    expect(checkReportedScore({ units: [30, 30], reported: 28 }).score?.missingUnit).toEqual({ min: 23.99, max: 24.01 }); // default range 0–100
  });

  it('a scale limit between two grid values bounds a missing unit at the first grid value inside it', () => {
    // Scores to whole numbers on a scale from 0.5 to 10.5: a missing unit scores 1 … 10.
    const half = defineScale({ id: 'half', name: 'Half', min: '0.5', max: '10.5', bands: [{ category: 'X', label: 'Semua', labelEn: 'All', min: '0.5', max: '10.5' }] });
    const rounding = { mode: 'halfUp', decimals: 0 } as const;
    // (2 + 1 + v) / 3 in [0.5, 1.5) → v in [−1.5, 1.5) → −1 … 1 within a wide range, 1 … 1 within the scale.
    const wide = { min: -100, max: 100 };
    expect(checkReportedScore({ units: [2, 1], reported: 1, rounding, range: wide }).score?.missingUnit).toEqual({ min: -1, max: 1 });
    expect(checkReportedScore({ units: [2, 1], reported: 1, rounding, scale: half }).score?.missingUnit).toEqual({ min: 1, max: 1 });
    // (8 + 8 + v) / 3 in [8.5, 9.5) → v in [9.5, 12.5) → 10 … 12 within a wide range, 10 … 10 within the scale.
    expect(checkReportedScore({ units: [8, 8], reported: 9, rounding, range: wide }).score?.missingUnit).toEqual({ min: 10, max: 12 });
    expect(checkReportedScore({ units: [8, 8], reported: 9, rounding, scale: half }).score?.missingUnit).toEqual({ min: 10, max: 10 });
  });

  it('a missing unit is found inside a wide scale without searching all of it', () => {
    const wide = defineScale({ id: 'wide', name: 'Wide', min: 0, max: 1000, bands: [{ category: 'X', label: 'Semua', labelEn: 'All', min: 0, max: 1000 }] });
    // (900 + 900 + v) / 3 in [799.995, 800.005) → v in [599.985, 600.015) → 599.99 … 600.01.
    expect(checkReportedScore({ units: [900, 900], reported: 800, scale: wide }).score?.missingUnit).toEqual({ min: 599.99, max: 600.01 });
    // (100 + 100 + v) / 3 in [199.995, 200.005) → v in [399.985, 400.015) → 399.99 … 400.01.
    expect(checkReportedScore({ units: [100, 100], reported: 200, scale: wide }).score?.missingUnit).toEqual({ min: 399.99, max: 400.01 });
  });

  it('a unit too many is found among two units, and named by its position and name', () => {
    // Without unit 2: 90 / 1 = 90 ✓; without unit 1: 60 ✗.
    const r = checkReportedScore({ units: [{ name: 'Dinas A', score: 90 }, { name: 'Dinas B', score: 60 }], reported: 90 });
    expect(r.score?.extraUnits).toEqual([1]);
    expect(r.findings).toContain('It follows without unit 2 (Dinas B) (60.00).');
  });

  it('a blank or missing name leaves just the position', () => {
    // (90 + 90 + 60) / 3 = 80; without unit 3: 90 ✓.
    const r = checkReportedScore({ units: [{ score: 90 }, { score: 90, name: 'X' }, { name: '   ', score: 60 }], reported: 90 });
    expect(r.score?.extraUnits).toEqual([2]);
    expect(r.findings).toContain('It follows without unit 3 (60.00).');
  });

  it('a single unit is never "one too many" (no mean of zero units)', () => {
    const r = checkReportedScore({ units: [80], reported: 90 });
    expect(r.score?.extraUnits).toEqual([]);
    // (80 + v) / 2 in [89.995, 90.005) → v in [99.99, 100.01).
    expect(r.score?.missingUnit).toEqual({ min: 99.99, max: 100 });
  });

  it('a figure near the largest double is outside every range, so no explanation is searched for', () => {
    // T = MAX_VALUE + 2^970 is the first value JS reads as Infinity (MAX_VALUE = (2^53 − 1)·2^971, ties go to even).
    // Reported T / 2 = (2^54 − 1)·2^969 on units [0, 0]: one unit off by Δ with Δ / 2 in [T/2 − 0.005, T/2 + 0.005)
    // → Δ ∈ {T − 0.01, T}: the smaller reads as MAX_VALUE, the larger as Infinity — not a usable range.
    const half = ((2n ** 54n - 1n) * 2n ** 969n).toString();
    expect(Number(half)).toBeLessThan(Number.MAX_VALUE);
    expect(Number(((2n ** 54n - 1n) * 2n ** 970n).toString())).toBe(Infinity);
    // Ranges end at ±1e15: the reported score is refused before any diagnostic could reach Infinity.
    const e = thrown(() => checkReportedScore({ units: [0, 0], reported: half, range: { min: -1e15, max: 1e15 } }));
    expect([e.code, e.path]).toEqual(['VALUE_OUT_OF_RANGE', 'reported']);
  });
});

describe('checkReportedScore options reach every computation', () => {
  it('weights given as an option are used for the computed and the expected figure', () => {
    // (3 × 80 + 1 × 90) / 4 = 82.5
    const r = checkReportedScore({ units: [80, 90], reported: 82.5, method: 'weightedMean', weights: [3, 1] });
    expect(r.score).toMatchObject({ computed: 82.5, expected: 82.5, consistent: true });
  });

  it('the figure at the reported precision comes from the unrounded mean of the units, not of units rounded to that precision', () => {
    // (89.50 + 89.40) / 2 = 89.45 → 89 at 0 decimals (half-up). Rounding the units first would give (90 + 89) / 2 = 89.5 → 90.
    const r = checkReportedScore({ units: [89.5, 89.4], reported: '89' });
    expect(r.score).toMatchObject({ expected: 89, consistent: true });
  });

  it('with roundInputs false, unit decimals beyond the rule are kept for the figure at the reported precision', () => {
    // (90.005 + 90) / 2 = 90.0025 → 90.003 at 3 decimals (half-up); rounding 90.005 to 90.01 first would give 90.005.
    const r = checkReportedScore({ units: [90.005, 90], reported: '90.003', roundInputs: false });
    expect(r.score).toMatchObject({ computed: 90, expected: 90.003, consistent: true });
  });
});
