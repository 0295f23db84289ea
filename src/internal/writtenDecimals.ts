/**
 * The precision a printed figure was written with.
 *
 * @internal
 */
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe } from './input.js';
import { decimalPlaces, type Rational } from './rational.js';

/** Decimals written in a printed score: `"91"` → 0, `"95,10"` → 2 (an exponent: the value's own decimals). */
export function writtenDecimals(s: string, value: Rational): number {
  const t = s.trim();
  if (/[eE]/.test(t)) return decimalPlaces(value) ?? 0;
  const m = /[.,](\d*)$/.exec(t);
  return m === null ? 0 : m[1]!.length;
}

/**
 * The decimals a reported score is compared at: `reportedDecimals` when given (a whole number
 * 0–20, else `INVALID_OPTION` at `path`), else as written when the score was a string, else
 * `fallback`; never fewer than the value itself has.
 */
export function reportedPlaces(raw: unknown, value: Rational, reportedDecimals: unknown, fallback: number, path: string): number {
  let p = fallback;
  if (reportedDecimals !== undefined) {
    if (typeof reportedDecimals !== 'number' || !Number.isInteger(reportedDecimals) || reportedDecimals < 0 || reportedDecimals > 20)
      throw new KepatuhanError('INVALID_OPTION', `reportedDecimals must be a whole number from 0 to 20, got ${describe(reportedDecimals)}`, path);
    p = reportedDecimals;
  } else if (typeof raw === 'string') p = writtenDecimals(raw, value);
  const needed = decimalPlaces(value) ?? p;
  return needed > p ? needed : p;
}
