import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { aggregate, roundScore, scales, type ScoreInput } from '../../src/index.js';
import { F, floorDiv, roundFrac, scaledText, scaledToJs } from '../helpers/exact.js';

/** A unit's published score: two decimals on 0–100, as a number or an Indonesian decimal string. */
const cents = fc.integer({ min: 0, max: 10_000 });
const unitScore = fc.tuple(cents, fc.boolean()).map(([c, text]): ScoreInput => (text ? scaledText(BigInt(c), 2, ',') : Number(scaledText(BigInt(c), 2))));
const units = fc.array(cents, { minLength: 1, maxLength: 30 });
const asNumbers = (cs: readonly number[]) => cs.map((c) => Number(scaledText(BigInt(c), 2)));
const method = fc.constantFrom('mean' as const, 'median' as const, 'weightedMean' as const);
/** The weights option for a method that reads weights; mean and median refuse them. */
const weightsIfUsed = (m: string, ws: readonly number[]) => (m === 'weightedMean' ? { weights: ws } : {});
const weightsFor = (n: number) => fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n });

describe('aggregate properties', () => {
  test.prop([units])(
    "the mean equals an independent integer computation: the units' cents summed, divided by their count, half-up",
    (cs) => {
      const sum = cs.reduce((a, b) => a + BigInt(b), 0n);
      const n = BigInt(cs.length);
      const expected = floorDiv(2n * sum + n, 2n * n); // floor(sum / n + 1/2)
      expect(aggregate(asNumbers(cs)).score).toBe(scaledToJs(expected, 2));
    },
  );

  test.prop([units.chain((cs) => fc.tuple(fc.constant(cs), weightsFor(cs.length))), method])(
    "a government's score lies between its lowest and highest unit",
    ([cs, ws], m) => {
      const scores = asNumbers(cs);
      const r = aggregate(scores, { method: m, ...weightsIfUsed(m, ws) });
      expect(r.score).toBeGreaterThanOrEqual(Math.min(...scores));
      expect(r.score).toBeLessThanOrEqual(Math.max(...scores));
      expect(r.min).toBe(Math.min(...scores));
      expect(r.max).toBe(Math.max(...scores));
    },
  );

  test.prop([
    fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 20 }).chain((ms) => fc.tuple(fc.constant(ms), weightsFor(ms.length))),
    method,
  ])('with roundInputs: false, the unrounded result lies between the lowest and highest value as given', ([ms, ws], m) => {
    const values = ms.map((x) => Number(scaledText(BigInt(x), 3)));
    const r = aggregate(values, { method: m, ...weightsIfUsed(m, ws), roundInputs: false });
    expect(r.unrounded).toBeGreaterThanOrEqual(Math.min(...values));
    expect(r.unrounded).toBeLessThanOrEqual(Math.max(...values));
  });

  test.prop([
    units.chain((cs) => fc.tuple(fc.constant(cs), weightsFor(cs.length))).chain(([cs, ws]) =>
      fc.tuple(fc.constant(cs), fc.constant(ws), fc.shuffledSubarray(cs.map((_, i) => i), { minLength: cs.length, maxLength: cs.length })),
    ),
    method,
  ])("a government's score does not depend on the units' order", ([cs, ws, order], m) => {
    const scores = asNumbers(cs);
    const a = aggregate(scores, { method: m, ...weightsIfUsed(m, ws), scale: scales.ombudsman2022 });
    const b = aggregate(order.map((i) => scores[i]!), { method: m, ...weightsIfUsed(m, order.map((i) => ws[i]!)), scale: scales.ombudsman2022 });
    expect(b).toEqual(a);
  });

  test.prop([unitScore, fc.integer({ min: 1, max: 50 }), method])('the mean (and median, and weighted mean) of identical scores is that score', (s, n, m) => {
    const r = aggregate(Array.from({ length: n }, () => s), { method: m, ...weightsIfUsed(m, Array.from({ length: n }, (_, i) => i + 1)) });
    expect(r.score).toBe(roundScore(s));
  });

  test.prop([fc.array(units, { minLength: 1, maxLength: 6 })])(
    "rolling up aggregates equals averaging their reported (rounded) scores",
    (groups) => {
      const parts = groups.map((g) => aggregate(asNumbers(g)));
      expect(aggregate(parts).score).toBe(aggregate(parts.map((p) => p.score)).score);
    },
  );

  test.prop([units.chain((cs) => fc.tuple(fc.constant(cs), weightsFor(cs.length)))])(
    'the weighted mean equals an independent exact computation Σ wᵢ·sᵢ / Σ wᵢ, half-up',
    ([cs, ws]) => {
      const num = cs.reduce((a, c, i) => a + BigInt(c) * BigInt(ws[i]!), 0n);
      const den = 100n * ws.reduce((a, w) => a + BigInt(w), 0n);
      expect(aggregate(asNumbers(cs), { method: 'weightedMean', weights: ws }).score).toBe(scaledToJs(roundFrac(F(num, den), 2, 'halfUp'), 2));
    },
  );
});
