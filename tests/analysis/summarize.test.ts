import { describe, expect, it } from 'vitest';
import { aggregate, isKepatuhanError, scales, scoreUnit, summarize, ZONES } from '../../src/index.js';
import { sumut2022 } from '../helpers/fixtures.js';
import { miniMethodology } from '../helpers/methodologies.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}

describe('summarize: Sumatera Utara 2022 (sumut-2022.json)', () => {
  const rows = sumut2022();
  const s = summarize(rows, { groupBy: 'type', scale: scales.ombudsman2022 });

  it('counts per category and zone equal the categories and zones the news published, per government type', () => {
    for (const g of s.groups) {
      const mine = rows.filter((r) => r.type === g.key);
      expect(g.count).toBe(mine.length);
      for (const c of g.categories) expect(c.count).toBe(mine.filter((r) => r.category === c.category).length);
      for (const z of g.zones) expect(z.count).toBe(mine.filter((r) => r.zone === z.zone).length);
      expect(g.unclassified).toBe(0);
    }
    expect(s.groups.map((g) => g.key)).toEqual([...new Set(rows.map((r) => r.type))].sort());
    expect(s.total.count).toBe(rows.length);
  });

  it('means, medians, minima and maxima match an integer computation on the hundredths', () => {
    for (const g of s.groups) {
      const h = rows.filter((r) => r.type === g.key).map((r) => Math.round(r.score * 100)).sort((a, b) => a - b);
      const n = h.length;
      const sum = h.reduce((x, y) => x + y, 0);
      expect(Math.round(g.mean * 100)).toBe(Math.floor((2 * sum + n) / (2 * n)));
      const med = n % 2 === 1 ? h[(n - 1) / 2]! : Math.floor((h[n / 2 - 1]! + h[n / 2]! + 1) / 2);
      expect(Math.round(g.median * 100)).toBe(med);
      expect([Math.round(g.min * 100), Math.round(g.max * 100)]).toEqual([h[0], h[n - 1]]);
    }
  });

  it('the kota summary by hand: mean 63.56, median 60.77 (58.46 and 63.07), 2 hijau, 3 kuning, 3 merah', () => {
    const kota = s.groups.find((g) => g.key === 'kota')!;
    expect([kota.mean, kota.median, kota.min, kota.max]).toEqual([63.56, 60.77, 45.16, 88.6]);
    expect(kota.zones).toEqual([{ zone: 'hijau', count: 2 }, { zone: 'kuning', count: 3 }, { zone: 'merah', count: 3 }]);
    expect(kota.categories.map((c) => c.category)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('groups by a function too', () => {
    const byProvince = summarize(rows, { groupBy: (r) => r.province });
    expect(byProvince.groups.map((g) => [g.key, g.count])).toEqual([['Sumatera Utara', rows.length]]);
  });
});

describe('summarize: the national 2024 counts A 337, B 157, C 70, D 14, E 9 (domain reference §4)', () => {
  it('counts every band, band edges included (88.00 is A, 87.99 B, 77.99 C, 53.99 D, 31.99 E)', () => {
    const published = { A: 337, B: 157, C: 70, D: 14, E: 9 };
    const edge = { A: '88,00', B: '87,99', C: '77,99', D: '53,99', E: '31,99' };
    const results = Object.entries(published).flatMap(([cat, n]) => Array.from({ length: n }, () => ({ score: edge[cat as keyof typeof edge] })));
    const s = summarize(results, { scale: scales.ombudsman2022 });
    expect(Object.fromEntries(s.total.categories.map((c) => [c.category, c.count]))).toEqual(published);
    expect(s.total.zones).toEqual([{ zone: 'hijau', count: 494 }, { zone: 'kuning', count: 70 }, { zone: 'merah', count: 23 }]);
    expect(s.groups).toEqual([]);
  });
});

describe('summarize: results that carry their classification', () => {
  it('counts unit and aggregate results by their own classification when no scale is given', () => {
    const m = miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }]);
    const results = [
      scoreUnit(m, { a: 3 }), // 100, A
      scoreUnit(m, { a: 2 }), // 66.67, C
      aggregate([90, 80], { scale: scales.ombudsman2022 }), // 85, B
      { score: 50 }, // unclassified
    ];
    const s = summarize(results);
    expect(s.total.categories).toEqual([
      { category: 'A', label: null, count: 1 },
      { category: 'B', label: null, count: 1 },
      { category: 'C', label: null, count: 1 },
    ]);
    expect(s.total.zones.map((z) => z.zone)).toEqual([...ZONES]);
    expect(s.total.unclassified).toBe(1);
    expect(s.total.mean).toBe(75.42); // (100 + 66.67 + 85 + 50) / 4 = 75.4175
  });
});

describe('summarize: bad input', () => {
  it('reports problems by path', () => {
    expect(codeOf(() => summarize([]))).toBe('EMPTY_INPUT @ results');
    expect(codeOf(() => summarize([{ score: 'x' }]))).toBe('INVALID_NUMBER @ results[0].score');
    expect(codeOf(() => summarize([{} as never]))).toBe('MISSING_FIELD @ results[0].score');
    expect(codeOf(() => summarize([{ score: 1, type: {} }], { groupBy: 'type' }))).toBe('INVALID_TYPE @ results[0].type'); // as rank's group: a non-string group is INVALID_TYPE everywhere
    expect(codeOf(() => summarize([{ score: 1 }], { groupBy: 5 as never }))).toBe('INVALID_OPTION @ options.groupBy');
    expect(codeOf(() => summarize([{ score: 101 }], { scale: scales.ombudsman2022 }))).toBe('VALUE_OUT_OF_RANGE @ results[0].score');
  });
});
