/**
 * Zones belong to the scale (domain reference §3): a scale declares its zones best first, each
 * band names one, each zone holds one unbroken run of bands, and a zone's stated range must
 * agree with its bands and its neighbours. The 2025 zones are the worked example.
 */
import { describe, expect, it } from 'vitest';
import { classify, CLASSIC_ZONES, defineScale, scales, validateScale, ZONE_COLORS, type BandSpec, type ScaleSpec, type ZoneSpec } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const band = (category: string, zone: string | undefined, min: number | string, max: number | string): BandSpec =>
  zone === undefined ? { category, label: category, min, max } : { category, label: category, zone, min, max };
/** The A–E bands of domain reference §2–3 with the 2025 zone of each (E is hitam). */
const bands2025 = (): BandSpec[] => [
  band('A', 'hijau', 88, 100),
  band('B', 'hijau', 78, 87.99),
  band('C', 'kuning', 54, 77.99),
  band('D', 'merah', 32, 53.99),
  band('E', 'hitam', 0, 31.99),
];
/** The 2025 zones as the Ombudsman member stated them (domain reference §3). */
const zones2025 = (): ZoneSpec[] => [
  { id: 'hijau', label: 'Zona Hijau', min: 78, max: 100 },
  { id: 'kuning', label: 'Zona Kuning', min: 54, max: 77.99 },
  { id: 'merah', label: 'Zona Merah', min: 32, max: 53.99 },
  { id: 'hitam', label: 'Zona Hitam', min: 0, max: 31.99 },
];
const spec = (zones: unknown, bands: unknown = bands2025()): ScaleSpec => ({ id: 's', name: 'S', min: 0, max: 100, zones, bands }) as ScaleSpec;
const issues = (s: unknown) => {
  const r = validateScale(s);
  expect(r.ok).toBe(false);
  return r.issues.map((i) => [i.code, i.path, i.message]);
};
const codesAndPaths = (s: unknown) => issues(s).map(([c, p]) => [c, p]);

describe('the 2025 zones as stated are a valid scale', () => {
  it('validates, with each zone spanning its bands', () => {
    const s = defineScale(spec(zones2025()));
    expect(s.zones.map((z) => [z.id, z.min, z.max, z.order])).toEqual([
      ['hijau', 78, 100, 0],
      ['kuning', 54, 77.99, 1],
      ['merah', 32, 53.99, 2],
      ['hitam', 0, 31.99, 3],
    ]);
    expect(classify(31.99, s).zone).toBe('hitam');
    expect(classify(32, s).zone).toBe('merah');
    expect(classify(77.99, s).zone).toBe('kuning');
    expect(classify(78, s).zone).toBe('hijau');
  });

  it('stating a range is optional: without min/max the zones come from the bands alone', () => {
    const s = defineScale(spec(zones2025().map(({ id, label }) => ({ id, label }))));
    expect(s.zones.map((z) => [z.min, z.max])).toEqual([[78, 100], [54, 77.99], [32, 53.99], [0, 31.99]]);
  });

  it('the built-in ombudsman2025 scale agrees with the stated ranges', () => {
    expect(scales.ombudsman2025.zones.map((z) => [z.id, z.min, z.max])).toEqual(zones2025().map((z) => [z.id, z.min, z.max]));
  });
});

