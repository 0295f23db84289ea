/**
 * The scale validator (src/classification/internal/compileScale.ts), through the public
 * `validateScale`, `defineScale` and `classify`: bound checks, how a band's limits are read
 * onto the grid, and what the issues say.
 */
import { describe, expect, it } from 'vitest';
import { classify, defineScale, validateScale, ZONES, type BandSpec } from '../../../src/index.js';

const band = (category: string, min: number | string, max: number | string, extra: Record<string, unknown> = {}): BandSpec =>
  ({ category, label: category, min, max, ...extra }) as BandSpec;
const spec = (bands: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 's', name: 'S', min: 0, max: 100, bands, ...extra });
/** The two-band scale 0–100 split at 50 (lower band open at 50): valid on the default grid. */
const twoBands = (): BandSpec[] => [band('hi', 50, 100), band('lo', 0, 50, { maxInclusive: false })];

/** The issues of an invalid spec as [code, path, message]; fails when the spec is accepted. */
function issuesOf(input: unknown): [string, string, string][] {
  const r = validateScale(input);
  expect(r.ok).toBe(false);
  return r.issues.map((i) => [i.code, i.path, i.message]);
}
const codesAndPaths = (input: unknown) => issuesOf(input).map(([code, path]) => [code, path]);

describe('the scale bounds min and max', () => {
  it('a missing min is MISSING_FIELD at "min", saying it is required', () => {
    const { min: _, ...noMin } = spec(twoBands());
    expect(issuesOf(noMin)).toEqual([['MISSING_FIELD', 'min', 'min is required']]);
  });

  it('a missing max is MISSING_FIELD at "max", saying it is required (and validateScale does not throw)', () => {
    const { max: _, ...noMax } = spec(twoBands());
    expect(issuesOf(noMax)).toEqual([['MISSING_FIELD', 'max', 'max is required']]);
  });

  it('a bound that is not a number says what is accepted and what it got', () => {
    const [[code, path, message]] = issuesOf(spec(twoBands(), { max: 'seratus' })) as [[string, string, string]];
    expect([code, path]).toEqual(['INVALID_RANGE', 'max']);
    expect(message).toContain('max must be a number or decimal string');
    expect(message).toContain('"seratus"');
  });

  it('min equal to max leaves no range: INVALID_RANGE at the scale, "min (50) must be below max (50)"', () => {
    // A one-value scale 50–50 with one band 50–50 would otherwise partition its one grid value.
    expect(issuesOf(spec([band('only', 50, 50)], { min: 50, max: 50 }))).toEqual([['INVALID_RANGE', 'scale', 'min (50) must be below max (50)']]);
  });

  it('min just below max (one grid step) is a valid range', () => {
    expect(validateScale(spec([band('a', 50, 50), band('b', 50.01, 50.01)], { min: 50, max: 50.01 })).ok).toBe(true);
  });

  describe('a bound between grid values is refused (values next to it could not be classified)', () => {
    it('min 0.005 on the default 2-decimal grid: INVALID_RANGE at "min", naming the grid', () => {
      // 0.005 is not a multiple of 0.01; its classification would round to 0.01 or 0.00.
      const issues = issuesOf(spec([band('A', '0.005', 100)], { min: '0.005' }));
      expect(issues.map(([c, p]) => [c, p])).toEqual([['INVALID_RANGE', 'min']]);
      expect(issues[0]![2]).toContain("min has more decimals than the scale's grid (2)");
    });

    it('max 100.005 on the default grid: INVALID_RANGE at "max"', () => {
      const issues = issuesOf(spec([band('A', 0, '100.005')], { max: '100.005' }));
      expect(issues.map(([c, p]) => [c, p])).toEqual([['INVALID_RANGE', 'max']]);
      expect(issues[0]![2]).toContain("max has more decimals than the scale's grid (2)");
    });

    it('the same bounds are fine on a 3-decimal grid', () => {
      expect(validateScale(spec([band('A', '0.005', 100)], { min: '0.005', decimals: 3 })).ok).toBe(true);
      expect(validateScale(spec([band('A', 0, '100.005')], { max: '100.005', decimals: 3 })).ok).toBe(true);
    });

    it('an off-grid min above max is reported twice: off the grid, and not below max', () => {
      // 100.001 > 100: the range is empty whatever the grid.
      expect(codesAndPaths(spec([band('A', 0, 100)], { min: '100.001', max: 100 }))).toEqual([
        ['INVALID_RANGE', 'min'],
        ['INVALID_RANGE', 'scale'],
      ]);
    });

    it('min below max with no two grid values between them is only off the grid, not "min must be below max"', () => {
      // 0.005 < 0.01, but on the 2-decimal grid the range holds 0.01 alone because 0.005 is off it.
      expect(issuesOf(spec([band('A', '0.005', '0.01')], { min: '0.005', max: '0.01' }))).toEqual([
        ['INVALID_RANGE', 'min', "min has more decimals than the scale's grid (2): values next to it could not be classified"],
      ]);
      expect(codesAndPaths(spec([band('A', '0.001', '0.009')], { min: '0.001', max: '0.009' }))).toEqual([
        ['INVALID_RANGE', 'min'],
        ['INVALID_RANGE', 'max'],
        ['SCALE_EMPTY_BAND', 'bands[0]'], // true too: 0.001 … 0.009 holds no value of the grid
      ]);
    });

    it('an off-grid max below min is reported twice: off the grid, and min not below max', () => {
      // -0.001 < 0: the range is empty whatever the grid.
      expect(codesAndPaths(spec([band('A', 0, 100)], { min: 0, max: '-0.001' }))).toEqual([
        ['INVALID_RANGE', 'max'],
        ['INVALID_RANGE', 'scale'],
      ]);
    });
  });
});

