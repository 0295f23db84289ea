/**
 * sensitivity scores every unit through a fast double path (src/analysis/internal/fastScore.ts)
 * that must report exactly what scoreUnit reports. These examples sit where doubles go wrong:
 * scores exactly on a rounding boundary that doubles compute a hair below it, exact halves,
 * each rounding rule, negative scores, answers that do not start at 0, and a dimension that is
 * wholly not applicable. Every expected score is computed by hand in the comment beside it, and
 * scoreUnit must agree.
 */
import { describe, expect, it } from 'vitest';
import { defineMethodology, isKepatuhanError, scoreUnit, sensitivity, type AnswerValue, type Methodology, type RoundingMode } from '../../../src/index.js';

type Ind = { id: string; weight: number | string; answer: { kind: 'interval'; min: number; max: number } | { kind: 'percent'; decimals: number } };

function methodology(dims: Ind[][], mode: RoundingMode, decimals: number, out = { min: 0, max: 100 }): Methodology {
  return defineMethodology({
    id: 'fast',
    name: 'Fast',
    version: '1',
    output: out,
    weights: { renormalize: true },
    rounding: { mode, decimals },
    scale: { id: 's', name: 'S', min: out.min, max: out.max, bands: [{ category: 'all', label: 'All', min: out.min, max: out.max }] },
    dimensions: dims.map((inds, di) => ({
      id: `d${di}`,
      name: 'D',
      weight: 1,
      variables: [{ id: `v${di}`, name: 'V', indicators: inds.map((i) => ({ ...i, name: i.id })) }],
    })),
  });
}

/** The baseline score sensitivity reports for one unit (no noise: the methodology itself). */
function studied(m: Methodology, answers: Record<string, AnswerValue>): number {
  return sensitivity(m, [{ id: 'u', answers }], { runs: 1, weightNoise: 0 }).entities[0]!.baseline.score;
}

const yesNo = { kind: 'interval', min: 0, max: 1 } as const;
const pct = { kind: 'percent', decimals: 3 } as const;

describe('a score exactly on a rounding boundary that doubles compute a hair below it', () => {
  // Weights 0.009 and 0.003, a = 1, b = 0: 100 × 9 / 12 = 75 exactly; in doubles
  // 0.009 / (0.009 + 0.003) × 100 = 74.99999999999999.
  const floorM = methodology([[{ id: 'a', weight: 0.009, answer: yesNo }, { id: 'b', weight: 0.003, answer: yesNo }]], 'floor', 0);
  it('floor keeps 75 (not 74)', () => {
    expect(studied(floorM, { a: 1, b: 0 })).toBe(75);
    expect(scoreUnit(floorM, { a: 1, b: 0 }).score).toBe(75);
  });

  // Weights 0.009 and 0.015, a = 1, b = 0: 100 × 9 / 24 = 37.5 exactly; in doubles 37.49999999999999.
  it.each([
    ['halfUp', 38],
    ['halfEven', 38],
    ['halfDown', 37],
  ] as const)('%s rounds the exact half 37.5 to %i', (mode, expected) => {
    const m = methodology([[{ id: 'a', weight: 0.009, answer: yesNo }, { id: 'b', weight: 0.015, answer: yesNo }]], mode, 0);
    expect(studied(m, { a: 1, b: 0 })).toBe(expected);
    expect(scoreUnit(m, { a: 1, b: 0 }).score).toBe(expected);
  });
});

describe('each rounding rule away from a boundary', () => {
  // One percent indicator on 0–100: the score is the answer itself.
  const one = (mode: RoundingMode, decimals: number): Methodology => methodology([[{ id: 'p', weight: 1, answer: pct }]], mode, decimals);
  it.each([
    ['floor', '72.347', 72.34],
    ['ceil', '72.341', 72.35],
    ['truncate', '72.349', 72.34],
    ['halfUp', '72.347', 72.35],
  ] as const)('%s reports %s as %d', (mode, answer, expected) => {
    expect(studied(one(mode, 2), { p: answer })).toBe(expected);
    expect(scoreUnit(one(mode, 2), { p: answer }).score).toBe(expected);
  });

  it.each([
    ['halfEven', 72],
    ['halfDown', 72],
    ['halfUp', 73],
  ] as const)('%s rounds the exact half 72.5 (exact in doubles too) to %i', (mode, expected) => {
    expect(studied(one(mode, 0), { p: '72.500' })).toBe(expected);
    expect(scoreUnit(one(mode, 0), { p: '72.500' }).score).toBe(expected);
  });
});

describe('a negative score', () => {
  // Output −3…5, one percent indicator at 10 %: −3 + 8 × 0.1 = −2.2.
  it.each([
    ['truncate', -2],
    ['floor', -3],
    ['ceil', -2],
  ] as const)('%s reports −2.2 as %i', (mode, expected) => {
    const m = methodology([[{ id: 'p', weight: 1, answer: pct }]], mode, 0, { min: -3, max: 5 });
    expect(studied(m, { p: '10.000' })).toBe(expected);
    expect(scoreUnit(m, { p: '10.000' }).score).toBe(expected);
  });
});

it('an answer scale starting at 1 is normalised from its minimum: 3 on 1–4 is 2/3 of the way, 66.67', () => {
  const m = methodology([[{ id: 'q', weight: 1, answer: { kind: 'interval', min: 1, max: 4 } }]], 'halfUp', 2);
  expect(studied(m, { q: 3 })).toBe(66.67);
  expect(scoreUnit(m, { q: 3 }).score).toBe(66.67);
});

it('a wholly not-applicable dimension leaves the score to the others (its weight re-spread)', () => {
  // d0: a = 1 of 3 → 33.33; d1: b N/A → d0 carries the whole weight.
  const m = methodology(
    [[{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }], [{ id: 'b', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }]],
    'halfUp',
    2,
  );
  expect(studied(m, { a: 1, b: 'na' })).toBe(33.33);
  expect(scoreUnit(m, { a: 1, b: 'na' }).score).toBe(33.33);
});

it('a unit with nothing applicable is refused with NO_APPLICABLE_INDICATORS, as scoreUnit refuses it', () => {
  const m = methodology([[{ id: 'a', weight: 1, answer: yesNo }, { id: 'b', weight: 1, answer: yesNo }]], 'halfUp', 2);
  const codeOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      return isKepatuhanError(e) ? e.code : `not a KepatuhanError: ${String(e)}`;
    }
    return 'accepted';
  };
  expect(codeOf(() => scoreUnit(m, { a: 'na', b: 'na' }))).toBe('NO_APPLICABLE_INDICATORS');
  expect(codeOf(() => studied(m, { a: 'na', b: 'na' }))).toBe('NO_APPLICABLE_INDICATORS');
});