describe('a misprinted zone range is rejected', () => {
  it('kuning printed as 54.00–79.99 next to hijau 78.00–100 (one outlet, 2025): SCALE_OVERLAP and SCALE_ZONE at zones[1].max', () => {
    const typo = zones2025().map((z) => (z.id === 'kuning' ? { ...z, max: 79.99 } : z));
    expect(issues(spec(typo))).toEqual([
      ['SCALE_ZONE', 'zones[1].max', 'zone "kuning" is stated to end at 79.99, but its bands end at 77.99'],
      ['SCALE_OVERLAP', 'zones[1].max', 'zone "kuning" (stated 54.00–79.99) overlaps zone "hijau" (78.00–100.00) at 78.00–79.99'],
    ]);
    expect(thrown(() => defineScale(spec(typo)))).toMatchObject({ code: 'INVALID_SCALE', path: 'zones[1].max' });
  });

  it('a stated bound may be a decimal string, as printed ("79,99")', () => {
    // Hijau stated from 78 and kuning to 79.99: overlapping statements, whatever the bands say.
    const typo = zones2025().map((z) => (z.id === 'kuning' ? { ...z, max: '79,99' } : z));
    expect(codesAndPaths(spec(typo))).toContainEqual(['SCALE_OVERLAP', 'zones[1].max']);
  });

  it('a stated range that leaves a gap to the zone above is SCALE_GAP', () => {
    const gap = zones2025().map((z) => (z.id === 'kuning' ? { ...z, max: 76.99 } : z));
    expect(codesAndPaths(spec(gap))).toEqual([
      ['SCALE_ZONE', 'zones[1].max'],
      ['SCALE_GAP', 'zones[1].max'],
    ]);
  });

  it('a stated min that disagrees with the bands is SCALE_ZONE at min', () => {
    const off = zones2025().map((z) => (z.id === 'hitam' ? { ...z, min: 1 } : z));
    expect(issues(spec(off))).toEqual([['SCALE_ZONE', 'zones[3].min', 'zone "hitam" is stated to start at 1.00, but its bands start at 0.00']]);
  });

  it('a stated bound reads like a band bound: an open max before 32 ends the zone at 31.99', () => {
    const open = zones2025().map((z) => (z.id === 'hitam' ? { ...z, max: 32, maxInclusive: false } : z));
    expect(validateScale(spec(open)).ok).toBe(true);
  });
});

describe('zone ids', () => {
  it('a band naming an undeclared zone is SCALE_ZONE at its zone, listing the scale\'s zones', () => {
    const b = bands2025().map((x) => (x.category === 'E' ? { ...x, zone: 'hitam ' } : x));
    expect(issues(spec(zones2025(), b))).toEqual([['SCALE_ZONE', 'bands[4].zone', 'zone must be one of the scale\'s zones hijau, kuning, merah, hitam, got "hitam "']]);
  });

  it('a duplicate zone id is DUPLICATE_ID at the second one', () => {
    const z = [...zones2025(), { id: 'merah', label: 'Merah lagi' }];
    expect(codesAndPaths(spec(z))).toEqual([['DUPLICATE_ID', 'zones[4].id']]);
  });

  it('a band without a zone on a scale with zones is SCALE_ZONE', () => {
    const b = bands2025().map((x) => (x.category === 'C' ? band('C', undefined, 54, 77.99) : x));
    expect(codesAndPaths(spec(zones2025(), b))).toEqual([['SCALE_ZONE', 'bands[2].zone']]);
  });

  it('a declared zone no band names is SCALE_ZONE at the zone', () => {
    const z = [...zones2025(), { id: 'ungu', label: 'Zona Ungu' }];
    expect(issues(spec(z))).toEqual([['SCALE_ZONE', 'zones[4]', 'zone "ungu" holds no band']]);
  });

  it('malformed zones are reported with their paths', () => {
    expect(codesAndPaths(spec('hijau'))).toEqual([['INVALID_TYPE', 'zones']]);
    expect(codesAndPaths(spec([...zones2025().slice(0, 3), 'hitam']))).toContainEqual(['INVALID_TYPE', 'zones[3]']);
    expect(codesAndPaths(spec(zones2025().map((z) => (z.id === 'hitam' ? { id: 'hitam' } : z))))).toEqual([['MISSING_FIELD', 'zones[3].label']]);
    expect(codesAndPaths(spec(zones2025().map((z) => (z.id === 'hitam' ? { ...z, max: 'tiga puluh' } : z))))).toEqual([['INVALID_RANGE', 'zones[3].max']]);
    expect(codesAndPaths(spec(zones2025().map((z) => (z.id === 'hitam' ? { ...z, minInclusive: 'ya' } : z))))).toEqual([['INVALID_TYPE', 'zones[3].minInclusive']]);
  });
});

