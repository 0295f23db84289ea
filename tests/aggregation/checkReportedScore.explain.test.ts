import { describe, expect, it } from 'vitest';
import { checkReportedScore, presets } from '../../src/index.js';
import { thrown as error } from '../helpers/errors.js';

const ombudsman = presets.ombudsman2022;

// Kota Cilegon 2023 as published by Kompas.com (domain reference §7; see checkReportedScore.test.ts).
// Independent: Σ = 93.35 + 90.09 + 89.69 + 89.49 + 88.06 + 85.73 = 536.41; 536.41 / 6 = 89.4016… → 89.40.
const cilegon2023 = [
  { name: 'UPTD Puskesmas Cibeber', score: 93.35 },
  { name: 'UPTD Puskesmas Pulomerak', score: 90.09 },
  { name: 'Disdukcapil', score: 89.69 },
  { name: 'Dinas Pendidikan dan Kebudayaan', score: 89.49 },
  { name: 'DPMPTSP', score: 88.06 },
  { name: 'Dinas Sosial', score: 85.73 },
];
// The seventh unit another outlet printed (domain reference §7): Dinas Kesehatan 89.02.
const dinkes = { name: 'Dinas Kesehatan', score: 89.02 };

describe('checkReportedScore: which unit would explain a reported score (Kota Cilegon 2023, reported 89.45)', () => {
  it('with the seventh unit from another outlet the units give 89.35, still not 89.45', () => {
    const r = checkReportedScore({ units: cilegon2023, reported: 89.45, methodology: ombudsman, candidateUnits: [dinkes] });
    // (536.41 + 89.02) / 7 = 625.43 / 7 = 89.3471… → 89.35.
    expect(r.score?.candidates).toEqual([{ index: 0, name: 'Dinas Kesehatan', score: 89.02, computed: 89.35, expected: 89.35, follows: false }]);
    expect(r.consistent).toBe(false);
    expect(r.findings).toContain('With Dinas Kesehatan (89.02) added, the 7 units give 89.35, still not 89.45.');
  });

  it('the seventh unit would have to score 89.74 for the mean to be 89.45 exactly (7 × 89.45 − 536.41)', () => {
    const r = checkReportedScore({ units: cilegon2023, reported: 89.45, methodology: ombudsman });
    // 7 × 89.45 = 626.15; 626.15 − 536.41 = 89.74, inside the range 89.71 … 89.77 that rounds to 89.45.
    expect(r.score?.missingUnitExact).toBe(89.74);
    expect(r.score?.missingUnit).toEqual({ min: 89.71, max: 89.77 });
    expect(r.findings).toContain('It follows with one more unit scoring 89.71 to 89.77 (89.74 gives 89.45 exactly).');
    // Or one published unit value is wrong: 0.26 … 0.31 too low.
    expect(r.findings).toContain("It follows if one unit's score were 0.26 to 0.31 higher (a unit score published wrongly).");
  });

  it('a candidate at the edges of that range: 89.71 follows (626.12 / 7 = 89.4457… → 89.45), 89.70 does not (626.11 / 7 = 89.4443… → 89.44)', () => {
    const r = checkReportedScore({ units: cilegon2023, reported: 89.45, candidateUnits: [{ name: 'Dinkes', score: 89.71 }, 89.7, 89.74] });
    expect(r.score?.candidates.map((c) => [c.index, c.name, c.computed, c.follows])).toEqual([
      [0, 'Dinkes', 89.45, true],
      [1, null, 89.44, false],
      [2, null, 89.45, true],
    ]);
    expect(r.findings).toContain('With Dinkes (89.71) added, the 7 units give 89.45: the reported 89.45 follows, so the list left Dinkes out.');
    expect(r.findings).toContain('With candidate unit 2 (89.70) added, the 7 units give 89.44, still not 89.45.');
    // A candidate that explains the figure does not make the published list consistent.
    expect(r.consistent).toBe(false);
  });

  it('at a reported precision other than the rule\'s, a candidate is judged at the reported precision', () => {
    // Units 90 and 92, candidate 93.5: (90 + 92 + 93.5) / 3 = 91.8333… → 91.83 at 2 decimals, 92 at 0.
    const r = checkReportedScore({ units: [90, 92], reported: '92', candidateUnits: [93.5] });
    expect(r.score?.candidates[0]).toMatchObject({ computed: 91.83, expected: 92, follows: true });
    const not = checkReportedScore({ units: [90, 92], reported: '93', candidateUnits: [93.5] });
    expect(not.findings).toContain('With candidate unit 1 (93.50) added, the 3 units give 91.83 (92), still not 93.');
  });

  it('candidates are rounded like the units (89.015 half-up is 89.02), and with roundInputs false they are not', () => {
    const r = checkReportedScore({ units: cilegon2023, reported: 89.45, candidateUnits: [89.015] });
    expect(r.score?.candidates[0]).toMatchObject({ score: 89.02, computed: 89.35 });
    // Unrounded: (536.41 + 89.015) / 7 = 625.425 / 7 = 89.3464… → 89.35, and the score is kept as given.
    const raw = checkReportedScore({ units: cilegon2023, reported: 89.45, candidateUnits: [89.015], roundInputs: false });
    expect(raw.score?.candidates[0]?.score).toBe(89.015);
  });

  it('a candidate with its own weight works with the weighted mean', () => {
    // (80 × 1 + 90 × 1 + 100 × 2) / 4 = 92.5.
    const r = checkReportedScore({ units: [{ score: 80, weight: 1 }, { score: 90, weight: 1 }], reported: 92.5, method: 'weightedMean', candidateUnits: [{ score: 100, weight: 2 }] });
    expect(r.score?.candidates[0]).toMatchObject({ computed: 92.5, follows: true });
  });

  it('a figure that follows gets no finding about candidates, though their data are there', () => {
    // The six units give 89.40; with Dinkes 89.35.
    const r = checkReportedScore({ units: cilegon2023, reported: 89.4, candidateUnits: [dinkes] });
    expect(r.consistent).toBe(true);
    expect(r.score?.candidates[0]).toMatchObject({ computed: 89.35, follows: false });
    expect(r.findings).toEqual(['89.40 follows from the units (mean of 6 units, halfUp to 2 decimals: 89.40).']);
  });

  it('without candidates the list is empty and without previous figures the comparison is null', () => {
    const r = checkReportedScore({ units: cilegon2023, reported: 89.45 });
    expect(r.score?.candidates).toEqual([]);
    expect(r.score?.previous).toBeNull();
  });

  it('missingUnitExact is null when the exact value is not on the rule\'s grid, or the figure follows', () => {
    // Units 90 and 91 (mean 90.50), reported 91.2: 3 × 91.2 − 181 = 92.6 is on the 2-decimal grid: found.
    expect(checkReportedScore({ units: [90, 91], reported: 91.2 }).score?.missingUnitExact).toBe(92.6); // 3 × 91.2 − 181 = 92.6
    // Reported at 3 decimals, rule at 2: 3 × 91.201 − 181 = 92.603 is not on the 2-decimal grid.
    expect(checkReportedScore({ units: [90, 91], reported: 91.201, reportedDecimals: 3 }).score?.missingUnitExact).toBeNull();
    expect(checkReportedScore({ units: [90, 91], reported: 90.5 }).score?.missingUnitExact).toBeNull();
  });
});

