import { describe, expect, it } from 'vitest';
import { aggregate, defineMethodology, defineScale, scales, scoreUnit, type MethodologySpec, type Scale, type ScoreAdjustment } from '../../../src/index.js';
import { caught } from '../../helpers/errors.js';

// `options.adjustment` of scoreUnit (the Ombudsman 2023 "variabel substantif", domain
// reference §2): read and checked in src/scoring/internal/adjust.ts, then applied to the
// rounded score. Every expected figure below is worked out by hand in the comments.

/** Two interval indicators 0–3 weighted 50/50 on 0–100: the score is (a + b) / 6 × 100. */
function spec(decimals = 2, scale: Scale = scales.ombudsman2022): MethodologySpec {
  return {
    id: 'two', name: 'Two', version: '1', output: { min: 0, max: 100 }, rounding: { mode: 'halfUp', decimals }, scale,
    dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
      { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
      { id: 'b', name: 'B', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
    ] }] }],
  };
}
const m = defineMethodology(spec());
// (3 + 3) / 6 = 100; (3 + 2) / 6 = 83.333… → 83.33 (B); (2 + 1) / 6 = 50 exactly.
const FULL = { a: 3, b: 3 };
const FIVE_SIXTHS = { a: 3, b: 2 };
const HALF = { a: 2, b: 1 };

const adjust = (answers: Record<string, number>, adjustment: unknown) =>
  scoreUnit(m, answers, { adjustment: adjustment as ScoreAdjustment });
const refusal = (adjustment: unknown, answers: Record<string, number> = HALF) => caught(() => adjust(answers, adjustment));

describe('the adjustment option must be an object of known fields', () => {
  it.each([
    [5, '5'],
    ['5', '"5"'],
    [[1], 'an array'],
    [null, 'null'],
  ])('refuses %j as INVALID_OPTION at options.adjustment, naming the fields and what was given', (value, shown) => {
    const e = refusal(value);
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment' });
    expect(e?.message).toBe(`adjustment must be an object { correction?, cap?, barZone?, reason? }, got ${shown}`);
  });

  it('refuses a misspelt field at its own path, naming it and the fields there are', () => {
    const e = refusal({ corection: 1 });
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment["corection"]' });
    expect(e?.message).toBe('adjustment has no option "corection" (use correction, cap, barZone, reason)');
  });

  it('accepts all four documented fields together', () => {
    // 100 − 5 = 95, capped at 90, then barred from hijau (lowest hijau band B starts at 78.00) → 77.99.
    const r = adjust(FULL, { correction: 5, cap: 90, barZone: 'hijau', reason: 'tidak ditindaklanjuti' });
    expect(r.score).toBe(77.99);
    expect(r.adjustment).toMatchObject({ correction: 5, cap: 77.99, barredZone: 'hijau', reason: 'tidak ditindaklanjuti' });
  });

  it('a getter that throws on options.adjustment is reported as UNREADABLE_INPUT at that path', () => {
    const options = Object.defineProperty({}, 'adjustment', { enumerable: true, get() { throw new Error('boom'); } });
    expect(caught(() => scoreUnit(m, HALF, options))).toMatchObject({ code: 'UNREADABLE_INPUT', path: 'options.adjustment' });
  });
});