describe('a zone is one unbroken run of bands, and zones are listed best first', () => {
  it('bands of one zone with another zone between them are SCALE_ZONE', () => {
    // D back in hijau: hijau would be A, B and D with kuning's C between them.
    const b = bands2025().map((x) => (x.category === 'D' ? { ...x, zone: 'hijau' } : x));
    const z = zones2025().map(({ id, label }) => ({ id, label }));
    expect(issues(spec(z, b))).toContainEqual(['SCALE_ZONE', 'zones[0]', 'the bands of zone "hijau" are not adjacent: band "C" (zone "kuning") lies between them']);
  });

  it('zones listed worst first are SCALE_ZONE at the first one out of order', () => {
    const z = zones2025().map(({ id, label }) => ({ id, label })).reverse();
    expect(codesAndPaths(spec(z))).toEqual([
      ['SCALE_ZONE', 'zones[1]'],
      ['SCALE_ZONE', 'zones[2]'],
      ['SCALE_ZONE', 'zones[3]'],
    ]);
  });

  it('without declared zones, the classic zones apply and must run hijau, kuning, merah from the top', () => {
    const ok = defineScale({ id: 's', name: 'S', min: 0, max: 100, bands: [band('hi', 'hijau', 50, 100), band('lo', 'merah', 0, 49.99)] });
    expect(ok.zones.map((z) => [z.id, z.label, z.color])).toEqual([
      ['hijau', 'Zona Hijau', ZONE_COLORS.hijau],
      ['merah', 'Zona Merah', ZONE_COLORS.merah],
    ]);
    expect(codesAndPaths({ id: 's', name: 'S', min: 0, max: 100, bands: [band('hi', 'merah', 50, 100), band('lo', 'hijau', 0, 49.99)] })).toEqual([['SCALE_ZONE', 'bands']]);
    // hitam is not a classic zone: it must be declared.
    expect(codesAndPaths({ id: 's', name: 'S', min: 0, max: 100, bands: [band('hi', 'hijau', 50, 100), band('lo', 'hitam', 0, 49.99)] })).toEqual([['SCALE_ZONE', 'bands[1].zone']]);
  });

  it('the 2013–2024 scales keep the classic three zones, labels and colours', () => {
    for (const s of [scales.ombudsman2013, scales.ombudsman2022])
      expect(s.zones.map((z) => ({ id: z.id, label: z.label, labelEn: z.labelEn, color: z.color }))).toEqual(CLASSIC_ZONES.map((z) => ({ ...z })));
    expect(CLASSIC_ZONES.map((z) => z.color)).toEqual([ZONE_COLORS.hijau, ZONE_COLORS.kuning, ZONE_COLORS.merah]);
    expect(scales.ombudsman2022.zones.map((z) => [z.id, z.min, z.max])).toEqual([['hijau', 78, 100], ['kuning', 54, 77.99], ['merah', 0, 53.99]]);
    expect(scales.pekppp2022.zones).toEqual([]);
  });
});

describe('a classification carries its zone', () => {
  it('id, labels and colour of the zone; nothing for a scale without zones', () => {
    const c = classify(20, scales.ombudsman2025);
    expect([c.zone, c.zoneLabel, c.zoneLabelEn, c.zoneColor]).toEqual(['hitam', 'Zona Hitam', 'Black zone', '#212121']);
    const p = classify(4.51, scales.pekppp2022);
    for (const key of ['zone', 'zoneLabel', 'zoneLabelEn', 'zoneColor']) expect(Object.hasOwn(p, key)).toBe(false);
  });

  it('a zone without a colour gives no zoneColor', () => {
    const s = defineScale(spec(zones2025()));
    expect(Object.hasOwn(classify(50, s), 'zoneColor')).toBe(false);
    expect(classify(50, s).zoneLabelEn).toBe('Zona Merah');
  });
});
