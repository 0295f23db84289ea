import { describe, expect, it } from 'vitest';
import { defineMethodology, gapToBand, governmentGap, presets, scoreUnit, type BandSpec, type GovernmentGapOptions, type Methodology } from '../../../src/index.js';
import { caught } from '../../helpers/errors.js';

/** One interval indicator 0–3 (a step is 33.33 points) on a scale with the given bands. */
function onScale(bands: BandSpec[], decimals = 2): Methodology {
  return defineMethodology({
    id: 'custom',
    name: 'Custom',
    version: '1',
    output: { min: 0, max: 100 },
    weights: { renormalize: true },
    scale: { id: 'custom-scale', name: 'Custom scale', min: 0, max: 100, decimals, rounding: 'halfUp', bands },
    dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: [{ id: 'a', name: 'A', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }] }] }],
  });
}

const m = presets.ombudsman2022;
/** A government of published scores only (nothing to plan), to read its target. */
const gov = (score: number, options?: GovernmentGapOptions) => governmentGap<string>(m, [{ id: 'u', score }], options);

describe('targets named by category', () => {
  it('an unknown category is refused, naming the scale and listing its categories in order', () => {
    expect(caught(() => gov(50, { target: 'Z' }))).toEqual({
      code: 'UNKNOWN_BAND',
      path: 'options.target',
      message: 'the scale ombudsman2022 has no category "Z"; its categories are "E", "D", "C", "B", "A"',
    });
  });

  it('{ category } reaches the band’s lowest score (B of the Ombudsman 2022 scale: 78, domain reference)', () => {
    const g = gov(60, { target: { category: 'B' } });
    expect(g.target).toEqual({ category: 'B', zone: null, minScore: 78 });
    expect(g.pointsNeeded).toBe(18);
  });

  it('{ category } with an unknown category is refused at options.target.category', () => {
    expect(caught(() => gov(60, { target: { category: 'Z' } }))).toMatchObject({ code: 'UNKNOWN_BAND', path: 'options.target.category' });
  });

  it('a bare string that is both a category and a zone name is read as the category', () => {
    // The category "kuning" (80–100) is in the zone hijau; the zone kuning starts at 50.
    const cm = onScale([
      { category: 'C', label: 'C', zone: 'merah', min: 0, max: 49.99 },
      { category: 'B', label: 'B', zone: 'kuning', min: 50, max: 79.99 },
      { category: 'kuning', label: 'K', zone: 'hijau', min: 80, max: 100 },
    ]);
    const r = scoreUnit(cm, { a: 1 }); // 33.33
    expect(gapToBand(cm, r, 'kuning').target).toEqual({ category: 'kuning', zone: null, minScore: 80 });
    expect(gapToBand(cm, r, { zone: 'kuning' }).target).toEqual({ category: null, zone: 'kuning', minScore: 50 });
  });
});