describe('decimals and rounding of the scale', () => {
  it('decimals 20 is the most allowed, 21 is refused', () => {
    const ok = validateScale(spec([band('A', 0, 100)], { decimals: 20 }));
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.value.decimals).toBe(20);
    expect(codesAndPaths(spec([band('A', 0, 100)], { decimals: 21 }))).toEqual([['INVALID_ROUNDING', 'decimals']]);
  });

  it('decimals 0 is allowed, and -0 is read as 0 (never -0 in the result)', () => {
    expect(defineScale(spec([band('A', 0, 100)], { decimals: 0 }) as never).decimals).toBe(0);
    // toBe compares with Object.is, which tells -0 from 0.
    expect(defineScale(spec([band('A', 0, 100)], { decimals: -0 }) as never).decimals).toBe(0);
  });

  it('a bad decimals value: the message gives the allowed range and the value', () => {
    const [[, , message]] = issuesOf(spec([band('A', 0, 100)], { decimals: 2.5 })) as [[string, string, string]];
    expect(message).toContain('decimals must be a whole number from 0 to 20');
    expect(message).toContain('2.5');
  });

  it('an unknown rounding mode: the message names it', () => {
    const [[code, path, message]] = issuesOf(spec([band('A', 0, 100)], { rounding: 'nearest' })) as [[string, string, string]];
    expect([code, path]).toEqual(['INVALID_ROUNDING', 'rounding']);
    expect(message).toBe('rounding must be one of halfUp, halfDown, halfEven, halfAwayFromZero, halfTowardZero, floor, ceil, truncate, got "nearest"');
  });
});

describe('the structure of a scale', () => {
  it('a scale that is not an object: the message says what it got', () => {
    expect(issuesOf(null)).toEqual([['INVALID_TYPE', 'scale', 'a scale must be an object, got null']]);
    expect(issuesOf(42)[0]![2]).toBe('a scale must be an object, got 42');
  });

  it('bands that are not an array, or missing: the message says a non-empty array is needed, and what it got', () => {
    expect(issuesOf(spec('A–E'))).toEqual([['INVALID_TYPE', 'bands', 'bands must be a non-empty array, got "A–E"']]);
    const { bands: _, ...noBands } = spec([]);
    expect(issuesOf(noBands)).toEqual([['MISSING_FIELD', 'bands', 'bands is required (a non-empty array of bands)']]);
  });

  it('an empty band list: EMPTY_GROUP, "a scale needs at least one band"', () => {
    expect(issuesOf(spec([]))).toEqual([['EMPTY_GROUP', 'bands', 'a scale needs at least one band']]);
  });
});

