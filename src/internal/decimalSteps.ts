/**
 * Reading a score straight onto a decimal grid, without rationals: the number or decimal
 * string a caller passes, rounded by a mode to a whole count of grid steps (10^-decimals).
 * `classify` and the trusted builder of built-in scales use it, so a page that classifies
 * with a built-in scale does not carry the exact rational arithmetic of `./rational.ts`
 * (docs/performance.md, "Bundle sizes").
 *
 * A value is read as the decimal it shows (a number as `String(x)`, its shortest
 * round-trip form), split into a sign, a digit string and a power of ten, and rounded on
 * those digits: the remainder below the grid is compared with one half as text. Counts below
 * 10^15 are numbers, larger ones bigints. Each function here gives exactly what the rational
 * path gives (`parseDecimal`, `fromNumber`, `roundToScaled`, `readDecimal`), which
 * tests/internal/decimalSteps.test-prop.ts checks on generated input (.xx5 ties, band edges,
 * exponent forms, commas, signs, hostile text).
 *
 * @internal
 */
import { KepatuhanError } from '../errors/KepatuhanError.js';
import type { RoundingMode } from '../rounding/rounding.js';
import { describe } from './input.js';
import { MAX_DECIMAL_LENGTH, MAX_EXPONENT } from './rational.js';

/** A decimal `±digits · 10^exponent`: `[negative, digits, exponent]` (`"-09,5"` → `[true, "95", -1]`; digits without leading zeros, `""` for zero). */
export type DecimalParts = readonly [negative: boolean, digits: string, exponent: number];

/** The same text as rational.ts `parseDecimal` accepts (one `.` or `,`, an optional exponent). */
const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Splits a decimal string (white space around it allowed) into its parts, or undefined when
 * it is not a decimal: exactly the strings `parseDecimal` accepts, with the same value.
 */
export function decimalParts(text: string): DecimalParts | undefined {
  const s = text.trim();
  const m = s.length > MAX_DECIMAL_LENGTH ? null : DECIMAL.exec(s);
  if (m === null) return undefined;
  const frac = m[3] ?? '';
  const digits = m[2]! + frac;
  // An exponent matched by \d+ reads as a whole number (or Infinity): within ±MAX_EXPONENT it is safe.
  const e = Number(m[4] ?? 0);
  // Leading zeros dropped ("" is zero), so that a count below 10^15 is written with fewer than 16 digits.
  return digits !== '' && Math.abs(e) <= MAX_EXPONENT ? [m[1] === '-', digits.replace(/^0+/, ''), e - frac.length] : undefined;
}

/**
 * The decimal rounded by `mode` to whole steps of 10^-decimals: `k` such that `k / 10^decimals`
 * is the rounded value (rational.ts `roundToScaled`). A number below 10^15 in magnitude (never
 * -0), a bigint above.
 */
export function stepsOf([negative, digits, exponent]: DecimalParts, decimals: number, mode: RoundingMode): number | bigint {
  // value · 10^decimals = ±(whole + 0.rest): whole and rest are digit strings.
  const shift = exponent + decimals;
  let whole = digits;
  let rest = '';
  if (shift < 0) {
    const padded = digits.padStart(-shift, '0');
    whole = padded.slice(0, shift);
    rest = padded.slice(shift);
  } else whole += '0'.repeat(shift);
  const exact = !/[1-9]/.test(rest);
  // One half exactly: 5 then zeros; above one half: from 5 on, but not exactly one half.
  const tie = rest[0] === '5' && !/[1-9]/.test(rest.slice(1));
  const above = rest >= '5' && !tie;
  const away =
    mode === 'floor'
      ? negative && !exact
      : mode === 'ceil'
        ? !negative && !exact
        : mode !== 'truncate' &&
          (above ||
            (tie && (mode === 'halfUp' ? !negative : mode === 'halfDown' ? negative : mode === 'halfEven' ? Number(whole.slice(-1)) % 2 === 1 : mode === 'halfAwayFromZero')));
  const k = whole.length < 16 ? Number(whole) + Number(away) : BigInt(whole) + BigInt(away);
  return (negative ? -k : k) || 0;
}

/**
 * Reads a number or decimal string (`"95,31"`) and rounds it to the grid of `decimals` by
 * `mode`, or throws: the same errors (code, message, path) as input.ts `readDecimal`, and the
 * same count as `roundToScaled(readDecimal(value), decimals, mode)`.
 */
export function readSteps(value: unknown, decimals: number, mode: RoundingMode, path: string, what = 'value'): number | bigint {
  let parts: DecimalParts | undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new KepatuhanError('INVALID_NUMBER', `${what} must be a finite number, got ${describe(value)}`, path);
    parts = decimalParts(String(value))!;
  } else if (typeof value === 'string') {
    parts = decimalParts(value);
    if (parts === undefined)
      throw new KepatuhanError('INVALID_NUMBER', `${what} must be a decimal such as "95.31" or "95,31", got ${describe(value)}`, path);
    // Beyond the largest double: |value| ≥ 2^1024 − 2^970, the least magnitude that rounds to
    // Infinity (ties to even), which has 309 digits before the point.
    if (parts[1].length + parts[2] > 308) {
      const whole = stepsOf(parts, 0, 'truncate');
      if ((whole < 0 ? -whole : whole) >= 2n ** 1024n - 2n ** 970n)
        throw new KepatuhanError('INVALID_NUMBER', `${what} is beyond the largest JavaScript number (about 1.8e308), got ${describe(value)}`, path);
    }
  } else throw new KepatuhanError('INVALID_TYPE', `${what} must be a number or a decimal string, got ${describe(value)}`, path);
  return stepsOf(parts, decimals, mode);
}
