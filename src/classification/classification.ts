import type { RoundingMode } from '../rounding/rounding.js';

/**
 * The band a score falls in: the reported (rounded) value, category, official and English
 * labels, zone (id, labels and colour) where the scale has zones, display colour, and the
 * band's bounds. `C` and `Z` are the scale's category and zone-id unions.
 *
 * Every call returns a fresh classification, but its `bounds`, `rounding` and `qualifier` are
 * frozen objects shared by every classification in the same band (`bounds`) or on the same
 * scale: building them once per band instead of once per result took `aggregateBy` on a
 * nation's round from about 28 to about 16 ms (docs/performance.md, "Speed"). Copy one before
 * changing it.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * const c = classify(95.31, scales.ombudsman2022);
 * c; // { value: 95.31, category: 'A', label: 'Kualitas Tertinggi', labelEn: 'Highest quality', zone: 'hijau', … }
 * ```
 * @category Classification
 */
export interface Classification<C extends string = string, Z extends string = string> {
  /** The value classified: the input rounded to the scale's decimals. */
  readonly value: number;
  /** Category letter or key. */
  readonly category: C;
  /** Official (Indonesian) label; with a follow-up qualifier, the band label and the qualifier ("Kualitas Tertinggi Tanpa Maladministrasi"). */
  readonly label: string;
  /** English label (with the qualifier's English words, when qualified). */
  readonly labelEn: string;
  /** The follow-up qualifier added to the labels, when the entity followed up corrective actions and the scale has one. */
  readonly qualifier?: { readonly label: string; readonly labelEn: string };
  /** Id of the band's zone, where the scale has zones. */
  readonly zone?: Z;
  /** Official label of the zone (`'Zona Hijau'`), with `zone`. */
  readonly zoneLabel?: string;
  /** English label of the zone, with `zone`. */
  readonly zoneLabelEn?: string;
  /** Display colour of the zone, with `zone` when the zone has one. */
  readonly zoneColor?: string;
  /** Display colour, where the band has one. */
  readonly color?: string;
  /** The band's bounds and which sides are closed. */
  readonly bounds: {
    readonly min: number;
    readonly max: number;
    readonly minInclusive: boolean;
    readonly maxInclusive: boolean;
  };
  /** Id of the scale used. */
  readonly scale: string;
  /** Rounding applied before classifying. */
  readonly rounding: { readonly mode: RoundingMode; readonly decimals: number };
}

/**
 * What a function that classifies on a given scale adds to its result: a `classification`
 * that is present and typed by the scale.
 *
 * @example
 * ```ts
 * import { aggregate, scales, type Classified } from 'kepatuhan';
 * const r: Classified<'A' | 'B' | 'C' | 'D' | 'E', 'hijau' | 'kuning' | 'merah'> = aggregate([95.31], { scale: scales.ombudsman2022 });
 * r.classification.category; // "A"
 * ```
 * @category Classification
 */
export interface Classified<C extends string = string, Z extends string = string> {
  /** Band of the (rounded) score on the scale given. */
  readonly classification: Classification<C, Z>;
}
