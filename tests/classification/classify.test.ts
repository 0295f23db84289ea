import { describe, expect, it } from 'vitest';
import { classify, defineScale, KepatuhanError, scales, type Scale, type ScaleSpec } from '../../src/index.js';
import { seeds, sumut2022 } from '../helpers/fixtures.js';

/**
 * The Ombudsman 2022–2024 table (domain reference §2), written out independently:
 * two-decimal scores, lower bounds inclusive.
 */
function domainTable2022(score: number): { category: string; zone: string; opinion: string } {
  const cents = Math.round(score * 100); // published scores have two decimals
  if (cents >= 8800) return { category: 'A', zone: 'hijau', opinion: 'Kualitas Tertinggi' };
  if (cents >= 7800) return { category: 'B', zone: 'hijau', opinion: 'Kualitas Tinggi' };
  if (cents >= 5400) return { category: 'C', zone: 'kuning', opinion: 'Kualitas Sedang' };
  if (cents >= 3200) return { category: 'D', zone: 'merah', opinion: 'Kualitas Rendah' };
  return { category: 'E', zone: 'merah', opinion: 'Kualitas Terendah' };
}

interface Published {
  what: string;
  score: number;
  category?: string;
  zone?: string;
  opinion?: string;
}

const published: Published[] = [
  ...seeds()
    .regions.filter((r) => r.reported.score !== undefined)
    .map((r) => ({ what: `${r.region} ${r.year}`, score: r.reported.score!, category: r.reported.category, zone: r.reported.zone, opinion: r.reported.opinion })),
  ...seeds().provinceRankings.flatMap((p) => p.results.map((r) => ({ what: `${r.region} ${p.year}`, score: r.score, zone: r.zone, opinion: r.opinion }))),
  ...sumut2022().map((r) => ({ what: `${r.entity} ${r.year}`, score: r.score, category: r.category, zone: r.zone })),
].map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as Published);

describe('classify reproduces every published category, zone and opinion (examples/data)', () => {
  it('covers the fixtures: 3 regional scores, 7 Bangka Belitung results and 52 Sumatera Utara rows', () => {
    expect(published).toHaveLength(3 + 7 + 52);
  });

  it.each(published.map((p) => [p.what, p.score, p] as const))('%s (%s)', (_what, score, p) => {
    const c = classify(score, scales.ombudsman2022);
    if (p.category !== undefined) expect(c.category).toBe(p.category);
    if (p.zone !== undefined) expect(c.zone).toBe(p.zone);
    if (p.opinion !== undefined) expect(c.label.toLowerCase()).toBe(p.opinion.toLowerCase());
    // And the domain reference's table agrees with the published figures and with classify.
    const t = domainTable2022(score);
    expect([c.category, c.zone, c.label]).toEqual([t.category, t.zone, t.opinion]);
    expect(c.value).toBe(score);
  });

  it('Kab. Serang: the computed 91.98 classifies to the reported zone and opinion', () => {
    const serang = seeds().regions.find((r) => r.region === 'Kabupaten Serang')!;
    const c = classify(91.98, scales.ombudsman2022);
    expect(c.zone).toBe(serang.reported.zone);
    expect(c.label.toLowerCase()).toBe(serang.reported.opinion);
  });
});

