import { describe, expect, it } from 'vitest';
import { defineScale, scales, summarize } from '../../src/index.js';
import { thrown as errorOf } from '../helpers/errors.js';

/** Every order of a list (small lists only). */
function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('summarize: mean, median, minimum and maximum (computed inside each test)', () => {
  it('an even count, in every input order: min 9, max 100, median (10.5 + 20) / 2 = 15.25, mean 139.5 / 4 = 34.875 → 34.88 half-up', () => {
    // 9 and 10.5 are chosen so that sorting the hundredths as text ("1050" < "900") would be wrong.
    for (const order of permutations([10.5, 9, 100, 20])) {
      const s = summarize(order.map((score) => ({ score })));
      expect([s.total.min, s.total.max, s.total.median, s.total.mean]).toEqual([9, 100, 15.25, 34.88]);
      expect(s.total.count).toBe(4);
    }
  });

  it('an odd count, in every input order: the median is the middle value (10.5 of 9, 10.5, 100), mean 119.5 / 3 = 39.83', () => {
    for (const order of permutations([100, 9, 10.5])) {
      const s = summarize(order.map((score) => ({ score })));
      expect([s.total.min, s.total.max, s.total.median, s.total.mean]).toEqual([9, 100, 10.5, 39.83]);
    }
  });

  it('the median of two is their mean, rounded half-up: 9 and 10.01 give 9.505 → 9.51', () => {
    expect(summarize([{ score: 10.01 }, { score: 9 }]).total.median).toBe(9.51);
  });

  it('the rounding option sets the shown scores: to 1 decimal, 9.96 and 10.04 are both shown as 10.0', () => {
    const s = summarize([{ score: 9.96 }, { score: 10.04 }], { rounding: { decimals: 1 } });
    expect([s.total.min, s.total.max, s.total.mean]).toEqual([10, 10, 10]);
    expect(s.rounding.decimals).toBe(1);
    // The default is 2 decimals: the scores stay apart.
    expect([summarize([{ score: 9.96 }, { score: 10.04 }]).total.min]).toEqual([9.96]);
  });
});

describe('summarize: categories and zones', () => {
  it('with a scale, lists every band best first with its label, empty bands included', () => {
    // 50 is D on the 2022 scale (D is 32.00–53.99, domain reference §4).
    const s = summarize([{ score: 50 }], { scale: scales.ombudsman2022 });
    expect(s.total.categories.map((c) => [c.category, c.count])).toEqual([['A', 0], ['B', 0], ['C', 0], ['D', 1], ['E', 0]]);
    expect(s.total.categories.every((c) => typeof c.label === 'string' && c.label.length > 0)).toBe(true);
  });

  it('with a scale, lists only the zones the scale has (a scale with one zone lists one)', () => {
    const two = defineScale({
      id: 'two',
      name: 'Two bands',
      min: 0,
      max: 100,
      bands: [
        { category: 'A', label: 'Atas', zone: 'hijau', min: 50, max: 100 },
        { category: 'B', label: 'Bawah', min: 0, max: 49.99 },
      ],
    });
    const s = summarize([{ score: 70 }, { score: 10 }], { scale: two });
    expect(s.total.zones).toEqual([{ zone: 'hijau', count: 1 }]);
    expect(s.total.categories).toEqual([
      { category: 'A', label: 'Atas', count: 1 },
      { category: 'B', label: 'Bawah', count: 1 },
    ]);
  });

  it('without a scale or any zone carried, lists no zones', () => {
    const s = summarize([{ score: 70 }, { score: 80, classification: { category: 'B' } }]);
    expect(s.total.zones).toEqual([]);
    expect(s.total.categories).toEqual([{ category: 'B', label: null, count: 1 }]);
  });

  it('a carried category or zone that is not a string counts as none', () => {
    const s = summarize([
      { score: 70, classification: { category: 5 as never } },
      { score: 80, classification: { category: 'B', zone: 7 as never } },
    ]);
    expect(s.total.unclassified).toBe(1);
    expect(s.total.categories).toEqual([{ category: 'B', label: null, count: 1 }]);
    expect(s.total.zones).toEqual([]);
  });

  it('without a scale, carried zones are listed as the classic three, best first, then any other zone seen (a scale may declare its own)', () => {
    const s = summarize([
      { score: 20, classification: { category: 'E', zone: 'hitam' } },
      { score: 80, classification: { category: 'B', zone: 'hijau' } },
      { score: 10, classification: { category: 'E', zone: 'hitam' } },
    ]);
    expect(s.total.zones).toEqual([
      { zone: 'hijau', count: 1 },
      { zone: 'kuning', count: 0 },
      { zone: 'merah', count: 0 },
      { zone: 'hitam', count: 2 },
    ]);
  });

  it('with the 2025 scale, the four zones in its order: 31.99 is hitam, 32.00 merah (domain reference §3)', () => {
    const s = summarize([{ score: 31.99 }, { score: 32 }, { score: 0 }], { scale: scales.ombudsman2025 });
    expect(s.total.zones).toEqual([
      { zone: 'hijau', count: 0 },
      { zone: 'kuning', count: 0 },
      { zone: 'merah', count: 1 },
      { zone: 'hitam', count: 2 },
    ]);
  });
});

