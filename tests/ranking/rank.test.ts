import { describe, expect, it } from 'vitest';
import { defineScale, isKepatuhanError, rank, scales } from '../../src/index.js';
import { seeds, sumut2022 } from '../helpers/fixtures.js';

const four = [
  { id: 'a', score: 97 },
  { id: 'b', score: 95 },
  { id: 'c', score: '95,00' },
  { id: 'd', score: 90 },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}

describe('rank: published rankings (examples/data)', () => {
  it('Kepulauan Bangka Belitung 2023: the published list order is rank 1 to 7 of 7', () => {
    const list = seeds().provinceRankings.find((p) => p.province === 'Kepulauan Bangka Belitung')!;
    const ranked = rank(list.results.map((r) => ({ id: r.region, score: r.score })));
    expect(ranked.map((r) => r.id)).toEqual(list.results.map((r) => r.region));
    expect(ranked.map((r) => r.rank)).toEqual(list.results.map((_, i) => i + 1));
    expect(ranked.every((r) => r.of === list.results.length)).toBe(true);
  });

  it('Sumatera Utara 2022 kota: ranks inside the province keep the order of the published national ranks (92, 96, 97, 98 of 98)', () => {
    const rows = sumut2022().filter((r) => r.type === 'kota' || r.type === 'kabupaten');
    const ranked = rank(
      rows.map((r) => ({ id: r.entity, score: r.score, type: r.type })),
      { groupBy: (e) => e.type },
    );
    const kota = ranked.filter((r) => r.group === 'kota');
    expect(kota).toHaveLength(rows.filter((r) => r.type === 'kota').length);
    const published = rows.filter((r) => r.type === 'kota' && r.rank !== null);
    expect(published.length).toBeGreaterThanOrEqual(2);
    const local = (id: string): number => kota.find((k) => k.id === id)!.rank;
    for (const a of published)
      for (const b of published) if (a.rank! < b.rank!) expect(local(a.entity)).toBeLessThan(local(b.entity));
    // Binjai is last nationally (98 of 98), so it is last among the province's kota too.
    const last = published.find((r) => r.rank === r.rankOf)!;
    expect(local(last.entity)).toBe(kota.length);
  });
});

describe('rank with a scale: each entry carries the band of the score it was ranked on', () => {
  it('Kepulauan Bangka Belitung 2023: the published zone and opinion of every region (examples/data)', () => {
    const list = seeds().provinceRankings.find((p) => p.province === 'Kepulauan Bangka Belitung')!;
    const ranked = rank(list.results.map((r) => ({ id: r.region, score: r.score })), { scale: scales.ombudsman2022 });
    expect(ranked.map((r) => [r.id, r.classification.zone, r.classification.label.toLowerCase()])).toEqual(list.results.map((r) => [r.region, r.zone, r.opinion]));
  });

  it('classifies the shown (rounded) score, not the raw one: 77.995 shows 78.00 and is B, 77.994 shows 77.99 and is C', () => {
    const ranked = rank([{ id: 'up', score: 77.995 }, { id: 'down', score: 77.994 }], { scale: scales.ombudsman2022 });
    expect(ranked.map((r) => [r.id, r.score, r.classification.category])).toEqual([
      ['up', 78, 'B'],
      ['down', 77.99, 'C'],
    ]);
  });

  it('a coarser shown value is what is classified: 87.96 shown with 1 decimal is 88.0, category A', () => {
    const [r] = rank([{ id: 'x', score: 87.96 }], { scale: scales.ombudsman2022, rounding: { decimals: 1 } });
    expect([r!.score, r!.classification.category]).toEqual([88, 'A']);
  });

  it('2025: 31.99 is zona hitam, 32.00 zona merah', () => {
    const ranked = rank([{ id: 'e', score: 31.99 }, { id: 'd', score: 32 }], { scale: scales.ombudsman2025 });
    expect(ranked.map((r) => [r.id, r.classification.zone])).toEqual([
      ['d', 'merah'],
      ['e', 'hitam'],
    ]);
  });

  it('without a scale there is no classification key', () => {
    expect(rank(four).some((r) => Object.hasOwn(r, 'classification'))).toBe(false);
  });

  it('a score outside the scale is VALUE_OUT_OF_RANGE at the entry, a scale not defined NOT_DEFINED (INVALID_TYPE for a non-object)', () => {
    expect(codeOf(() => rank([{ id: 'a', score: 50 }, { id: 'b', score: 120 }], { scale: scales.ombudsman2022 }))).toBe('VALUE_OUT_OF_RANGE @ entries[1].score');
    expect(codeOf(() => rank(four, { scale: { id: 's' } as never }))).toBe('NOT_DEFINED @ options.scale');
    // The scale is checked even for an empty list.
    expect(codeOf(() => rank([], { scale: 'ombudsman2022' as never }))).toBe('INVALID_TYPE @ options.scale');
  });

  it('a user scale works the same way', () => {
    const s = defineScale({ id: 'pf', name: 'Pass/fail', min: 0, max: 100, bands: [{ category: 'P', label: 'Lulus', min: 60, max: 100 }, { category: 'F', label: 'Gagal', min: 0, max: 59.99 }] });
    expect(rank([{ id: 'a', score: 59.995 }], { scale: s })[0]!.classification.category).toBe('P');
  });
});