describe('classify on scales.ombudsman2022: the sharpest published cases and the boundaries (domain reference §2)', () => {
  it.each([
    [88.01, 'A', 'hijau'],
    [78.78, 'B', 'hijau'],
    [77.43, 'C', 'kuning'],
    [58.03, 'C', 'kuning'],
    [52.68, 'D', 'merah'],
    [32.23, 'D', 'merah'],
    [31.98, 'E', 'merah'],
    [88.0, 'A', 'hijau'],
    [87.99, 'B', 'hijau'],
    [87.995, 'A', 'hijau'], // rounds half-up to 88.00
    [87.994, 'B', 'hijau'],
    [78, 'B', 'hijau'],
    [77.99, 'C', 'kuning'],
    [54, 'C', 'kuning'],
    [53.99, 'D', 'merah'],
    [32, 'D', 'merah'],
    [31.99, 'E', 'merah'],
    [0, 'E', 'merah'],
    [100, 'A', 'hijau'],
  ])('%s → %s (%s)', (score, category, zone) => {
    const c = classify(score, scales.ombudsman2022);
    expect(c.category).toBe(category);
    expect(c.zone).toBe(zone);
  });

  it('87.995 is classified as the reported 88.00, as a number or as "87,995"', () => {
    expect(classify(87.995, scales.ombudsman2022).value).toBe(88);
    expect(classify('87,995', scales.ombudsman2022)).toEqual(classify(88, scales.ombudsman2022));
  });

  it('returns the band with its labels, bounds, scale id and rounding', () => {
    expect(classify('95,31', scales.ombudsman2022)).toEqual({
      value: 95.31,
      category: 'A',
      label: 'Kualitas Tertinggi',
      labelEn: 'Highest quality',
      zone: 'hijau',
      // The classic zone labels (CLASSIC_ZONES) and the hijau colour of ZONE_COLORS.
      zoneLabel: 'Zona Hijau',
      zoneLabelEn: 'Green zone',
      zoneColor: '#2E7D32',
      color: '#2E7D32',
      bounds: { min: 88, max: 100, minInclusive: true, maxInclusive: true },
      scale: 'ombudsman2022',
      rounding: { mode: 'halfUp', decimals: 2 },
    });
  });

  it('each call gives a fresh classification; its bounds, rounding and qualifier are frozen objects shared within the band and the scale', () => {
    const s = scales.ombudsman2025;
    const [a, b, c] = [classify(95.31, s), classify(88, s), classify(77.43, s)];
    expect(a).not.toBe(b);
    expect(a.bounds).toBe(b.bounds); // both in band A
    expect(a.bounds).not.toBe(c.bounds); // C is another band
    expect(a.rounding).toBe(c.rounding); // one scale
    const q1 = classify(95.31, s, { followedUpCorrectiveActions: true });
    const q2 = classify(60, s, { followedUpCorrectiveActions: true });
    expect(q1.qualifier).toBe(q2.qualifier);
    for (const shared of [a.bounds, c.bounds, a.rounding, q1.qualifier]) {
      expect(Object.isFrozen(shared)).toBe(true);
      // A shared object cannot be changed through one classification and seen in another.
      expect(() => Object.assign(shared!, { min: 0 })).toThrow(TypeError);
    }
    expect(b.bounds).toEqual({ min: 88, max: 100, minInclusive: true, maxInclusive: true });
  });

  it('values that round into the range are accepted, values that do not are VALUE_OUT_OF_RANGE', () => {
    expect(classify(100.004, scales.ombudsman2022).value).toBe(100);
    expect(classify(-0.004, scales.ombudsman2022).category).toBe('E');
    for (const v of [100.005, 101, -0.01, '-1']) {
      expect(() => classify(v, scales.ombudsman2022)).toThrow(expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE', path: 'value' }));
    }
  });

  it('rejects values that are not scores', () => {
    expect(() => classify(Number.NaN, scales.ombudsman2022)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: 'value' }));
    expect(() => classify('A', scales.ombudsman2022)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: 'value' }));
    expect(() => classify(null as unknown as number, scales.ombudsman2022)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: 'value' }));
  });

  it('the message calls the value a score and says what was given', () => {
    expect(() => classify('A', scales.ombudsman2022)).toThrow('value: score must be a decimal such as "95.31" or "95,31", got "A"');
    expect(() => classify(Number.NaN, scales.ombudsman2022)).toThrow('value: score must be a finite number, got NaN');
  });
});

