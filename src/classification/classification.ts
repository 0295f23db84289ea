import type { RoundingMode } from '../rounding/rounding.js';
import type { Zone } from './zone.js';

/**
 * The band a score falls in: the reported (rounded) value, category, official and English
 * labels, zone where the scale has zones, display colour, and the band's bounds.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * const c = classify(95.31, scales.ombudsman2022);
 * c; // { value: 95.31, category: 'A', label: 'Kualitas Tertinggi', labelEn: 'Highest quality', zone: 'hijau', … }
 * ```
 * @category Classification
 */
export interface Classification {
  /** The value classified: the input rounded to the scale's decimals. */
  readonly value: number;
  /** Category letter or key. */
  readonly category: string;
  /** Official (Indonesian) label; with a follow-up qualifier, the band label and the qualifier ("Kualitas Tertinggi Tanpa Maladministrasi"). */
  readonly label: string;
  /** English label (with the qualifier's English words, when qualified). */
  readonly labelEn: string;
  /** The follow-up qualifier added to the labels, when the entity followed up corrective actions and the scale has one. */
  readonly qualifier?: { readonly label: string; readonly labelEn: string };
  /** Zone, where the scale has zones. */
  readonly zone?: Zone;
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
