/**
 * The one range rule, over every public function that takes scores: with a scale, a score
 * whose shown value (two decimals, half-up here) lies outside the scale's min–max is
 * `VALUE_OUT_OF_RANGE` at the score's own path; without a scale, `options.range` or else
 * 0–100 applies (governmentGap: the methodology's output range). Expected paths and bounds
 * are written from docs/errors.md, not read from src/.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  aggregate,
  checkReportedScore,
  classify,
  compare,
  governmentGap,
  isKepatuhanError,
  presets,
  rank,
  scales,
  summarize,
  type RankOptions,
  type Scale,
  defineScale,
  type ScoreRange,
} from '../../src/index.js';
import { scaledText } from '../helpers/exact.js';

/** Where scores must lie: the bounds in hundredths, and how a caller says so. */
interface Context {
  readonly name: string;
  /** Bounds × 100 (every bound here is on the two-decimal grid). */
  readonly lo: bigint;
  readonly hi: bigint;
  /** The options (and checkReportedScore fields) that set the range: `{ scale }`, `{ range }` or nothing. */
  readonly given: { readonly scale?: Scale; readonly range?: ScoreRange };
  /** The scale classify is given: the context's own, or one band over the range. */
  readonly scale: Scale;
  /** A preset with this output range, for governmentGap (a name, so a counterexample prints short). */
  readonly methodology?: 'ombudsman2022' | 'skm2017' | 'pekppp2022';
}

const oneBand = (min: number, max: number): Scale =>
  defineScale({
    id: 'range',
    name: 'Range',
    min,
    max,
    bands: [{ category: 'X', label: 'Semua', min, max }],
  });

const fixed: Context[] = [
  { name: 'no scale: 0–100', lo: 0n, hi: 10000n, given: {}, scale: oneBand(0, 100), methodology: 'ombudsman2022' },
  { name: 'ombudsman2022', lo: 0n, hi: 10000n, given: { scale: scales.ombudsman2022 }, scale: scales.ombudsman2022, methodology: 'ombudsman2022' },
  { name: 'skm2017 (25–100)', lo: 2500n, hi: 10000n, given: { scale: scales.skm2017 }, scale: scales.skm2017, methodology: 'skm2017' },
  { name: 'pekppp2022 (0–5)', lo: 0n, hi: 500n, given: { scale: scales.pekppp2022 }, scale: scales.pekppp2022, methodology: 'pekppp2022' },
  { name: 'range 0–5', lo: 0n, hi: 500n, given: { range: { min: 0, max: 5 } }, scale: oneBand(0, 5), methodology: 'pekppp2022' },
];

/** A caller's range of whole numbers (numbers or decimal strings), anywhere within ±1e6. */
const rangeContext: fc.Arbitrary<Context> = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.boolean())
  .map(([min, width, asText]) => ({
    name: `range ${min}–${min + width}`,
    lo: BigInt(min) * 100n,
    hi: BigInt(min + width) * 100n,
    given: { range: asText ? { min: String(min), max: String(min + width) } : { min, max: min + width } },
    scale: oneBand(min, min + width),
  }));

const contextArb = fc.oneof(fc.constantFrom(...fixed), rangeContext);

/** A score written as a number or as a decimal string (with `.` or the Indonesian `,`). */
const written = (hundredths: bigint, style: number): number | string => {
  const text = scaledText(hundredths, 2);
  return style === 0 ? Number(text) : style === 1 ? text : text.replace('.', ',');
};

/** Scores whose shown value lies outside [lo, hi]: just past a bound on the grid, further out, huge, hugely negative. */
const outsideArb = (c: Context): fc.Arbitrary<number | string> =>
  fc.oneof(
    fc.tuple(fc.bigInt({ min: 1n, max: 100n }), fc.nat(2)).map(([k, s]) => written(c.hi + k, s)),
    fc.tuple(fc.bigInt({ min: 1n, max: 100n }), fc.nat(2)).map(([k, s]) => written(c.lo - k, s)),
    fc.tuple(fc.bigInt({ min: 101n, max: 10n ** 17n }), fc.nat(2), fc.boolean()).map(([k, s, up]) => written(up ? c.hi + k : c.lo - k, s)),
    // Half a grid step past a bound still shows past it (half-up): 100.005 shows 100.01.
    fc.constant(scaledText(c.hi * 10n + 5n, 3)),
    fc.double({ min: 1e18, max: Number.MAX_VALUE, noNaN: true }),
    fc.double({ min: -Number.MAX_VALUE, max: -1e18, noNaN: true }),
  );

