/**
 * Reading a unit result back (src/analysis/internal/unitState.ts), seen through explain,
 * gapToBand and governmentGap: the score check must hold at any number of decimals the
 * methodology allows (0–20), although a double cannot carry a score to 20 decimals.
 */
import { describe, expect, it } from 'vitest';
import { defineMethodology, explain, gapToBand, governmentGap, isKepatuhanError, scales, scoreUnit, type Methodology } from '../../../src/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}

/** Two 0–3 indicators weighing 1 and 2, reported half-up to `decimals` places. */
const precise = (decimals: number): Methodology =>
  defineMethodology({
    id: 'precise',
    name: 'Precise',
    version: '1',
    output: { min: 0, max: 100 },
    rounding: { mode: 'halfUp', decimals },
    weights: { renormalize: true },
    scale: scales.ombudsman2022,
    dimensions: [
      {
        id: 'd',
        name: 'D',
        weight: 100,
        variables: [
          {
            id: 'v',
            name: 'V',
            indicators: [
              { id: 'a', name: 'A', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } },
              { id: 'b', name: 'B', weight: 2, answer: { kind: 'interval', min: 0, max: 3 } },
            ],
          },
        ],
      },
    ],
  });

describe.each([15, 20])('a methodology rounding to %i decimals', (decimals) => {
  const m = precise(decimals);
  // a = 1 of 3, b = 2 of 3: 100 × (1/3 × 1/3 + 2/3 × 2/3) = 500/9 = 55.5…, which no double holds to 15 or 20 places.
  const r = scoreUnit(m, { a: 1, b: 2 });

  it('explain accepts the result scoreUnit gave and reports its score', () => {
    expect(r.score).toBe(500 / 9);
    const e = explain(m, r);
    expect(e.score).toBe(r.score);
    // a loses 100 × 1/3 × 2/3 = 200/9 points, b loses 100 × 2/3 × 1/3 = 200/9 points.
    expect(e.indicators.map((i) => [i.id, i.pointsLost])).toEqual([
      ['a', 200 / 9],
      ['b', 200 / 9],
    ]);
  });

  it('gapToBand plans from it: b to 3 and a to 2 reach A at 800/9 = 88.8…', () => {
    // a 3 & b 2 or a 1 & b 3 give 700/9 = 77.8 (C); a 2 & b 3 gives 800/9 ≥ 88 (A): two steps.
    const gap = gapToBand(m, r, 'A');
    expect(gap.current.score).toBe(r.score);
    expect(gap.plan.map((s) => [s.id, s.from, s.to])).toEqual([
      ['b', 2, 3],
      ['a', 1, 2],
    ]);
    expect(gap.projected).toEqual({ score: 800 / 9, category: 'A', zone: 'hijau' });
  });

  it('governmentGap takes it as a unit result; a single unit is its own mean', () => {
    expect(governmentGap(m, [{ id: 'x', result: r }]).current.score).toBe(r.score);
  });

  it('still rejects a score that differs from the re-scored one', () => {
    const other = scoreUnit(m, { a: 2, b: 2 }).score; // 600/9
    expect(codeOf(() => explain(m, { ...r, score: other }))).toBe('METHODOLOGY_MISMATCH @ unitResult.score');
    expect(codeOf(() => explain(m, { ...r, score: 55.56 }))).toBe('METHODOLOGY_MISMATCH @ unitResult.score');
  });
});

describe('the score of a unit result', () => {
  const m = precise(2);
  const r = scoreUnit(m, { a: 1, b: 2 }); // 55.56

  it('must be the score shown, not a value that merely rounds to it', () => {
    expect(explain(m, r).score).toBe(55.56);
    expect(codeOf(() => explain(m, { ...r, score: 55.555 }))).toBe('METHODOLOGY_MISMATCH @ unitResult.score');
  });

  it('may be written as an exact decimal string (as a database might keep it)', () => {
    expect(explain(m, { ...r, score: '55.56' } as never).score).toBe(55.56);
    expect(codeOf(() => explain(m, { ...r, score: '55.57' } as never))).toBe('METHODOLOGY_MISMATCH @ unitResult.score');
    expect(codeOf(() => explain(m, { ...r, score: true } as never))).toBe('INVALID_TYPE @ unitResult.score');
  });
});
