import type { Provenance } from '../provenance/provenance.js';
import type { RoundingMode } from '../rounding/rounding.js';
import type { OpinionQualifier, OpinionQualifierSpec } from './opinionQualifier.js';
import type { ScaleZone, ZoneSpec } from './zone.js';

/**
 * One band of a scale as written in its regulation: the bounds, which side of each bound is
 * closed, and what a score in the band is called.
 *
 * @example
 * ```ts
 * import type { BandSpec } from 'kepatuhan';
 * // Ombudsman 2022: "88.00 – 100" is A, lower bound included.
 * const a: BandSpec = { category: 'A', label: 'Kualitas Tertinggi', labelEn: 'Highest quality', zone: 'hijau', min: 88, max: 100 };
 * // PEKPPP: "4.51 – 5.00" means above 4.50.
 * const p: BandSpec = { category: 'A', label: 'Pelayanan Prima', min: 4.5, minInclusive: false, max: 5 };
 * ```
 * @category Classification
 */
export interface BandSpec<C extends string = string, Z extends string = string> {
  /** Category letter or key, unique in the scale (`'A'`, `'A-'`, `'hijau'`). */
  readonly category: C;
  /** Official (Indonesian) label, e.g. `'Kualitas Tertinggi'`. */
  readonly label: string;
  /** English label; defaults to the official label. */
  readonly labelEn?: string;
  /** Id of the zone the band belongs to: one of the scale's `zones` (or, when the scale declares none, of the classic hijau/kuning/merah). */
  readonly zone?: Z;
  /** Display colour (any CSS colour). */
  readonly color?: string;
  /** Lower bound. */
  readonly min: number | string;
  /** Upper bound. */
  readonly max: number | string;
  /** Whether `min` itself belongs to the band; default true. */
  readonly minInclusive?: boolean;
  /** Whether `max` itself belongs to the band; default true. */
  readonly maxInclusive?: boolean;
  /** Where the band comes from. */
  readonly provenance?: Provenance;
}

/**
 * A classification scale as plain, JSON-serialisable data: its range, the grid of reported
 * values (`decimals`), the rounding applied before classifying, and its bands.
 *
 * @example
 * ```ts
 * import type { ScaleSpec } from 'kepatuhan';
 * const pass: ScaleSpec = {
 *   id: 'pass-fail', name: 'Pass/fail', min: 0, max: 100,
 *   bands: [
 *     { category: 'P', label: 'Lulus', labelEn: 'Pass', min: 60, max: 100 },
 *     { category: 'F', label: 'Tidak lulus', labelEn: 'Fail', min: 0, max: 60, maxInclusive: false },
 *   ],
 * };
 * ```
 * @category Classification
 */
export interface ScaleSpec<C extends string = string, Z extends string = string> {
  /** Stable id, e.g. `'ombudsman2022'`. */
  readonly id: string;
  /** Human name. */
  readonly name: string;
  /** Lowest value on the scale. */
  readonly min: number | string;
  /** Highest value on the scale. */
  readonly max: number | string;
  /** Decimals of reported values (the grid every band is checked on); default 2. */
  readonly decimals?: number;
  /** Rounding applied to a value before it is classified; default `'halfUp'`. */
  readonly rounding?: RoundingMode;
  /** The bands, in any order (conventionally best first). */
  readonly bands: readonly BandSpec<C, Z>[];
  /**
   * The scale's colour zones, best (highest) first; each band's `zone` names one, and each
   * zone holds one unbroken run of bands. Without `zones`, bands may name the classic
   * hijau/kuning/merah ({@link CLASSIC_ZONES}).
   */
  readonly zones?: readonly ZoneSpec<Z>[];
  /** Where the scale comes from. */
  readonly provenance?: Provenance;
  /**
   * Where the bands' colour zones come from, when that differs from the bands themselves
   * (Ombudsman 2025: confidence `disputed`, sources conflict on whether zones continue).
   */
  readonly zoneProvenance?: Provenance;
  /** Words added to the band label when the entity followed up corrective actions (Ombudsman 2025). */
  readonly followUpQualifier?: OpinionQualifierSpec;
  /** Free remarks. */
  readonly notes?: string;
}

/**
 * A band of a validated {@link Scale}: defaults filled in, bounds as numbers.
 *
 * @example
 * ```ts
 * import { scales } from 'kepatuhan';
 * scales.ombudsman2022.bands[0]; // { category: 'A', min: 88, max: 100, … }
 * ```
 * @category Classification
 */