/** A score in range: a bound itself, or any grid value between. */
const insideArb = (c: Context): fc.Arbitrary<number | string> =>
  fc.tuple(fc.bigInt({ min: c.lo, max: c.hi }), fc.nat(2)).map(([k, s]) => written(k, s));

/** Every public function that takes scores, with the path the out-of-range score must be reported at. */
interface Call {
  readonly name: string;
  readonly path: string;
  readonly run: (c: Context, score: number | string, ok: number | string) => unknown;
}

const calls: Call[] = [
  { name: 'classify', path: 'value', run: (c, s) => classify(s, c.scale) },
  { name: 'aggregate, a plain score', path: 'scores[0]', run: (c, s, ok) => aggregate([s, ok], c.given) },
  { name: 'aggregate, an entry', path: 'scores[1].score', run: (c, s, ok) => aggregate([ok, { score: s }], c.given) },
  { name: 'aggregate, median', path: 'scores[2]', run: (c, s, ok) => aggregate([ok, ok, s], { ...c.given, method: 'median' }) },
  { name: 'checkReportedScore, a unit', path: 'units[0]', run: (c, s, ok) => checkReportedScore({ units: [s], reported: ok, ...c.given }) },
  { name: 'checkReportedScore, a unit entry', path: 'units[1].score', run: (c, s, ok) => checkReportedScore({ units: [ok, { score: s }], reported: ok, ...c.given }) },
  { name: 'checkReportedScore, the reported score', path: 'reported', run: (c, s, ok) => checkReportedScore({ units: [ok], reported: s, ...c.given }) },
  {
    name: 'checkReportedScore, a reported score with a category',
    path: 'reported.score',
    run: (c, s) => checkReportedScore({ reported: { score: s, category: 'X' }, scale: c.scale }),
  },
  {
    name: 'rank',
    path: 'entries[1].score',
    // rank's `scale` option comes with the scale-types change; the range rule reads it already.
    run: (c, s, ok) => rank([{ id: 'a', score: ok }, { id: 'b', score: s }], c.given as RankOptions),
  },
  { name: 'compare, previous year', path: 'previous[0].score', run: (c, s, ok) => compare([{ id: 'a', score: s }], [{ id: 'a', score: ok }], c.given) },
  { name: 'compare, current year', path: 'current[1].score', run: (c, s, ok) => compare([{ id: 'a', score: ok }], [{ id: 'a', score: ok }, { id: 'b', score: s }], c.given) },
  { name: 'summarize', path: 'results[0].score', run: (c, s) => summarize([{ score: s }], c.given) },
  {
    name: 'governmentGap',
    path: 'units[1].score',
    run: (c, s, ok) => (c.methodology === undefined ? undefined : governmentGap(presets[c.methodology], [{ id: 'a', score: ok }, { id: 'b', score: s }])),
  },
];

const callArb = fc.constantFrom(...calls);

/** The error `f` throws (anything not thrown is `'returned'`). */
function outcome(f: () => unknown): { code: string; path: string } | 'returned' {
  try {
    f();
  } catch (e) {
    if (!isKepatuhanError(e)) throw e;
    return { code: e.code, path: e.path };
  }
  return 'returned';
}

describe('one range rule for every function that takes scores', () => {
  test.prop([contextArb.chain((c) => fc.tuple(fc.constant(c), outsideArb(c), insideArb(c))), callArb])(
    'for every function that takes scores, an out-of-range score always throws KepatuhanError (VALUE_OUT_OF_RANGE at its path) and never yields a result',
    ([c, score, ok], call) => {
      if (call.name === 'governmentGap' && c.methodology === undefined) return;
      expect(outcome(() => call.run(c, score, ok))).toEqual({ code: 'VALUE_OUT_OF_RANGE', path: call.path });
    },
  );

  test.prop([contextArb.chain((c) => fc.tuple(fc.constant(c), insideArb(c), insideArb(c))), callArb])(
    'for every function that takes scores, a score shown within the range (bounds included) is accepted',
    ([c, score, ok], call) => {
      expect(outcome(() => call.run(c, score, ok))).toBe('returned');
    },
  );

  test.prop([fc.constantFrom(...fixed.filter((c) => c.lo === 0n)), callArb])('-0 is 0: in range wherever 0 is, for every function', (c, call) => {
    expect(outcome(() => call.run(c, -0, 0))).toBe('returned');
  });
});
