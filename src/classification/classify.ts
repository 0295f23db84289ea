import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, own, readDecimal, readOptions } from '../internal/input.js';
import { roundToScaled, scaledToNumber, scaledToString, type Rational } from '../internal/rational.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import type { Classification } from './classification.js';
import { compileScale, type CompiledScale } from './internal/compileScale.js';
import type { Scale, ScaleSpec } from './scale.js';

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

/** @internal Classifies an exact value on a compiled scale. */
export function classifyExact(value: Rational, c: CompiledScale, path = 'value', qualified = false): Classification {
  const k = roundToScaled(value, c.decimals, c.mode);
  return classifyScaled(k, c, path, qualified);
}

/**
 * @internal Reads `followedUpCorrectiveActions` from options (already checked to be a plain
 * object): false when absent; `true` needs a scale with a follow-up qualifier.
 */
export function readFollowUp(options: Record<string, unknown>, scale: CompiledScale | undefined, path = 'options'): boolean {
  const v = own(options, 'followedUpCorrectiveActions', path);
  if (v === undefined || v === false) return false;
  const p = `${path}.followedUpCorrectiveActions`;
  if (v !== true) throw new KepatuhanError('INVALID_OPTION', `followedUpCorrectiveActions must be true or false, got ${describe(v)}`, p);
  if (scale === undefined) throw new KepatuhanError('INVALID_OPTION', 'followedUpCorrectiveActions needs a scale to qualify the opinion (pass options.scale)', p);
  if (scale.scale.followUpQualifier === undefined)
    throw new KepatuhanError(
      'INVALID_OPTION',
      `the scale ${scale.scale.id} has no follow-up qualifier (the Ombudsman added "Tanpa Maladministrasi" from 2025: use scales.ombudsman2025)`,
      p,
    );
  return true;
}

/** @internal Classifies a value already rounded to the scale's grid (`k / 10^decimals`). */
export function classifyScaled(k: bigint, c: CompiledScale, path = 'value', qualified = false): Classification {
  if (k < c.lo || k > c.hi)
    throw new KepatuhanError(
      'VALUE_OUT_OF_RANGE',
      `${scaledToString(k, c.decimals)} lies outside the scale ${c.scale.id} (${c.scale.min}–${c.scale.max})`,
      path,
    );
  for (const b of c.bands) {
    if (k >= b.first && k <= b.last) {
      const band = b.band;
      const q = qualified ? c.scale.followUpQualifier : undefined;
      return {
        value: scaledToNumber(k, c.decimals),
        category: band.category,
        label: q === undefined ? band.label : `${band.label} ${q.label}`,
        labelEn: q === undefined ? band.labelEn : `${band.labelEn} ${q.labelEn}`,
        ...(q !== undefined ? { qualifier: { label: q.label, labelEn: q.labelEn } } : {}),
        ...(band.zone !== undefined ? { zone: band.zone } : {}),
        ...(band.color !== undefined ? { color: band.color } : {}),
        bounds: { min: band.min, max: band.max, minInclusive: band.minInclusive, maxInclusive: band.maxInclusive },
        scale: c.scale.id,
        rounding: { mode: c.mode, decimals: c.decimals },
      };
    }
  }
  // Unreachable for a validated scale: its bands partition the grid.
  throw new KepatuhanError('INVALID_SCALE', `no band holds ${scaledToString(k, c.decimals)}`, path);
}

/**
 * Classifies a score into its band. The value is first rounded to the scale's grid (2
 * decimals, half-up, for every built-in scale) and the rounded value is compared with the
 * bounds exactly, so 87.995 is A on the Ombudsman scale (it is reported as 88.00) and
 * 87.99 is B.
 *
 * @param value - a number or decimal string (`"95,31"`)
 * @param scale - a built-in scale (`scales.ombudsman2022` …), a {@link defineScale} result, or a plain {@link ScaleSpec}
 * @param options - `{ followedUpCorrectiveActions }`: add the scale's follow-up qualifier to the label
 * @returns the band: rounded value, category, labels, zone, colour, bounds
 * @throws {@link KepatuhanError} `INVALID_NUMBER` / `INVALID_TYPE` for a bad value,
 *   `VALUE_OUT_OF_RANGE` outside the scale, `INVALID_SCALE` for a scale with problems,
 *   `INVALID_OPTION` for a bad option (or a qualifier the scale does not have)
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(88, scales.ombudsman2022).category; // "A" (88.00 is A: lower bounds are inclusive)
 * classify('87,99', scales.ombudsman2022).zone; // "hijau" (B)
 * classify(4.5, scales.pekppp2022).category; // "A-" (A starts above 4.50)
 * classify(93.1, scales.ombudsman2025, { followedUpCorrectiveActions: true }).label; // "Kualitas Tertinggi Tanpa Maladministrasi"
 * ```
 * @category Classification
 */
export function classify(value: ScoreInput, scale: Scale | ScaleSpec, options?: ClassifyOptions): Classification {
  const o = readOptions(options);
  const c = compileScale(scale);
  return classifyExact(readDecimal(value, 'value', 'score'), c, 'value', readFollowUp(o, c));
}
