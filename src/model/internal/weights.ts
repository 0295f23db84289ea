/**
 * Reads weights exactly: numbers, decimal strings and fraction strings ("1/9").
 *
 * @internal
 */
import { tryDecimal } from '../../internal/input.js';
import { div, isZero, type Rational } from '../../internal/rational.js';

const FRACTION = /^\s*([^/]+)\/([^/]+)$/;

/** A weight as an exact rational, or undefined when it is not a number, decimal or fraction. */
export function readWeight(value: unknown): Rational | undefined {
  if (typeof value === 'string') {
    const m = FRACTION.exec(value);
    if (m !== null) {
      const a = tryDecimal(m[1]);
      const b = tryDecimal(m[2]);
      if (a === undefined || b === undefined || isZero(b)) return undefined;
      return div(a, b);
    }
  }
  return tryDecimal(value);
}
