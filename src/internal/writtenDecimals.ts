/**
 * The precision a printed figure was written with.
 *
 * @internal
 */
import { decimalPlaces, type Rational } from './rational.js';

/** Decimals written in a printed score: `"91"` → 0, `"95,10"` → 2 (an exponent: the value's own decimals). */
export function writtenDecimals(s: string, value: Rational): number {
  const t = s.trim();
  if (/[eE]/.test(t)) return decimalPlaces(value) ?? 0;
  const m = /[.,](\d*)$/.exec(t);
  return m === null ? 0 : m[1]!.length;
}