describe('reading the bands', () => {
  it('a band that is not an object: the message says what it got', () => {
    expect(issuesOf(spec([band('A', 0, 100), 'B']))).toEqual([['INVALID_TYPE', 'bands[1]', 'a band must be an object, got "B"']]);
  });

  it('a repeated category: the message quotes the category', () => {
    expect(issuesOf(spec([band('A', 50, 100), band('A', 0, 50, { maxInclusive: false })]))).toEqual([
      ['DUPLICATE_ID', 'bands[1].category', 'category "A" appears twice'],
    ]);
  });

  it('two bands both missing their category are two MISSING_FIELD issues, not a duplicate', () => {
    const noCategory = ({ category: _, ...rest }: BandSpec) => rest;
    const [hi, lo] = twoBands() as [BandSpec, BandSpec];
    expect(codesAndPaths(spec([noCategory(hi), noCategory(lo)]))).toEqual([
      ['MISSING_FIELD', 'bands[0].category'],
      ['MISSING_FIELD', 'bands[1].category'],
    ]);
  });

  it('an unknown zone on a scale without zones: the message lists the classic zones, comma-separated, and the value', () => {
    const [[code, path, message]] = issuesOf(spec([band('A', 0, 100, { zone: 'biru' })])) as [[string, string, string]];
    expect([code, path]).toEqual(['SCALE_ZONE', 'bands[0].zone']);
    // The three zones of the Ombudsman scales (domain reference §1–2): hijau, kuning, merah.
    expect(ZONES).toEqual(['hijau', 'kuning', 'merah']);
    expect(message).toContain('zone must be one of hijau, kuning, merah');
    expect(message).toContain('"biru"');
  });

  it('a zone that is not a string is INVALID_TYPE, naming the value', () => {
    expect(issuesOf(spec([band('A', 0, 100, { zone: 7 })]))).toEqual([['INVALID_TYPE', 'bands[0].zone', 'zone must be a zone id (a string), got 7']]);
  });

  it('a band missing its min is MISSING_FIELD at its path (validateScale does not throw)', () => {
    expect(issuesOf(spec([{ category: 'A', label: 'A', max: 100 }]))).toEqual([['MISSING_FIELD', 'bands[0].min', 'min is required']]);
  });

  it('a band with a field issue is not also checked for emptiness on the grid', () => {
    // 50.001–50.004 holds no 2-decimal value, but the band's missing label is the issue to fix first.
    expect(codesAndPaths(spec([band('A', 0, 100), { category: 'tiny', min: 50.001, max: 50.004 }]))).toEqual([['MISSING_FIELD', 'bands[1].label']]);
  });

  it('a band holding no grid value: the message quotes the category and the decimals', () => {
    expect(issuesOf(spec([band('A', 0, 100), band('tiny', 50.001, 50.004)]))).toEqual([
      ['SCALE_EMPTY_BAND', 'bands[1]', 'band "tiny" holds no value with 2 decimals'],
    ]);
  });

  describe('open band limits between grid values', () => {
    // On the 2-decimal grid, "below 49.995" ends at 49.99 and "above 49.995" starts at 50.00:
    // the two bands partition 0–100 with no gap and no overlap.
    const split = spec([band('lo', 0, '49.995', { maxInclusive: false }), band('hi', '49.995', 100, { minInclusive: false })]);

    it('an open max and an open min at the same off-grid value partition the grid', () => {
      expect(validateScale(split).ok).toBe(true);
    });

    it('values classify on the side of the split they are on', () => {
      const s = defineScale(split as never);
      expect(classify(49.99, s).category).toBe('lo');
      expect(classify(50, s).category).toBe('hi');
      expect(classify(0, s).category).toBe('lo');
      expect(classify(100, s).category).toBe('hi');
    });

    it('an open max between grid values ends the band at the grid value below it', () => {
      // [0, 50.005) holds 0.00–50.00; [50.01, 100] takes the rest.
      const s = defineScale(spec([band('lo', 0, '50.005', { maxInclusive: false }), band('hi', '50.01', 100)]) as never);
      expect(classify(50, s).category).toBe('lo');
      expect(classify(50.01, s).category).toBe('hi');
    });
  });

  describe('optional band fields left out are absent from the result, not undefined', () => {
    const s = defineScale(spec(twoBands()) as never);
    for (const key of ['zone', 'color', 'provenance'])
      it(key, () => {
        for (const b of s.bands) expect(Object.hasOwn(b, key)).toBe(false);
      });

    it('and present when given', () => {
      const given = defineScale(
        spec([band('hi', 50, 100, { zone: 'hijau', color: '#0a0', provenance: { confidence: 'regulation' } }), band('lo', 0, 50, { maxInclusive: false })]) as never,
      );
      expect(given.bands[0]).toMatchObject({ zone: 'hijau', color: '#0a0', provenance: { confidence: 'regulation' } });
    });
  });
});
