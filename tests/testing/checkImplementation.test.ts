import { describe, expect, it } from 'vitest';
import { presets, scales, type Methodology } from '../../src/index.js';
import { assertImplementation, checkImplementation, type AnswerSet } from '../../src/testing/index.js';
import { elementIds, exactHundredths, referenceImplementation, skmImplementations } from './implementations.js';

// Every check runs with a fixed seed, so these tests are deterministic; the counterexamples
// are checked against arithmetic done here (domain reference §6), not copied from a run.
const skm = presets.skm2017;
const ids = elementIds(skm);
const impl = skmImplementations(ids);
const survey = { input: 'questionnaires', seed: 1 } as const;

const allAnswers = (qs: readonly AnswerSet[]): number[] => qs.flatMap((q) => ids.map((id) => Number(q[id])));
/** The exact index 25·S/(9n) as S/n, kept as integers for comparisons. */
const sumAndCount = (qs: readonly AnswerSet[]): { S: number; n: number } => ({ S: allAnswers(qs).reduce((a, b) => a + b, 0), n: qs.length });

describe('checkImplementation: a correct implementation passes', () => {
  it('SKM from questionnaires (integer arithmetic, category of the rounded index): ok on band edges and random surveys', () => {
    const r = checkImplementation(skm, impl.exact, survey);
    expect(r.ok, r.message).toBe(true);
    expect(r.counterexample).toBeUndefined();
    expect(r.runs).toBe(200 + r.edgeCases); // the edge cases run first, then numRuns random ones
    expect(r.edgeCases).toBeGreaterThan(10);
    expect(r.message).toContain('agrees with kepatuhan on skm2017');
  });

  it('SKM on one questionnaire: ok', () => {
    const r = checkImplementation(skm, impl.exactUnit, { seed: 2 });
    expect(r.ok, r.message).toBe(true);
  });

  it.each(['ombudsman2022', 'pekppp2022', 'ombudsman2013'] as const)('%s: the independent reference scorer of tests/helpers passes', (name) => {
    const m: Methodology = presets[name];
    const r = checkImplementation(m, referenceImplementation(m), { seed: 3, numRuns: 50 });
    expect(r.ok, r.message).toBe(true);
    expect(r.edgeCases).toBeGreaterThan(0);
  });

  it('the band-edge search finds a survey for every edge of the SKM scale (with 300 questionnaires each step is 25/2700 < 0.01)', () => {
    const seen = new Set<number>();
    const r = checkImplementation(
      skm,
      (qs) => {
        seen.add(exactHundredths(ids, qs));
        return impl.exact(qs);
      },
      { ...survey, numRuns: 1 },
    );
    expect(r.ok).toBe(true);
    // §6: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
    for (const edge of [2500, 6499, 6500, 7660, 7661, 8830, 8831, 10000]) expect(seen, `edge ${edge / 100}`).toContain(edge);
  });
});

