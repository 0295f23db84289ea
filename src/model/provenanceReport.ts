import type { Confidence } from '../provenance/provenance.js';

/**
 * What a {@link ProvenanceEntry} describes: the methodology's formula and range, a
 * dimension's, variable's or indicator's weight, the scale, one band (its bounds and label),
 * the scale's colour zones, or its follow-up qualifier.
 *
 * @example
 * ```ts
 * import type { ProvenanceSubject } from 'kepatuhan';
 * const s: ProvenanceSubject = 'indicator';
 * ```
 * @category Model
 */
export type ProvenanceSubject = 'methodology' | 'dimension' | 'variable' | 'indicator' | 'scale' | 'band' | 'zones' | 'qualifier';

/**
 * How far a number can be relied on: `official` (a regulation or published sources),
 * `inferred` (follows from published figures), `disputed` (sources conflict), or
 * `placeholder` (assumed, or without any provenance — override it).
 *
 * @example
 * ```ts
 * import type { ProvenanceStatus } from 'kepatuhan';
 * const s: ProvenanceStatus = 'placeholder';
 * ```
 * @category Model
 */
export type ProvenanceStatus = 'official' | 'inferred' | 'disputed' | 'placeholder';

/**
 * One number, threshold or label of a methodology with where it comes from.
 *
 * @example
 * ```ts
 * import { describeProvenance, presets } from 'kepatuhan';
 * const e = describeProvenance(presets.ombudsman2023).entries.find((x) => x.id === 'input.kompetensi.standarPelayanan');
 * e; // { subject: 'indicator', value: '12.22', confidence: 'single-source', status: 'official', … }
 * ```
 * @category Model
 */
export interface ProvenanceEntry {
  readonly subject: ProvenanceSubject;
  /** Where it sits: `''` (the methodology), `dimensions[0].variables[1].indicators[2]`, `scale`, `scale.bands[0]` … */
  readonly path: string;
  /** The node's id, the band's category, or the scale's id. */
  readonly id: string;
  /** The node's name, the band's label, or the scale's name. */
  readonly name: string;
  /** Id of the enclosing dimension (for dimensions, variables and indicators). */
  readonly dimension?: string;
  /** The number or label as declared: a weight (`"87.78/14"`), a band (`"[88, 100] A Kualitas Tertinggi"`), a range. */
  readonly value: string;
  /** The declared confidence, or `'unspecified'` when the item has no provenance. */
  readonly confidence: Confidence | 'unspecified';
  readonly status: ProvenanceStatus;
  readonly source?: string;
  readonly note?: string;
}

/**
 * Provenance of the indicator weights inside one dimension: how many there are and how many
 * are placeholders — what a dashboard needs to say "weights inside Input are assumed".
 *
 * @example
 * ```ts
 * import { describeProvenance, presets } from 'kepatuhan';
 * const input = describeProvenance(presets.ombudsman2023).dimensions[0];
 * input?.indicatorWeights; // { total: 15, placeholders: 14, byConfidence: { 'single-source': 1, assumed: 14, … } }
 * input?.summary; // "Input: weight multiple-sources; indicator weights: 1 single-source, 14 assumed"
 * ```
 * @category Model
 */
export interface DimensionProvenance {
  readonly id: string;
  readonly name: string;
  /** The dimension's own weight. */
  readonly weight: ProvenanceEntry;
  /** The weights of its variables (when they have weights) and indicators. */
  readonly indicatorWeights: {
    readonly total: number;
    readonly placeholders: number;
    readonly byConfidence: Readonly<Record<Confidence | 'unspecified', number>>;
  };
  /** One line for people, e.g. `"Input: weight multiple-sources; indicator weights: 1 single-source, 9 assumed"`. */
  readonly summary: string;
}

/**
 * Where every number of a methodology comes from: one entry per weight, band, scale and
 * formula, counts per confidence level, the placeholders to override, and a summary per
 * dimension. Plain JSON-serialisable data.
 *
 * @example
 * ```ts
 * import { describeProvenance, presets } from 'kepatuhan';
 * const r = describeProvenance(presets.skm2017);
 * r.official; // true: every number comes from PermenPANRB 14/2017
 * ```
 * @category Model
 */
export interface ProvenanceReport {
  readonly methodology: { readonly id: string; readonly name: string; readonly version: string };
  /** Every item, in document order: methodology, dimensions → variables → indicators, scale, bands, zones, qualifier. */
  readonly entries: readonly ProvenanceEntry[];
  /** Number of entries per confidence level. */
  readonly counts: Readonly<Record<Confidence | 'unspecified', number>>;
  /** Entries that are assumed or have no provenance: the numbers to override. */
  readonly placeholders: readonly ProvenanceEntry[];
  /** Whether every entry has a provenance. */
  readonly complete: boolean;
  /** Whether every entry is official (no inferred, disputed or placeholder entry). */
  readonly official: boolean;
  /** Per dimension: its weight and the provenance of the weights inside it. */
  readonly dimensions: readonly DimensionProvenance[];
}
