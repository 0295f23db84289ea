import { describe, expect, it } from 'vitest';
import { compare, defineScale, scales, type CompareOptions, type MethodologyRef } from '../../src/index.js';
import { caught } from '../helpers/errors.js';

// Kota Cilegon 89.45 → 95.31 (domain example); a second city that only stands in one year.
const prev = [{ id: 'cilegon', score: 89.45 }, { id: 'serang', score: 80.1 }];
const cur = [{ id: 'cilegon', score: 95.31 }, { id: 'pandeglang', score: 70 }];
const change = (options: CompareOptions) => compare(prev, cur, options).methodologyChange;

describe('compare: naming the methodologies of the two years', () => {
  it('an id, or { id } alone, is reported as the id; { id, version } as id@version', () => {
    expect(change({ previousMethodology: 'ombudsman2013', currentMethodology: { id: 'ombudsman2022' } })).toMatchObject({
      previous: { methodology: 'ombudsman2013' },
      current: { methodology: 'ombudsman2022' },
    });
    expect(change({ previousMethodology: { id: 'ombudsman2022', version: '2022.1' } }).previous.methodology).toBe('ombudsman2022@2022.1');
  });

  it('a blank id, a non-string id or version, or a value that is neither: INVALID_OPTION at the option, saying how to name one', () => {
    const bad: [unknown, string][] = [
      ['   ', '"   "'],
      ['', '""'],
      [null, 'null'],
      [42, '42'],
      [['ombudsman2022'], 'an array'],
      [{ id: '  ' }, 'an object'],
      [{ id: 2022 }, 'an object'],
      [{ version: '1' }, 'an object'],
      [{ id: 'ombudsman2022', version: 2022 }, 'an object'],
    ];
    for (const [value, got] of bad) {
      for (const key of ['previousMethodology', 'currentMethodology'] as const) {
        expect(caught(() => compare(prev, cur, { [key]: value as MethodologyRef }))).toEqual({
          code: 'INVALID_OPTION',
          path: `options.${key}`,
          message: `a methodology must be named by its id or { id, version }, got ${got}`,
        });
      }
    }
  });
});

describe('compare: whether the two years were scored alike', () => {
  const note = (...reasons: string[]) => `Not like for like: ${reasons.join('; ')}.`;
  const methodReason = 'the methodology changed (ombudsman2013 → ombudsman2022)';
  const scaleReason = 'the scale changed (ombudsman2013 → ombudsman2022), so categories are not compared; zones are';

  it('a methodology named for one year only is not a change', () => {
    for (const o of [{ previousMethodology: 'ombudsman2013' }, { currentMethodology: 'ombudsman2022' }]) {
      expect(change(o)).toMatchObject({ changed: false, note: null });
    }
  });

  it('the same methodology both years is not a change; different ones are, and the note says which', () => {
    expect(change({ previousMethodology: 'ombudsman2022', currentMethodology: { id: 'ombudsman2022' } })).toMatchObject({ changed: false, note: null });
    expect(change({ previousMethodology: 'ombudsman2013', currentMethodology: 'ombudsman2022' })).toMatchObject({ changed: true, note: note(methodReason) });
  });

  it('a scale for one year only: no change, and categories not comparable', () => {
    for (const o of [{ previousScale: scales.ombudsman2022 }, { currentScale: scales.ombudsman2022 }]) {
      expect(change(o)).toMatchObject({ changed: false, categoriesComparable: false, note: null });
    }
  });

  it('the same scale both years: comparable; different scales: a change, and the note says categories are not compared', () => {
    expect(change({ scale: scales.ombudsman2022 })).toMatchObject({ changed: false, categoriesComparable: true, note: null });
    expect(change({ previousScale: scales.ombudsman2022, currentScale: scales.ombudsman2022 })).toMatchObject({ changed: false, categoriesComparable: true });
    expect(change({ previousScale: scales.ombudsman2013, currentScale: scales.ombudsman2022 })).toEqual({
      changed: true,
      categoriesComparable: false,
      previous: { methodology: null, scale: 'ombudsman2013' },
      current: { methodology: null, scale: 'ombudsman2022' },
      note: note(scaleReason),
    });
  });

  it('both changed (2021 → 2022): the note gives both reasons, methodology first, separated by a semicolon', () => {
    const c = change({ previousScale: scales.ombudsman2013, currentScale: scales.ombudsman2022, previousMethodology: 'ombudsman2013', currentMethodology: 'ombudsman2022' });
    expect(c.note).toBe(`Not like for like: ${methodReason}; ${scaleReason}.`);
  });
});

