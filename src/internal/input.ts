/**
 * Readers for untrusted input: each returns a checked value or throws a KepatuhanError with
 * the path of the offending field. Nothing here lets NaN, Infinity or a wrong type through.
 *
 * @internal
 */
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingMode, type RoundingRule } from '../rounding/rounding.js';
import { decimalParts, stepsOf, type DecimalParts } from './decimalSteps.js';
import { fromNumber, fromParts, parseDecimal, type Rational } from './rational.js';

/** `Array.isArray` that answers false instead of throwing for a revoked Proxy. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Whether `value` is a real Map (brand check: a Proxy or an object inheriting from Map.prototype is not). */
export function isMap(value: unknown): value is Map<unknown, unknown> {
  // Map.prototype.has throws a TypeError for anything without Map internals, primitives included.
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

/**
 * The entries of a Map (read through Map.prototype) or of an object's own enumerable keys,
 * read once; a throwing trap or getter is `UNREADABLE_INPUT` at `path`. Undefined for
 * anything else.
 */
export function entriesOf(value: unknown, path: string): [unknown, unknown][] | undefined {
  if (isMap(value)) {
    const out: [unknown, unknown][] = [];
    try {
      Map.prototype.forEach.call(value, (v: unknown, k: unknown) => out.push([k, v]));
    } catch (e) {
      throw unreadable(path, e);
    }
    return out;
  }
  if (!isPlainRecord(value)) return undefined;
  return ownKeys(value, path).map((k) => [k, own(value, k, path)]);
}

/**
 * A value as every message shows it, so that all messages speak the same way: numbers as
 * written (`4`, `-2.5`, `NaN`, `Infinity`), strings quoted (`"abc"`, cut after 40 characters),
 * `null`, `undefined`, `true`, `5n`; a symbol, function, array, Map or other object by its kind
 * (`a function`, `an array`, `a Map`, `an object`). Never throws (a revoked Proxy is `an object`).
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'string'
    ? JSON.stringify((value as string).length > 40 ? `${(value as string).slice(0, 40)}…` : value)
    : t === 'bigint'
      ? `${value as bigint}n`
      : t === 'symbol' || t === 'function'
        ? `a ${t}`
        : t === 'object'
          ? isMap(value)
            ? 'a Map'
            : 'an object'
          : String(value); // numbers (NaN, Infinity and -Infinity read as themselves; -0 as 0), booleans, undefined
}

/** Any object that is not an array (class instances and Proxies included: they are read through {@link own}). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** The message of something thrown, without trusting it (it may be a Proxy or have a throwing getter). */
export function messageOf(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') return error.message;
  } catch {
    // fall through: describe() never throws
  }
  return `${describe(error)} was thrown`;
}

/**
 * Calls a function the caller passed (a custom method, a tie rule, a key function). Whatever
 * it throws becomes `CALLBACK_FAILED` at `path`, with the thrown value as `cause`.
 */
export function callback<A extends unknown[], R>(fn: (...args: A) => R, args: A, path: string, what = 'the function'): R {
  try {
    return fn(...args);
  } catch (e) {
    throw new KepatuhanError('CALLBACK_FAILED', `${what} threw: ${messageOf(e)}`, path, undefined, e);
  }
}

/**
 * The same error with its path and every issue's path rewritten by `move`, for an error raised
 * on a part of the input that the caller knows under another path. The message is rebuilt from
 * the message proper, so a path is never shown twice.
 */
export function moved(e: KepatuhanError, move: (path: string) => string): KepatuhanError {
  const issues = e.issues.map((i) => Object.freeze({ ...i, path: move(i.path) }));
  const proper = e.path !== '' && e.message.startsWith(`${e.path}: `) ? e.message.slice(e.path.length + 2) : e.message;
  return new KepatuhanError(e.code, proper, move(e.path), issues, e.cause);
}

/** A path for the argument itself: `''` (what the readers use for it) becomes the parameter's `name`. */
export const named =
  (name: string) =>
  (path: string): string =>
    path === '' ? name : path;

/** The error for a value whose reading threw (a getter, a Proxy trap). */
export function unreadable(path: string, error: unknown): KepatuhanError {
  return new KepatuhanError('UNREADABLE_INPUT', `the value could not be read: ${messageOf(error)}`, path, undefined, error);
}

/**
 * `obj[key]` for own properties only: `__proto__`, `constructor` … never reach the prototype.
 * A getter or Proxy trap that throws becomes an `UNREADABLE_INPUT` error at `join(path, key)`.
 */
export function own(obj: Record<string, unknown>, key: string, path = ''): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  } catch (e) {
    throw unreadable(join(path, key), e);
  }
}

/** `Object.keys(obj)`, with a throwing Proxy trap turned into `UNREADABLE_INPUT` at `path`. */
export function ownKeys(obj: object, path: string): string[] {
  try {
    return Object.keys(obj);
  } catch (e) {
    throw unreadable(path, e);
  }
}