export interface Band<C extends string = string, Z extends string = string> {
  readonly category: C;
  readonly label: string;
  readonly labelEn: string;
  readonly zone?: Z;
  readonly color?: string;
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly provenance?: Provenance;
}

/**
 * A validated, deeply frozen scale (from {@link defineScale} or a built-in in `scales`).
 * `C` is the union of its band categories and `Z` of its zone ids, so classifying on a
 * built-in scale gives literal types (`'A' | 'B' | 'C' | 'D' | 'E'`); `Scale` without
 * parameters is any scale.
 *
 * @example
 * ```ts
 * import { scales, classify } from 'kepatuhan';
 * const s = scales.ombudsman2022;
 * classify(88, s).category; // "A"
 * const z: 'hijau' | 'kuning' | 'merah' | undefined = classify(88, s).zone;
 * ```
 * @category Classification
 */
export interface Scale<C extends string = string, Z extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  /** The bands, in the order given. */
  readonly bands: readonly Band<C, Z>[];
  /** The zones, best first; empty for a scale without zones. */
  readonly zones: readonly ScaleZone<Z>[];
  readonly provenance?: Provenance;
  /** Where the bands' zones come from, when that differs from the bands (see {@link ScaleSpec.zoneProvenance}). */
  readonly zoneProvenance?: Provenance;
  /** Words added to the band label when the entity followed up corrective actions. */
  readonly followUpQualifier?: OpinionQualifier;
  readonly notes?: string;
}

/**
 * The band categories of a scale, as a union of literals for a built-in or `defineScale`d scale.
 *
 * @example
 * ```ts
 * import { scales, type ScaleCategory } from 'kepatuhan';
 * const c: ScaleCategory<typeof scales.ombudsman2022> = 'E';
 * ```
 * @category Classification
 */
export type ScaleCategory<S extends Scale | ScaleSpec> = S extends Scale<infer C, string> ? C : S extends ScaleSpec<infer C, string> ? C : string;

/**
 * The zone ids of a scale, as a union of literals (`never` for a scale without zones).
 *
 * @example
 * ```ts
 * import { scales, type ScaleZoneId } from 'kepatuhan';
 * const z: ScaleZoneId<typeof scales.ombudsman2025> = 'hitam';
 * ```
 * @category Classification
 */
export type ScaleZoneId<S extends Scale | ScaleSpec> = S extends Scale<string, infer Z> ? Z : S extends ScaleSpec<string, infer Z> ? Z : string;

/**
 * The category union of a scale spec as written (a literal argument or `as const`): what
 * {@link defineScale} types its result's categories with.
 *
 * @example
 * ```ts
 * import type { ScaleSpecCategory } from 'kepatuhan';
 * const spec = { id: 'pf', name: 'PF', min: 0, max: 1, bands: [{ category: 'P', label: 'P', min: 0, max: 1 }] } as const;
 * const p: ScaleSpecCategory<typeof spec> = 'P';
 * ```
 * @category Classification
 */
export type ScaleSpecCategory<S extends ScaleSpec> = S['bands'][number]['category'];

/**
 * The zone-id union of a scale spec as written: the ids of its declared `zones`, else the
 * zones its bands name (`never` when none does): what {@link defineScale} types zones with.
 *
 * @example
 * ```ts
 * import type { ScaleSpecZoneId } from 'kepatuhan';
 * const spec = { id: 'z', name: 'Z', min: 0, max: 1, zones: [{ id: 'hitam', label: 'Zona Hitam' }], bands: [{ category: 'E', label: 'E', zone: 'hitam', min: 0, max: 1 }] } as const;
 * const z: ScaleSpecZoneId<typeof spec> = 'hitam';
 * ```
 * @category Classification
 */
export type ScaleSpecZoneId<S extends ScaleSpec> = S extends { readonly zones: readonly (infer Z)[] }
  ? Z extends { readonly id: infer I extends string } ? I : never
  : string extends ScaleSpecCategory<S>
    ? Exclude<S['bands'][number]['zone'], undefined>
    : // Each band's zone, or nothing for a band without one (distributes over the bands).
      S['bands'][number] extends infer B ? (B extends { readonly zone: infer Z extends string } ? Z : never) : never;
