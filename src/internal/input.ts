/**
 * Readers for untrusted input: each returns a checked value or throws a KepatuhanError with
 * the path of the offending field. Nothing here lets NaN, Infinity or a wrong type through.
 *
 * @internal
 */
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingMode, type RoundingRule } from '../numbers/rounding.js';
import { fromNumber, parseDecimal, type Rational } from './rational.js';

/** A short description of a value's type for messages: `"null"`, `"array"`, `"string \"abc\""`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return Number.isNaN(value) ? 'NaN' : `the number ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `obj[key]` for own properties only: `__proto__`, `constructor` … never reach the prototype. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Path helpers: `join('a', 'b')` → `a.b`; `index('a', 2)` → `a[2]`. */
export const join = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
export const index = (path: string, i: number): string => `${path}[${i}]`;

/** Reads a number or decimal string (`"95,31"`) exactly, or throws INVALID_NUMBER / INVALID_TYPE. */
export function readDecimal(value: unknown, path: string, what = 'value'): Rational {
  if (typeof value === 'number') {
    const r = fromNumber(value);
    if (r === undefined) throw new KepatuhanError('INVALID_NUMBER', `${what} must be a finite number, got ${describe(value)}`, path);
    return r;
  }
  if (typeof value === 'string') {
    const r = parseDecimal(value);
    if (r === undefined)
      throw new KepatuhanError('INVALID_NUMBER', `${what} must be a decimal such as "95.31" or "95,31", got ${describe(value)}`, path);
    return r;
  }
  throw new KepatuhanError('INVALID_TYPE', `${what} must be a number or a decimal string, got ${describe(value)}`, path);
}

/** Like readDecimal but returns undefined instead of throwing (for validators collecting issues). */
export function tryDecimal(value: unknown): Rational | undefined {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'string') return parseDecimal(value);
  return undefined;
}

export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && (ROUNDING_MODES as readonly string[]).includes(value);
}

/**
 * Reads a rounding rule: `undefined` → fallback; a mode string → that mode with the
 * fallback's decimals; an object `{ mode?, decimals? }` filled from the fallback.
 */
export function readRounding(value: unknown, path: string, fallback: RoundingRule = DEFAULT_ROUNDING): RoundingRule {
  if (value === undefined) return fallback;
  if (isRoundingMode(value)) return Object.freeze({ mode: value, decimals: fallback.decimals });
  if (!isPlainRecord(value))
    throw new KepatuhanError('INVALID_ROUNDING', `rounding must be a mode name or { mode, decimals }, got ${describe(value)}`, path);
  const mode = own(value, 'mode') ?? fallback.mode;
  const decimals = own(value, 'decimals') ?? fallback.decimals;
  if (!isRoundingMode(mode))
    throw new KepatuhanError('INVALID_ROUNDING', `unknown rounding mode ${describe(mode)}; use one of ${ROUNDING_MODES.join(', ')}`, join(path, 'mode'));
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    throw new KepatuhanError('INVALID_ROUNDING', `decimals must be a whole number from 0 to 20, got ${describe(decimals)}`, join(path, 'decimals'));
  return Object.freeze({ mode, decimals });
}

/** Throws INVALID_OPTION unless `value` is undefined or a plain object. */
export function readOptions(value: unknown, path = 'options'): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainRecord(value)) throw new KepatuhanError('INVALID_OPTION', `options must be an object, got ${describe(value)}`, path);
  return value;
}