/**
 * A dense copy of an array read once: holes become `undefined`, a getter or Proxy trap that
 * throws becomes `UNREADABLE_INPUT`, more than `max` entries is `TOO_LARGE` (checked before
 * anything is read, so a length of 2^32 − 1 costs nothing).
 */
export function readArray(value: ArrayLike<unknown>, path: string, max: number): unknown[] {
  let length: unknown;
  try {
    length = value.length;
  } catch (e) {
    throw unreadable(path, e);
  }
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
    throw new KepatuhanError('INVALID_TYPE', `a list must have a whole, non-negative length, got ${describe(length)}`, path);
  if (length > max) throw new KepatuhanError('TOO_LARGE', `at most ${max.toLocaleString('en')} entries are allowed, got ${length.toLocaleString('en')}`, path);
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    try {
      out[i] = value[i];
    } catch (e) {
      throw unreadable(index(path, i), e);
    }
  }
  return out;
}

/** Path helpers: `join('a', 'b')` → `a.b`; `index('a', 2)` → `a[2]`. */
export const join = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
export const index = (path: string, i: number): string => `${path}[${i}]`;

/**
 * Reads a number or decimal string (`"95,31"`) as the decimal it shows (a number as
 * `String(x)`), or throws INVALID_NUMBER (not finite, not a decimal, beyond the largest double)
 * or INVALID_TYPE: the one reading of a score, under both {@link readDecimal} and {@link readSteps}.
 */
function readParts(value: unknown, path: string, what: string): DecimalParts {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new KepatuhanError('INVALID_NUMBER', `${what} must be a finite number, got ${describe(value)}`, path);
    return decimalParts(String(value))!;
  }
  if (typeof value !== 'string') throw new KepatuhanError('INVALID_TYPE', `${what} must be a number or a decimal string, got ${describe(value)}`, path);
  const parts = decimalParts(value);
  if (parts === undefined) throw new KepatuhanError('INVALID_NUMBER', `${what} must be a decimal such as "95.31" or "95,31", got ${describe(value)}`, path);
  // A decimal string can be larger than any double (1e400): results would hold ±Infinity. The
  // least magnitude that reads as Infinity is 2^1024 − 2^970 (ties to even), 309 digits long.
  if (parts[1].length + parts[2] > 308) {
    const whole = stepsOf(parts, 0, 'truncate');
    if ((whole < 0 ? -whole : whole) >= 2n ** 1024n - 2n ** 970n)
      throw new KepatuhanError('INVALID_NUMBER', `${what} is beyond the largest JavaScript number (about 1.8e308), got ${describe(value)}`, path);
  }
  return parts;
}

/** Reads a number or decimal string (`"95,31"`) exactly, or throws INVALID_NUMBER / INVALID_TYPE. */
export function readDecimal(value: unknown, path: string, what = 'value'): Rational {
  // A whole number needs no text (rational.ts fromNumber).
  if (Number.isSafeInteger(value)) return { n: BigInt(value as number), d: 1n };
  return fromParts(readParts(value, path, what));
}

/**
 * Reads a number or decimal string (`"95,31"`) and rounds it to the grid of `decimals` by
 * `mode`, with no rationals (decimalSteps.ts), or throws: the same errors (code, message, path)
 * as {@link readDecimal}, and the same count as `roundToScaled(readDecimal(value), decimals, mode)`.
 */
export function readSteps(value: unknown, decimals: number, mode: RoundingMode, path: string, what = 'value'): number | bigint {
  return stepsOf(readParts(value, path, what), decimals, mode);
}

/** Largest magnitude of a range or scale bound (output.min/max, scale and band min/max). */
export const MAX_BOUND = 1e15;
const MAX_BOUND_RATIONAL = 1000000000000000n; // 10^15 (a literal: an expression would stay in every bundle)

/** Whether `-MAX_BOUND ≤ r ≤ MAX_BOUND`: bounds beyond it would overflow the reported doubles. */
export function withinBounds(r: Rational): boolean {
  const n = r.n < 0n ? -r.n : r.n;
  return n <= MAX_BOUND_RATIONAL * r.d;
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
    throw new KepatuhanError('INVALID_ROUNDING', `rounding must be a mode (${ROUNDING_MODES.join(', ')}) or { mode, decimals }, got ${describe(value)}`, path);
  const mode = own(value, 'mode', path) ?? fallback.mode;
  const decimals = own(value, 'decimals', path) ?? fallback.decimals;
  if (!isRoundingMode(mode))
    throw new KepatuhanError('INVALID_ROUNDING', `unknown rounding mode ${describe(mode)}; use one of ${ROUNDING_MODES.join(', ')}`, join(path, 'mode'));
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    throw new KepatuhanError('INVALID_ROUNDING', `decimals must be a whole number from 0 to 20, got ${describe(decimals)}`, join(path, 'decimals'));
  return Object.freeze({ mode, decimals: decimals + 0 }); // + 0: never -0
}

/** Throws INVALID_OPTION unless `value` is undefined or a plain object. */
export function readOptions(value: unknown, path = 'options'): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainRecord(value)) throw new KepatuhanError('INVALID_OPTION', `options must be an object, got ${describe(value)}`, path);
  return value;
}
