import { describe, expect, it } from 'vitest';
import { presets, scales, type MethodologySpec } from '../../src/index.js';
import { assertMethodology, checkMethodology, METHODOLOGY_INVARIANTS } from '../../src/testing/index.js';

// The presets are read by name only (their indicator ids may change: none is used here).
const PRESETS = Object.keys(presets) as (keyof typeof presets)[];

describe('checkMethodology on every built-in preset', () => {
  it.each(PRESETS)('%s keeps every invariant', (name) => {
    const r = checkMethodology(presets[name], { seed: 1, numRuns: 50 });
    expect(r.violations, r.message).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.message).toBe('The methodology keeps every invariant checked (seed 1).');
  });

  it('the presets checked include the five of the domain reference', () => {
    expect(PRESETS).toEqual(expect.arrayContaining(['ombudsman2013', 'ombudsman2022', 'ombudsman2025', 'pekppp2022', 'skm2017']));
  });
});

/** A two-indicator SKM-like methodology on 25–100 with §6's scale; `extra` breaks it. */
const twoPercent = (extra: Partial<MethodologySpec> = {}, weightB: number | string = '1/2'): MethodologySpec => ({
  id: 'mine',
  name: 'Mine',
  version: '1',
  output: { min: 25, max: 100 },
  scale: scales.skm2017,
  weights: { total: 1 },
  ...extra,
  dimensions: [
    {
      id: 'd',
      name: 'D',
      weight: 1,
      variables: [
        {
          id: 'v',
          name: 'V',
          indicators: [
            { id: 'a', name: 'A', weight: '1/2', answer: { kind: 'percent', decimals: 3 } },
            { id: 'b', name: 'B', weight: weightB, answer: { kind: 'percent', decimals: 3 } },
          ],
        },
      ],
    },
  ],
});

describe('checkMethodology catches broken custom methodologies', () => {
  it('the unbroken control keeps every invariant', () => {
    const r = checkMethodology(twoPercent(), { seed: 1 });
    expect(r.violations, r.message).toEqual([]);
  });

  it('scores rounded to 3 decimals on a 2-decimal scale: one-band, a score between two bands (e.g. 76.605 between C 76.60 and B 76.61)', () => {
    const r = checkMethodology(twoPercent({ rounding: { mode: 'halfUp', decimals: 3 } }), { seed: 1 });
    expect(r.violations.map((v) => v.invariant)).toEqual(['one-band']);
    const v = r.violations[0]!;
    const score = Number(/the score ([\d.]+) falls in no band/.exec(v.message)?.[1]);
    // §6: the gaps of the 2-decimal SKM scale are (64.99, 65), (76.60, 76.61), (88.30, 88.31).
    const gaps = [
      [64.99, 65],
      [76.6, 76.61],
      [88.3, 88.31],
    ].filter(([lo, hi]) => score > lo! && score < hi!);
    expect(gaps, v.message).toHaveLength(1);
    // The counterexample's answers give that score: (a + b) / 2 % of 75, plus 25, to 3 decimals.
    const { a, b } = v.counterexample as { a: number; b: number };
    const thousandths = Math.round(((a * 1000 + b * 1000) * 75) / 200 + 25_000);
    expect(thousandths / 1000).toBe(score);
    expect(v.seed).toBe(1);
    expect(v.path).toMatch(/^\d+(:\d+)*$/);
  });

  it('an indicator declared with weight zero is recorded, not scored: every-indicator-counts leaves it alone', () => {
    const r = checkMethodology(twoPercent({ weights: { total: 1, renormalize: true } }, 0), { seed: 1 });
    expect(r.violations).toEqual([]);
  });

  it('an indicator of positive weight that never counts (its variable weighs 0): every-indicator-counts names it', () => {
    const base = twoPercent();
    const dead: MethodologySpec = {
      ...base,
      dimensions: [
        {
          id: 'd',
          name: 'D',
          weight: 1,
          variables: [
            { id: 'v', name: 'V', weight: 1, indicators: [{ id: 'a', name: 'A', weight: 1, answer: { kind: 'percent', decimals: 3 } }] },
            { id: 'w', name: 'W', weight: 0, indicators: [{ id: 'b', name: 'B', weight: 1, answer: { kind: 'percent', decimals: 3 } }] },
          ],
        },
      ],
    };
    const r = checkMethodology(dead, { seed: 1 });
    expect(r.violations.map((v) => [v.invariant, v.counterexample])).toEqual([['every-indicator-counts', 'b']]);
    expect(r.violations[0]!.message).toContain('raising b from its minimum to its maximum');
  });

  it('weights that do not sum to the total: valid, with the library\'s issues', () => {
    const r = checkMethodology(twoPercent({}, '0.49'), { seed: 1 });
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({ invariant: 'valid', counterexample: [{ code: 'WEIGHT_SUM_MISMATCH' }] });
    expect(r.message).toContain('sum to 0.99, not 1');
  });

  it('a scale that does not fit the output range: valid', () => {
    const r = checkMethodology(twoPercent({ output: { min: 0, max: 100 } }), { seed: 1 });
    expect(r.violations.map((v) => v.invariant)).toEqual(['valid']);
  });

  it('options.invariants checks only those', () => {
    const broken = twoPercent({ rounding: { mode: 'halfUp', decimals: 3 } });
    expect(checkMethodology(broken, { seed: 1, invariants: ['monotone', 'in-range'] }).ok).toBe(true);
    expect(checkMethodology(broken, { seed: 1, invariants: ['one-band'] }).ok).toBe(false);
  });

  it('every invariant has a name in METHODOLOGY_INVARIANTS', () => {
    expect(METHODOLOGY_INVARIANTS).toEqual(['valid', 'all-max-is-top', 'all-min-is-bottom', 'in-range', 'monotone', 'every-indicator-counts', 'not-applicable-in-range', 'json-round-trip', 'one-band']);
  });

  it('assertMethodology throws a readable Error listing each violation with its counterexample and replay', () => {
    expect(() => assertMethodology(twoPercent({ rounding: { mode: 'halfUp', decimals: 3 } }), { seed: 1 })).toThrowError(
      /^The methodology breaks 1 invariant:\n- one-band: the score [\d.]+ falls in no band of the scale skm2017\n {2}counterexample: \{"a":[\d.]+,"b":[\d.]+\}\n {2}replay: \{ seed: 1, path: "[\d:]+" \}$/,
    );
    expect(() => assertMethodology(presets.skm2017, { seed: 1, numRuns: 10 })).not.toThrow();
  });
});