describe('compare: category and zone changes', () => {
  it('across a scale change categories are not compared, zones are (kuning 2013 → hijau 2022 is up)', () => {
    // 80.10 is kuning on the 2013 scale (51–80.99); 95.31 is A / hijau on the 2022 scale.
    const c = compare([{ id: 'x', score: 80.1 }], [{ id: 'x', score: 95.31 }], { previousScale: scales.ombudsman2013, currentScale: scales.ombudsman2022 });
    expect(c.entities[0]).toMatchObject({ categoryChange: null, zoneChange: 'up' });
  });

  it('scales without zones (SKM 2017) give no zone change, but a category change', () => {
    // SKM: 90 is A (≥ 88.31), 80 is B (76.61–88.3).
    const c = compare([{ id: 'x', score: 90 }], [{ id: 'x', score: 80 }], { scale: scales.skm2017 });
    expect(c.entities[0]).toMatchObject({ categoryChange: 'down', zoneChange: null, previous: { zone: null }, current: { zone: null } });
  });

  it('a zone in one year only is no zone change', () => {
    const c = compare([{ id: 'x', score: 90 }], [{ id: 'x', score: 80 }], { previousScale: scales.ombudsman2022, currentScale: scales.skm2017 });
    expect(c.entities[0]).toMatchObject({ zoneChange: null, categoryChange: null, previous: { zone: 'hijau' }, current: { zone: null } });
    const d = compare([{ id: 'x', score: 90 }], [{ id: 'x', score: 80 }], { previousScale: scales.skm2017, currentScale: scales.ombudsman2022 });
    expect(d.entities[0]).toMatchObject({ zoneChange: null, previous: { zone: null }, current: { zone: 'hijau' } });
  });
});

describe('compare: new and dropped entities', () => {
  it('a new or dropped entity has not changed group (it has only one)', () => {
    const c = compare([{ id: 'a', score: 80, group: 'Banten' }], [{ id: 'b', score: 70, group: 'Jawa Barat' }]);
    expect(c.entities.map((e) => [e.id, e.status, e.groupChanged])).toEqual([
      ['b', 'new', false],
      ['a', 'dropped', false],
    ]);
  });
});

