import { describe, expect, it } from 'vitest';
import { defineScale, KepatuhanError, scales, validateScale, type BandSpec, type ScaleSpec } from '../../src/index.js';

const band = (category: string, min: number | string, max: number | string, extra: Partial<BandSpec> = {}): BandSpec => ({ category, label: category, min, max, ...extra });
const scale = (bands: unknown, extra: Record<string, unknown> = {}): ScaleSpec => ({ id: 's', name: 'S', min: 0, max: 100, bands, ...extra }) as ScaleSpec;
const codesAndPaths = (spec: unknown) => {
  const r = validateScale(spec);
  expect(r.ok).toBe(false);
  return r.issues.map((i) => [i.code, i.path]);
};

describe('validateScale', () => {
  it('accepts every built-in scale', () => {
    for (const s of Object.values(scales)) {
      const r = validateScale(s);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toBe(s);
    }
  });

  it('a valid scale has no issues', () => {
    const r = validateScale(scale([band('hi', 50, 100), band('lo', 0, 49.99)]));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(validateScale(scales.ombudsman2022).issues).toEqual([]);
  });

  it('accepts the built-ins again from JSON', () => {
    for (const s of Object.values(scales)) {
      const r = validateScale(JSON.parse(JSON.stringify(s)));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toEqual(s);
    }
  });

  it('catches the gaps of the loose "80,9 / 50,9" rendering of the 2013 zones (domain reference §1)', () => {
    const r = validateScale(scale([band('hijau', 81, 100), band('kuning', 51, 80.9), band('merah', 0, 50.9)]));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path, i.message.match(/\d+\.\d+–\d+\.\d+/)?.[0]])).toEqual([
      ['SCALE_GAP', 'bands[1]', '50.91–50.99'],
      ['SCALE_GAP', 'bands[0]', '80.91–80.99'],
    ]);
  });

  it('"50–80" written with both ends closed overlaps at 80.00 and 50.00', () => {
    expect(codesAndPaths(scale([band('hijau', 80, 100), band('kuning', 50, 80), band('merah', 0, 50)]))).toEqual([
      ['SCALE_OVERLAP', 'bands[1]'],
      ['SCALE_OVERLAP', 'bands[0]'],
    ]);
  });

  it('the PEKPPP way of writing bands (open lower bounds) partitions 0–5; closed lower bounds overlap', () => {
    const open = scale([band('A', 4.5, 5, { minInclusive: false }), band('B', 0, 4.5)], { max: 5 });
    expect(validateScale(open).ok).toBe(true);
    expect(codesAndPaths({ ...open, bands: [band('A', 4.5, 5), band('B', 0, 4.5)] })).toEqual([['SCALE_OVERLAP', 'bands[0]']]);
  });

  it('bands must cover the range exactly: not start above min, end below max, or reach outside', () => {
    expect(codesAndPaths(scale([band('A', 50, 100), band('B', 10, 50, { maxInclusive: false })]))).toEqual([['SCALE_COVERAGE', 'bands[1]']]);
    expect(codesAndPaths(scale([band('A', 50, 99.99), band('B', 0, 50, { maxInclusive: false })]))).toEqual([['SCALE_COVERAGE', 'bands[0]']]);
    expect(codesAndPaths(scale([band('A', 50, 100.5), band('B', 0, 50, { maxInclusive: false })]))).toEqual([['SCALE_COVERAGE', 'bands[0]']]);
    expect(codesAndPaths(scale([band('A', 50, 100), band('B', -1, 50, { maxInclusive: false })]))).toEqual([['SCALE_COVERAGE', 'bands[1]']]);
  });

  it('a band holding no value on the grid is SCALE_EMPTY_BAND', () => {
    expect(codesAndPaths(scale([band('A', 0, 100), band('tiny', 50.001, 50.004)]))).toEqual([['SCALE_EMPTY_BAND', 'bands[1]']]);
    expect(codesAndPaths(scale([band('A', 0, 100), band('open', 50, 50.01, { minInclusive: false, maxInclusive: false })]))).toEqual([['SCALE_EMPTY_BAND', 'bands[1]']]);
  });

  it('the grid follows decimals: with 1 decimal 80.95 is not a value, so 80.9 / 81.0 leaves no gap', () => {
    expect(validateScale(scale([band('hi', 81, 100), band('lo', 0, 80.9)], { decimals: 1 })).ok).toBe(true);
    expect(codesAndPaths(scale([band('hi', 81, 100), band('lo', 0, 80.9)]))).toEqual([['SCALE_GAP', 'bands[0]']]);
  });

  it('checks the structure and the fields', () => {
    expect(codesAndPaths(scale([]))).toEqual([['EMPTY_GROUP', 'bands']]);
    expect(codesAndPaths(scale('A–E'))).toEqual([['INVALID_TYPE', 'bands']]);
    expect(codesAndPaths({ id: 's', name: 'S', min: 0, max: 100 })).toEqual([['MISSING_FIELD', 'bands']]);
    expect(codesAndPaths(scale([band('A', 0, 100)], { min: 100, max: 0 }))).toEqual([['INVALID_RANGE', 'scale']]);
    expect(codesAndPaths(scale([band('A', 0, 100)], { decimals: 2.5 }))).toEqual([['INVALID_ROUNDING', 'decimals']]);
    expect(codesAndPaths(scale([band('A', 0, 100)], { rounding: 'nearest' }))).toEqual([['INVALID_ROUNDING', 'rounding']]);
    expect(codesAndPaths(scale([band('A', 50, 100), band('A', 0, 50, { maxInclusive: false })]))).toEqual([['DUPLICATE_ID', 'bands[1].category']]);
    expect(codesAndPaths(scale([band('A', 0, 100, { zone: 'biru' as 'hijau' })]))).toEqual([['SCALE_ZONE', 'bands[0].zone']]);
    expect(codesAndPaths(scale([band('A', 0, 100, { zone: 3 as unknown as 'hijau' })]))).toEqual([['INVALID_TYPE', 'bands[0].zone']]);
    expect(codesAndPaths(scale([band('A', 0, 'seratus')]))).toEqual([['INVALID_RANGE', 'bands[0].max']]);
    expect(codesAndPaths(scale([{ category: 'A', min: 0, max: 100 }]))).toEqual([['MISSING_FIELD', 'bands[0].label']]);
    expect(codesAndPaths(scale([band('A', 0, 100, { minInclusive: 'ya' as unknown as boolean })]))).toEqual([['INVALID_TYPE', 'bands[0].minInclusive']]);
  });

  it('reports every issue at once', () => {
    const r = validateScale({ id: '', name: 'S', min: 0, max: 100, decimals: -1, bands: [band('A', 0, 100), 'B', band('C', 'x', 1)] });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_ID', 'id'],
      ['INVALID_ROUNDING', 'decimals'],
      ['INVALID_TYPE', 'bands[1]'],
      ['INVALID_RANGE', 'bands[2].min'],
    ]);
  });

  it('never throws', () => {
    for (const bad of [undefined, null, 0, 'ombudsman2022', []]) {
      const r = validateScale(bad);
      expect(r.ok).toBe(false);
      expect(r.issues[0]).toMatchObject({ code: 'INVALID_TYPE', path: 'scale' });
    }
  });
});

