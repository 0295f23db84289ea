import { describe, expect, it } from 'vitest';
import { scales, summarize, type Scale } from '../../src/index.js';
import { thrown as error } from '../helpers/errors.js';

/** Government types in the order the Ombudsman publishes them (domain reference §4). */
const TYPES = ['kementerian', 'lembaga', 'provinsi', 'kota', 'kabupaten'] as const;

/**
 * `count` scores spread evenly over [min, max] on the 0.01 grid, both edges included
 * (count ≥ 2): the i-th is min + round(i × (max − min) / (count − 1)) hundredths.
 */
function spread(min: number, max: number, count: number): number[] {
  const lo = Math.round(min * 100);
  const hi = Math.round(max * 100);
  return Array.from({ length: count }, (_, i) => (lo + Math.round((i * (hi - lo)) / (count - 1))) / 100);
}

interface Entity {
  readonly entity: string;
  readonly type: string;
  readonly score: number;
}

/** A round's entities built from published counts per band: scores spread over each band, types dealt out in turn. */
function round(bands: readonly { min: number; max: number; count: number }[]): Entity[] {
  const scores = bands.flatMap((b) => spread(b.min, b.max, b.count));
  return scores.map((score, i) => ({ entity: `entity ${i + 1}`, type: TYPES[i % TYPES.length]!, score }));
}

/** The published table must hold: each type's row is its own count per column, and the rows add up to the total. */
function checkRows(entities: readonly Entity[], scale: Scale, bandOf: (score: number) => string) {
  const s = summarize(entities, { groupBy: 'type', scale, groups: [...TYPES] });
  const rows = s.table.rows;
  expect(rows.map((r) => r.key)).toEqual([...TYPES, null]);
  expect(rows.map((r) => r.total)).toEqual([false, false, false, false, false, true]);
  for (const [t, type] of TYPES.entries()) {
    const mine = entities.filter((e) => e.type === type);
    // Counted here from the construction, with the band edges of the domain reference.
    expect(rows[t]!.categories).toEqual(s.table.categories.map((c) => mine.filter((e) => bandOf(e.score) === c).length));
    expect(rows[t]!.count).toBe(mine.length);
  }
  const total = rows[rows.length - 1]!;
  expect(total.categories).toEqual(s.table.categories.map((_, j) => rows.slice(0, -1).reduce((n, r) => n + r.categories[j]!, 0)));
  expect(total.zones).toEqual(s.table.zones.map((_, j) => rows.slice(0, -1).reduce((n, r) => n + r.zones[j]!, 0)));
  return s;
}

describe('summarize reproduces the national tables the Ombudsman published (domain reference §4)', () => {
  it('2024: A 337, B 157, C 70, D 14, E 9 of 587 governments, scores spread over each band edge to edge', () => {
    // 2022–2024 bands (domain reference §2): A 88–100, B 78–87.99, C 54–77.99, D 32–53.99, E 0–31.99.
    const entities = round([
      { min: 88, max: 100, count: 337 },
      { min: 78, max: 87.99, count: 157 },
      { min: 54, max: 77.99, count: 70 },
      { min: 32, max: 53.99, count: 14 },
      { min: 0, max: 31.99, count: 9 },
    ]);
    expect(entities).toHaveLength(587);
    // Every band edge is among the scores: a misplaced edge would move a government between columns.
    for (const edge of [100, 88, 87.99, 78, 77.99, 54, 53.99, 32, 31.99, 0]) expect(entities.some((e) => e.score === edge)).toBe(true);
    const bandOf = (x: number): string => (x >= 88 ? 'A' : x >= 78 ? 'B' : x >= 54 ? 'C' : x >= 32 ? 'D' : 'E');
    const s = checkRows(entities, scales.ombudsman2022, bandOf);
    expect(s.table.categories).toEqual(['A', 'B', 'C', 'D', 'E']);
    const total = s.table.rows.at(-1)!;
    expect(total.categories).toEqual([337, 157, 70, 14, 9]);
    expect(total.count).toBe(587);
    // Zones of the 2022 scale: A and B hijau (337 + 157 = 494), C kuning (70), D and E merah (14 + 9 = 23).
    expect(s.table.zones).toEqual(['hijau', 'kuning', 'merah']);
    expect(total.zones).toEqual([494, 70, 23]);
    expect(total.unclassified).toBe(0);
    // The table's total row is the total summary's counts.
    expect(total.categories).toEqual(s.total.categories.map((c) => c.count));
  });

  it('2021: hijau 179, kuning 316, merah 92 of 587, on the 2013–2021 zones', () => {
    // 2013–2021 zones (domain reference §1): hijau 81–100, kuning 51–80.99, merah 0–50.99.
    const entities = round([
      { min: 81, max: 100, count: 179 },
      { min: 51, max: 80.99, count: 316 },
      { min: 0, max: 50.99, count: 92 },
    ]);
    const bandOf = (x: number): string => (x >= 81 ? 'hijau' : x >= 51 ? 'kuning' : 'merah');
    const s = checkRows(entities, scales.ombudsman2013, bandOf);
    expect(s.table.zones).toEqual(['hijau', 'kuning', 'merah']);
    expect(s.table.rows.at(-1)!.zones).toEqual([179, 316, 92]);
    expect(s.table.rows.at(-1)!.count).toBe(587);
  });

  it.each([
    [2022, 272, 250, 64],
    [2023, 414, 133, 39],
  ])('%i: hijau %i, kuning %i, merah %i, on the 2022 scale (hijau A–B from 78, kuning C from 54)', (_year, hijau, kuning, merah) => {
    const entities = round([
      { min: 78, max: 100, count: hijau },
      { min: 54, max: 77.99, count: kuning },
      { min: 0, max: 53.99, count: merah },
    ]);
    const s = summarize(entities, { groupBy: 'type', scale: scales.ombudsman2022, groups: [...TYPES] });
    expect(s.table.rows.at(-1)!.zones).toEqual([hijau, kuning, merah]);
    expect(s.table.rows.at(-1)!.count).toBe(hijau + kuning + merah);
  });
});

