import type { ErrorCode } from './codes.js';
import type { Issue } from './issue.js';

/**
 * The one error class the library throws. It carries a stable `code`, the `path` of the
 * offending field, and for validation failures every `issue` found.
 *
 * @example
 * ```ts
 * import { KepatuhanError, parseScore } from 'kepatuhan';
 * try {
 *   parseScore('sembilan puluh');
 * } catch (e) {
 *   if (e instanceof KepatuhanError) console.log(e.code, e.path); // "INVALID_NUMBER" "input"
 * }
 * ```
 * @category Errors
 */
export class KepatuhanError extends Error {
  /** Stable code; see {@link ERROR_CODES}. */
  readonly code: ErrorCode;
  /** Path of the offending field; never empty (the argument itself is named by its parameter: `input`, `value`, `methodology`, `scale` …). */
  readonly path: string;
  /** Every problem found, for validation failures; otherwise one issue mirroring this error. */
  readonly issues: readonly Issue[];

  /**
   * Creates an error.
   *
   * @param code - the stable code
   * @param message - a sentence for a person
   * @param path - the path of the offending field
   * @param issues - every problem found (defaults to this one)
   * @param cause - the error that led to this one (a throwing getter, a failing callback), kept as `cause`
   */
  constructor(code: ErrorCode, message: string, path = '', issues?: readonly Issue[], cause?: unknown) {
    super(path === '' ? message : `${path}: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'KepatuhanError';
    this.code = code;
    this.path = path;
    this.issues = Object.freeze(issues ?? [Object.freeze({ code, path, message })]);
  }
}

/**
 * Tells whether a value is a {@link KepatuhanError} (also across bundle copies, by name and code).
 *
 * @param value - anything caught
 * @returns true when `value` is the library's error
 * @throws never
 * @example
 * ```ts
 * import { isKepatuhanError, presets, scoreUnit } from 'kepatuhan';
 * try { scoreUnit(presets.ombudsman2022, {}); } catch (e) { if (isKepatuhanError(e)) console.log(e.code); }
 * ```
 * @category Errors
 */
export function isKepatuhanError(value: unknown): value is KepatuhanError {
  try {
    return (
      value instanceof KepatuhanError ||
      (value instanceof Error && value.name === 'KepatuhanError' && typeof (value as { code?: unknown }).code === 'string')
    );
  } catch {
    // A revoked Proxy or a throwing getter is not the library's error.
    return false;
  }
}
