import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classify, defineScale, roundScore, scales, validateScale, type Band, type Scale } from '../../src/index.js';
import { scaleSpecArb } from '../helpers/arbitraries.js';
import { F, fCmp, fromJs, roundFrac, scaledText, type Frac } from '../helpers/exact.js';

/** Whether the exact value lies in the band as written (bounds and closed sides). */
function inBand(x: Frac, b: Band): boolean {
  const lo = fCmp(x, fromJs(b.min));
  const hi = fCmp(x, fromJs(b.max));
  return (b.minInclusive ? lo >= 0 : lo > 0) && (b.maxInclusive ? hi <= 0 : hi < 0);
}

/** Grid values of a scale, as integers k with value k / 10^decimals. */
const gridOf = (s: Scale) => ({ lo: roundFrac(fromJs(s.min), s.decimals, 'ceil'), hi: roundFrac(fromJs(s.max), s.decimals, 'floor'), unit: 10n ** BigInt(s.decimals) });

const builtIn = Object.values(scales);
const builtInArb = fc.constantFrom(...builtIn);

/** A value in the scale's range: on its grid (k) or anywhere in between (a 6-decimal value). */
const valueIn = (s: Scale) => {
  const lo = BigInt(Math.ceil(s.min * 1e6));
  const hi = BigInt(Math.floor(s.max * 1e6));
  return fc.bigInt({ min: lo, max: hi }).map((k) => scaledText(k, 6));
};

/** The position of a band in its scale, lowest band first. */
const rank = (s: Scale, category: string) => [...s.bands].sort((a, b) => a.min - b.min).findIndex((b) => b.category === category);

describe('classification properties on the built-in scales', () => {
  test.prop([builtInArb.chain((s) => fc.tuple(fc.constant(s), valueIn(s)))])(
    "every value in a built-in scale's range, rounded to the scale's grid, falls in exactly one band, and classify picks it",
    ([s, text]) => {
      const k = roundFrac(F(BigInt(text.replace('.', '')), 10n ** 6n), s.decimals, s.rounding);
      const rounded = F(k, 10n ** BigInt(s.decimals));
      const holding = s.bands.filter((b) => inBand(rounded, b));
      expect(holding).toHaveLength(1);
      expect(classify(text, s).category).toBe(holding[0]!.category);
      expect(classify(Number(text), s).category).toBe(holding[0]!.category);
    },
  );

  test.prop([builtInArb.chain((s) => fc.tuple(fc.constant(s), valueIn(s), valueIn(s)))])(
    'classification never goes down when the value goes up',
    ([s, a, b]) => {
      const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
      expect(rank(s, classify(hi, s).category)).toBeGreaterThanOrEqual(rank(s, classify(lo, s).category));
    },
  );

  test.prop([builtInArb.chain((s) => fc.tuple(fc.constant(s), valueIn(s)))])(
    "classifying a value equals classifying it rounded by the scale's own rule first",
    ([s, text]) => {
      expect(classify(text, s)).toEqual(classify(roundScore(text, { mode: s.rounding, decimals: s.decimals }), s));
    },
  );

  test.prop([fc.integer({ min: 0, max: 10_000 })])('every grid value 0.00–100.00 gets the Ombudsman 2022 band of the domain table', (cents) => {
    const expected = cents >= 8800 ? 'A' : cents >= 7800 ? 'B' : cents >= 5400 ? 'C' : cents >= 3200 ? 'D' : 'E';
    expect(classify(scaledText(BigInt(cents), 2), scales.ombudsman2022).category).toBe(expected);
  });
});

describe('classification properties on generated scales (tests/helpers/arbitraries.ts)', () => {
  const generated = fc
    .record({ min: fc.integer({ min: -50, max: 50 }), width: fc.integer({ min: 1, max: 200 }) })
    .chain(({ min, width }) => scaleSpecArb(min, min + width))
    .map((spec) => defineScale(spec));

  test.prop([generated.chain((s) => fc.tuple(fc.constant(s), fc.bigInt({ min: gridOf(s).lo, max: gridOf(s).hi })))])(
    'every grid value of a valid scale falls in exactly one band',
    ([s, k]) => {
      const x = F(k, gridOf(s).unit);
      const holding = s.bands.filter((b) => inBand(x, b));
      expect(holding).toHaveLength(1);
      expect(classify(scaledText(k, s.decimals), s).category).toBe(holding[0]!.category);
    },
  );

  test.prop([generated.chain((s) => fc.tuple(fc.constant(s), valueIn(s), valueIn(s)))])(
    'classification on a generated scale never goes down when the value goes up',
    ([s, a, b]) => {
      const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
      expect(rank(s, classify(hi, s).category)).toBeGreaterThanOrEqual(rank(s, classify(lo, s).category));
    },
  );

  test.prop([generated])('a defined scale survives JSON: validateScale accepts it unchanged', (s) => {
    const r = validateScale(JSON.parse(JSON.stringify(s)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(s);
  });
});