describe('classify on the other built-in scales', () => {
  it.each([
    [81, 'hijau', 'Kepatuhan Tinggi'],
    [80.99, 'kuning', 'Kepatuhan Sedang'],
    [80.995, 'hijau', 'Kepatuhan Tinggi'],
    [51, 'kuning', 'Kepatuhan Sedang'],
    [50.99, 'merah', 'Kepatuhan Rendah'],
    [0, 'merah', 'Kepatuhan Rendah'],
    [100, 'hijau', 'Kepatuhan Tinggi'],
  ])('ombudsman2013 (§1): %s → %s', (score, zone, label) => {
    const c = classify(score, scales.ombudsman2013);
    expect([c.category, c.zone, c.label]).toEqual([zone, zone, label]);
  });

  it.each([
    [5, 'A', 'Pelayanan Prima'],
    [4.51, 'A', 'Pelayanan Prima'],
    [4.5, 'A-', 'Sangat Baik'],
    [4.44, 'A-', 'Sangat Baik'], // Kab. Kendal: reported as "A", the table gives A- (§7)
    [4.01, 'A-', 'Sangat Baik'],
    [4, 'B', 'Baik'],
    [3.51, 'B', 'Baik'],
    [3.5, 'B-', 'Baik (dengan catatan)'],
    [3.01, 'B-', 'Baik (dengan catatan)'],
    [3, 'C', 'Cukup'],
    [2.51, 'C', 'Cukup'],
    [2.5, 'C-', 'Cukup (dengan catatan)'],
    [2.01, 'C-', 'Cukup (dengan catatan)'],
    [2, 'D', 'Buruk'],
    [1.51, 'D', 'Buruk'],
    [1.5, 'E', 'Sangat Buruk'],
    [1.01, 'E', 'Sangat Buruk'],
    [1, 'F', 'Gagal'],
    [0, 'F', 'Gagal'],
    [3.78, 'B', 'Baik'], // national 2023
    [4.02, 'A-', 'Sangat Baik'], // national 2024
  ])('pekppp2022 (§5): %s → %s', (score, category, label) => {
    const c = classify(score, scales.pekppp2022);
    expect([c.category, c.label]).toEqual([category, label]);
    expect(c.zone).toBeUndefined();
    expect('zone' in c).toBe(false);
  });

  it.each([
    [100, 'A', 'Sangat Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65, 'C', 'Kurang Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [25, 'D', 'Tidak Baik'],
    [91.48, 'A', 'Sangat Baik'],
    [90.56, 'A', 'Sangat Baik'],
  ])('skm2017 (§6): %s → %s', (score, category, label) => {
    const c = classify(score, scales.skm2017);
    expect([c.category, c.label]).toEqual([category, label]);
  });

  it('the SKM scale starts at 25', () => {
    expect(() => classify(24.99, scales.skm2017)).toThrow(expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE' }));
  });
});

describe('classify with user scales', () => {
  const passFail: ScaleSpec = {
    id: 'pass-fail',
    name: 'Pass/fail',
    min: 0,
    max: 100,
    bands: [
      { category: 'P', label: 'Lulus', labelEn: 'Pass', min: 60, max: 100 },
      { category: 'F', label: 'Tidak lulus', labelEn: 'Fail', min: 0, max: 60, maxInclusive: false },
    ],
  };

  const definedPassFail = defineScale(passFail);
  const whole = defineScale({ ...passFail, decimals: 0, rounding: 'floor' });
  const wholeHalfUp = defineScale({ ...passFail, decimals: 0, rounding: 'halfUp' });
  const noLabelEn = defineScale<ScaleSpec>({ ...passFail, bands: [{ category: 'P', label: 'Lulus', min: 60, max: 100 }, passFail.bands[1]!] });

  it('classifies on a defined scale; the plain spec itself is refused (NOT_DEFINED)', () => {
    expect(classify(59.99, definedPassFail).category).toBe('F');
    expect(classify(59.995, definedPassFail).category).toBe('P');
    expect(() => classify(59.995, passFail as Scale)).toThrowError(expect.objectContaining({ code: 'NOT_DEFINED', path: 'scale' }));
  });

  it("rounds with the scale's own decimals and mode", () => {
    expect(classify(59.9, whole).category).toBe('F');
    expect(classify(59.9, whole).value).toBe(59);
    expect(classify(59.9, wholeHalfUp).category).toBe('P');
  });

  it('a band without labelEn uses its label; a band without zone has none', () => {
    const c = classify(70, noLabelEn);
    expect(c.labelEn).toBe('Lulus');
    expect(c.zone).toBeUndefined();
  });

  it('an invalid scale cannot be defined: INVALID_SCALE listing its issues', () => {
    const gap = { ...passFail, bands: [passFail.bands[0]!, { ...passFail.bands[1]!, max: 59 }] };
    let error: unknown;
    try {
      defineScale(gap);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KepatuhanError);
    expect(error).toMatchObject({ code: 'INVALID_SCALE', path: 'bands[0]' });
    expect((error as KepatuhanError).issues.map((i) => i.code)).toEqual(['SCALE_GAP']);
  });
});
