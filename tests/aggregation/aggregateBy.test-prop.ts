/**
 * `aggregateBy`'s own path (src/aggregation/internal/groupOnGrid.ts, gridClassifier.ts, src/internal/stringTable.ts)
 * against `aggregate` called on each group's units: the same results, field for field and in
 * the same key order, and the same first error. Generated rounds have many groups, groups of
 * one, consecutive and interleaved units, .xx5 scores, scores at and around band edges, out of
 * range, as decimal text, with unit weights, and every option aggregateBy takes.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { aggregate, aggregateBy, defineScale, ROUNDING_MODES, scales, type AggregateOptions, type Scale } from '../../src/index.js';
import { classifyScaled } from '../../src/classification/internal/classifyExact.js';
import { compileScale } from '../../src/classification/internal/compileScale.js';
import { gridClassifier } from '../../src/aggregation/internal/gridClassifier.js';
import { caught } from '../helpers/errors.js';
import { scaledText } from '../helpers/exact.js';

const builtIns: readonly Scale[] = Object.values(scales);

/** Thousandths within a scale's range, many at or beside a band edge, many x.xx5; with `outside`, a few just outside. */
const milliOn = (s: Scale, outside: boolean) => {
  const lo = Math.round(s.min * 1000);
  const hi = Math.round(s.max * 1000);
  const edges = s.bands.flatMap((b) => [Math.round(b.min * 1000), Math.round(b.max * 1000)]);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: lo, max: hi }) },
    { weight: 4, arbitrary: fc.constantFrom(...edges).chain((e) => fc.integer({ min: Math.max(lo, e - 15), max: Math.min(hi, e + 15) })) },
    { weight: 2, arbitrary: fc.integer({ min: Math.ceil(lo / 10), max: Math.floor(hi / 10) - 1 }).map((c) => c * 10 + 5) },
    { weight: outside ? 1 : 0, arbitrary: fc.constantFrom(lo - 10, hi + 10) },
  );
};

interface Unit {
  readonly g: string;
  readonly score: number | string;
  readonly weight?: number;
}

/** What a round's units are like: how many groups, whether scores come as text, with three decimals, weighted, sometimes out of range. */
interface Kind {
  readonly groups: number;
  readonly texts: boolean;
  readonly thousandths: boolean;
  readonly weighted: boolean;
  readonly outside: boolean;
}

/** A unit as a user writes it: a number with two (or three) decimals or decimal text, sometimes weighted. */
const unitOn = (s: Scale, k: Kind) =>
  fc.tuple(fc.integer({ min: 0, max: k.groups - 1 }), milliOn(s, k.outside), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 3 })).map(([g, m, kind, w]): Unit => {
    const three = k.thousandths && kind < 5;
    const n = three ? BigInt(m) : BigInt(Math.round(m / 10));
    const d = three ? 3 : 2;
    const score = k.texts && kind % 2 === 0 ? scaledText(n, d, ',') : Number(scaledText(n, d));
    // Groups named so that some share a hash-table neighbourhood: "g1", "g10", "g100" …
    const name = `g${g}`;
    return k.weighted && kind !== 1 ? { g: name, score, weight: w } : { g: name, score };
  });

