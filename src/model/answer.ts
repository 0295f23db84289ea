/**
 * How an indicator is answered, and so how an answer maps to a normalised value in [0, 1]
 * (`(answer − min) / (max − min)`):
 *
 * - `interval`: whole numbers `min … max` — the Ombudsman's 0, 1, 2, 3 interval.
 * - `ordinal`: whole numbers `min … max` — a rating scale such as 1–4 (SKM).
 * - `yesNo`: `true`/`false` (also `1`/`0`, `"ya"`/`"tidak"`, `"yes"`/`"no"`); yes = 1.
 * - `percent`: a decimal 0–100 with at most `decimals` places (default 2).
 * - `levels`: named levels mapped to values (`{ key: 'ada', value: 1 }`); answered by key, or
 *   by a level's value as a number (as `scoreBatch` reads it), e.g. PEKPPP's 0–5 rubric.
 *
 * @example
 * ```ts
 * import type { AnswerSpec } from 'kepatuhan';
 * const ombudsman: AnswerSpec = { kind: 'interval', min: 0, max: 3 };
 * const maklumat: AnswerSpec = { kind: 'levels', levels: [
 *   { key: 'tidak-ada', value: 0 }, { key: 'ada-tidak-lengkap', value: 0.5 }, { key: 'lengkap', value: 1 },
 * ] };
 * ```
 * @category Model
 */
export type AnswerSpec =
  | { readonly kind: 'interval'; readonly min: number; readonly max: number }
  | { readonly kind: 'ordinal'; readonly min: number; readonly max: number }
  | { readonly kind: 'yesNo' }
  | { readonly kind: 'percent'; readonly decimals?: number }
  | { readonly kind: 'levels'; readonly levels: readonly LevelSpec[] };

/**
 * A named answer level of a `levels` indicator.
 *
 * @example
 * ```ts
 * import type { LevelSpec } from 'kepatuhan';
 * const l: LevelSpec = { key: 'lengkap', label: 'Lengkap dan dipublikasikan', value: 1 };
 * ```
 * @category Model
 */
export interface LevelSpec {
  /** The key an answer uses; not `"na"` (reserved for not applicable). */
  readonly key: string;
  /** Official label. */
  readonly label?: string;
  /** The level's value (a number or decimal string). */
  readonly value: number | string;
}

/**
 * Every answer kind.
 *
 * @example
 * ```ts
 * import { ANSWER_KINDS } from 'kepatuhan';
 * ANSWER_KINDS.includes('percent'); // true
 * ```
 * @category Model
 */
export const ANSWER_KINDS: readonly AnswerSpec['kind'][] = /*#__PURE__*/ Object.freeze(['interval', 'ordinal', 'yesNo', 'percent', 'levels']);
