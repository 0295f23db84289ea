import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { fromNumber, parseDecimal, roundToScaled, scaledToNumber, scaledToString, toNumber } from '../../src/internal/rational.js';

/** Decimal text with any number of digits and any exponent JavaScript can read. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: 40 }),
    fc.array(fc.constantFrom(...'0123456789'), { maxLength: 40 }),
    fc.integer({ min: -340, max: 320 }),
  )
  .map(([sign, int, frac, exp]) => `${sign}${int.join('')}${frac.length > 0 ? `.${frac.join('')}` : ''}e${exp}`);

test.prop([decimalText])('toNumber(parseDecimal(s)) is the double JavaScript reads from s (correct rounding, subnormals included)', (s) => {
  const v = toNumber(parseDecimal(s)!);
  const expected = Number(s);
  expect(v === expected || (v === 0 && expected === 0)).toBe(true);
});

test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('a finite double survives fromNumber and toNumber unchanged (-0 becomes 0)', (x) => {
  expect(toNumber(fromNumber(x)!)).toBe(x === 0 ? 0 : x);
});

test.prop([fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 })])(
  'scaledToNumber(k, d) is the double nearest to the text scaledToString(k, d)',
  (k, d) => {
    expect(scaledToNumber(k, d)).toBe(Number(scaledToString(k, d)) + 0);
  },
);

test.prop([decimalText, fc.integer({ min: 0, max: 6 })])('rounding half-up to d decimals moves a value by less than half a step down or at most half a step up', (s, d) => {
  const r = parseDecimal(s)!;
  const k = roundToScaled(r, d, 'halfUp');
  // Half-up: ties go up, so r·10^d − k lies in [−1/2, 1/2); times 2·denominator, in integers.
  const twice = 2n * (r.n * 10n ** BigInt(d) - k * r.d);
  expect(twice >= -r.d && twice < r.d).toBe(true);
});
