/**
 * Size limits and pathological shapes: a clear error or a correct result, never a stack
 * overflow or an endless computation. (No timings are asserted: these finishing at all, under
 * vitest's default timeout, is the point.)
 */
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  defineMethodology,
  indicatorOrder,
  KepatuhanError,
  scales,
  scoreBatch,
  scoreUnit,
  validateMethodology,
  validateScale,
  type MethodologySpec,
} from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';
import { thrown } from '../helpers/errors.js';


/** 10,000 indicators in 100 dimensions of 100, equal weights (exact fractions). */
function huge(): MethodologySpec {
  return {
    id: 'huge',
    name: 'Huge',
    version: '1',
    output: { min: 0, max: 100 },
    scale: scales.ombudsman2022,
    dimensions: Array.from({ length: 100 }, (_, d) => ({
      id: `d${d}`,
      name: `D${d}`,
      weight: 1,
      variables: [{ id: `v${d}`, name: `V${d}`, indicators: Array.from({ length: 100 }, (_, i) => ({ id: `i${d}.${i}`, name: `I${i}`, weight: '1/100', answer: { kind: 'interval', min: 0, max: 3 } })) }],
    })),
    weights: { total: 100 },
  } as unknown as MethodologySpec;
}

describe('a methodology with 10,000 indicators', () => {
  const m = defineMethodology({ ...huge(), weights: { total: 1, renormalize: true } } as never);
  const ids = indicatorOrder(m);

  it('is defined, with every indicator in document order', () => {
    expect(ids.length).toBe(10_000);
    expect(ids[0]).toBe('i0.0');
    expect(ids[9_999]).toBe('i99.99');
  });

  it('scores exactly: answering 3 to the first half and 0 to the rest gives 50', () => {
    // Each indicator weighs 1/10,000 of the total, so 5,000 full marks are exactly half.
    const answers = Object.fromEntries(ids.map((id, i) => [id, i < 5_000 ? 3 : 0]));
    const r = scoreUnit(m, answers);
    expect(r.score).toBe(50);
    expect(r.classification.category).toBe('D');
  });

  it('re-spreads not-applicable weight across 10,000 indicators exactly', () => {
    // Half not applicable, the rest 2 of 3: the score is 2/3 of 100 = 66.67.
    const answers = Object.fromEntries(ids.map((id, i) => [id, i % 2 === 0 ? 'na' : 2]));
    expect(scoreUnit(m, answers).score).toBe(66.67);
  });

  it('scores 100 units at once in a batch', () => {
    const cells = new Float64Array(100 * 10_000).fill(3);
    const out = scoreBatch(m, cells);
    expect(out.length).toBe(100);
    expect(out.every((s) => s === 100)).toBe(true);
  });
});

describe('a government with 10,000 units', () => {
  it('aggregates the mean of 10,000 two-decimal scores exactly', () => {
    const hundredths = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_001); // 0.00 … 100.00
    const scores = hundredths.map((k) => (k / 100).toFixed(2).replace('.', ','));
    // Independent: the mean in hundredths, rounded half-up with integers.
    const sum = hundredths.reduce((a, b) => a + b, 0);
    const expected = Math.floor((sum * 2 + 10_000) / (2 * 10_000)) / 100;
    const r = aggregate(scores);
    expect(r.count).toBe(10_000);
    expect(r.score).toBe(expected);
  });
});

describe('nested, cyclic and oversized input', () => {
  it('reports a cyclic methodology as bad data, without recursing into it', () => {
    const spec: Record<string, unknown> = { ...flat([ind('a', 100)]) };
    const dim: Record<string, unknown> = { id: 'd', name: 'd', weight: 100 };
    dim['variables'] = [dim]; // a dimension whose variable is itself
    spec['dimensions'] = [dim];
    spec['self'] = spec;
    const r = validateMethodology(spec);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['MISSING_FIELD', 'dimensions[0].variables[0].indicators']);
  });

  it('treats a 100,000-level nested array as a value of the wrong type', () => {
    let deep: unknown = 95;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(thrown(() => aggregate([deep as number])).code).toBe('INVALID_TYPE');
    const r = validateMethodology({ ...flat([ind('a', 100)]), dimensions: deep });
    expect(r.ok).toBe(false);
  });

  it('refuses a list longer than a methodology may have before reading it', () => {
    const r = validateMethodology({ ...flat([ind('a', 100)]), dimensions: new Array(100_001) });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['TOO_LARGE', 'dimensions']]);
  });

  it('refuses more than 2,000,000 list entries in one methodology', () => {
    const wide = Array.from({ length: 30 }, (_, d) => ({ id: `d${d}`, name: 'd', weight: 1, variables: new Array(100_000).fill(0) }));
    const r = validateMethodology({ ...flat([ind('a', 100)]), dimensions: wide });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['TOO_LARGE']);
  });

  it('refuses a scale with more than 1,000 bands and a levels answer with more than 1,000 levels', () => {
    const s = validateScale({ id: 's', name: 's', min: 0, max: 1, bands: new Array(1_001).fill({ category: 'x', label: 'x', min: 0, max: 1 }) });
    expect(s.ok ? [] : s.issues.map((i) => [i.code, i.path])).toEqual([['TOO_LARGE', 'bands']]);
    const levels = Array.from({ length: 1_001 }, (_, i) => ({ key: `k${i}`, value: i }));
    const r = validateMethodology(flat([ind('a', 100, { kind: 'levels', levels })]));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['TOO_LARGE', 'dimensions[0].variables[0].indicators[0].answer.levels']]);
  });

  it('refuses weights too precise to compute with exactly, instead of computing for ever', () => {
    // 1,000 distinct prime denominators: their common denominator has thousands of digits.
    const primes: number[] = [];
    for (let n = 2; primes.length < 1_000; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
    const r = validateMethodology(flat(primes.map((p, i) => ind(`i${i}`, `1/${p}`)), { weights: { renormalize: true } }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual(['TOO_LARGE']);
      expect(r.issues[0]!.path).toMatch(/^dimensions\[0\]\.variables\[0\]\.indicators\[\d+\]\.weight$/);
    }
  });

  it('refuses output bounds beyond ±1e15, which no double could report', () => {
    const r = validateMethodology(flat([ind('a', 100)], { output: { min: 0, max: '1e400' } }));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toContainEqual(['INVALID_RANGE', 'output.max']);
  });
});