describe('defineScale', () => {
  it('returns the scale frozen with defaults filled in (decimals 2, half-up, closed bounds, labelEn = label)', () => {
    const s = defineScale(scale([band('hi', 50, 100), band('lo', '0', '49,99')]));
    expect(s.decimals).toBe(2);
    expect(s.rounding).toBe('halfUp');
    expect(s.bands[1]).toEqual({ category: 'lo', label: 'lo', labelEn: 'lo', min: 0, max: 49.99, minInclusive: true, maxInclusive: true });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.bands)).toBe(true);
    expect(Object.isFrozen(s.bands[0])).toBe(true);
  });

  it('throws INVALID_SCALE with every issue, at the first issue\'s path', () => {
    let error: unknown;
    try {
      defineScale(scale([band('hijau', 81, 100), band('kuning', 51, 80.9), band('merah', 0, 50.9)]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KepatuhanError);
    const k = error as KepatuhanError;
    expect([k.code, k.path]).toEqual(['INVALID_SCALE', 'bands[1]']);
    expect(k.issues.map((i) => i.code)).toEqual(['SCALE_GAP', 'SCALE_GAP']);
  });

  it('does not mutate its input', () => {
    const spec = scale([band('hi', 50, 100), band('lo', 0, 50, { maxInclusive: false })]);
    const before = JSON.stringify(spec);
    defineScale(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('more than 1,000 bands is TOO_LARGE', () => {
    const bands = Array.from({ length: 1001 }, (_, i) => band(`b${i}`, i / 10, i / 10, {}));
    expect(codesAndPaths(scale(bands))).toEqual([['TOO_LARGE', 'bands']]);
  });
});