const round = fc
  .record({
    scale: fc.constantFrom<Scale | undefined>(undefined, ...builtIns),
    groups: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 80 })),
    method: fc.constantFrom('mean' as const, 'median' as const, 'weightedMean' as const),
    rounding: fc.option(fc.record({ mode: fc.constantFrom(...ROUNDING_MODES), decimals: fc.integer({ min: 0, max: 3 }) }), { nil: undefined }),
    roundInputs: fc.option(fc.boolean(), { nil: undefined }),
    followUp: fc.option(fc.boolean(), { nil: undefined }),
    correction: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 300 }) }),
    consecutive: fc.boolean(),
    texts: fc.boolean(),
    thousandths: fc.boolean(),
    outside: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  })
  .chain((o) => {
    const s = o.scale ?? scales.ombudsman2022;
    const kind: Kind = { groups: o.groups, texts: o.texts, thousandths: o.thousandths, weighted: o.method === 'weightedMean', outside: o.outside };
    return fc.tuple(fc.constant(o), fc.array(unitOn(s, kind), { maxLength: 80 }));
  })
  .map(([o, units]) => {
    // Consecutive: each group's units together (the usual round), in order of first appearance.
    const firsts = [...new Set(units.map((u) => u.g))];
    const list = o.consecutive ? firsts.flatMap((g) => units.filter((u) => u.g === g)) : units;
    const opts: Record<string, unknown> = { method: o.method };
    if (o.scale !== undefined) opts['scale'] = o.scale;
    if (o.rounding !== undefined) opts['rounding'] = o.rounding;
    if (o.roundInputs !== undefined) opts['roundInputs'] = o.roundInputs;
    if (o.followUp !== undefined && o.scale?.followUpQualifier !== undefined) opts['followedUpCorrectiveActions'] = o.followUp;
    // A correction on the reporting grid (the rounding's decimals), so that the option is valid.
    if (o.correction !== undefined) opts['adjustment'] = { correction: Number(scaledText(BigInt(o.correction), o.rounding?.decimals ?? 2)) };
    return { units: list, options: opts as Omit<AggregateOptions, 'weights'> };
  });

/** Keys of a value, recursively, in order (toStrictEqual does not compare key order). */
const shape = (x: unknown): unknown =>
  typeof x === 'object' && x !== null ? Object.entries(x).map(([k, v]) => [k, shape(v)]) : x;