describe('targets named by zone', () => {
  it('a zone is "this zone or better": hijau on the Ombudsman 2022 scale starts at B’s 78, not A’s 88', () => {
    expect(gov(60, { target: 'hijau' }).target).toEqual({ category: null, zone: 'hijau', minScore: 78 });
    expect(gov(60, { target: { zone: 'hijau' } }).target).toEqual({ category: null, zone: 'hijau', minScore: 78 });
  });

  it('bands without a zone never count as reaching a zone', () => {
    const cm = onScale([
      { category: 'X', label: 'X', min: 0, max: 49.99 },
      { category: 'Y', label: 'Y', zone: 'kuning', min: 50, max: 79.99 },
      { category: 'Z', label: 'Z', zone: 'hijau', min: 80, max: 100 },
    ]);
    const g = gapToBand(cm, scoreUnit(cm, { a: 1 }), 'kuning'); // 33.33, in X
    expect(g.target.minScore).toBe(50);
    expect(g.reached).toBe(false);
  });

  it('a zone the scale does not have is refused, naming the scale and the zone', () => {
    const cm = onScale([
      { category: 'Y', label: 'Y', zone: 'kuning', min: 0, max: 79.99 },
      { category: 'Z', label: 'Z', zone: 'hijau', min: 80, max: 100 },
    ]);
    expect(caught(() => gapToBand(cm, scoreUnit(cm, { a: 1 }), 'merah'))).toEqual({ code: 'UNKNOWN_BAND', path: 'target', message: 'the scale custom-scale has no zone "merah"; its zones are "hijau", "kuning"' });
  });

  it('zones that do not rise with the score cannot be defined, so "reach a zone" is never ambiguous', () => {
    // merah below and above hijau: merah's bands are not one run (SCALE_ZONE, see docs/scales.md).
    expect(caught(() => onScale([
      { category: 'E', label: 'E', zone: 'merah', min: 0, max: 31.99 },
      { category: 'D', label: 'D', zone: 'hijau', min: 32, max: 53.99 },
      { category: 'C', label: 'C', zone: 'merah', min: 54, max: 100 },
    ]))?.code).toMatch(/^INVALID_(SCALE|METHODOLOGY)$/);
  });

  it('{ zone } with a word that is no zone is refused, listing the zones', () => {
    expect(caught(() => gov(60, { target: { zone: 'ungu' } }))).toEqual({
      code: 'UNKNOWN_BAND',
      path: 'options.target.zone',
      message: 'the scale ombudsman2022 has no zone "ungu"; its zones are "hijau", "kuning", "merah"',
    });
  });

  it('a bare string that is neither a category nor a zone is reported as an unknown category', () => {
    expect(caught(() => gov(60, { target: 'ungu' }))?.message).toMatch(/^the scale ombudsman2022 has no category "ungu"/);
  });
});

describe('target shapes that are refused', () => {
  const invalid = (target: unknown) => caught(() => gov(60, { target: target as never }));
  const message = (got: string) => `a target must be a category, a zone, { category } or { zone }, got ${got}`;

  it('null, a number, or an object with neither or both keys is INVALID_OPTION at options.target', () => {
    expect(invalid(null)).toEqual({ code: 'INVALID_OPTION', path: 'options.target', message: message('null') });
    expect(invalid(5)).toEqual({ code: 'INVALID_OPTION', path: 'options.target', message: message('5') });
    expect(invalid({})).toEqual({ code: 'INVALID_OPTION', path: 'options.target', message: message('an object') });
    expect(invalid({ category: 'B', zone: 'hijau' })).toMatchObject({ code: 'INVALID_OPTION', path: 'options.target' });
  });

  it('a category or zone that is not a string is INVALID_OPTION, not an unknown band', () => {
    expect(invalid({ category: 5 })).toMatchObject({ code: 'INVALID_OPTION', path: 'options.target' });
    expect(invalid({ zone: 5 })).toMatchObject({ code: 'INVALID_OPTION', path: 'options.target' });
  });
});

describe('the default target: the band just above the current one', () => {
  // Ombudsman 2022 (domain reference): C is 54.00–77.99, B starts at 78.
  it.each([54, 60, 77.99])('a government at %s (C) aims at B, 78', (score) => {
    expect(gov(score).target).toEqual({ category: 'B', zone: null, minScore: 78 });
  });

  it('the top band (A) has no default target', () => {
    expect(gov(88).target).toBeNull();
  });
});

describe('pointsNeeded on a scale with fewer decimals than the scores', () => {
  it('is the exact difference to two decimals, not rounded to the scale’s whole numbers', () => {
    const cm = onScale(
      [
        { category: 'low', label: 'Low', min: 0, max: 49 },
        { category: 'high', label: 'High', min: 50, max: 100 },
      ],
      0,
    );
    const g = gapToBand(cm, scoreUnit(cm, { a: 1 }), 'high'); // 100 / 3 = 33.33
    expect(g.pointsNeeded).toBe(16.67); // 50 − 33.33
    expect(governmentGap(cm, [{ id: 'u', result: scoreUnit(cm, { a: 1 }) }], { target: 'high' }).pointsNeeded).toBe(16.67);
  });
});

