/**
 * Reading a score straight onto a decimal grid, without rationals: the number or decimal
 * string a caller passes, rounded by a mode to a whole count of grid steps (10^-decimals).
 * `classify` and the trusted builder of built-in scales use it, so a page that classifies
 * with a built-in scale carries only `rat` and the scaled-number formatters of `./rational.ts`,
 * not its parser or its arithmetic
 * (docs/performance.md, "Bundle sizes").
 *
 * A value is read as the decimal it shows (a number as `String(x)`, its shortest
 * round-trip form), split into a sign, a digit string and a power of ten (the one decimal
 * parser of the library: rational.ts `parseDecimal` builds its rationals from these parts),
 * and rounded on those digits: the remainder below the grid is compared with one half as
 * text. Counts below 10^15 are numbers, larger ones bigints. `stepsOf` gives exactly what
 * `roundToScaled` gives, and input.ts `readSteps` what `roundToScaled(readDecimal(…))` gives,
 * which tests/internal/decimalSteps.test-prop.ts checks on generated input (.xx5 ties, band
 * edges, exponent forms, commas, signs, hostile text) against the rational path and the
 * parser as it was before.
 *
 * @internal
 */
import type { RoundingMode } from '../rounding/rounding.js';

/** Longest decimal string accepted, and the largest exponent: bounds the work on hostile input. */
export const MAX_DECIMAL_LENGTH = 400;
export const MAX_EXPONENT = 400;

/** A decimal `±digits · 10^exponent`: `[negative, digits, exponent]` (`"-09,5"` → `[true, "95", -1]`; digits without leading zeros, `""` for zero). */
export type DecimalParts = readonly [negative: boolean, digits: string, exponent: number];

/** A decimal: one `.` or `,` at most, an optional exponent (rational.ts `parseDecimal` reads its parts). */
const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Splits a decimal string (`"95.31"`, `"95,31"`, `"-0.5"`, `".5"`, `"1e-7"`; white space around
 * it allowed; exactly one decimal separator, either `.` or `,`; no thousands separators) into
 * its parts, or undefined when it is not such a decimal. rational.ts `parseDecimal` is built on it.
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
