/**
 * The compiled form of every scale already defined: built-ins (made by trustedScale) and
 * defineScale results (made by the validator), keyed by the frozen Scale object. A module of
 * its own, importing nothing at run time but its error, so that code holding a built-in scale finds its
 * compiled form without bundling the validator (docs/performance.md, "Bundle sizes").
 *
 * @internal
 */
import { notDefined } from '../../internal/notDefined.js';
import type { Rational } from '../../internal/rational.js';
import type { RoundingMode } from '../../rounding/rounding.js';
import type { Classification } from '../classification.js';
import type { Band, Scale } from '../scale.js';
import type { ScaleZone } from '../zone.js';

export interface CompiledBand {
  readonly first: bigint;
  readonly last: bigint;
  readonly band: Band;
  /** The band's zone, when it has one. */
  readonly zone: ScaleZone | undefined;
  /** The classification's `bounds`: one frozen object shared by every classification in the band. */
  readonly bounds: Classification['bounds'];
}

export interface CompiledScale {
  readonly scale: Scale;
  /** The exact bounds as written (the scale's `min`/`max` are their nearest doubles). */
  readonly min: Rational;
  readonly max: Rational;
  readonly decimals: number;
  readonly mode: RoundingMode;
  readonly lo: bigint;
  readonly hi: bigint;
  /** Sorted by `first`, ascending. */
  readonly bands: readonly CompiledBand[];
  /** The classification's `rounding`: one frozen object shared by every classification on the scale. */
  readonly rounding: Classification['rounding'];
  /** The classification's `qualifier` (when the scale has a follow-up qualifier): frozen and shared likewise. */
  readonly qualifier: NonNullable<Classification['qualifier']> | undefined;
}

/**
 * A band's compiled form: its grid values `first … last`, the band, its zone, and the frozen
 * `bounds` every classification in it shares (sharing them, rather than building the same
 * two small objects for each result, took `aggregateBy` on a nation's 14,286 governments from
 * about 28 to about 16 ms: docs/performance.md, "Speed").
 */
export function compileBand(first: bigint, last: bigint, band: Band, zone: ScaleZone | undefined): CompiledBand {
  const bounds = Object.freeze({ min: band.min, max: band.max, minInclusive: band.minInclusive, maxInclusive: band.maxInclusive });
  return Object.freeze({ first, last, band, zone, bounds });
}

/** A scale's compiled form, with the frozen `rounding` and `qualifier` its classifications share. */
export function compileScaleForm(form: Omit<CompiledScale, 'rounding' | 'qualifier'>): CompiledScale {
  const q = form.scale.followUpQualifier;
  return Object.freeze({
    ...form,
    rounding: Object.freeze({ mode: form.mode, decimals: form.decimals }),
    qualifier: q === undefined ? undefined : Object.freeze({ label: q.label, labelEn: q.labelEn }),
  });
}


const compiled = /*#__PURE__*/ new WeakMap<object, CompiledScale>();

/** The compiled form of a defined scale, or undefined for anything else (a spec, a primitive). */
export function compiledScaleOf(value: unknown): CompiledScale | undefined {
  // WeakMap.get answers undefined for a primitive (never a key here), so no type test is needed.
  return compiled.get(value as object);
}

/** Records the compiled form of a scale just defined; returns it. */
export function rememberScale(c: CompiledScale): CompiledScale {
  compiled.set(c.scale, c);
  return c;
}

/**
 * The compiled form of a scale an entry point was given (`classify`'s `scale`,
 * `options.scale` …). Only defined scales are accepted, a built-in or a defineScale result;
 * anything else is refused unread (`NOT_DEFINED`, or `INVALID_TYPE` for a non-object, at
 * `path`), so an entry point never needs, or bundles, the validator.
 */
export function requireScale(value: unknown, path: string): CompiledScale {
  const hit = compiled.get(value as object);
  if (hit === undefined) throw notDefined(value, path, 'scale');
  return hit;
}
