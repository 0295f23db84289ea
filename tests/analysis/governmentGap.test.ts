import { describe, expect, it } from 'vitest';
import { governmentGap, isKepatuhanError, presets, scoreUnit } from '../../src/index.js';
import { seeds } from '../helpers/fixtures.js';
import { adjusted } from '../helpers/adjusted.js';
import { miniMethodology } from '../helpers/methodologies.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}

/** Half-up division of non-negative integers, independently of the library. */
const halfUp = (n: number, d: number): number => Math.floor((2 * n + d) / (2 * d));

describe('governmentGap: which units pull the mean down (seed-results.json)', () => {
  it.each(seeds().regions.filter((r) => r.units.length > 0 && r.reported.score !== undefined).map((r) => [r.region, r] as const))(
    '%s: the government score is the published one, and drags and leave-one-out means match an integer computation',
    (_name, region) => {
      const units = region.units.map((u) => ({ id: u.name, name: u.name, score: u.score }));
      const g = governmentGap(presets.ombudsman2022, units);
      expect(g.current.score).toBe(region.reported.score);
      if (region.reported.category !== undefined) expect(g.current.category).toBe(region.reported.category);
      const h = region.units.map((u) => Math.round(u.score * 100));
      const sum = h.reduce((s, x) => s + x, 0);
      const n = h.length;
      for (const d of g.drags) {
        const k = h[region.units.findIndex((u) => u.name === d.id)]!;
        expect(Math.round(d.drag * 100)).toBe(halfUp(10_000 - k, n));
        expect(Math.round(d.withoutUnit! * 100)).toBe(halfUp(sum - k, n - 1));
        expect(d.plannable).toBe(false);
      }
      // Most drag first: lowest scores first.
      const scores = g.drags.map((d) => d.score);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      // Every published government here is A, the top band: nothing to plan.
      expect([g.target, g.reached, g.steps, g.changes]).toEqual([null, true, 0, []]);
    },
  );

  it('Kota Cilegon 2024: Dinas Pendidikan dan Kebudayaan (93.46) pulls the 95.31 down most; without it the mean is 95.62', () => {
    const cilegon = seeds().regions.find((r) => r.region === 'Kota Cilegon')!;
    const g = governmentGap(presets.ombudsman2022, cilegon.units.map((u) => ({ id: u.name, score: u.score })));
    expect(g.drags[0]).toMatchObject({ id: 'Dinas Pendidikan dan Kebudayaan', score: 93.46, drag: 0.93, withoutUnit: 95.62 });
  });
});

describe('governmentGap: plans', () => {
  const m = miniMethodology([
    { id: 'a', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
    { id: 'b', weight: 30, answer: { kind: 'interval', min: 0, max: 3 } },
    { id: 'c', weight: 20, answer: { kind: 'yesNo' } },
  ]);
  // Steps, by hand: a +16.67, b +10, c +20 (points of the unit's score).
  const units = [
    { id: 'u0', name: 'Dinas Sosial', result: scoreUnit(m, { a: 1, b: 1, c: false }) }, // 26.67
    { id: 'u1', result: scoreUnit(m, { a: 3, b: 2, c: true }) }, // 90.00
    { id: 'u2', result: scoreUnit(m, { a: 2, b: 0, c: true }) }, // 53.33
  ];

  it('lifts the government (56.67, C) into the next band (B, 78.00) with the fewest answer steps over all units', () => {
    const g = governmentGap(m, units);
    expect(g.current).toEqual({ score: 56.67, category: 'C', zone: 'kuning' });
    expect(g.target).toEqual({ category: 'B', zone: null, minScore: 78 });
    expect(g.pointsNeeded).toBe(21.33);
    // The three units must gain 3 × 77.995 − 170.00 = 63.985 shown points. Three steps give at most
    // 20 + 16.67 + 16.67 = 53.33; four give 20 + 3 × 16.67 = 70.
    expect(g.steps).toBe(4);
    expect(g.changes.map((c) => [c.id, c.from, c.to, c.steps])).toEqual([['u0', 26.67, 80, 3], ['u2', 53.33, 70, 1]]);
    expect(g.changes[0]!.name).toBe('Dinas Sosial');
    expect(g.changes[0]!.plan.map((s) => [s.id, s.from, s.to])).toEqual([['a', 1, 3], ['c', false, true]]);
    expect(g.projected).toEqual({ score: 80, category: 'B', zone: 'hijau' });
    expect(g.drags.map((d) => d.id)).toEqual(['u0', 'u2', 'u1']);
  });

  it('honours an explicit target and locked indicators, and says when the target is out of reach', () => {
    expect(governmentGap(m, units, { target: 'A' }).steps).toBeGreaterThan(4);
    const locked = governmentGap(m, units, { target: 'A', locked: ['a'] });
    expect(locked.reachable).toBe(false);
    expect(locked.best.score).toBeLessThan(88);
    expect(locked.blocked.map((b) => b.unit)).toEqual(['u0', 'u2']);
  });

  it('keeps a unit’s adjustment: its score is counted net of the correction, and its cap binds the plan', () => {
    const adj = [{ id: 'u0', result: adjusted(units[0]!.result, 10, 50) }, units[1]!, units[2]!]; // 26.67 → 16.67
    const g = governmentGap(m, adj, { target: 'B' });
    expect(g.current).toEqual({ score: 53.33, category: 'D', zone: 'merah' }); // (16.67 + 90 + 53.33) / 3
    expect(g.best.score).toBe(83.33); // (50 + 100 + 100) / 3: u0 stops at its cap
    // B needs 3 × 77.995 − 160 = 73.985 more shown points. u0 gains at most 33.33 (two steps, then
    // capped); u2 16.67, then 10 a step; u1 10. Five steps give at most 70, six give 80 (by hand).
    expect(g.steps).toBe(6);
    expect(g.changes.find((c) => c.id === 'u0')!.to).toBe(50);
    expect(g.projected.score).toBe(80);
  });

  it('counts units given only by their published score without planning them', () => {
    const g = governmentGap(m, [...units, { id: 'published', score: 40 }]);
    expect(g.changes.some((c) => c.id === 'published')).toBe(false);
    expect(g.drags[0]!.id).toBe('u0');
    expect(g.drags.find((d) => d.id === 'published')!.plannable).toBe(false);
  });
});

describe('governmentGap: bad input', () => {
  it('reports bad units by path', () => {
    expect(codeOf(() => governmentGap(presets.ombudsman2022, []))).toBe('EMPTY_INPUT @ units');
    expect(codeOf(() => governmentGap(presets.ombudsman2022, [{ id: 'a', score: 1 }, { id: 'a', score: 2 }]))).toBe('DUPLICATE_ID @ units[1].id');
    expect(codeOf(() => governmentGap(presets.ombudsman2022, [{ id: 'a' } as never]))).toBe('MISSING_FIELD @ units[0]');
    expect(codeOf(() => governmentGap(presets.ombudsman2022, [{ id: 'a', score: 'x' }]))).toBe('INVALID_NUMBER @ units[0].score');
    const mini = miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }]);
    expect(codeOf(() => governmentGap(presets.ombudsman2022, [{ id: 'a', result: scoreUnit(mini, { a: 1 }) }]))).toBe('METHODOLOGY_MISMATCH @ units[0].result.methodology');
    expect(codeOf(() => governmentGap(presets.ombudsman2022, [{ id: 'a', score: 50 }], { target: 'Z' }))).toBe('UNKNOWN_BAND @ options.target');
  });
});
