/**
 * The fewest-steps planner behind gapToBand, through the public API. Scores are worked out by
 * hand in each test (score = Σ weight × answer/max on 0–100; Ombudsman 2022 scale: A ≥ 88,
 * B ≥ 78, C ≥ 54, D ≥ 32, domain reference §2).
 */
import { describe, expect, it } from 'vitest';
import { gapToBand, isKepatuhanError, scoreUnit } from '../../../src/index.js';
import { miniMethodology } from '../../helpers/methodologies.js';

const noneFull = { kind: 'levels', levels: [{ key: 'none', value: 0 }, { key: 'full', value: 1 }] } as const;
const i03 = { kind: 'interval', min: 0, max: 3 } as const;

describe('gapToBand planner: ties between equally good plans', () => {
  // a, b: levels none/full, 20 points each; c: 0–3 interval, 60 points, already at 3.
  const twin = miniMethodology([
    { id: 'a', weight: 20, answer: noneFull },
    { id: 'b', weight: 20, answer: noneFull },
    { id: 'c', weight: 60, answer: i03 },
  ]);
  const u = scoreUnit(twin, { a: 'none', b: 'none', c: 3 }); // 60.00, C

  it('between two level indicators gaining the same, takes the first in methodology order', () => {
    // B needs 78: 18 points, one step of 20 (a or b).
    const g = gapToBand(twin, u, 'B');
    expect(g.steps).toBe(1);
    expect(g.plan.map((s) => [s.id, s.from, s.to])).toEqual([['a', 'none', 'full']]);
  });

  it('lists equal gains in methodology order', () => {
    // A needs 88: 28 points, both steps (20 + 20).
    const g = gapToBand(twin, u, 'A');
    expect(g.steps).toBe(2);
    expect(g.plan.map((s) => [s.id, s.pointsGained])).toEqual([['a', 20], ['b', 20]]);
  });

  it('between an even-grid step and a level step gaining the same, takes the first in methodology order', () => {
    const m = miniMethodology([
      { id: 'r', weight: 20, answer: { kind: 'interval', min: 0, max: 1 } },
      { id: 'L', weight: 20, answer: noneFull },
      { id: 'c', weight: 60, answer: i03 },
    ]);
    const g = gapToBand(m, scoreUnit(m, { r: 0, L: 'none', c: 3 }), 'B');
    expect(g.plan.map((s) => [s.id, s.from, s.to])).toEqual([['r', 0, 1]]);
  });
});

describe('gapToBand planner: what can move', () => {
  it('an indicator already at its top is not in the plan, even when it weighs most', () => {
    const m = miniMethodology([
      { id: 't', weight: 60, answer: i03 },
      { id: 'a', weight: 40, answer: i03 },
    ]);
    // 60 + 0 = 60; B needs 18 points; a gains 40/3 = 13.33 a step: two steps.
    const g = gapToBand(m, scoreUnit(m, { t: 3, a: 0 }), 'B');
    expect(g.plan.map((s) => [s.id, s.from, s.to, s.steps])).toEqual([['a', 0, 2, 2]]);
  });

  it('says why an indicator is blocked: not applicable, or missing and not counted', () => {
    const m = miniMethodology([
      { id: 'a', weight: 40, answer: i03 },
      { id: 'b', weight: 30, answer: i03 },
      { id: 'c', weight: 30, answer: i03 },
    ]);
    const g = gapToBand(m, scoreUnit(m, { a: 0, b: 'na' }, { missing: 'respread' }), 'A');
    expect(g.blocked.map((b) => [b.id, b.reason])).toEqual([['b', 'notApplicable'], ['c', 'notCounted']]);
  });

  it('a cap on a levels indicator holds it at or below the capped level', () => {
    const m = miniMethodology([
      { id: 'L', weight: 50, answer: { kind: 'levels', levels: [{ key: 'none', value: 0 }, { key: 'some', value: 0.5 }, { key: 'full', value: 1 }] } },
      { id: 'c', weight: 50, answer: i03 },
    ]);
    // 0 + 50 = 50 (D). C needs 54: L→some (+25) is the only step under the cap.
    const g = gapToBand(m, scoreUnit(m, { L: 'none', c: 3 }), 'C', { caps: { L: 'some' } });
    expect(g.plan.map((s) => [s.id, s.from, s.to])).toEqual([['L', 'none', 'some']]);
    expect(g.best.score).toBe(75);
  });
});

describe('gapToBand planner: size limit', () => {
  it('refuses a level table over 20,000,000 cells, saying how large it would be', () => {
    // 44 indicators with 100 levels (99 steps each) and one with 95 levels (94 steps):
    // S = 44·99 + 94 = 4450 level steps over G = 45 groups. Table: (S + 1) cells for each of
    // Σ(steps + 1) = S + G choices = 4451 × 4495 = 20,007,245 > 20,000,000.
    const lv = (n: number) => ({ kind: 'levels', levels: Array.from({ length: n }, (_, k) => ({ key: `k${k}`, value: k / 100 })) });
    const m = miniMethodology(Array.from({ length: 45 }, (_, k) => ({ id: `i${k}`, weight: 1, answer: lv(k === 44 ? 95 : 100) as never })));
    const u = scoreUnit(m, Object.fromEntries(Array.from({ length: 45 }, (_, k) => [`i${k}`, 'k0'])));
    let err: unknown;
    try {
      gapToBand(m, u, 'A');
    } catch (e) {
      err = e;
    }
    expect(isKepatuhanError(err) && [err.code, err.path]).toEqual(['TOO_LARGE', 'methodology']);
    expect((err as Error).message).toContain('planning over 45 level-answered indicators needs a table of 20007245 cells; at most 20000000 are allowed');
  });
});
