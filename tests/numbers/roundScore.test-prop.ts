import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { formatScore, parseScore, roundScore, type RoundingMode } from '../../src/index.js';
import { roundingModeArb } from '../helpers/arbitraries.js';
import { F, floorDiv, fromJs, parseText, roundFrac, scaledText, scaledToJs } from '../helpers/exact.js';

/** Integers k for decimals k / 10^places; the JS-number form is checked only where the double prints as the same decimal. */
const LIMIT = 10n ** 15n;
const printsAs = (x: number, text: string): boolean => {
  const a = fromJs(x);
  const b = parseText(text);
  return a.n * b.d === b.n * a.d;
};
const k = fc.bigInt({ min: -LIMIT, max: LIMIT });
const places = fc.integer({ min: 0, max: 8 });
const decimals = fc.integer({ min: 0, max: 6 });

/**
 * The rounded cents of a tie k/1000 with k = 10j + 5 (the value j/100 + 0.005), by mode,
 * decided case by case from the definitions in rounding.ts.
 */
function tieCents(j: bigint, mode: RoundingMode): bigint {
  const positive = j >= 0n; // j/100 + 0.005 > 0 exactly when j ≥ 0
  switch (mode) {
    case 'halfUp':
    case 'ceil':
      return j + 1n;
    case 'halfDown':
    case 'floor':
      return j;
    case 'halfEven':
      return j % 2n === 0n ? j : j + 1n;
    case 'halfAwayFromZero':
      return positive ? j + 1n : j;
    case 'halfTowardZero':
    case 'truncate':
      return positive ? j : j + 1n;
  }
}

describe('rounding properties', () => {
  // |j| < 10^11: at most 14 significant digits, so the JS number prints as the same decimal.
  test.prop([fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }), roundingModeArb])(
    'rounding is exact at every .xx5 boundary, for the value written as a decimal string and as a JS number',
    (j, mode) => {
      const tie = 10n * j + 5n; // thousandths
      const text = scaledText(tie, 3);
      const expected = scaledToJs(tieCents(j, mode), 2);
      expect(roundScore(text, mode)).toBe(expected);
      expect(roundScore(text.replace('.', ','), mode)).toBe(expected);
      expect(printsAs(Number(text), text)).toBe(true);
      expect(roundScore(Number(text), mode)).toBe(expected);
    },
  );

  test.prop([k, places, decimals, roundingModeArb])(
    'roundScore equals an independent integer computation for any decimal, mode and number of decimals',
    (n, p, d, mode) => {
      const text = scaledText(n, p);
      const expected = scaledToJs(roundFrac(F(n, 10n ** BigInt(p)), d, mode), d);
      expect(roundScore(text, { mode, decimals: d })).toBe(expected);
      if (printsAs(Number(text), text)) expect(roundScore(Number(text), { mode, decimals: d })).toBe(expected);
    },
  );

  test.prop([k, places, decimals, roundingModeArb])('rounding is idempotent', (n, p, d, mode) => {
    const once = roundScore(scaledText(n, p), { mode, decimals: d });
    expect(roundScore(once, { mode, decimals: d })).toBe(once);
  });

  test.prop([k, places, decimals])('rounding never moves a value by more than one step, and half-up by at most half a step', (n, p, d) => {
    const x = F(n, 10n ** BigInt(p));
    const step = 10n ** BigInt(d);
    // |round(x) − x| ≤ 1/2 step  ⇔  |2·k·10^p − 2·n·10^d| ≤ 10^p  (scaled to integers)
    const kUp = roundFrac(x, d, 'halfUp');
    const diff = 2n * kUp * 10n ** BigInt(p) - 2n * n * step;
    expect(diff <= 10n ** BigInt(p) && diff >= -(10n ** BigInt(p))).toBe(true);
    const kFloor = roundFrac(x, d, 'floor');
    expect(kFloor).toBe(floorDiv(n * step, 10n ** BigInt(p)));
    expect(roundScore(scaledText(n, p), { mode: 'floor', decimals: d })).toBe(scaledToJs(kFloor, d));
  });

  test.prop([k, places])('parseScore reads the Indonesian comma like the point, and returns the number the text shows', (n, p) => {
    const text = scaledText(n, p);
    // Number(text) is the double nearest to the decimal, which is what parseScore promises.
    expect(parseScore(text.replace('.', ','))).toBe(Number(text));
    expect(parseScore(text)).toBe(Number(text));
  });

  test.prop([k, places, decimals, roundingModeArb])(
    'formatScore writes the rounded decimal: point in English, comma in Indonesian',
    (n, p, d, mode) => {
      const text = scaledText(n, p);
      const rounded = roundFrac(F(n, 10n ** BigInt(p)), d, mode);
      // Intl writes a negative zero as "-0" but the library never produces -0 (k = 0 has no sign).
      expect(formatScore(text, { locale: 'en', rounding: { decimals: d, mode } })).toBe(scaledText(rounded, d));
      expect(formatScore(text, { locale: 'id', rounding: { decimals: d, mode } })).toBe(scaledText(rounded, d, ','));
    },
  );
});
