/**
 * Classification on compiled scales, shared by every function that classifies a result.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, own } from '../../internal/input.js';
import { roundToScaled, scaledToNumber, scaledToString, type Rational } from '../../internal/rational.js';
import type { Classification } from '../classification.js';
import type { CompiledScale } from './compiledScales.js';
import { scaleWhat } from './scoreRange.js';

/** Classifies an exact value on a compiled scale. */
export function classifyExact(value: Rational, c: CompiledScale, path = 'value', qualified = false): Classification {
  const k = roundToScaled(value, c.decimals, c.mode);
  return classifyScaled(k, c, path, qualified);
}

/**
 * Reads `followedUpCorrectiveActions` from options (already checked to be a plain
 * object): false when absent; `true` needs a scale with a follow-up qualifier.
 */
export function readFollowUp(options: Record<string, unknown>, scale: CompiledScale | undefined, path = 'options'): boolean {
  if (!readFollowUpFlag(options, path)) return false;
  if (scale === undefined) throw new KepatuhanError('INVALID_OPTION', 'followedUpCorrectiveActions needs a scale to qualify the opinion (pass options.scale)', `${path}.followedUpCorrectiveActions`);
  return checkQualifier(scale, path);
}

/** {@link readFollowUp} with a scale always given (classify): no message for a missing scale rides along. */
export function readScaleFollowUp(options: Record<string, unknown>, scale: CompiledScale, path = 'options'): boolean {
  return readFollowUpFlag(options, path) && checkQualifier(scale, path);
}

/** The flag itself: false when absent, else it must be true or false. */
function readFollowUpFlag(options: Record<string, unknown>, path: string): boolean {
  const v = own(options, 'followedUpCorrectiveActions', path);
  if (v === undefined || v === false) return false;
  if (v !== true) throw new KepatuhanError('INVALID_OPTION', `followedUpCorrectiveActions must be true or false, got ${describe(v)}`, `${path}.followedUpCorrectiveActions`);
  return true;
}

/** `true` needs a scale with a follow-up qualifier. */
function checkQualifier(scale: CompiledScale, path: string): true {
  if (scale.scale.followUpQualifier === undefined)
    throw new KepatuhanError(
      'INVALID_OPTION',
      `the scale ${scale.scale.id} has no follow-up qualifier (the Ombudsman added "Tanpa Maladministrasi" from 2025: use scales.ombudsman2025)`,
      `${path}.followedUpCorrectiveActions`,
    );
  return true;
}

/** Classifies a value already rounded to the scale's grid (`k / 10^decimals`; a number or a bigint). */
export function classifyScaled(k: bigint | number, c: CompiledScale, path = 'value', qualified = false): Classification {
  if (k < c.lo || k > c.hi) throw new KepatuhanError('VALUE_OUT_OF_RANGE', `${scaledToString(k, c.decimals)} lies outside ${scaleWhat(c)}`, path);
  for (const b of c.bands) {
    if (k >= b.first && k <= b.last) {
      const band = b.band;
      const q = qualified ? c.qualifier : undefined;
      return {
        value: scaledToNumber(k, c.decimals),
        category: band.category,
        label: q === undefined ? band.label : `${band.label} ${q.label}`,
        labelEn: q === undefined ? band.labelEn : `${band.labelEn} ${q.labelEn}`,
        ...(q !== undefined ? { qualifier: q } : {}),
        ...(b.zone !== undefined
          ? { zone: b.zone.id, zoneLabel: b.zone.label, zoneLabelEn: b.zone.labelEn, ...(b.zone.color !== undefined ? { zoneColor: b.zone.color } : {}) }
          : {}),
        ...(band.color !== undefined ? { color: band.color } : {}),
        // Frozen, and shared by every classification in the band (bounds) or on the scale.
        bounds: b.bounds,
        scale: c.scale.id,
        rounding: c.rounding,
      };
    }
  }
  // Unreachable for a validated scale: its bands partition the grid.
  throw new KepatuhanError('INVALID_SCALE', `no band holds ${scaledToString(k, c.decimals)}`, path);
}
