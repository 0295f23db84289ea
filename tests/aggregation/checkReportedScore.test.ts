import { describe, expect, it } from 'vitest';
import { checkReportedScore, presets, scales } from '../../src/index.js';
import { seeds } from '../helpers/fixtures.js';
import { thrown as error } from '../helpers/errors.js';

const ombudsman = presets.ombudsman2022;

describe('checkReportedScore on the published figures', () => {
  it.each(seeds().regions.filter((r) => r.units.length > 0 && r.reported.score !== undefined).map((r) => [r.region, r] as const))(
    '%s: the reported score follows from its units',
    (_name, r) => {
      const check = checkReportedScore({ units: r.units, reported: { score: r.reported.score!, ...(r.reported.category !== undefined ? { category: r.reported.category } : {}) }, methodology: ombudsman });
      expect(check.consistent).toBe(true);
      expect(check.score).toMatchObject({ consistent: true, difference: 0, count: r.units.length, reported: r.reported.score });
      expect(check.score?.matchingRoundings).toContain('halfUp');
    },
  );

  it('Kab. Serang 2024: the headline "91" is the units\' 91.98 truncated, not rounded', () => {
    const serang = seeds().regions.find((r) => r.region === 'Kabupaten Serang')!;
    const r = checkReportedScore({ units: serang.units, reported: { score: '91', zone: 'hijau', label: 'kualitas tertinggi' }, methodology: ombudsman });
    expect(r.consistent).toBe(false);
    expect(r.score).toMatchObject({ reported: 91, reportedDecimals: 0, computed: 91.98, expected: 92, consistent: false, difference: -0.98 });
    expect(r.score?.matchingRoundings).toEqual(['floor', 'truncate']);
    expect(r.findings.join('\n')).toMatch(/floor or truncate/);
    // The zone and label the article gives do match the printed 91.
    expect(r.zone?.consistent).toBe(true);
    expect(r.label?.consistent).toBe(true);
  });

  it('Kota Cilegon 2023: reported 89.45, but the six published units give 89.40 — one unit is off by 0.26–0.31', () => {
    // Units as published by Kompas.com, 18 Jan 2024 ("6 OPD di Lingkungan Pemkot Cilegon Raih Penghargaan dari Ombudsman RI").
    const units = [
      { name: 'UPTD Puskesmas Cibeber', score: 93.35 },
      { name: 'UPTD Puskesmas Pulomerak', score: 90.09 },
      { name: 'Disdukcapil', score: 89.69 },
      { name: 'Dinas Pendidikan dan Kebudayaan', score: 89.49 },
      { name: 'DPMPTSP', score: 88.06 },
      { name: 'Dinas Sosial', score: 85.73 },
    ];
    const r = checkReportedScore({ units, reported: 89.45, methodology: ombudsman });
    // Independent: Σ = 536.41 hundredths-exact; 536.41 / 6 = 89.4016… → 89.40.
    expect(r.score).toMatchObject({ computed: 89.4, consistent: false, difference: 0.05, matchingRoundings: [] });
    // 89.45 needs a sum in [6 × 89.445, 6 × 89.455) = [536.67, 536.73): one unit 0.26 … 0.31 higher.
    expect(r.score?.unitShift).toEqual({ min: 0.26, max: 0.31 });
    // Or a seventh unit v with (536.41 + v) / 7 in [89.445, 89.455): v in [89.705, 89.775) → 89.71 … 89.77.
    expect(r.score?.missingUnit).toEqual({ min: 89.71, max: 89.77 });
    expect(r.score?.extraUnits).toEqual([]);
    expect(r.findings[0]).toBe('Reported 89.45, but the units give 89.40 (mean of 6 units, halfUp to 2 decimals): off by +0.05.');
  });

  it('Kota Magelang 2023: of 98.17 and 98.18 printed for the same units, at most one follows; a rounding rule explains the other', () => {
    // The units are not published. Constructed units whose mean is exactly 98.175 show how both
    // figures can arise: half-up gives 98.18, truncation 98.17.
    const units = [98.5, 98.2, 98.1, 98.05, 98.1, 98.1];
    const a = checkReportedScore({ units, reported: 98.18, methodology: ombudsman });
    const b = checkReportedScore({ units, reported: 98.17, methodology: ombudsman });
    expect([a.consistent, b.consistent]).toEqual([true, false]);
    expect(b.score?.matchingRoundings).toEqual(['halfDown', 'halfTowardZero', 'floor', 'truncate']);
    expect(b.score?.difference).toBe(-0.01);
  });

  it('Kab. Kendal PEKPPP: 4.44 reported as "A" is A- on the table (no units needed)', () => {
    const r = checkReportedScore({ reported: { score: 4.44, category: 'A' }, methodology: presets.pekppp2022 });
    expect(r.consistent).toBe(false);
    expect(r.findings).toEqual(['Reported category A, but 4.44 is A- (Sangat Baik) on pekppp2022.']);
    expect(r).not.toHaveProperty('score');
  });

  it('finds a unit that should not be there', () => {
    const r = checkReportedScore({ units: [90, 91, 92, 60], reported: 91 });
    expect(r.score?.extraUnits).toEqual([3]);
    expect(r.findings).toContain('It follows without unit 4 (60.00).');
  });
});

