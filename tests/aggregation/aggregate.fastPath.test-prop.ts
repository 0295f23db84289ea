/**
 * The exact integer path of `aggregate` (src/internal/gridNumber.ts: shown scores as integers
 * in hundredths, Number arithmetic below 2^53) against the exact rational path and against
 * an independent computation: generated scores include .xx5 halves, band edges and ties.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { aggregate, aggregateBy, classify, ROUNDING_MODES, scales, type AggregateOptions, type ScoreInput } from '../../src/index.js';
import { F, fSum, parseText, roundFrac, roundFracToInt, scaledText, scaledToJs } from '../helpers/exact.js';

/** Thousandths on 0–100, many of them just around a band edge of ombudsman2022 (32, 54, 78, 88) or a half. */
const milli = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.constantFrom(0, 32_000, 54_000, 78_000, 88_000, 100_000).chain((edge) => fc.integer({ min: Math.max(0, edge - 15), max: Math.min(100_000, edge + 15) })),
  fc.integer({ min: 0, max: 9_999 }).map((c) => c * 10 + 5), // x.xx5
);
/** A score as a user gives it: a number with up to three decimals, or decimal text. */
const score = fc.tuple(milli, fc.boolean(), fc.boolean()).map(([m, twoDecimals, text]): ScoreInput => {
  const k = twoDecimals ? BigInt(Math.round(m / 10)) : BigInt(m);
  const d = twoDecimals ? 2 : 3;
  return text ? scaledText(k, d, ',') : Number(scaledText(k, d));
});
const options = fc.record({
  method: fc.constantFrom('mean' as const, 'median' as const),
  rounding: fc.record({ mode: fc.constantFrom(...ROUNDING_MODES), decimals: fc.integer({ min: 0, max: 3 }) }),
  roundInputs: fc.boolean(),
  scale: fc.constantFrom(undefined, scales.ombudsman2022),
});
const scores = fc.array(score, { minLength: 1, maxLength: 12 });

/** The options without an absent scale (exactOptionalPropertyTypes). */
const clean = (o: { method: 'mean' | 'median'; rounding: { mode: (typeof ROUNDING_MODES)[number]; decimals: number }; roundInputs: boolean; scale: typeof scales.ombudsman2022 | undefined }): AggregateOptions => {
  const { scale, ...rest } = o;
  return scale === undefined ? rest : { ...rest, scale };
};

describe('aggregate on the exact integer path', () => {
  test.prop([scores, options])('the fast mean (and median) equals what the exact rational path gives, every field', (xs, o) => {
    const opts = clean(o);
    // A correction of 0 changes nothing but takes the rational path (adjustments always do).
    const { adjustment, ...exact } = aggregate(xs, { ...opts, adjustment: { correction: 0 } });
    expect(adjustment?.correction).toBe(0);
    expect(aggregate(xs, opts)).toEqual(exact);
  });

  test.prop([scores, options.filter((o) => o.method === 'mean')])('the fast mean equals the exact mean rounded once (independent computation)', (xs, o) => {
    const { mode, decimals } = o.rounding;
    const exactOf = (x: ScoreInput) => parseText(String(x));
    // Inputs rounded first when asked (the shown values), then the mean, rounded once.
    const inputs = xs.map((x) => (o.roundInputs ? F(roundFrac(exactOf(x), decimals, mode), 10n ** BigInt(decimals)) : exactOf(x)));
    const sum = fSum(inputs);
    const k = roundFracToInt(F(sum.n * 10n ** BigInt(decimals), sum.d * BigInt(xs.length)), mode);
    const r = aggregate(xs, clean(o));
    expect(r.score).toBe(scaledToJs(k, decimals));
    if (r.classification !== undefined) expect(r.classification.value).toBe(scaledToJs(roundFrac(F(k, 10n ** BigInt(decimals)), 2, 'halfUp'), 2));
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 7 })])(
    'a government of two-decimal unit scores is classified as its exactly computed mean is',
    (cents) => {
      const sum = cents.reduce((a, c) => a + BigInt(c), 0n);
      const k = roundFracToInt(F(sum, cents.length), 'halfUp');
      const r = aggregate(cents.map((c) => c / 100), { scale: scales.ombudsman2022 });
      expect(r.score).toBe(scaledToJs(k, 2));
      expect(r.classification).toEqual(classify(scaledText(k, 2), scales.ombudsman2022));
    },
  );
});

describe('aggregateBy', () => {
  const unit = fc.record({ g: fc.constantFrom('Kota Cilegon', 'Kab. Serang', 'Kab. Lebak'), score });
  test.prop([fc.array(unit, { maxLength: 30 }), options])('aggregateBy gives, per group, what aggregate gives', (units, o) => {
    const opts = clean(o);
    const byGroup = aggregateBy(units, { ...(opts as Omit<AggregateOptions, 'weights'>), groupBy: (u) => u.g });
    const expected = new Map<string, unknown>();
    for (const u of units) if (!expected.has(u.g)) expected.set(u.g, aggregate(units.filter((x) => x.g === u.g).map((x) => x.score), opts));
    expect(byGroup.map((g) => g.group)).toEqual([...expected.keys()]);
    for (const { group, result } of byGroup) expect(result).toEqual(expected.get(group));
  });
});
