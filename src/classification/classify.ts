import { readOptions, readSteps } from '../internal/input.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import type { Classification } from './classification.js';
import { classifyScaled, readScaleFollowUp } from './internal/classifyExact.js';
import { requireScale } from './internal/compiledScales.js';
import type { Scale } from './scale.js';

/**
 * Options of {@link classify}.
 *
 * @example
 * ```ts
 * import type { ClassifyOptions } from 'kepatuhan';
 * const o: ClassifyOptions = { followedUpCorrectiveActions: true };
 * ```
 * @category Classification
 */
export interface ClassifyOptions {
  /**
   * The assessed entity followed up the Ombudsman's corrective actions: the scale's
   * {@link Scale.followUpQualifier} is added to the label (Ombudsman 2025: "… Tanpa
   * Maladministrasi"). `true` needs a scale with a qualifier; default false.
   */
  readonly followedUpCorrectiveActions?: boolean;
}

/**
 * Classifies a score into its band. The value is first rounded to the scale's grid (2
 * decimals, half-up, for every built-in scale) and the rounded value is compared with the
 * bounds exactly, so 87.995 is A on the Ombudsman scale (it is reported as 88.00) and
 * 87.99 is B.
 *
 * @param value - a number or decimal string (`"95,31"`)
 * @param scale - a built-in scale (`scales.ombudsman2022` …) or a {@link defineScale} result (define a spec once, then classify with the result)
 * @param options - `{ followedUpCorrectiveActions }`: add the scale's follow-up qualifier to the label
 * @returns the band: rounded value, category, labels, zone (id, labels, colour), colour,
 *   bounds; `category` and `zone` are typed by the scale (`'A' | … | 'E'` on `scales.ombudsman2022`)
 * @throws {@link KepatuhanError} `INVALID_NUMBER` / `INVALID_TYPE` for a bad value,
 *   `VALUE_OUT_OF_RANGE` outside the scale, `NOT_DEFINED` for a scale that is not a built-in or a {@link defineScale} result (a plain spec, a copy), `INVALID_TYPE` for a non-object (path `scale`),
 *   `INVALID_OPTION` for a bad option (or a qualifier the scale does not have)
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(88, scales.ombudsman2022).category; // "A" (88.00 is A: lower bounds are inclusive)
 * classify('87,99', scales.ombudsman2022).zone; // "hijau" (B)
 * classify(31.99, scales.ombudsman2025).zoneLabel; // "Zona Hitam"
 * classify(4.5, scales.pekppp2022).category; // "A-" (A starts above 4.50)
 * classify(93.1, scales.ombudsman2025, { followedUpCorrectiveActions: true }).label; // "Kualitas Tertinggi Tanpa Maladministrasi"
 * ```
 * @category Classification
 */
export function classify<C extends string = string, Z extends string = string>(value: ScoreInput, scale: Scale<C, Z>, options?: ClassifyOptions): Classification<C, Z> {
  const o = readOptions(options);
  const c = requireScale(scale, 'scale');
  // Read straight onto the scale's grid (the value's errors come before the option's).
  const k = readSteps(value, c.decimals, c.mode, 'value', 'score');
  return classifyScaled(k, c, 'value', readScaleFollowUp(o, c)) as Classification<C, Z>;
}
