import { describe, expect, it } from 'vitest';
import { classify, defineScale, KepatuhanError, validateScale, type BandSpec, type ScaleSpec } from '../../../src/index.js';
import { thrown } from '../../helpers/errors.js';

/**
 * The grid checks of a scale (gaps, overlaps, coverage of [min, max]), what the compiled
 * scale keeps, and the message of the INVALID_SCALE error. Every expected range below is
 * worked out by hand on the default grid (2 decimals): a band min–max closed on both sides
 * holds min, min + 0.01, …, max.
 */
const band = (category: string, min: number | string, max: number | string, extra: Partial<BandSpec> = {}): BandSpec => ({ category, label: category, min, max, ...extra });
const scale = (bands: unknown, extra: Record<string, unknown> = {}): ScaleSpec => ({ id: 's', name: 'S', min: 0, max: 100, bands, ...extra }) as ScaleSpec;
const issuesOf = (spec: unknown) => {
  const r = validateScale(spec);
  expect(r.ok).toBe(false);
  return r.issues.map((i) => [i.code, i.path, i.message]);
};

describe('the bands must cover [min, max]: the messages name the uncovered or outside values', () => {
  it('a lowest band starting above min leaves min … (its start − 0.01) uncovered', () => {
    // B starts at 10.00: 0.00–9.99 are in no band.
    expect(issuesOf(scale([band('A', 50, 100), band('B', 10, 49.99)]))).toEqual([
      ['SCALE_COVERAGE', 'bands[1]', "values 0.00–9.99 fall in no band: the lowest band must start at the scale's min"],
    ]);
  });

  it('a lowest band starting below min is named with its start and the min', () => {
    expect(issuesOf(scale([band('A', 50, 100), band('B', -1, 49.99)]))).toEqual([
      ['SCALE_COVERAGE', 'bands[1]', 'band "B" starts at -1.00, below the scale\'s min 0.00'],
    ]);
  });

  it('a highest band ending below max leaves (its end + 0.01) … max uncovered', () => {
    // A ends at 99.90: 99.91–100.00 are in no band.
    expect(issuesOf(scale([band('A', 50, 99.9), band('B', 0, 49.99)]))).toEqual([
      ['SCALE_COVERAGE', 'bands[0]', "values 99.91–100.00 fall in no band: the highest band must end at the scale's max"],
    ]);
  });

  it('a highest band ending above max is named with its end and the max', () => {
    expect(issuesOf(scale([band('A', 50, 100.5), band('B', 0, 49.99)]))).toEqual([
      ['SCALE_COVERAGE', 'bands[0]', 'band "A" ends at 100.50, above the scale\'s max 100.00'],
    ]);
  });

  it('with one decimal the uncovered values are written with one decimal', () => {
    expect(issuesOf(scale([band('A', 50, 100), band('B', 0.5, 49.9)], { decimals: 1 }))).toEqual([
      ['SCALE_COVERAGE', 'bands[1]', "values 0.0–0.4 fall in no band: the lowest band must start at the scale's min"],
    ]);
  });
});

describe('overlaps name exactly the values that fall in two bands', () => {
  it('partly overlapping bands: from the upper band\'s start to the lower band\'s end', () => {
    // lo holds 0.00–59.99, hi holds 40.00–100.00: both hold 40.00–59.99.
    expect(issuesOf(scale([band('hi', 40, 100), band('lo', 0, 59.99)]))).toEqual([
      ['SCALE_OVERLAP', 'bands[0]', 'values 40.00–59.99 fall in both "lo" and "hi"'],
    ]);
  });

  it('a band nested inside another: the whole inner band, and no coverage issue (the outer band reaches max)', () => {
    // A holds 0.00–100.00, B holds 40.00–60.00: every value of B is in A too.
    expect(issuesOf(scale([band('A', 0, 100), band('B', 40, 60)]))).toEqual([
      ['SCALE_OVERLAP', 'bands[1]', 'values 40.00–60.00 fall in both "A" and "B"'],
    ]);
  });

  it('bands starting at the same value are compared in the order they are written', () => {
    // Both hold 0.00–50.00; the band written second is the one reported.
    expect(issuesOf(scale([band('A', 0, 100), band('B', 0, 50)]))).toEqual([
      ['SCALE_OVERLAP', 'bands[1]', 'values 0.00–50.00 fall in both "A" and "B"'],
    ]);
    expect(issuesOf(scale([band('B', 0, 50), band('A', 0, 100)]))).toEqual([
      ['SCALE_OVERLAP', 'bands[1]', 'values 0.00–50.00 fall in both "B" and "A"'],
    ]);
  });

  it('of two highest bands ending at the same value, the first written is named for the missing top', () => {
    // A holds 0.00–99.00, B holds 50.00–99.00: both stop short of 100.00.
    expect(issuesOf(scale([band('A', 0, 99), band('B', 50, 99)]))).toEqual([
      ['SCALE_OVERLAP', 'bands[1]', 'values 50.00–99.00 fall in both "A" and "B"'],
      ['SCALE_COVERAGE', 'bands[0]', "values 99.01–100.00 fall in no band: the highest band must end at the scale's max"],
    ]);
  });

  it('a band left out for a bad field does not make its neighbours look like a gap', () => {
    // B has no label: only that is reported, not the 20.00–49.99 hole it would leave.
    expect(issuesOf(scale([band('A', 50, 100), { category: 'B', min: 20, max: 49.99 }, band('C', 0, 19.99)]))).toEqual([
      ['MISSING_FIELD', 'bands[1].label', 'label is required'],
    ]);
  });
});

