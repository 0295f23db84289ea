/**
 * How sure we are of a number or label in a methodology, following the tags of the domain
 * reference: `regulation` (the text of a regulation), `multiple-sources` ([2+]),
 * `single-source` ([1]), `inferred` (follows from published numbers), `disputed` (sources
 * conflict, e.g. whether the colour zones continue in 2025), `assumed` (a placeholder the
 * user should override).
 *
 * @example
 * ```ts
 * import type { Confidence } from 'kepatuhan';
 * const c: Confidence = 'assumed';
 * ```
 * @category Model
 */
export type Confidence = 'regulation' | 'multiple-sources' | 'single-source' | 'inferred' | 'disputed' | 'assumed';

/**
 * Where a number, threshold or label comes from. Attach it to any methodology node, band or
 * scale; presets carry it for every number they ship.
 *
 * @example
 * ```ts
 * import type { Provenance } from 'kepatuhan';
 * const p: Provenance = { confidence: 'assumed', note: 'Indicator weights are not public; equal weights assumed.' };
 * ```
 * @category Model
 */
export interface Provenance {
  /** How sure the value is. */
  readonly confidence: Confidence;
  /** The regulation, document or article it comes from. */
  readonly source?: string;
  /** The assumption in words, or any other remark. */
  readonly note?: string;
}

/**
 * Every confidence level, strongest first.
 *
 * @example
 * ```ts
 * import { CONFIDENCE_LEVELS } from 'kepatuhan';
 * CONFIDENCE_LEVELS[0]; // "regulation"
 * ```
 * @category Model
 */
export const CONFIDENCE_LEVELS: readonly Confidence[] = /*#__PURE__*/ Object.freeze([
  'regulation',
  'multiple-sources',
  'single-source',
  'inferred',
  'disputed',
  'assumed',
]);
