/**
 * The options sensitivity shares with replaySensitivityRun (src/analysis/internal/study.ts):
 * `tie` and `missing` are read from the options, the tie rule is named in the result's
 * parameters, and a throwing getter on either option is reported at its own path.
 */
import { describe, expect, it } from 'vitest';
import { isKepatuhanError, sensitivity, tieRules } from '../../../src/index.js';
import { interval03 } from '../../helpers/builders.js';
import { miniMethodology } from '../../helpers/methodologies.js';

/** One dimension, two 0–3 indicators weighing 1 each: the score is 100 × (a + b) / 6. */
const m = miniMethodology([
  { id: 'a', weight: 1, answer: interval03 },
  { id: 'b', weight: 1, answer: interval03 },
]);

// x and y tie at 100 × 4 / 6 = 66.67; z is below with 100 × 1 / 6 = 16.67.
const entities = [
  { id: 'x', answers: { a: 3, b: 1 } },
  { id: 'y', answers: { a: 1, b: 3 } },
  { id: 'z', answers: { a: 1, b: 0 } },
];
const base = { runs: 1, weightNoise: 0 } as const;
const rankOf = (r: ReturnType<typeof sensitivity>, id: string): number => r.entities.find((e) => e.id === id)!.baseline.rank;

function errorOf(fn: () => unknown): { code: string; path: string | undefined } | undefined {
  try {
    fn();
  } catch (e) {
    if (isKepatuhanError(e)) return { code: e.code, path: e.path };
    throw e;
  }
  return undefined;
}

describe('the tie option', () => {
  it('defaults to the competition rule and says so in the parameters (1, 1, 3)', () => {
    const r = sensitivity(m, entities, base);
    expect(r.parameters.tie).toBe('competition');
    expect(rankOf(r, 'z')).toBe(3);
  });

  it('a named rule is applied and named in the parameters (dense: 1, 1, 2)', () => {
    const r = sensitivity(m, entities, { ...base, tie: 'dense' });
    expect(r.parameters.tie).toBe('dense');
    expect(rankOf(r, 'x')).toBe(1);
    expect(rankOf(r, 'y')).toBe(1);
    expect(rankOf(r, 'z')).toBe(2);
  });

  it('a function is applied and recorded as "custom" (the function itself is not data)', () => {
    const r = sensitivity(m, entities, { ...base, tie: tieRules.dense });
    expect(r.parameters.tie).toBe('custom');
    expect(rankOf(r, 'z')).toBe(2);
  });

  it('a getter that throws on tie is reported at options.tie', () => {
    const o = Object.defineProperty({ ...base }, 'tie', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(errorOf(() => sensitivity(m, entities, o))).toEqual({ code: 'UNREADABLE_INPUT', path: 'options.tie' });
  });
});

describe('the missing option', () => {
  const withGap = [
    { id: 'x', answers: { a: 3 } },
    { id: 'y', answers: { a: 1, b: 3 } },
  ];

  it('a missing answer is refused by default (missing: "error")', () => {
    expect(errorOf(() => sensitivity(m, withGap, base))?.code).toBe('MISSING_ANSWER');
  });

  it('missing: "zero" is applied: x counts b as 0, 100 × 3 / 6 = 50', () => {
    const r = sensitivity(m, withGap, { ...base, missing: 'zero' });
    expect(r.entities.find((e) => e.id === 'x')!.baseline.score).toBe(50);
  });

  it('a getter that throws on missing is reported at options.missing', () => {
    const o = Object.defineProperty({ ...base }, 'missing', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(errorOf(() => sensitivity(m, entities, o))).toEqual({ code: 'UNREADABLE_INPUT', path: 'options.missing' });
  });
});