describe('summarize table: rows and headings', () => {
  it('a listed group without results is a row of zeros in the table, and has no group summary', () => {
    const s = summarize([{ type: 'kota', score: 90 }], { groupBy: 'type', scale: scales.ombudsman2022, groups: ['kementerian', 'kota'] });
    expect(s.table.rows).toEqual([
      { key: 'kementerian', total: false, count: 0, categories: [0, 0, 0, 0, 0], zones: [0, 0, 0], unclassified: 0 },
      { key: 'kota', total: false, count: 1, categories: [1, 0, 0, 0, 0], zones: [1, 0, 0], unclassified: 0 },
      { key: null, total: true, count: 1, categories: [1, 0, 0, 0, 0], zones: [1, 0, 0], unclassified: 0 },
    ]);
    expect(s.groups.map((g) => g.key)).toEqual(['kota']);
  });

  it('groups not listed follow the listed ones, no group first, then in code-unit order', () => {
    const results = [
      { score: 90, type: 'kota' },
      { score: 80, type: 'desa' },
      { score: 70, type: null },
      { score: 60, type: 'kabupaten' },
      { score: 50, type: 'provinsi' },
    ];
    const s = summarize(results, { groupBy: 'type', groups: ['provinsi', 'kota'] });
    expect(s.table.rows.map((r) => r.key)).toEqual(['provinsi', 'kota', null, 'desa', 'kabupaten', null]);
    expect(s.groups.map((g) => g.key)).toEqual(['provinsi', 'kota', null, 'desa', 'kabupaten']);
    // Without the option the order is the code-unit order, as before.
    expect(summarize(results, { groupBy: 'type' }).table.rows.map((r) => r.key)).toEqual([null, 'desa', 'kabupaten', 'kota', 'provinsi', null]);
  });

  it('without a scale, the headings are the categories and zones the results carry', () => {
    const s = summarize([
      { score: 90, type: 'kota', classification: { category: 'A', zone: 'hijau' as const } },
      { score: 70, type: 'kota', classification: { category: 'C', zone: 'kuning' as const } },
      { score: 10, type: 'kota' },
    ], { groupBy: 'type' });
    expect(s.table.categories).toEqual(['A', 'C']);
    expect(s.table.zones).toEqual(['hijau', 'kuning', 'merah']);
    expect(s.table.rows.at(-1)).toEqual({ key: null, total: true, count: 3, categories: [1, 1], zones: [1, 1, 0], unclassified: 1 });
  });

  it('without by, the table is the total row alone', () => {
    const s = summarize([{ score: 90 }], { scale: scales.ombudsman2022 });
    expect(s.table.rows).toEqual([{ key: null, total: true, count: 1, categories: [1, 0, 0, 0, 0], zones: [1, 0, 0], unclassified: 0 }]);
  });

  it('refuses a bad groups option', () => {
    const r = [{ score: 90, type: 'kota' }];
    expect(error(() => summarize(r, { groupBy: 'type', groups: 'kota' as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.groups' });
    expect(error(() => summarize(r, { groupBy: 'type', groups: ['kota', 5 as never] }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.groups[1]' });
    expect(error(() => summarize(r, { groupBy: 'type', groups: ['kota', 'desa', 'kota'] }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.groups[2]' });
    expect(error(() => summarize(r, { groups: ['kota'] }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.groups' });
    // An empty list is no list.
    expect(summarize(r, { groups: [] }).table.rows).toHaveLength(1);
  });
});