describe('bands may be written in any order', () => {
  // 80 bands of width 1.25 (0.00–1.24, 1.25–2.49, …, 98.75–100.00) written in a scrambled order.
  const n = 80;
  const cents = (i: number) => (i * 10000) / n;
  const bands = Array.from({ length: n }, (_, j) => {
    const i = (j * 37) % n; // 37 is coprime with 80: every band once
    const min = cents(i) / 100;
    const last = i === n - 1 ? 100 : (cents(i + 1) - 1) / 100;
    return band(`b${i}`, min, last);
  });

  it('a partition given in a scrambled order is valid, and each value lands in its band', () => {
    const r = validateScale(scale(bands));
    expect(r.issues).toEqual([]);
    const defined = defineScale(scale(bands));
    for (const [value, i] of [[0, 0], [1.24, 0], [1.25, 1], [50, 40], [62.49, 49], [62.5, 50], [98.74, 78], [100, 79]] as const)
      expect(classify(value, defined).category).toBe(`b${i}`);
  });

  it('the same partition with one band missing reports that single gap', () => {
    const without = bands.filter((b) => b.category !== 'b41');
    // b41 held 51.25–52.49.
    expect(issuesOf(scale(without))).toEqual([['SCALE_GAP', `bands[${without.findIndex((b) => b.category === 'b42')}]`, 'values 51.25–52.49 fall in no band (between "b40" and "b42")']]);
  });
});

describe('the compiled scale keeps only the optional fields that were given', () => {
  const two = [band('hi', 50, 100), band('lo', 0, 49.99)];

  it('without provenance, zone provenance, qualifier or notes the scale has none of those keys', () => {
    const s = defineScale(scale(two));
    // `zones` is always there: empty for a scale without zones.
    expect(Object.keys(s)).toEqual(['id', 'name', 'min', 'max', 'decimals', 'rounding', 'bands', 'zones']);
    expect(s.zones).toEqual([]);
  });

  it('with all of them given, all are kept', () => {
    const p = { confidence: 'assumed', source: 'test', note: 'n' } as const;
    const s = defineScale(scale(two, { provenance: p, zoneProvenance: p, followUpQualifier: { label: 'Tanpa Maladministrasi', provenance: p }, notes: 'catatan' }));
    expect(s.provenance).toEqual(p);
    expect(s.zoneProvenance).toEqual(p);
    expect(s.followUpQualifier).toEqual({ label: 'Tanpa Maladministrasi', labelEn: 'Tanpa Maladministrasi', provenance: p });
    expect(s.notes).toBe('catatan');
  });

  it('a qualifier without provenance has only its labels; a provenance keeps only the parts given', () => {
    const s = defineScale(
      scale(two, { provenance: { confidence: 'assumed' }, zoneProvenance: { confidence: 'disputed', note: 'n' }, followUpQualifier: { label: 'Tanpa', labelEn: 'without' } }),
    );
    expect(Object.keys(s.followUpQualifier!)).toEqual(['label', 'labelEn']);
    expect(Object.keys(s.provenance!)).toEqual(['confidence']);
    expect(s.zoneProvenance).toEqual({ confidence: 'disputed', note: 'n' });
    expect(Object.keys(s.zoneProvenance!)).toEqual(['confidence', 'note']);
    expect(Object.keys(defineScale(scale(two, { provenance: { confidence: 'assumed', source: 's' } })).provenance!)).toEqual(['confidence', 'source']);
  });
});

describe('the follow-up qualifier must be an object', () => {
  it('a string is INVALID_TYPE at followUpQualifier, saying what was given', () => {
    expect(issuesOf(scale([band('A', 0, 100)], { followUpQualifier: 'Tanpa Maladministrasi' }))).toEqual([
      ['INVALID_TYPE', 'followUpQualifier', 'followUpQualifier must be an object { label, labelEn?, provenance? }, got "Tanpa Maladministrasi"'],
    ]);
  });
});

describe('an invalid scale throws INVALID_SCALE whose message quotes the first issue (after the path of the error)', () => {
  const passFail = (lowMax: number) => scale([band('P', 60, 100), band('F', 0, lowMax)]);

  it('one issue: its message alone, at its path', () => {
    // F ends at 59.00, P starts at 60.00: 59.01–59.99 are in no band.
    const e = thrown(() => defineScale(passFail(59)));
    expect(e.code).toBe('INVALID_SCALE');
    expect(e.path).toBe('bands[0]');
    expect(e.message).toBe('bands[0]: the scale is not valid: values 59.01–59.99 fall in no band (between "F" and "P")');
    expect(e.issues).toHaveLength(1);
  });

  it('several issues: the first one, then how many more', () => {
    const e = thrown(() => defineScale({ id: '', name: '', min: 0, max: 100, bands: [band('A', 0, 100)] }));
    expect(e.code).toBe('INVALID_SCALE');
    expect(e.path).toBe('id');
    expect(e.issues.map((i) => i.path)).toEqual(['id', 'name']);
    expect(e.message).toBe(`id: the scale is not valid: ${e.issues[0]!.message} (and 1 more; see error.issues)`);
    const three = thrown(() => defineScale({ id: 's', name: 'S', min: 0, max: 100, decimals: -1, rounding: 'nearest', bands: 'A–E' } as unknown as ScaleSpec));
    expect(three.issues).toHaveLength(3);
    expect(three.message).toBe('decimals: the scale is not valid: decimals must be a whole number from 0 to 20, got -1 (and 2 more; see error.issues)');
  });
});
