import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { defineMethodology, gapToBand, scales, scoreUnit, ZONES, type AnswerSpec, type AnswerValue, type Methodology } from '../../src/index.js';

// Small methodologies: up to 4 indicators over 2 dimensions, answered on intervals, yes/no, or
// levels with uneven values (where the largest single step is not the best first step).
const indicator = fc.record({
  kind: fc.constantFrom('interval', 'yesNo', 'levels'),
  max: fc.integer({ min: 1, max: 3 }),
  levels: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 4 }),
  weight: fc.integer({ min: 1, max: 9 }),
  dim: fc.integer({ min: 0, max: 1 }),
  pick: fc.nat(),
  na: fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
  locked: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
});
const bandOrder: readonly string[] = scales.ombudsman2022.bands.map((b) => b.category); // A … E, best first
const target = fc.constantFrom('A', 'B', 'C', 'D', 'hijau', 'kuning');

type Ind = { kind: string; max: number; levels: number[]; weight: number; dim: number; pick: number; na: boolean; locked: boolean };

function build(inds: Ind[]): { m: Methodology; values: AnswerValue[][]; current: AnswerValue[] } {
  const specs = inds.map((x, i) => {
    const answer: AnswerSpec =
      x.kind === 'interval' ? { kind: 'interval', min: 0, max: x.max } : x.kind === 'yesNo' ? { kind: 'yesNo' } : { kind: 'levels', levels: x.levels.map((v) => ({ key: `l${v}`, value: v })) };
    return { id: `i${i}`, name: `I${i}`, weight: x.weight, answer, dim: x.dim };
  });
  const dims = [0, 1].filter((d) => specs.some((s) => s.dim === d));
  const m = defineMethodology({
    id: 'small', name: 'Small', version: '1', output: { min: 0, max: 100 }, weights: { renormalize: true }, scale: scales.ombudsman2022,
    dimensions: dims.map((d) => ({ id: `d${d}`, name: `D${d}`, weight: d + 1, variables: [{ id: `v${d}`, name: `V${d}`, indicators: specs.filter((s) => s.dim === d).map(({ dim: _, ...s }) => s) }] })),
  });
  // Answer values in increasing order of value.
  const values = inds.map((x): AnswerValue[] =>
    x.kind === 'interval' ? Array.from({ length: x.max + 1 }, (_, k) => k) : x.kind === 'yesNo' ? [false, true] : [...x.levels].sort((a, b) => a - b).map((v) => `l${v}`),
  );
  const current = inds.map((x, i) => (x.na ? 'na' : values[i]![x.pick % values[i]!.length]!));
  return { m, values, current };
}

const reaches = (category: string, zone: string | undefined, t: string): boolean =>
  bandOrder.includes(t) ? bandOrder.indexOf(category) <= bandOrder.indexOf(t) : zone !== undefined && ZONES.indexOf(zone as never) <= ZONES.indexOf(t as never);

test.prop([fc.array(indicator, { minLength: 1, maxLength: 4 }).filter((xs) => xs.some((x) => !x.na)), target])(
  'a gap-to-band plan, applied, reaches the target band and no plan with fewer steps (or as few steps and more points) does: brute force',
  (inds, t) => {
    const { m, values, current } = build(inds);
    const ids = inds.map((_, i) => `i${i}`);
    const answersOf = (vals: AnswerValue[]) => Object.fromEntries(ids.map((id, i) => [id, vals[i]]));
    const now = scoreUnit(m, answersOf(current));
    const locked = ids.filter((_, i) => inds[i]!.locked);
    const gap = gapToBand(m, now, t, { locked });

    // Brute force: every combination of answers no lower than the current ones (locked and N/A fixed).
    const choices = current.map((c, i) => (c === 'na' || inds[i]!.locked ? [c] : values[i]!.slice(values[i]!.indexOf(c))));
    let bestSteps = Number.POSITIVE_INFINITY;
    let bestGain = Number.NEGATIVE_INFINITY;
    const walk = (i: number, vals: AnswerValue[], steps: number): void => {
      if (i === ids.length) {
        const r = scoreUnit(m, answersOf(vals));
        if (!reaches(r.classification.category, r.classification.zone, t)) return;
        const gain = r.unrounded - now.unrounded;
        if (steps < bestSteps || (steps === bestSteps && gain > bestGain)) {
          bestSteps = steps;
          bestGain = gain;
        }
        return;
      }
      choices[i]!.forEach((v, k) => walk(i + 1, [...vals, v], steps + k));
    };
    walk(0, [], 0);

    if (bestSteps === Number.POSITIVE_INFINITY) {
      expect(gap.reachable).toBe(false);
      expect(gap.plan).toEqual([]);
      return;
    }
    expect(gap.reachable).toBe(true);
    expect(gap.reached).toBe(bestSteps === 0);
    expect(gap.steps).toBe(bestSteps);
    const after = [...current];
    for (const s of gap.plan) after[ids.indexOf(s.id)] = s.to;
    const applied = scoreUnit(m, answersOf(after));
    expect(reaches(applied.classification.category, applied.classification.zone, t)).toBe(true);
    expect(applied.score).toBe(gap.projected.score);
    expect(Math.abs(applied.unrounded - now.unrounded - bestGain)).toBeLessThan(1e-9);
    expect(gap.plan.reduce((s, x) => s + x.steps, 0)).toBe(gap.steps);
    // And the steps of each change are counted on the indicator's own ladder.
    for (const s of gap.plan) {
      const i = ids.indexOf(s.id);
      expect(values[i]!.indexOf(s.to) - values[i]!.indexOf(current[i]!)).toBe(s.steps);
    }
  },
);

// A scoreUnit adjustment (the 2023 "variabel substantif"): a correction on the 2-decimal grid,
// maybe a cap, maybe a barred zone.
const adjustmentArb = fc.record(
  {
    correction: fc.integer({ min: 0, max: 3000 }).map((k) => k / 100),
    cap: fc.integer({ min: 0, max: 10000 }).map((k) => k / 100),
    barZone: fc.constantFrom('hijau' as const, 'kuning' as const),
  },
  { requiredKeys: ['correction'] },
);

test.prop([fc.array(indicator, { minLength: 1, maxLength: 4 }).filter((xs) => xs.some((x) => !x.na)), target, adjustmentArb])(
  'with a scoreUnit adjustment, the projected and best standings are what scoreUnit reports for those answers with the same adjustment',
  (inds, t, adjustment) => {
    const { m, values, current } = build(inds);
    const ids = inds.map((_, i) => `i${i}`);
    const answersOf = (vals: AnswerValue[]) => Object.fromEntries(ids.map((id, i) => [id, vals[i]]));
    const now = scoreUnit(m, answersOf(current), { adjustment });
    const locked = ids.filter((_, i) => inds[i]!.locked);
    const gap = gapToBand(m, now, t, { locked });
    const standing = (r: typeof now) => ({ score: r.score, category: r.classification.category, zone: r.classification.zone ?? null });
    expect(gap.current).toEqual(standing(now));
    const after = [...current];
    for (const s of gap.plan) after[ids.indexOf(s.id)] = s.to;
    expect(gap.projected).toEqual(standing(scoreUnit(m, answersOf(after), { adjustment })));
    // Best: every indicator that may change at its highest answer.
    const top = current.map((c, i) => (c === 'na' || inds[i]!.locked ? c : values[i]![values[i]!.length - 1]!));
    expect(gap.best).toEqual(standing(scoreUnit(m, answersOf(top), { adjustment })));
  },
);
