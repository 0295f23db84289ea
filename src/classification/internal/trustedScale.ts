/**
 * Builds a built-in scale without validating it: the trusted construction path of the
 * presets. It fills in the same defaults, freezes the same objects and precomputes the same
 * compiled form (grid limits of every band, zones) as the validator in compileScale.ts, and
 * records that form in compiledScales.ts, so classifying with a built-in scale never runs,
 * and a bundle of built-in scales never carries, the validation code (docs/performance.md,
 * "Bundle sizes"). Only for specs known to be valid: tests/presets/trusted.test.ts proves that
 * every built-in built here equals what defineScale makes of the same spec. Anything a user
 * defines goes through defineScale and the full validator.
 *
 * @internal
 */
import { tryDecimal } from '../../internal/input.js';
import { pow10, roundDiv, toNumber, type Rational } from '../../internal/rational.js';
import type { OpinionQualifier } from '../opinionQualifier.js';
import type { Band, BandSpec, Scale, ScaleSpec, ScaleSpecCategory, ScaleSpecZoneId } from '../scale.js';
import { CLASSIC_ZONES, type ScaleZone, type ZoneSpec } from '../zone.js';
import { rememberScale, type CompiledBand } from './compiledScales.js';

type Provenance = NonNullable<Band['provenance']>;

/** A frozen copy of a provenance record with only its known fields (as the validator keeps them). */
function provenanceOf(p: Provenance | undefined): { provenance?: Provenance } {
  if (p === undefined) return {};
  return {
    provenance: Object.freeze({ confidence: p.confidence, ...(p.source !== undefined ? { source: p.source } : {}), ...(p.note !== undefined ? { note: p.note } : {}) }) as Provenance,
  };
}

/** The scale a trusted spec defines: as {@link defineScale} would return it, unchecked. */
export function trustedScale<const S extends ScaleSpec>(spec: S): Scale<ScaleSpecCategory<S>, ScaleSpecZoneId<S>> {
  const decimals = spec.decimals ?? 2;
  const mode = spec.rounding ?? 'halfUp';
  const p = pow10(decimals);
  const exact = (v: number | string): Rational => tryDecimal(v)!;
  const min = exact(spec.min);
  const max = exact(spec.max);
  const read = (b: BandSpec, at: number): CompiledBand & { readonly at: number } => {
    const lo = exact(b.min);
    const hi = exact(b.max);
    const minInclusive = b.minInclusive ?? true;
    const maxInclusive = b.maxInclusive ?? true;
    const band: Band = Object.freeze({
      category: b.category,
      label: b.label,
      labelEn: b.labelEn ?? b.label,
      ...(b.zone !== undefined ? { zone: b.zone } : {}),
      ...(b.color !== undefined ? { color: b.color } : {}),
      min: toNumber(lo),
      max: toNumber(hi),
      minInclusive,
      maxInclusive,
      ...provenanceOf(b.provenance),
    });
    return {
      first: minInclusive ? roundDiv(lo.n * p, lo.d, 'ceil') : roundDiv(lo.n * p, lo.d, 'floor') + 1n,
      last: maxInclusive ? roundDiv(hi.n * p, hi.d, 'floor') : roundDiv(hi.n * p, hi.d, 'ceil') - 1n,
      band,
      zone: undefined,
      at,
    };
  };
  const listed = spec.bands.map(read);
  const sorted = [...listed].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.at - b.at));
  // Zones best first: the declared list, or the classic zones the bands name.
  const used = new Set(listed.map((b) => b.band.zone));
  const declared: readonly ZoneSpec[] = spec.zones ?? CLASSIC_ZONES.filter((z) => used.has(z.id)).map((z) => ({ id: z.id, label: z.label, labelEn: z.labelEn ?? z.label, ...(z.color !== undefined ? { color: z.color } : {}) }));
  const zones: ScaleZone[] = declared.map((z, order) => {
    const run = sorted.filter((b) => b.band.zone === z.id);
    const bottom = run[0]!.band;
    const top = run[run.length - 1]!.band;
    return Object.freeze({
      id: z.id,
      label: z.label,
      labelEn: z.labelEn ?? z.label,
      ...(z.color !== undefined ? { color: z.color } : {}),
      order,
      min: bottom.min,
      max: top.max,
      minInclusive: bottom.minInclusive,
      maxInclusive: top.maxInclusive,
      ...(spec.zones !== undefined ? provenanceOf(z.provenance) : {}),
    });
  });
  const q = spec.followUpQualifier;
  const qualifier: OpinionQualifier | undefined = q === undefined ? undefined : Object.freeze({ label: q.label, labelEn: q.labelEn ?? q.label, ...provenanceOf(q.provenance) });
  const scale: Scale = Object.freeze({
    id: spec.id,
    name: spec.name,
    min: toNumber(min),
    max: toNumber(max),
    decimals,
    rounding: mode,
    bands: Object.freeze(listed.map((b) => b.band)),
    zones: Object.freeze(zones),
    ...provenanceOf(spec.provenance),
    ...(spec.zoneProvenance !== undefined ? { zoneProvenance: provenanceOf(spec.zoneProvenance).provenance! } : {}),
    ...(qualifier !== undefined ? { followUpQualifier: qualifier } : {}),
    ...(spec.notes !== undefined ? { notes: spec.notes } : {}),
  });
  const byId = new Map(zones.map((z) => [z.id, z]));
  rememberScale(
    Object.freeze({
      scale,
      min,
      max,
      decimals,
      mode,
      lo: roundDiv(min.n * p, min.d, 'ceil'),
      hi: roundDiv(max.n * p, max.d, 'floor'),
      bands: Object.freeze(sorted.map(({ first, last, band }) => Object.freeze({ first, last, band, zone: band.zone === undefined ? undefined : byId.get(band.zone) }))),
    }),
  );
  return scale as Scale<ScaleSpecCategory<S>, ScaleSpecZoneId<S>>;
}