describe('summarize: groups', () => {
  it('groups come in code-unit order of the keys, no group first, whatever the input order', () => {
    const rows = [
      { score: 70, type: 'kota' },
      { score: 60, type: 'kabupaten' },
      { score: 50, type: 'Kota' },
      { score: 40 },
    ];
    const s = summarize(rows, { groupBy: 'type' });
    expect(s.groups.map((g) => [g.key, g.count, g.mean])).toEqual([
      [null, 1, 40],
      ['Kota', 1, 50],
      ['kabupaten', 1, 60],
      ['kota', 1, 70],
    ]);
  });
});

describe('summarize: errors say what is wrong and where', () => {
  it('results that are not an array', () => {
    const e = errorOf(() => summarize('x' as never));
    expect([e?.code, e?.path]).toEqual(['INVALID_TYPE', 'results']);
    expect(e?.message).toContain('results must be an array, got "x"');
  });

  it('more than 1,000,000 results is TOO_LARGE at results (checked before anything is read)', () => {
    const e = errorOf(() => summarize(new Array(1_000_001)));
    expect([e?.code, e?.path]).toEqual(['TOO_LARGE', 'results']);
  });

  it('no results', () => {
    const e = errorOf(() => summarize([]));
    expect(e?.message).toContain('no results to summarise');
  });

  it('a result that is not an object', () => {
    const e = errorOf(() => summarize([{ score: 1 }, 5 as never]));
    expect([e?.code, e?.path]).toEqual(['INVALID_TYPE', 'results[1]']);
    expect(e?.message).toContain('a result must be an object with a score, got 5');
  });

  it('a missing or unreadable score', () => {
    expect(errorOf(() => summarize([{} as never]))?.message).toContain('score is required');
    const bad = errorOf(() => summarize([{ score: 'x' }]));
    expect(bad?.message).toContain('score must be a decimal');
  });

  it('a bad groupBy', () => {
    const e = errorOf(() => summarize([{ score: 1 }], { groupBy: 5 as never }));
    expect(e?.message).toContain('groupBy must be a field name or a function, got 5');
  });

  it('the grouping given as the second argument (before 0.2) is refused with the new way to write it', () => {
    for (const call of [() => summarize([{ score: 1 }], 'type' as never), () => summarize([{ score: 1 }], ((r: unknown) => r) as never), () => (summarize as (...a: unknown[]) => unknown)([{ score: 1 }], undefined, {})]) {
      const e = errorOf(call);
      expect([e?.code, e?.path]).toEqual(['INVALID_OPTION', 'options']);
      expect(e?.message).toContain('summarize(results, { groupBy');
    }
  });

  it('a key function that throws, or returns something that is not a group, is reported at options.groupBy', () => {
    const threw = errorOf(() =>
      summarize([{ score: 1 }], {
        groupBy: () => {
          throw new Error('boom');
        },
      }),
    );
    expect([threw?.code, threw?.path]).toEqual(['CALLBACK_FAILED', 'options.groupBy']);
    expect(threw?.message).toContain('groupBy threw: boom');
    const notGroup = errorOf(() => summarize([{ score: 1 }, { score: 2 }], { groupBy: (r) => (r.score === 2 ? (2 as never) : 'a') }));
    expect([notGroup?.code, notGroup?.path]).toEqual(['INVALID_TYPE', 'options.groupBy']);
    expect(notGroup?.message).toContain('(returned for results[1])');
  });

  it('bad or unreadable options are reported at options.<name>', () => {
    expect(errorOf(() => summarize([{ score: 1 }], { rounding: 'sideways' as never }))?.path).toBe('options.rounding');
    expect(errorOf(() => summarize([{ score: 1 }], { scale: {} as never }))?.path).toMatch(/^options\.scale/);
    for (const key of ['rounding', 'scale', 'groupBy']) {
      const options = Object.defineProperty({}, key, {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      });
      const e = errorOf(() => summarize([{ score: 1 }], options));
      expect([e?.code, e?.path]).toEqual(['UNREADABLE_INPUT', `options.${key}`]);
    }
  });
});