describe("checkReportedScore: a figure from another year (Kota Cilegon 2022, reported 77.73)", () => {
  // The 2022 units are not in the fixtures: the domain reference §7 gives their mean, 77.66, which
  // is the city's 2021 score. Constructed units with that mean: (80.12 + 75.20) / 2 = 77.66.
  const units2022 = [80.12, 75.2];

  it("the units give 77.66, the city's 2021 score: the finding says the units may be the previous year's", () => {
    const r = checkReportedScore({ units: units2022, reported: 77.73, methodology: ombudsman, previous: { year: 2021, score: 77.66 } });
    expect(r.score?.previous).toEqual({ year: 2021, score: 77.66, computed: null, reportedIsPrevious: null, unitsArePrevious: 'score' });
    expect(r.findings).toContain("The units give 77.66, which equals 2021's published score (77.66): the units may be the previous year's (the outlet mixed years).");
  });

  it("a reported score equal to the previous year's: the outlet printed last year's figure", () => {
    // This year's units give 80.00; the reported 77.66 is last year's.
    const r = checkReportedScore({ units: [80], reported: 77.66, previous: { score: '77.66' } });
    expect(r.score?.previous).toMatchObject({ year: null, reportedIsPrevious: 'score', unitsArePrevious: null });
    expect(r.findings).toContain("The reported 77.66 equals the previous year's published score (77.66): the outlet may have printed the previous year's figure.");
  });

  it("the previous year's units are combined by the same rule and compared too", () => {
    // Previous units (77 + 78.32) / 2 = 77.66.
    const r = checkReportedScore({ units: units2022, reported: 77.73, previous: { year: 2021, units: [77, 78.32] } });
    expect(r.score?.previous).toEqual({ year: 2021, score: null, computed: 77.66, reportedIsPrevious: null, unitsArePrevious: 'units' });
    expect(r.findings).toContain("The units give 77.66, which equals 2021's units' score (77.66): the units may be the previous year's (the outlet mixed years).");
  });

  it('nothing in common with the previous year: both null and no finding about it', () => {
    const r = checkReportedScore({ units: units2022, reported: 77.73, previous: { score: 70 } });
    expect(r.score?.previous).toMatchObject({ reportedIsPrevious: null, unitsArePrevious: null });
    expect(r.findings.some((f) => f.includes('previous'))).toBe(false);
  });

  it('a consistent figure gets no finding about the previous year, even when the score did not change', () => {
    const r = checkReportedScore({ units: units2022, reported: 77.66, previous: { score: 77.66 } });
    expect(r.consistent).toBe(true);
    expect(r.score?.previous).toMatchObject({ reportedIsPrevious: 'score', unitsArePrevious: 'score' });
    expect(r.findings).toEqual(['77.66 follows from the units (mean of 2 units, halfUp to 2 decimals: 77.66).']);
  });

  it('the reported figure is compared at its own precision ("78" is 77.66 at 0 decimals)', () => {
    const r = checkReportedScore({ units: [70], reported: '78', previous: { score: 77.66 } });
    expect(r.score?.previous?.reportedIsPrevious).toBe('score');
  });
});

