import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { aggregate, governmentGap, scales, scoreUnit, type AnswerValue } from '../../src/index.js';
import { miniMethodology } from '../helpers/methodologies.js';

// Two indicators: a 0–3 interval and a levels indicator with uneven values.
const setup = fc.record({
  wa: fc.integer({ min: 1, max: 9 }),
  wl: fc.integer({ min: 1, max: 9 }),
  levels: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 3 }),
  units: fc.array(fc.record({ a: fc.integer({ min: 0, max: 3 }), l: fc.nat() }), { minLength: 1, maxLength: 3 }),
  published: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
  target: fc.constantFrom('A', 'B', 'C', 'D', undefined),
});
const order: readonly string[] = scales.ombudsman2022.bands.map((b) => b.category);

test.prop([setup])(
  'a government plan, applied, reaches the target and no plan with fewer answer steps (or as few and a higher score) does: brute force',
  (s) => {
    const levels = [...s.levels].sort((x, y) => x - y);
    const m = miniMethodology([
      { id: 'a', weight: s.wa, answer: { kind: 'interval', min: 0, max: 3 } },
      { id: 'l', weight: s.wl, answer: { kind: 'levels', levels: levels.map((v) => ({ key: `l${v}`, value: v })) } },
    ]);
    const start = s.units.map((u) => ({ a: u.a, l: u.l % levels.length }));
    const published = s.published === undefined ? [] : [{ id: 'pub', score: (s.published / 100).toFixed(2) }];
    const units = [...start.map((u, i) => ({ id: `u${i}`, result: scoreUnit(m, { a: u.a, l: `l${levels[u.l]}` }) })), ...published];
    const g = governmentGap(m, units, s.target === undefined ? {} : { target: s.target });
    const govOf = (states: { a: number; l: number }[]) =>
      aggregate([...states.map((u) => scoreUnit(m, { a: u.a, l: `l${levels[u.l]}` as AnswerValue }).score), ...published.map((p) => p.score)], { scale: scales.ombudsman2022 });
    const now = govOf(start);
    expect(g.current.score).toBe(now.score);
    const targetCat = s.target ?? order[order.indexOf(now.classification!.category) - 1];
    if (targetCat === undefined) {
      expect(g.target).toBeNull();
      return;
    }
    const ok = (cat: string) => order.indexOf(cat) <= order.indexOf(targetCat);
    // Brute force over every combination of answers no lower than the start.
    let best = { steps: Number.POSITIVE_INFINITY, score: -1 };
    const walk = (i: number, acc: { a: number; l: number }[], steps: number): void => {
      if (i === start.length) {
        const r = govOf(acc);
        if (!ok(r.classification!.category)) return;
        if (steps < best.steps || (steps === best.steps && r.score > best.score)) best = { steps, score: r.score };
        return;
      }
      for (let a = start[i]!.a; a <= 3; a++)
        for (let l = start[i]!.l; l < levels.length; l++) walk(i + 1, [...acc, { a, l }], steps + (a - start[i]!.a) + (l - start[i]!.l));
    };
    walk(0, [], 0);
    if (best.steps === Number.POSITIVE_INFINITY) {
      expect(g.reachable).toBe(false);
      return;
    }
    expect(g.reachable).toBe(true);
    expect(g.steps).toBe(best.steps);
    expect(g.projected.score).toBe(best.score);
    // Apply the plan and re-score independently.
    const after = start.map((u) => ({ ...u }));
    for (const c of g.changes) {
      const i = Number(c.id.slice(1));
      for (const p of c.plan) {
        if (p.id === 'a') after[i]!.a = p.to as number;
        else after[i]!.l = levels.indexOf(Number(String(p.to).slice(1)));
      }
    }
    const applied = govOf(after);
    expect(applied.score).toBe(g.projected.score);
    expect(ok(applied.classification!.category)).toBe(true);
    expect(g.changes.reduce((t, c) => t + c.steps, 0)).toBe(g.steps);
  },
);