describe('compare: options are read from the options object', () => {
  it('a previous score outside its scale is VALUE_OUT_OF_RANGE at previous[i].score, continuing or dropped', () => {
    // PEKPPP runs 0–5: 7 is outside; the current year is on the 0–100 Ombudsman scale.
    const o = { previousScale: scales.pekppp2022, currentScale: scales.ombudsman2022 };
    const continuing = caught(() => compare([{ id: 'a', score: 4 }, { id: 'b', score: 7 }], [{ id: 'b', score: 80 }], o));
    expect(continuing).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'previous[1].score' });
    const dropped = caught(() => compare([{ id: 'a', score: 4 }, { id: 'b', score: 7 }], [{ id: 'a', score: 80 }], o));
    expect(dropped).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', path: 'previous[1].score' });
  });

  it('a bad scale is reported at the option it came from', () => {
    const bad = { id: 'broken' } as unknown as NonNullable<CompareOptions['scale']>;
    expect(caught(() => compare(prev, cur, { scale: bad }))?.path.startsWith('options.scale')).toBe(true);
    expect(caught(() => compare(prev, cur, { previousScale: bad, scale: scales.ombudsman2022 }))?.path.startsWith('options.previousScale')).toBe(true);
    expect(caught(() => compare(prev, cur, { currentScale: bad, scale: scales.ombudsman2022 }))?.path.startsWith('options.currentScale')).toBe(true);
    expect(caught(() => compare(prev, cur, { currentScale: scales.ombudsman2022, scale: bad }))?.path.startsWith('options.scale')).toBe(true);
    expect(caught(() => compare(prev, cur, { previousScale: scales.ombudsman2022, scale: bad }))?.path.startsWith('options.scale')).toBe(true);
  });

  it('a bad rounding is reported at options.rounding', () => {
    expect(caught(() => compare(prev, cur, { rounding: 'sideways' as never }))?.path).toBe('options.rounding');
  });

  it('the rounding, tie rule and group option are used for both years', () => {
    // One decimal: 89.45 → 89.5 and 95.31 → 95.3 (half-up), delta 95.3 − 89.5 = 5.8.
    const c = compare(prev, cur, { rounding: { decimals: 1 } });
    expect(c.entities[0]).toMatchObject({ id: 'cilegon', delta: 5.8, previous: { score: 89.5 }, current: { score: 95.3 } });
    // Two cities tied at 80: competition gives 1, 1; ordinal 1, 2.
    const tied = [{ id: 'a', score: 80 }, { id: 'b', score: 80 }];
    expect(compare(tied, tied, { tie: 'ordinal' }).entities.map((e) => e.current?.rank)).toEqual([1, 2]);
    // groupBy puts each city in a group of its own: each is 1st of 1.
    const g = compare(tied, tied, { groupBy: (e) => e.id });
    expect(g.entities.map((e) => [e.current?.group, e.current?.of])).toEqual([['a', 1], ['b', 1]]);
  });

  it('the tie-breaker receives the entries themselves and orders tied entities', () => {
    const tied = [{ id: 'a', score: 80, name: 'Kota A' }, { id: 'b', score: 80, name: 'Kota B' }];
    const c = compare(tied, tied, { tieBreaker: (x, y) => y.name.localeCompare(x.name) });
    expect(c.entities.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('an option whose getter throws is UNREADABLE_INPUT at options.<name>', () => {
    const keys = ['rounding', 'tie', 'groupBy', 'scale', 'previousScale', 'currentScale', 'previousMethodology', 'currentMethodology', 'tieBreaker'];
    for (const key of keys) {
      const o = Object.defineProperty({}, key, {
        enumerable: true,
        get() {
          throw new Error('gone');
        },
      }) as CompareOptions;
      expect(caught(() => compare(prev, cur, o))).toMatchObject({ code: 'UNREADABLE_INPUT', path: `options.${key}` });
    }
  });
});

describe('compare: zones across scales with different zone sets (domain reference §3)', () => {
  it('2024 merah (E on the 2022 scale) → 2025 hitam (E on the 2025 scale) is a zone change down; back up to merah is up', () => {
    const c = compare([{ id: 'x', score: 31.5 }, { id: 'y', score: 20 }], [{ id: 'x', score: 31.5 }, { id: 'y', score: 40 }], {
      previousScale: scales.ombudsman2022,
      currentScale: scales.ombudsman2025,
    });
    const x = c.entities.find((e) => e.id === 'x')!;
    const y = c.entities.find((e) => e.id === 'y')!;
    expect([x.previous?.zone, x.current?.zone, x.zoneChange]).toEqual(['merah', 'hitam', 'down']);
    // 20 was merah (E) in 2024; 40 is merah (D) in 2025: the same zone.
    expect([y.previous?.zone, y.current?.zone, y.zoneChange]).toEqual(['merah', 'merah', 'same']);
    const back = compare([{ id: 'x', score: 31.5 }], [{ id: 'x', score: 31.5 }], { previousScale: scales.ombudsman2025, currentScale: scales.ombudsman2022 });
    expect([back.entities[0]!.previous?.zone, back.entities[0]!.current?.zone, back.entities[0]!.zoneChange]).toEqual(['hitam', 'merah', 'up']);
  });

  it('a zone neither scale lists with the other is no zone change (null)', () => {
    const own = defineScale({
      id: 'own', name: 'Own', min: 0, max: 100,
      zones: [{ id: 'atas', label: 'Atas' }, { id: 'bawah', label: 'Bawah' }],
      bands: [{ category: 'H', label: 'H', zone: 'atas', min: 50, max: 100 }, { category: 'L', label: 'L', zone: 'bawah', min: 0, max: 49.99 }],
    });
    const c = compare([{ id: 'x', score: 60 }], [{ id: 'x', score: 60 }], { previousScale: own, currentScale: scales.ombudsman2022 });
    expect([c.entities[0]!.previous?.zone, c.entities[0]!.current?.zone, c.entities[0]!.zoneChange]).toEqual(['atas', 'kuning', null]);
  });
});
