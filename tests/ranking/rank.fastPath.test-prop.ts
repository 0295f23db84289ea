/**
 * `rank` on its fast path (shown scores as exact integers, a counting sort when they are
 * dense, built-in tie rules computed inline) against a brute-force reference ranking on the
 * exact shown score, written here from the definitions in rank.ts and tieRules.ts.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { rank, TIE_RULE_NAMES, type RankOptions, type TieRuleName } from '../../src/index.js';
import { floorDiv, parseText, roundFrac, scaledText } from '../helpers/exact.js';

/** Thousandths: a narrow band (many ties after rounding, counting sort), anywhere on 0–100 (comparison sort), or x.xx5. */
const milli = fc.oneof(fc.integer({ min: 94_990, max: 95_040 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 9_999 }).map((c) => c * 10 + 5));
const score = fc.tuple(milli, fc.boolean()).map(([m, text]) => (text ? scaledText(BigInt(m), 3, ',') : m / 1000));
const entries = fc
  .uniqueArray(fc.record({ id: fc.stringMatching(/^[a-zA-Z_]{1,3}$/), score, group: fc.constantFrom('kota', 'Kab', undefined, null) }), { selector: (e) => e.id, maxLength: 40 })
  .map((es) => es.map(({ group, ...e }) => (group === undefined ? e : { ...e, group })));
const rule = fc.constantFrom<TieRuleName>(...TIE_RULE_NAMES);

interface Row {
  readonly id: string;
  readonly score: number | string;
  readonly group?: string | null;
}

/** The reference: every entity against every other of its group, on the exact shown score (hundredths, half-up). */
function reference(es: readonly Row[], tie: TieRuleName) {
  const shown = (e: Row) => roundFrac(parseText(String(e.score)), 2, 'halfUp');
  const rows = es.map((e) => {
    const group = e.group ?? null;
    const mates = es.filter((x) => (x.group ?? null) === group);
    const s = shown(e);
    const above = mates.filter((x) => shown(x) > s).length;
    const tiedWith = mates.filter((x) => shown(x) === s).sort((a, b) => (a.id < b.id ? -1 : 1));
    const tied = tiedWith.length;
    const distinctAbove = new Set(mates.map(shown).filter((x) => x > s)).size;
    const indexInTie = tiedWith.indexOf(e);
    const r = { competition: above + 1, dense: distinctAbove + 1, ordinal: above + indexInTie + 1, modifiedCompetition: above + tied, fractional: above + (tied + 1) / 2 }[tie];
    const of = mates.length;
    const below = of - above - tied;
    const percentile = Number(floorDiv(2n * 10000n * BigInt(2 * below + tied) + BigInt(2 * of), 2n * BigInt(2 * of))) / 100; // half-up
    return { id: e.id, group, score: Number(scaledText(s, 2)), rank: r, of, percentile, s, entry: e };
  });
  // Groups (none first, then code-unit order), then shown score descending, then id.
  const g = (x: string | null) => (x === null ? '' : `~${x}`);
  rows.sort((a, b) => (a.group !== b.group ? (g(a.group) < g(b.group) ? -1 : 1) : a.s !== b.s ? (a.s > b.s ? -1 : 1) : a.id < b.id ? -1 : 1));
  return rows.map(({ s: _, ...r }) => r);
}

test.prop([entries, rule])('rank on the fast path gives the same ranks, groups, percentiles as a reference ranking by exact shown score', (es, tie) => {
  expect(rank(es, { tie })).toEqual(reference(es, tie));
});

test.prop([entries, rule])('a built-in tie rule computed inline ranks as the same rule passed as a function', (es, tie) => {
  const builtIn = rank(es, { tie });
  const asFunction: RankOptions<Row> = { tie: (p) => ({ competition: p.above + 1, dense: p.distinctAbove + 1, ordinal: p.above + p.indexInTie + 1, modifiedCompetition: p.above + p.tied, fractional: p.above + (p.tied + 1) / 2 })[tie] };
  expect(rank(es, asFunction)).toEqual(builtIn);
});

test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }), rule])(
  'scores beyond the exact integer range (a range up to 10^15, 2 decimals) rank as their exact shown values',
  (steps, tie) => {
    // 10^15 − steps/100: shown values k ≈ 10^17 > 2^49, tied where the steps are.
    const es = steps.map((s, i) => ({ id: `e${i}`, score: scaledText(10n ** 17n - BigInt(s), 2) }));
    const ranked = rank(es, { tie, range: { min: 0, max: 1e15 } });
    const expected = reference(es, tie);
    expect(ranked.map((r) => [r.id, r.rank, r.percentile])).toEqual(expected.map((r) => [r.id, r.rank, r.percentile]));
  },
);

test.prop([fc.integer({ min: 2, max: 5000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 2 }), fc.integer({ min: 1, max: n - 1 })))])(
  'the first repeated id is reported at its entry however long the list (the id table grows)',
  ([n, first, offset]) => {
    const at = Math.min(n - 1, first + offset);
    const es = Array.from({ length: n }, (_, i) => ({ id: i === at ? `unit ${first}` : `unit ${i}`, score: (i % 10_001) / 100 }));
    expect(() => rank(es)).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: `entries[${at}].id` }));
  },
);
