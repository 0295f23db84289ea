import { compileMethodology } from './internal/compile.js';
import type { Methodology, MethodologySpec } from './methodology.js';

/**
 * Validates a methodology spec and compiles it once: returns the methodology deeply frozen,
 * with defaults filled in (weights `{ total: 100, tolerance: 0 }`, rounding half-up to 2
 * decimals). Scoring with the result never validates again; every function that takes a
 * methodology accepts only such a result or a preset (anything else is `NOT_DEFINED`).
 *
 * A spec written in the code (inline, or a `{ … } as const` object) gives a
 * `Methodology<'a' | 'b' | …>` that knows its indicator ids (see {@link IndicatorIdOf}), so
 * {@link scoreUnit} refuses an unknown id at compile time; a spec typed `MethodologySpec` or
 * parsed from JSON gives a plain `Methodology`.
 *
 * @param spec - the methodology as plain data (e.g. parsed from JSON)
 * @returns the validated, deeply frozen methodology, typed with the spec's indicator ids;
 *   `JSON.stringify` gives a spec that defines the same methodology again
 * @throws {@link KepatuhanError} `INVALID_METHODOLOGY` when the spec has problems; its
 *   `issues` lists every one (see {@link validateMethodology} to get them without throwing)
 * @example
 * ```ts
 * import { defineMethodology, scales, scoreUnit } from 'kepatuhan';
 * const m = defineMethodology({
 *   id: 'mini', name: 'Mini', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
 *   dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
 *     { id: 'a', name: 'A', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
 *     { id: 'b', name: 'B', weight: 40, answer: { kind: 'yesNo' } },
 *   ] }] }],
 * });
 * scoreUnit(m, { a: 2, b: true }).score; // 80
 * ```
 * @category Model
 */
export function defineMethodology<const Id extends string = string>(spec: MethodologySpec<Id>): Methodology<Id> {
  return compileMethodology(spec).methodology as Methodology<Id>;
}
