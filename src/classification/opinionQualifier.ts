import type { Provenance } from '../provenance/provenance.js';

/**
 * Words a scale adds to a band's label when the assessed entity followed up the Ombudsman's
 * corrective actions: from 2025 the opinion reads e.g. "Kualitas Tertinggi Tanpa
 * Maladministrasi" (domain reference §3). Ask for it with the option
 * `followedUpCorrectiveActions: true` of {@link classify}, {@link scoreUnit} or {@link aggregate}.
 *
 * @example
 * ```ts
 * import type { OpinionQualifierSpec } from 'kepatuhan';
 * const q: OpinionQualifierSpec = { label: 'Tanpa Maladministrasi', labelEn: 'without maladministration' };
 * ```
 * @category Classification
 */
export interface OpinionQualifierSpec {
  /** Official words appended to the band label, e.g. `'Tanpa Maladministrasi'`. */
  readonly label: string;
  /** English words appended to the English label; defaults to `label`. */
  readonly labelEn?: string;
  /** Where the qualifier comes from. */
  readonly provenance?: Provenance;
}

/**
 * The opinion qualifier of a validated {@link Scale}: {@link OpinionQualifierSpec} with
 * `labelEn` filled in.
 *
 * @example
 * ```ts
 * import { scales } from 'kepatuhan';
 * scales.ombudsman2025.followUpQualifier?.label; // "Tanpa Maladministrasi"
 * ```
 * @category Classification
 */
export interface OpinionQualifier {
  readonly label: string;
  readonly labelEn: string;
  readonly provenance?: Provenance;
}