describe('checkImplementation catches each slip of public SKM apps (domain reference §6)', () => {
  it('weight 0.111 with NRR rounded to 3 decimals: caught on one questionnaire of all 1s (kepatuhan 25, the app 24.98 = 9 × 0.111 × 25 rounded)', () => {
    const r = checkImplementation(skm, impl.weight0111, survey);
    expect(r.ok).toBe(false);
    expect(r.counterexample).toEqual([Object.fromEntries(ids.map((id) => [id, 1]))]);
    expect(r.expected).toMatchObject({ score: 25, category: 'D' });
    expect(r.actual).toEqual({ score: 24.98 });
    expect(r.message).toContain('Expected: 25 D (Tidak Baik)');
    expect(r.message).toContain('Actual:   24.98');
    // ... and §6's own figure: all-4 answers give 99.90.
    expect(impl.weight0111([Object.fromEntries(ids.map((id) => [id, 4]))])).toBe(99.9);
  });

  it('weight 0.11 (every index × 0.99): caught on one questionnaire of all 1s (kepatuhan 25, the app 24.75)', () => {
    const r = checkImplementation(skm, impl.weight011, { seed: 1 });
    expect(r.ok).toBe(false);
    expect(r.counterexample).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    expect([r.expected?.score, r.actual?.score]).toEqual([25, 24.75]);
  });

  it('category of the unrounded index: caught on a survey whose exact index is within 0.005 below a band, rounded up into it', () => {
    const r = checkImplementation(skm, impl.unroundedCategory, survey);
    expect(r.ok).toBe(false);
    const { S, n } = sumAndCount(r.counterexample!);
    // Exact index x = 25S/(9n); some lower bound b of §6 (65.00, 76.61, 88.31) has b − 0.005 ≤ x < b.
    const below = [6500, 7661, 8831].filter((b100) => (b100 * 10 - 5) * 9 * n <= 25000 * S && 25000 * S < b100 * 10 * 9 * n);
    expect(below, r.message).toHaveLength(1);
    expect(r.expected?.score).toBe(below[0]! / 100);
    expect(r.actual?.category).not.toBe(r.expected?.category);
  });

  it('the C/B boundary at 76.00/76.01: caught on a survey whose index is 76.01–76.60 (kepatuhan C, the app B)', () => {
    const r = checkImplementation(skm, impl.boundary7600, survey);
    expect(r.ok).toBe(false);
    const hundredths = exactHundredths(ids, r.counterexample!);
    expect(hundredths, r.message).toBeGreaterThanOrEqual(7601);
    expect(hundredths, r.message).toBeLessThanOrEqual(7660);
    expect([r.expected?.category, r.actual?.category]).toEqual(['C', 'B']);
    expect(r.shrinks).toBeGreaterThan(0); // shrunk from the band-edge case it was found on
  });

  it('floating point (Σ 4 × (1/9) × 25 = 100.00000000000003, category "X"): caught on one questionnaire of all 4s', () => {
    const r = checkImplementation(skm, impl.floatX, { seed: 1 });
    expect(r.ok).toBe(false);
    expect(r.counterexample).toEqual(Object.fromEntries(ids.map((id) => [id, 4])));
    expect(r.expected).toMatchObject({ score: 100, category: 'A' });
    expect(r.actual).toEqual({ score: 100, category: 'X' });
  });

  it('rounding half to even instead of half-up: caught on a survey whose exact index ends in 5 at the third decimal (the smallest has 8 questionnaires: 25 · S / 72)', () => {
    const r = checkImplementation(skm, impl.halfEven, survey);
    expect(r.ok).toBe(false);
    const { S, n } = sumAndCount(r.counterexample!);
    // Exactly halfway: 200 × 25S/(9n) = 5000S/(9n) is an odd integer.
    expect((5000 * S) % (9 * n), r.message).toBe(0);
    expect(((5000 * S) / (9 * n)) % 2, r.message).toBe(1);
    expect(r.actual!.score).toBe(r.expected!.score - 0.01 > 0 ? Number((r.expected!.score - 0.01).toFixed(2)) : 0);
  });

  it.each([1, 2])('the band-edge search is what catches the narrow slips: without it, 200 random cases miss them (seed %i)', (seed) => {
    const without = { seed, edgeSearches: 0 };
    expect(checkImplementation(skm, impl.unroundedCategory, { ...without, input: 'questionnaires' }).ok).toBe(true);
    expect(checkImplementation(skm, impl.floatX, without).ok).toBe(true);
    // With it, each narrow slip is caught among the band-edge cases (before any random one).
    for (const r of [
      checkImplementation(skm, impl.unroundedCategory, { seed, input: 'questionnaires' }),
      checkImplementation(skm, impl.boundary7600, { seed, input: 'questionnaires' }),
      checkImplementation(skm, impl.halfEven, { seed, input: 'questionnaires' }),
      checkImplementation(skm, impl.floatX, { seed }),
    ]) {
      expect(r.ok).toBe(false);
      expect(r.runs).toBeLessThanOrEqual(r.edgeCases);
    }
  });
});