describe('aggregateBy against aggregate on each group', () => {
  test.prop([round], { numRuns: 300 })(
    'every group gets exactly what aggregate gives for its units in list order, and a round that aggregate refuses for some group fails with the first such group’s error, at the unit’s own path',
    ({ units, options }) => {
      const names = [...new Set(units.map((u) => u.g))];
      // The expected results, or the first group's error with its path mapped back to the round.
      let expectedError: ReturnType<typeof caught>;
      const expected: unknown[] = [];
      for (const g of names) {
        const at = units.flatMap((u, i) => (u.g === g ? [i] : []));
        const error = caught(() => expected.push(aggregate(at.map((i) => units[i]!), options)));
        if (error !== undefined) {
          const path = error.path.replace(/^scores\[(\d+)\]/, (_, j: string) => `units[${at[Number(j)]!}]`);
          expectedError = { ...error, path };
          break;
        }
      }
      if (expectedError !== undefined) {
        expect(caught(() => aggregateBy(units, { ...options, groupBy: (u) => u.g }))).toEqual(expectedError);
        return;
      }
      const got = aggregateBy(units, { ...options, groupBy: (u) => u.g });
      expect(got.map((r) => r.group)).toEqual(names);
      const results = got.map((r) => r.result);
      expect(results).toStrictEqual(expected);
      expect(shape(results)).toEqual(shape(expected));
    },
  );

  const onGrid = fc
    .record({
      scale: fc.constantFrom<Scale | undefined>(undefined, ...builtIns),
      method: fc.constantFrom('mean' as const, 'median' as const),
      rounding: fc.record({ mode: fc.constantFrom(...ROUNDING_MODES), decimals: fc.integer({ min: 2, max: 3 }) }),
      roundInputs: fc.boolean(),
      followUp: fc.option(fc.boolean(), { nil: undefined }),
      groups: fc.integer({ min: 1, max: 40 }),
      consecutive: fc.boolean(),
    })
    .chain((o) => {
      const s = o.scale ?? scales.ombudsman2022;
      // Two-decimal scores in range, at band edges and x.xx5-producing sums: every group takes the integer path.
      const cents = milliOn(s, false).map((m) => Math.round(m / 10));
      return fc.tuple(fc.constant(o), fc.array(fc.tuple(fc.integer({ min: 0, max: o.groups - 1 }), cents), { minLength: 1, maxLength: 80 }));
    });
  test.prop([onGrid], { numRuns: 200 })(
    'rounds of on-grid scores with every rounding mode, mean or median, with or without a scale and follow-up: every group as aggregate gives it',
    ([o, raw]) => {
      const units = raw.map(([g, c]) => ({ g: `g${g}`, score: c / 100 }));
      const list = o.consecutive ? [...new Set(units.map((u) => u.g))].flatMap((g) => units.filter((u) => u.g === g)) : units;
      const options: Record<string, unknown> = { method: o.method, rounding: o.rounding, roundInputs: o.roundInputs };
      if (o.scale !== undefined) options['scale'] = o.scale;
      if (o.followUp !== undefined && o.scale?.followUpQualifier !== undefined) options['followedUpCorrectiveActions'] = o.followUp;
      const opts = options as Omit<AggregateOptions, 'weights'>;
      const got = aggregateBy(list, { ...opts, groupBy: (u) => u.g });
      const expected = [...new Set(list.map((u) => u.g))].map((g) => aggregate(list.filter((u) => u.g === g), opts));
      expect(got.map((r) => r.result)).toStrictEqual(expected);
      expect(shape(got.map((r) => r.result))).toEqual(shape(expected));
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 400 })])(
    'many groups of two-decimal scores on ombudsman2022 (the nation’s round): each group is classified as aggregate classifies it, no two results share a result or classification object, and what they share (bounds, rounding) is frozen',
    (cents, size) => {
      const units = cents.map((c, i) => ({ government: `Kabupaten ${Math.floor(i / size)}`, score: c / 100 }));
      const got = aggregateBy(units, { groupBy: (u) => u.government, scale: scales.ombudsman2022 });
      const expected = [...new Set(units.map((u) => u.government))].map((g) => aggregate(units.filter((u) => u.government === g), { scale: scales.ombudsman2022 }));
      expect(got.map((r) => r.result)).toStrictEqual(expected);
      expect(shape(got.map((r) => r.result))).toEqual(shape(expected));
      const objects = got.flatMap((r) => [r.result, r.result.classification]);
      expect(new Set(objects).size).toBe(objects.length);
      for (const r of got) {
        expect(Object.isFrozen(r.result.classification.bounds)).toBe(true);
        expect(Object.isFrozen(r.result.classification.rounding)).toBe(true);
      }
    },
  );
});

describe('the band templates of aggregateBy', () => {
  // Scales whose classifications have other shapes than the built-ins' (no colour, a zone without colour).
  const plain = defineScale({
    id: 'lulus',
    name: 'Lulus',
    min: 0,
    max: 10,
    decimals: 1,
    bands: [
      { category: 'lulus', label: 'Lulus', labelEn: 'Pass', min: 6, max: 10 },
      { category: 'gagal', label: 'Gagal', labelEn: 'Fail', min: 0, max: 5.9 },
    ],
  });
  const zoned = defineScale({
    id: 'zona',
    name: 'Zona',
    min: 0,
    max: 100,
    decimals: 2,
    zones: [
      { id: 'atas', label: 'Atas', labelEn: 'Upper', min: 50, max: 100 },
      { id: 'bawah', label: 'Bawah', labelEn: 'Lower', color: '#000000', min: 0, max: 49.99 },
    ],
    bands: [
      { category: 'P', label: 'P', labelEn: 'P', zone: 'atas', min: 50, max: 100 },
      { category: 'Q', label: 'Q', labelEn: 'Q', zone: 'bawah', color: '#111111', min: 0, max: 49.99 },
    ],
  });
  const all: readonly Scale[] = [...builtIns, plain, zoned];
  it('classify every grid value of every built-in scale (and of two scales of other shapes, when they take this path) as classifyScaled does, key order included, in fresh objects that share only the frozen bounds, rounding and qualifier', () => {
    for (const s of all) {
      const c = compileScale(s);
      for (const qualified of s.followUpQualifier === undefined ? [false] : [false, true]) {
        const f = gridClassifier(c, qualified);
        // Every built-in takes the template path; a shape no literal builds is classified exactly (by aggregate's code).
        if (f === undefined) {
          expect(builtIns).not.toContain(s);
          continue;
        }
        // Every grid value by its JSON text (keys in order, values); the band edges also field by field.
        const differ: number[] = [];
        for (let k = Number(c.lo); k <= Number(c.hi); k++) if (JSON.stringify(f(k)) !== JSON.stringify(classifyScaled(BigInt(k), c, 'score', qualified))) differ.push(k);
        expect(differ).toEqual([]);
        for (const b of c.bands)
          for (const k of [b.first, b.last]) {
            const want = classifyScaled(k, c, 'score', qualified);
            expect(f(Number(k))).toStrictEqual(want);
            expect(shape(f(Number(k)))).toEqual(shape(want));
          }
        const [a, b] = [f(Number(c.hi)), f(Number(c.hi))];
        const exact = classifyScaled(c.hi, c, 'score', qualified);
        expect(a).not.toBe(b);
        for (const key of ['bounds', 'rounding', 'qualifier'] as const) {
          expect(a[key]).toBe(exact[key]);
          if (a[key] !== undefined) expect(Object.isFrozen(a[key])).toBe(true);
        }
      }
    }
  }, 60_000);
});

