import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { rank, roundScore, TIE_RULE_NAMES, type TieRuleName } from '../../src/index.js';

// Scores with three decimals in a narrow band, so many entities show the same 2-decimal value.
const score = fc.integer({ min: 94_990, max: 95_040 }).map((k) => k / 1000);
const entries = fc
  .uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z_]{1,4}$/), score, group: fc.constantFrom('kota', 'kabupaten', undefined) }), {
    selector: (e) => e.id,
    maxLength: 25,
  })
  .map((es) => es.map(({ group, ...e }) => (group === undefined ? e : { ...e, group })));
const rule = fc.constantFrom<TieRuleName>(...TIE_RULE_NAMES);

const byId = (r: ReturnType<typeof rank>): Map<string, number> => new Map(r.map((e) => [e.id, e.rank]));
/** Shown score in hundredths, computed independently of the ranking code. */
const shown = (s: number): number => Math.round(roundScore(s) * 100);

test.prop([entries, rule, fc.func(fc.integer())])('ranks are a permutation-invariant function of the scores', (es, tie, seedFn) => {
  const shuffled = [...es].sort((a, b) => seedFn(a.id) - seedFn(b.id) || (a.id < b.id ? -1 : 1));
  expect(byId(rank(shuffled, { tie }))).toEqual(byId(rank(es, { tie })));
});

test.prop([entries])('competition rank = 1 + number of group members showing a strictly higher score (independent count)', (es) => {
  const r = rank(es);
  for (const e of r) {
    const g = es.filter((x) => ('group' in x ? x.group : null) === e.group);
    expect(e.rank).toBe(1 + g.filter((x) => shown(x.score) > shown(Number(e.entry.score))).length);
    expect(e.of).toBe(g.length);
  }
});

test.prop([entries, fc.constantFrom<TieRuleName>('competition', 'dense', 'modifiedCompetition', 'fractional')])(
  'entities showing the same score in a group get the same rank',
  (es, tie) => {
    const r = rank(es, { tie });
    for (const a of r) for (const b of r) if (a.group === b.group && a.score === b.score) expect(a.rank).toBe(b.rank);
  },
);

test.prop([entries.filter((es) => es.length > 0), fc.nat(), fc.integer({ min: 0, max: 60 }), rule])(
  "raising one entity's score never worsens its rank",
  (es, pick, raise, tie) => {
    const i = pick % es.length;
    const target = es[i]!;
    const raised = es.map((e, k) => (k === i ? { ...e, score: (Math.round(target.score * 1000) + raise) / 1000 } : e));
    const before = rank(es, { tie }).find((e) => e.id === target.id)!.rank;
    const after = rank(raised, { tie }).find((e) => e.id === target.id)!.rank;
    expect(after).toBeLessThanOrEqual(before);
  },
);

test.prop([entries, rule])('ranks lie in 1…group size and percentiles in 0–100; ordinal ranks are a permutation of 1…n', (es, tie) => {
  const r = rank(es, { tie });
  for (const e of r) {
    expect(e.rank).toBeGreaterThanOrEqual(1);
    expect(e.rank).toBeLessThanOrEqual(e.of);
    expect(e.percentile).toBeGreaterThanOrEqual(0);
    expect(e.percentile).toBeLessThanOrEqual(100);
  }
  if (tie === 'ordinal')
    for (const g of new Set(r.map((e) => e.group))) {
      const ranks = r.filter((e) => e.group === g).map((e) => e.rank);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks.map((_, k) => k + 1));
    }
});
