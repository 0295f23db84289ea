import { describe, expect, it } from 'vitest';
import { defineMethodology, defineScale, scales, scoreUnit, type MethodologySpec, type Scale } from '../../../src/index.js';
import { caught } from '../../helpers/errors.js';

// The opinion options of scoreUnit (src/scoring/internal/unitOpinion.ts): the caller's
// adjustment (Ombudsman 2023, domain reference §2) and the follow-up qualifier "Tanpa
// Maladministrasi" (Ombudsman 2025, domain reference §3), applied to a finished unit score.

/** Two interval indicators 0–3 weighted 50/50: the score is min + (a + b) / 6 × (max − min). */
function spec(scale: Scale, output = { min: 0, max: 100 }): MethodologySpec {
  return {
    id: 'two', name: 'Two', version: '1', output, scale,
    dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
      { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
      { id: 'b', name: 'B', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
    ] }] }],
  };
}
const m2025 = defineMethodology(spec(scales.ombudsman2025));
const FULL = { a: 3, b: 3 }; // 100: band A "Kualitas Tertinggi"

describe('followedUpCorrectiveActions (Ombudsman 2025 qualifier)', () => {
  it('true, alone, qualifies the label and is recorded; no adjustment record appears', () => {
    const r = scoreUnit(m2025, FULL, { followedUpCorrectiveActions: true });
    expect(r.score).toBe(100);
    expect(r.classification.label).toBe('Kualitas Tertinggi Tanpa Maladministrasi');
    expect(r.followedUpCorrectiveActions).toBe(true);
    expect(Object.hasOwn(r, 'adjustment')).toBe(false);
  });

  it('false is recorded as given, and the label stays plain', () => {
    const r = scoreUnit(m2025, FULL, { followedUpCorrectiveActions: false });
    expect(r.followedUpCorrectiveActions).toBe(false);
    expect(r.classification.label).toBe('Kualitas Tertinggi');
  });

  it('absent, the result has no followedUpCorrectiveActions field and no adjustment', () => {
    const r = scoreUnit(m2025, FULL, {});
    expect(Object.hasOwn(r, 'followedUpCorrectiveActions')).toBe(false);
    expect(Object.hasOwn(r, 'adjustment')).toBe(false);
    expect(r.classification.label).toBe('Kualitas Tertinggi');
  });

  it('with an adjustment, the qualifier goes on the adjusted band', () => {
    // 100 barred from hijau → 77.99, band C "Kualitas Sedang".
    const r = scoreUnit(m2025, FULL, { followedUpCorrectiveActions: true, adjustment: { barZone: 'hijau' } });
    expect(r.score).toBe(77.99);
    expect(r.classification.label).toBe('Kualitas Sedang Tanpa Maladministrasi');
    expect(r.followedUpCorrectiveActions).toBe(true);
    expect(r.adjustment?.classificationBefore?.label).toBe('Kualitas Tertinggi');
  });

  it('a getter that throws on it is UNREADABLE_INPUT at options.followedUpCorrectiveActions', () => {
    const options = Object.defineProperty({}, 'followedUpCorrectiveActions', { enumerable: true, get() { throw new Error('boom'); } });
    expect(caught(() => scoreUnit(m2025, FULL, options))).toMatchObject({ code: 'UNREADABLE_INPUT', path: 'options.followedUpCorrectiveActions' });
  });
});

describe('the adjusted unrounded score', () => {
  const m = defineMethodology(spec(scales.ombudsman2022));
  it('after a correction alone it is the exact score minus the correction, not the rounded one', () => {
    // (3 + 2) / 6 = 250/3 = 83.333…; minus 3 → 241/3 = 80.333…
    const r = scoreUnit(m, { a: 3, b: 2 }, { adjustment: { correction: 3 } });
    expect(r.score).toBe(80.33);
    expect(r.unrounded).toBe(241 / 3);
  });

  it('when the cap acts it is the cap itself', () => {
    const r = scoreUnit(m, { a: 3, b: 2 }, { adjustment: { cap: 70 } });
    expect(r.unrounded).toBe(70);
    expect(r.pointsLost).toBe(30);
  });

  it('when the correction is clamped at the minimum it is the minimum', () => {
    // 250/3 − 90 < 0 → 0.
    const r = scoreUnit(m, { a: 3, b: 2 }, { adjustment: { correction: 90 } });
    expect(r.unrounded).toBe(0);
    expect(r.pointsLost).toBe(100);
  });
});

describe('an output range that does not start at 0', () => {
  // A 20–100 scale (as a 1–5 survey mapped to 20–100 would give); the score is 20 + (a + b) / 6 × 80.
  const from20 = defineScale({
    id: 'from20', name: 'From 20', min: 20, max: 100, decimals: 2,
    bands: [
      { category: 'L', label: 'Low', zone: 'merah', min: 20, max: 59.99 },
      { category: 'H', label: 'High', zone: 'hijau', min: 60, max: 100 },
    ],
  });
  const m = defineMethodology(spec(from20, { min: 20, max: 100 }));

  it('a correction stops at the output minimum 20, not at 0', () => {
    // (1 + 0) / 6 × 80 = 13.333… → 33.33; minus 20 = 13.33 < 20 → 20.
    const r = scoreUnit(m, { a: 1, b: 0 }, { adjustment: { correction: 20 } });
    expect(r.adjustment?.scoreBefore).toBe(33.33);
    expect(r.score).toBe(20);
    expect(r.adjustment?.clamped).toBe(true);
    expect(r.classification.category).toBe('L');
  });

  it('a cap below the minimum is outside the range; caps from 20 to 100 are inside', () => {
    expect(caught(() => scoreUnit(m, FULL, { adjustment: { cap: 19.99 } }))).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'options.adjustment.cap' });
    expect(scoreUnit(m, FULL, { adjustment: { cap: 20 } }).score).toBe(20);
    expect(scoreUnit(m, FULL, { adjustment: { cap: 99.99 } }).score).toBe(99.99);
    expect(caught(() => scoreUnit(m, FULL, { adjustment: { cap: 100.01 } }))).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'options.adjustment.cap' });
  });
});