describe('the correction: points subtracted, on the reporting grid, not negative', () => {
  it('a correction with more decimals than the rounding keeps is refused, saying which grid', () => {
    const e = refusal({ correction: '0.005' });
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.correction' });
    expect(e?.message).toBe('the correction must lie on the reporting grid (at most 2 decimals), got "0.005"');
    // At 0 decimals even half a point is off the grid.
    const whole = caught(() => scoreUnit(defineMethodology(spec(0)), HALF, { adjustment: { correction: 0.5 } }));
    expect(whole).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.correction' });
    expect(whole?.message).toContain('(at most 0 decimals)');
  });

  it('a correction that is not a number names "the correction" and its path', () => {
    const e = refusal({ correction: 'lima' });
    expect(e).toMatchObject({ code: 'INVALID_NUMBER', path: 'options.adjustment.correction' });
    expect(e?.message.startsWith('the correction ')).toBe(true);
  });

  it('a negative correction is refused (it would raise the score); 0 is allowed and changes nothing', () => {
    const e = refusal({ correction: -1 });
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.correction' });
    expect(e?.message).toBe('the correction is the number of points subtracted and must not be negative, got -1');
    const r = adjust(HALF, { correction: 0 });
    expect(r.score).toBe(50);
    expect(r.adjustment).toMatchObject({ correction: 0, capped: false, clamped: false });
  });

  it('without a correction only the cap acts, and the correction is recorded as 0', () => {
    // 83.33 capped at 60.
    const r = adjust(FIVE_SIXTHS, { cap: 60 });
    expect(r.score).toBe(60);
    expect(r.adjustment).toMatchObject({ correction: 0, cap: 60, scoreBefore: 83.33, capped: true, clamped: false });
  });

  it('a correction inside the range is subtracted exactly and nothing is clamped or capped', () => {
    // Exact 250/3 − 5 = 235/3 = 78.333…, reported 78.33 (still B: 78.00–87.99).
    const r = adjust(FIVE_SIXTHS, { correction: 5 });
    expect(r.score).toBe(78.33);
    expect(r.unrounded).toBe(235 / 3);
    expect(r.pointsLost).toBe(65 / 3); // 100 − 235/3, exactly (not a float subtraction)
    expect(r.classification.category).toBe('B');
    expect(r.adjustment).toMatchObject({ correction: 5, cap: null, barredZone: null, reason: null, scoreBefore: 83.33, capped: false, clamped: false });
    expect(r.adjustment?.classificationBefore?.category).toBe('B');
  });

  it('a correction that lands exactly on the minimum is not "clamped"; one past it stops at the minimum and is', () => {
    const exact = adjust(HALF, { correction: 50 });
    expect(exact.score).toBe(0);
    expect(exact.adjustment?.clamped).toBe(false);
    const past = adjust(HALF, { correction: 60 });
    expect(past.score).toBe(0);
    expect(past.unrounded).toBe(0);
    expect(past.pointsLost).toBe(100);
    expect(past.adjustment).toMatchObject({ clamped: true, capped: false, scoreBefore: 50 });
    expect(past.classification.category).toBe('E');
  });
});

describe('the cap: on the reporting grid and inside the output range', () => {
  it('a cap off the grid is refused at options.adjustment.cap', () => {
    const e = refusal({ cap: 77.995 });
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.cap' });
    expect(e?.message).toBe('the cap must lie on the reporting grid (at most 2 decimals), got 77.995');
    expect(refusal({ cap: 'tinggi' })?.message.startsWith('the cap ')).toBe(true);
  });

  it.each([
    [-0.01, '-0.01'],
    [100.01, '100.01'],
  ])('a cap of %s lies outside 0–100 and is VALUE_OUT_OF_RANGE', (cap, shown) => {
    const e = refusal({ cap });
    expect(e).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'options.adjustment.cap' });
    expect(e?.message).toBe(`cap ${shown} is outside the score range 0.00–100.00`);
  });

  it('the range ends themselves are allowed caps: 0 caps everything, 100 nothing', () => {
    const zero = adjust(HALF, { cap: 0 });
    expect(zero.score).toBe(0);
    expect(zero.adjustment).toMatchObject({ cap: 0, capped: true });
    const top = adjust(FULL, { cap: 100 });
    expect(top.score).toBe(100);
    expect(top.adjustment).toMatchObject({ cap: 100, capped: false });
  });

  it('a cap lowers a higher score, exactly: the unrounded score and points lost follow the cap', () => {
    const r = adjust(FIVE_SIXTHS, { cap: 60 });
    expect(r.score).toBe(60);
    expect(r.unrounded).toBe(60);
    expect(r.pointsLost).toBe(40);
    expect(r.classification.category).toBe('C');
  });

  it('a score already at the cap is left as it is and not "capped"', () => {
    const r = adjust(HALF, { cap: 50 });
    expect(r.score).toBe(50);
    expect(r.adjustment).toMatchObject({ cap: 50, capped: false });
  });
});

