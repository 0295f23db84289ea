import { compileScale } from './internal/compileScale.js';
import type { Scale, ScaleSpec, ScaleSpecCategory, ScaleSpecZoneId } from './scale.js';

/**
 * Validates a scale spec and returns it frozen, with defaults filled in. Classifying with
 * the result skips validation; every function that takes a scale accepts only such a result
 * or a built-in (anything else is `NOT_DEFINED`). The result is typed by the spec: its band categories and zone
 * ids become literal unions (no `as const` needed), so `classify(x, s).category` is `'P' | 'F'`.
 *
 * @param spec - the scale as plain data
 * @returns the validated, deeply frozen scale
 * @throws {@link KepatuhanError} `INVALID_SCALE` listing every problem in `issues`
 *   (`SCALE_GAP`, `SCALE_OVERLAP`, `SCALE_COVERAGE`, `SCALE_EMPTY_BAND`, `SCALE_ZONE`, …)
 * @example
 * ```ts
 * import { defineScale, classify } from 'kepatuhan';
 * const passFail = defineScale({
 *   id: 'pass-fail', name: 'Pass/fail', min: 0, max: 100,
 *   bands: [
 *     { category: 'P', label: 'Lulus', labelEn: 'Pass', min: 60, max: 100 },
 *     { category: 'F', label: 'Tidak lulus', labelEn: 'Fail', min: 0, max: 60, maxInclusive: false },
 *   ],
 * });
 * classify(59.995, passFail).category; // "P" (rounds to 60.00)
 * ```
 * @category Classification
 */
export function defineScale<const S extends ScaleSpec>(spec: S): Scale<ScaleSpecCategory<S>, ScaleSpecZoneId<S>> {
  return compileScale(spec, '').scale as Scale<ScaleSpecCategory<S>, ScaleSpecZoneId<S>>;
}