describe('the report', () => {
  it('gives the seed and path that replay the shrunk counterexample in one run', () => {
    const first = checkImplementation(skm, impl.boundary7600, survey);
    expect(first.path).toMatch(/^\d+(:\d+)*$/);
    const again = checkImplementation(skm, impl.boundary7600, { ...survey, path: first.path! });
    expect(again.ok).toBe(false);
    expect(again.runs).toBe(1);
    expect(again.counterexample).toEqual(first.counterexample);
  });

  it('reads as the counterexample, expected vs actual, and the replay', () => {
    const r = checkImplementation(skm, impl.weight0111, survey);
    const q = JSON.stringify(Object.fromEntries(ids.map((id) => [id, 1])));
    expect(r.message.split('\n')).toEqual([
      expect.stringMatching(/^Your scoring disagrees with kepatuhan on skm2017 \(Survei Kepuasan Masyarakat.*\) after 1 case\.$/),
      'Counterexample (1 questionnaire):',
      `  ${q}`,
      'Expected: 25 D (Tidak Baik); unrounded 25',
      'Actual:   24.98',
      `Replay:   { seed: 1, path: ${JSON.stringify(r.path)} }`,
    ]);
  });

  it('reports what a throwing implementation threw', () => {
    const r = checkImplementation(skm, () => {
      throw new RangeError('no answers');
    }, { seed: 1 });
    expect(r.ok).toBe(false);
    expect(r.actual).toEqual({ error: 'RangeError: no answers' });
    expect(r.message).toContain('Actual:   threw RangeError: no answers');
  });

  it('a non-finite or missing score disagrees', () => {
    expect(checkImplementation(skm, () => Number.NaN, { seed: 1, edgeSearches: 0 }).ok).toBe(false);
    expect(checkImplementation(skm, () => ({ score: Number.POSITIVE_INFINITY }), { seed: 1, edgeSearches: 0 }).ok).toBe(false);
  });

  it('tolerance accepts a score off by at most that much', () => {
    expect(checkImplementation(skm, impl.weight011, { seed: 1, tolerance: 1.01 }).ok).toBe(true); // 100 × 0.01 = 1 point at most
    expect(checkImplementation(skm, impl.weight011, { seed: 1, tolerance: 0.5 }).ok).toBe(false);
  });

  it('options.scale classifies the expected score on another scale', () => {
    // The SKM index shown with the Ombudsman 2022 categories (A ≥ 88, B ≥ 78, C ≥ 54, D ≥ 32, else E).
    const ombudsmanCategory = (s: number): string => (s >= 88 ? 'A' : s >= 78 ? 'B' : s >= 54 ? 'C' : s >= 32 ? 'D' : 'E');
    const mine = (a: AnswerSet) => {
      const score = impl.exactUnit(a).score;
      return { score, category: ombudsmanCategory(score) };
    };
    expect(checkImplementation(skm, mine, { seed: 1, scale: scales.ombudsman2022 }).ok).toBe(true);
    const r = checkImplementation(skm, mine, { seed: 1 });
    expect([r.ok, r.expected?.category, r.actual?.category]).toEqual([false, 'D', 'E']); // 25: D on the SKM scale
  });

  it('assertImplementation throws the report as an Error, and returns quietly when it agrees', () => {
    expect(() => assertImplementation(skm, impl.weight0111, survey)).toThrowError(/Counterexample \(1 questionnaire\)[\s\S]*Expected: 25 D[\s\S]*Actual: {3}24\.98[\s\S]*Replay: {3}\{ seed: 1, path: /);
    expect(() => assertImplementation(skm, impl.exact, { ...survey, numRuns: 20 })).not.toThrow();
    expect(() => assertImplementation(skm, impl.exactUnit, { seed: 1, numRuns: 20 })).not.toThrow();
  });

  it('notApplicable: "na" answers reach the implementation, and an implementation that counts them as 0 is caught', () => {
    let sawNa = false;
    const naAsZero = (a: AnswerSet): number => {
      if (Object.values(a).includes('na')) sawNa = true;
      const values = ids.map((id) => (a[id] === 'na' ? 0 : Number(a[id])));
      return Math.round(((values.reduce((s, v) => s + v, 0) / 9) * 25 + 1e-9) * 100) / 100;
    };
    const r = checkImplementation(skm, naAsZero, { seed: 1, notApplicable: true });
    expect(sawNa).toBe(true);
    expect(r.ok).toBe(false);
    expect(Object.values(r.counterexample!)).toContain('na');
  });

  it('a methodology that is not defined (here an invalid copy) throws NOT_DEFINED', () => {
    expect(() => checkImplementation({ ...skm, dimensions: [] } as never, impl.exactUnit)).toThrowError(expect.objectContaining({ code: 'NOT_DEFINED', path: 'methodology' }));
  });
});
