import type { Provenance } from '../provenance/provenance.js';
import type { RoundingMode } from '../rounding/rounding.js';
import type { OpinionQualifier, OpinionQualifierSpec } from './opinionQualifier.js';
import type { Zone } from './zone.js';

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
export interface BandSpec {
  /** Category letter or key, unique in the scale (`'A'`, `'A-'`, `'hijau'`). */
  readonly category: string;
  /** Official (Indonesian) label, e.g. `'Kualitas Tertinggi'`. */
  readonly label: string;
  /** English label; defaults to the official label. */
  readonly labelEn?: string;
  /** Colour zone, where the scale has zones. */
  readonly zone?: Zone;
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
export interface ScaleSpec {
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
  readonly bands: readonly BandSpec[];
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
export interface Band {
  readonly category: string;
  readonly label: string;
  readonly labelEn: string;
  readonly zone?: Zone;
  readonly color?: string;
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly provenance?: Provenance;
}

/**
 * A validated, deeply frozen scale (from {@link defineScale} or a built-in in `scales`).
 *
 * @example
 * ```ts
 * import { scales, classify } from 'kepatuhan';
 * const s = scales.ombudsman2022;
 * classify(88, s).category; // "A"
 * ```
 * @category Classification
 */
export interface Scale {
  readonly id: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly bands: readonly Band[];
  readonly provenance?: Provenance;
  /** Where the bands' zones come from, when that differs from the bands (see {@link ScaleSpec.zoneProvenance}). */
  readonly zoneProvenance?: Provenance;
  /** Words added to the band label when the entity followed up corrective actions. */
  readonly followUpQualifier?: OpinionQualifier;
  readonly notes?: string;
}