describe('checkReportedScore: bad candidate units and previous figures', () => {
  it('refuses them without units and a reported score', () => {
    expect(error(() => checkReportedScore({ reported: { score: 80, category: 'B' }, methodology: ombudsman, candidateUnits: [80] }))).toMatchObject({ code: 'MISSING_FIELD', path: 'units' });
    expect(error(() => checkReportedScore({ units: [80], reported: { category: 'B' }, methodology: ombudsman, previous: { score: 80 } }))).toMatchObject({ code: 'MISSING_FIELD', path: 'reported.score' });
  });

  it('refuses a bad candidate with its path', () => {
    expect(error(() => checkReportedScore({ units: [80], reported: 81, candidateUnits: [80, 'x'] }))).toMatchObject({ code: 'INVALID_NUMBER', path: 'candidateUnits[1]' });
    expect(error(() => checkReportedScore({ units: [80], reported: 81, candidateUnits: [{ score: 'x' }] }))).toMatchObject({ code: 'INVALID_NUMBER', path: 'candidateUnits[0].score' });
    expect(error(() => checkReportedScore({ units: [80], reported: 81, candidateUnits: 80 as never }))).toMatchObject({ code: 'INVALID_TYPE', path: 'candidateUnits' });
  });

  it('refuses more than 1,000 candidate units (each is a full aggregation)', () => {
    expect(error(() => checkReportedScore({ units: [80], reported: 81, candidateUnits: Array.from({ length: 1001 }, () => 80) }))).toMatchObject({ code: 'TOO_LARGE', path: 'candidateUnits' });
    expect(checkReportedScore({ units: [80], reported: 81, candidateUnits: Array.from({ length: 1000 }, () => 82) }).score?.candidates).toHaveLength(1000);
  });

  it('refuses candidates together with a weights list (a candidate has no place in it)', () => {
    expect(error(() => checkReportedScore({ units: [80, 90], reported: 85, method: 'weightedMean', weights: [1, 1], candidateUnits: [100] }))).toMatchObject({
      code: 'INVALID_OPTION',
      path: 'candidateUnits',
    });
  });

  it('refuses a bad previous with its path', () => {
    expect(error(() => checkReportedScore({ units: [80], reported: 81, previous: {} }))).toMatchObject({ code: 'MISSING_FIELD', path: 'previous' });
    expect(error(() => checkReportedScore({ units: [80], reported: 81, previous: 77 as never }))).toMatchObject({ code: 'INVALID_TYPE', path: 'previous' });
    expect(error(() => checkReportedScore({ units: [80], reported: 81, previous: { score: 'x' } }))).toMatchObject({ code: 'INVALID_NUMBER', path: 'previous.score' });
    expect(error(() => checkReportedScore({ units: [80], reported: 81, previous: { units: [80, 'x'] } }))).toMatchObject({ code: 'INVALID_NUMBER', path: 'previous.units[1]' });
    expect(error(() => checkReportedScore({ units: [80], reported: 81, previous: { units: 80 as never } }))).toMatchObject({ code: 'INVALID_TYPE', path: 'previous.units' });
    expect(error(() => checkReportedScore({ units: [80], reported: 81, previous: { score: 80, year: 2021.5 } }))).toMatchObject({ code: 'INVALID_TYPE', path: 'previous.year' });
  });
});
