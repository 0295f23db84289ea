import type { ErrorCode } from './codes.js';

/**
 * One problem found in an input: a stable code, the path of the offending field
 * (e.g. `dimensions[1].variables[0].indicators[3].weight`) and a message a person understands.
 *
 * @example
 * ```ts
 * import type { Issue } from 'kepatuhan';
 * const issue: Issue = { code: 'INVALID_WEIGHT', path: 'dimensions[0].weight', message: 'weight must not be negative' };
 * ```
 * @category Errors
 */
export interface Issue {
  /** Stable code; see {@link ERROR_CODES}. */
  readonly code: ErrorCode;
  /** Path of the offending field; the methodology or scale itself is `methodology` / `scale`. */
  readonly path: string;
  /** A sentence for a person. */
  readonly message: string;
}

/**
 * The outcome of a non-throwing validation: either `{ ok: true, value }` or
 * `{ ok: false, issues }` with every problem found, in document order.
 *
 * @example
 * ```ts
 * import { validateMethodology } from 'kepatuhan';
 * const result = validateMethodology({});
 * if (!result.ok) console.log(result.issues.map((i) => i.code));
 * ```
 * @category Errors
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly [Issue, ...Issue[]] };