describe('checkReportedScore options and errors', () => {
  it('takes the rounding and scale from the methodology, or from explicit options', () => {
    const units = [88.004, 88.006];
    expect(checkReportedScore({ units, reported: 88.01, rounding: 'truncate', roundInputs: false }).score).toMatchObject({ computed: 88, consistent: false });
    expect(checkReportedScore({ units: [77.99, 78.01], reported: { score: 78, zone: 'hijau' }, scale: scales.ombudsman2022 }).consistent).toBe(true);
    expect(checkReportedScore({ units: [1, 2], reported: 1.5, method: 'median' }).consistent).toBe(true);
    expect(checkReportedScore({ units: [{ score: 80, weight: 3 }, { score: 90, weight: 1 }], reported: 82.5, method: 'weightedMean' }).consistent).toBe(true);
    expect(checkReportedScore({ units: [80, 90], reported: 85.0, reportedDecimals: 0 }).score).toMatchObject({ reportedDecimals: 0, expected: 85 });
  });

  it('checks labels against the computed score when no score is reported', () => {
    const r = checkReportedScore({ units: [97.13, 94.35], reported: { zone: 'kuning' }, methodology: ombudsman });
    expect(r.zone).toEqual({ reported: 'kuning', expected: 'hijau', consistent: false, basis: 'computed' });
  });

  it('reports bad input with the path of this function', () => {
    expect(error(() => checkReportedScore({ units: [90, 'x'], reported: 90 }))).toMatchObject({ code: 'INVALID_NUMBER', path: 'units[1]' });
    expect(error(() => checkReportedScore({ units: [90], reported: 'sembilan' }))).toMatchObject({ code: 'INVALID_NUMBER', path: 'reported' });
    expect(error(() => checkReportedScore({ units: [90] } as never))).toMatchObject({ code: 'MISSING_FIELD', path: 'reported' });
    expect(error(() => checkReportedScore({ reported: 90 }))).toMatchObject({ code: 'MISSING_FIELD' });
    expect(error(() => checkReportedScore({ reported: { score: 90, category: 'A' } }))).toMatchObject({ code: 'INVALID_OPTION', path: 'scale' });
    expect(error(() => checkReportedScore({ units: [], reported: 90 }))).toMatchObject({ code: 'EMPTY_INPUT', path: 'units' });
    expect(error(() => checkReportedScore({ units: [90], reported: 90, method: 'mode' as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'method' });
    expect(error(() => checkReportedScore(null as never)).code).toBe('INVALID_TYPE');
  });

  it('returns plain JSON data', () => {
    const r = checkReportedScore({ units: [93.35, 90.09], reported: { score: 91.7, category: 'A' }, methodology: ombudsman });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('refuses a reported score further from the units than the largest double, instead of answering Infinity', () => {
    // 1.7e308 − (−1.7e308) = 3.4e308 is beyond Number.MAX_VALUE (about 1.8e308); such scores
    // lie outside every range (bounds are within ±1e15), so the reported score is refused first.
    expect(() => checkReportedScore({ units: [-1.7e308], reported: { score: 1.7e308 } })).toThrow(
      expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE', path: 'reported.score' }),
    );
    // At the widest range the check answers with finite figures.
    const r = checkReportedScore({ units: [-1e15, 1e15], reported: { score: 0 }, range: { min: -1e15, max: 1e15 } });
    expect(r.consistent).toBe(true);
    expect(r.score?.difference).toBe(0);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
