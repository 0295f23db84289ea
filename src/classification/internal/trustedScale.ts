/**
 * Builds a built-in scale without validating it: the trusted construction path of the
 * presets. A built-in is written as the very {@link Scale} that defineScale would return
 * (defaults filled in, zones with their order and ranges, fields in the validator's order),
 * so building it is freezing it, and computing its compiled form (grid limits of every band,
 * the band's zone) with the compact grid reader of decimalSteps.ts, which is recorded in
 * compiledScales.ts. Classifying with a built-in scale therefore never runs, and a bundle of
 * built-in scales never carries, the validation code or the rational parser and arithmetic
 * (docs/performance.md, "Bundle sizes"). Only for scales known to be valid:
 * tests/presets/trusted.test.ts proves that every built-in equals what defineScale makes of
 * it (the same objects, the same JSON text, the same compiled form). Anything a user defines
 * goes through defineScale and the full validator.
 *
 * @internal
 */
import { decimalParts, stepsOf } from '../../internal/decimalSteps.js';
import { rat } from '../../internal/rational.js';
import type { RoundingMode } from '../../rounding/rounding.js';
import type { Scale, ScaleSpecCategory, ScaleSpecZoneId } from '../scale.js';
import { compileBand, compileScaleForm, rememberScale } from './compiledScales.js';

const freeze = Object.freeze;

/** Freezes an object and every object in it; returns it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    freeze(value);
  }
  return value;
}

/**
 * The built-in scale written out in full: frozen, its compiled form recorded. Returned typed
 * as defineScale types it.
 */
export function trustedScale<const S extends Scale>(scale: S): Scale<ScaleSpecCategory<S>, ScaleSpecZoneId<S>> {
  const { decimals, rounding: mode } = deepFreeze(scale);
  /** A bound on the grid: the count of grid steps of `x` rounded by `m`, as a bigint. */
  const steps = (x: number, m: RoundingMode): bigint => BigInt(stepsOf(decimalParts(String(x))!, decimals, m));
  // A valid scale's bounds lie on its grid: min and max are exactly lo and hi steps.
  const lo = steps(scale.min, 'ceil');
  const hi = steps(scale.max, 'floor');
  const unit = 10n ** BigInt(decimals);
  const bands = scale.bands.map((band) =>
    compileBand(
      band.minInclusive ? steps(band.min, 'ceil') : steps(band.min, 'floor') + 1n,
      band.maxInclusive ? steps(band.max, 'floor') : steps(band.max, 'ceil') - 1n,
      band,
      scale.zones.find((z) => z.id === band.zone),
    ),
  );
  // A valid scale's bands partition the grid: no two start at the same value.
  bands.sort((a, b) => (a.first < b.first ? -1 : 1));
  rememberScale(compileScaleForm({ scale, min: rat(lo, unit), max: rat(hi, unit), decimals, mode, lo, hi, bands: freeze(bands) }));
  return scale as unknown as Scale<ScaleSpecCategory<S>, ScaleSpecZoneId<S>>;
}