describe('barZone: capped just below the lowest band of the zone', () => {
  it('barring hijau on the 2022 scale caps at 77.99 (its lowest band B starts at 78.00) and classifies kuning', () => {
    const r = adjust(FULL, { barZone: 'hijau' });
    expect(r.score).toBe(77.99);
    expect(r.unrounded).toBe(77.99);
    expect(r.classification).toMatchObject({ category: 'C', zone: 'kuning' });
    expect(r.adjustment).toMatchObject({ cap: 77.99, barredZone: 'hijau', capped: true, scoreBefore: 100 });
    expect(r.adjustment?.classificationBefore?.category).toBe('A');
  });

  it('barring kuning caps at 53.99 (band C starts at 54.00)', () => {
    expect(adjust(FIVE_SIXTHS, { barZone: 'kuning' }).score).toBe(53.99);
  });

  it('on a coarser reporting grid the cap is the highest value of that grid below the zone (77.9 at 1 decimal)', () => {
    const r = scoreUnit(defineMethodology(spec(1)), FULL, { adjustment: { barZone: 'hijau' } });
    expect(r.score).toBe(77.9);
    expect(r.adjustment?.cap).toBe(77.9);
  });

  it('the lower of cap and the zone cap is in force', () => {
    expect(adjust(FULL, { cap: 90, barZone: 'hijau' }).adjustment?.cap).toBe(77.99);
    const low = adjust(FULL, { cap: 50, barZone: 'hijau' });
    expect(low.score).toBe(50);
    expect(low.adjustment?.cap).toBe(50);
  });

  it('an unknown zone is refused, listing the zones', () => {
    const e = refusal({ barZone: 'biru' });
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.barZone' });
    expect(e?.message).toMatch(/^barZone must be one of the zones of scale \S+ \(hijau, kuning, merah\), got "biru"$/);
  });

  it('the zone holding the lowest scores cannot be barred (no score lies below it)', () => {
    const e = refusal({ barZone: 'merah' });
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.barZone' });
    expect(e?.message).toBe('zone "merah" holds the scale\'s lowest scores and cannot be barred');
  });

  it('a zone the scale does not have is refused, naming the scale', () => {
    const twoZones = defineScale({
      id: 'twoZones', name: 'Two zones', min: 0, max: 100, decimals: 2,
      bands: [
        { category: 'L', label: 'Low', zone: 'kuning', min: 0, max: 49.99 },
        { category: 'H', label: 'High', zone: 'hijau', min: 50, max: 100 },
      ],
    });
    const e = caught(() => scoreUnit(defineMethodology(spec(2, twoZones)), HALF, { adjustment: { barZone: 'merah' } }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.barZone' });
    expect(e?.message).toBe('barZone must be one of the zones of scale twoZones (hijau, kuning), got "merah"');
  });

  it('a scale without zones cannot bar one, and the 2025 zona hitam cannot be barred (it holds the lowest scores)', () => {
    expect(caught(() => aggregate([4], { scale: scales.pekppp2022, adjustment: { barZone: 'hijau' } }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.adjustment.barZone',
      message: 'the scale pekppp2022 has no zones, so barZone "hijau" cannot apply',
    });
    expect(caught(() => aggregate([90], { scale: scales.ombudsman2025, adjustment: { barZone: 'hitam' } }))?.message).toBe('zone "hitam" holds the scale\'s lowest scores and cannot be barred');
    // Barring merah on 2025 caps just below merah's 32.00 (hitam is below it): 31.99.
    expect(aggregate([90], { scale: scales.ombudsman2025, adjustment: { barZone: 'merah' } }).score).toBe(31.99);
  });

  it('aggregate without a scale cannot bar a zone (the same reader serves both)', () => {
    const e = caught(() => aggregate([90, 80], { adjustment: { barZone: 'hijau' } }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.barZone' });
    expect(e?.message).toBe('barZone needs a scale with zones (pass options.scale)');
  });
});

describe('reason: words kept in the result', () => {
  it('is recorded as given, and null when absent', () => {
    expect(adjust(HALF, { correction: 1, reason: 'Tindakan korektif tidak ditindaklanjuti' }).adjustment?.reason).toBe(
      'Tindakan korektif tidak ditindaklanjuti',
    );
    expect(adjust(HALF, { correction: 1 }).adjustment?.reason).toBeNull();
  });

  it('a reason that is not a string is refused at its path', () => {
    const e = refusal({ reason: 5 });
    expect(e).toMatchObject({ code: 'INVALID_OPTION', path: 'options.adjustment.reason' });
    expect(e?.message).toBe('reason must be a string, got 5');
  });
});