describe('aggregateBy on scales whose classifications have other shapes', () => {
  const plain = defineScale({
    id: 'lulus',
    name: 'Lulus',
    min: 0,
    max: 100,
    bands: [
      { category: 'lulus', label: 'Lulus', labelEn: 'Pass', min: 60, max: 100 },
      { category: 'gagal', label: 'Gagal', labelEn: 'Fail', min: 0, max: 59.99 },
    ],
  });
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 10_000 })), { minLength: 1, maxLength: 60 })])(
    'every group is classified as aggregate classifies it',
    (raw) => {
      const units = raw.map(([g, c]) => ({ g: `g${g}`, score: c / 100 }));
      const got = aggregateBy(units, { groupBy: (u) => u.g, scale: plain });
      const expected = [...new Set(units.map((u) => u.g))].map((g) => aggregate(units.filter((u) => u.g === g), { scale: plain }));
      expect(got.map((r) => r.result)).toStrictEqual(expected);
      expect(shape(got.map((r) => r.result))).toEqual(shape(expected));
    },
  );
});

describe('aggregateBy reads each unit once', () => {
  /** Units whose score is a getter counting its reads. */
  const counted = (scores: readonly (number | string)[], g: (i: number) => string) => {
    const reads = scores.map(() => 0);
    const units = scores.map((score, i) => ({
      g: g(i),
      get score() {
        reads[i]!++;
        return score;
      },
    }));
    return { units, reads };
  };
  it('on the integer path and when a group falls back to the exact path (a decimal string, more decimals, a weight)', () => {
    const { units, reads } = counted([90, 91.5, '88,5', 77.125, 60, 54.005], (i) => `g${i % 3}`);
    const got = aggregateBy(units, { groupBy: (u) => u.g, scale: scales.ombudsman2022 });
    expect(reads).toEqual([1, 1, 1, 1, 1, 1]);
    expect(got.map((r) => r.result)).toStrictEqual(['g0', 'g1', 'g2'].map((g) => aggregate(units.filter((u) => u.g === g), { scale: scales.ombudsman2022 })));
  });
  it('a score that cannot be read is reported as aggregate reports it, at the unit in the round', () => {
    const units = [
      { g: 'a', score: 90 },
      {
        g: 'a',
        get score(): number {
          throw new Error('no score');
        },
      },
    ];
    expect(caught(() => aggregateBy(units, { groupBy: (u) => u.g }))).toEqual({ ...caught(() => aggregate(units))!, path: 'units[1].score' });
  });
});