describe('rank: shown values', () => {
  it('ranks on the rounded value: 95.305 and 95.31 both show 95.31 and share a rank; 95.304 shows 95.30', () => {
    const r = rank([
      { id: 'x', score: 95.305 },
      { id: 'y', score: '95,31' },
      { id: 'z', score: 95.304 },
    ]);
    expect(r.map((e) => [e.id, e.score, e.rank])).toEqual([['x', 95.31, 1], ['y', 95.31, 1], ['z', 95.3, 3]]);
  });
  it('a coarser rounding rule makes more ties', () => {
    const r = rank([{ id: 'x', score: 95.31 }, { id: 'y', score: 95.28 }], { rounding: { decimals: 1 } });
    expect(r.map((e) => e.rank)).toEqual([1, 1]);
    expect(r[0]!.score).toBe(95.3);
  });
});

describe('rank: groups, percentile, entries', () => {
  it('ranks within groups, groups in code-unit order with ungrouped entries first', () => {
    const r = rank([
      { id: 'p', score: 80, group: 'Banten' },
      { id: 'q', score: 90 },
      { id: 'r', score: 85, group: 'Aceh' },
      { id: 's', score: 95, group: 'Banten' },
    ]);
    expect(r.map((e) => [e.group, e.id, e.rank, e.of])).toEqual([
      [null, 'q', 1, 1],
      ['Aceh', 'r', 1, 1],
      ['Banten', 's', 1, 2],
      ['Banten', 'p', 2, 2],
    ]);
  });
  it('percentile counts those below plus half of those showing the same score (by hand: 87.5, 50, 50, 12.5)', () => {
    expect(rank(four).map((r) => r.percentile)).toEqual([87.5, 50, 50, 12.5]);
  });
  it('keeps the entry with all its fields and does not mutate it', () => {
    const e = { id: 'Kota Cilegon', score: 95.31, province: 'Banten', extra: { nested: true } };
    const copy = structuredClone(e);
    const [r] = rank([e]);
    expect(r!.entry).toBe(e);
    expect(e).toEqual(copy);
  });
  it('ids and groups named like Object.prototype members are harmless', () => {
    const r = rank([
      { id: '__proto__', score: 90, group: 'constructor' },
      { id: 'toString', score: 91, group: 'constructor' },
    ]);
    expect(r.map((e) => [e.id, e.rank])).toEqual([['toString', 1], ['__proto__', 2]]);
  });
  it('an empty list ranks to an empty list', () => {
    expect(rank([])).toEqual([]);
  });
});

describe('rank: bad input', () => {
  it('reports the offending entry by path and code', () => {
    expect(codeOf(() => rank([{ id: 'a', score: 1 }, { id: 'a', score: 2 }]))).toBe('DUPLICATE_ID @ entries[1].id');
    expect(codeOf(() => rank([{ id: 'a', score: 'sembilan' }]))).toBe('INVALID_NUMBER @ entries[0].score');
    expect(codeOf(() => rank([{ id: 'a', score: Number.NaN }]))).toBe('INVALID_NUMBER @ entries[0].score');
    expect(codeOf(() => rank([{ id: '', score: 1 }]))).toBe('INVALID_ID @ entries[0].id');
    expect(codeOf(() => rank([{ id: 'a' } as never]))).toBe('MISSING_FIELD @ entries[0].score');
    expect(codeOf(() => rank([{ id: 'a', score: 1, group: 7 } as never]))).toBe('INVALID_TYPE @ entries[0].group');
    expect(codeOf(() => rank('x' as never))).toBe('INVALID_TYPE @ entries');
    expect(codeOf(() => rank([null as never]))).toBe('INVALID_TYPE @ entries[0]');
  });
  it('rejects unknown tie rules, rules returning non-ranks, and non-numeric tie-breakers', () => {
    expect(codeOf(() => rank(four, { tie: 'olympic' as never }))).toBe('INVALID_OPTION @ options.tie');
    expect(codeOf(() => rank(four, { tie: () => 0 }))).toBe('INVALID_OPTION @ options.tie');
    expect(codeOf(() => rank(four, { tie: () => Number.NaN }))).toBe('INVALID_OPTION @ options.tie');
    expect(codeOf(() => rank(four, { tieBreaker: () => Number.NaN }))).toBe('INVALID_OPTION @ options.tieBreaker');
    expect(codeOf(() => rank(four, { groupBy: 'province' as never }))).toBe('INVALID_OPTION @ options.groupBy');
    expect(codeOf(() => rank(four, { rounding: 'up' as never }))).toBe('INVALID_ROUNDING @ options.rounding');
  });
});

describe('rank: an option that cannot be read', () => {
  const boom = (): never => {
    throw new Error('boom');
  };
  const throwingOption = (key: string): object => Object.defineProperty({}, key, { enumerable: true, get: boom });
  it.each(['rounding', 'tie', 'groupBy', 'tieBreaker'])('a %s getter that throws is reported at options.<name>', (key) => {
    expect(codeOf(() => rank(four, throwingOption(key) as never))).toBe(`UNREADABLE_INPUT @ options.${key}`);
  });
});
