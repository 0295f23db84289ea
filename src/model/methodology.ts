import type { Scale, ScaleSpec } from '../classification/scale.js';
import type { RoundingRule } from '../rounding/rounding.js';
import type { AnswerSpec } from './answer.js';
import type { Provenance } from '../provenance/provenance.js';

/**
 * A weight: a non-negative number, a decimal string (`"21.85"`, `"21,85"`) or an exact
 * fraction string (`"1/9"`). Weights are exact: `"1/9"` nine times sums to exactly 1.
 *
 * @example
 * ```ts
 * import type { Weight } from 'kepatuhan';
 * const input: Weight = 21.85;
 * const skmElement: Weight = '1/9';
 * ```
 * @category Model
 */
export type Weight = number | string;

/**
 * An indicator: the unit of assessment, answered per service unit.
 *
 * @example
 * ```ts
 * import type { IndicatorSpec } from 'kepatuhan';
 * const i: IndicatorSpec = {
 *   id: 'input.kompetensi.standarPelayanan',
 *   name: 'Pengetahuan tentang komponen standar pelayanan',
 *   weight: 12.22,
 *   answer: { kind: 'interval', min: 0, max: 3 },
 * };
 * ```
 * @category Model
 */
export interface IndicatorSpec<Id extends string = string> {
  /** Unique in the whole methodology; answers are keyed by it. */
  readonly id: Id;
  /** Official (Indonesian) name. */
  readonly name: string;
  /** English name. */
  readonly nameEn?: string;
  /** Weight among its siblings (see {@link MethodologySpec.dimensions}). */
  readonly weight: Weight;
  /** How it is answered. */
  readonly answer: AnswerSpec;
  /** Where the weight and name come from. */
  readonly provenance?: Provenance;
  /** Free remarks. */
  readonly notes?: string;
}

/**
 * A variable: a group of indicators inside a dimension. Either every variable of a
 * dimension has a `weight` (then its indicators' weights sum to the total inside the
 * variable) or none has (then the indicators' weights sum to the total across the
 * dimension, and a variable weighs the sum of its indicators).
 *
 * @example
 * ```ts
 * import type { VariableSpec } from 'kepatuhan';
 * const v: VariableSpec = { id: 'sarpras', name: 'Sarana Prasarana', indicators: [] };
 * ```
 * @category Model
 */
export interface VariableSpec<Id extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  /** Optional: all variables of a dimension have one, or none has. */
  readonly weight?: Weight;
  readonly indicators: readonly IndicatorSpec<Id>[];
  readonly provenance?: Provenance;
  readonly notes?: string;
}

/**
 * A dimension: a weighted group of variables (Input, Proses, Output, Pengaduan).
 *
 * @example
 * ```ts
 * import type { DimensionSpec } from 'kepatuhan';
 * const d: DimensionSpec = { id: 'input', name: 'Input', weight: 21.85, variables: [] };
 * ```
 * @category Model
 */
export interface DimensionSpec<Id extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly weight: Weight;
  readonly variables: readonly VariableSpec<Id>[];
  readonly provenance?: Provenance;
  readonly notes?: string;
}

/**
 * How weights are checked: every group of sibling weights must sum to `total` within
 * `tolerance` (exactly, by default). Weights are always used as shares of their siblings'
 * actual sum; `renormalize: true` skips the sum check, so weights of any size are scaled
 * to shares — an explicit choice, never a silent one.
 *
 * @example
 * ```ts
 * import type { WeightPolicy } from 'kepatuhan';
 * const percent: WeightPolicy = { total: 100, tolerance: 0 };
 * const relative: WeightPolicy = { renormalize: true };
 * ```
 * @category Model
 */
export interface WeightPolicy {
  /** The sum every group of siblings must reach; default 100. */
  readonly total?: Weight;
  /** Allowed absolute difference from `total`; default 0. */
  readonly tolerance?: number | string;
  /** Skip the sum check and use weights as relative shares; default false. */
  readonly renormalize?: boolean;
}

/**
 * A methodology as plain, JSON-serialisable data: dimensions → variables → indicators with
 * weights, the output range, the rounding rule and the classification scale. Pass it to
 * {@link defineMethodology} to validate and compile it.
 *
 * `Id` is the union of its indicator ids (`'a' | 'b'` for a literal spec); it defaults to
 * `string`, so plain `MethodologySpec` is any spec.
 *
 * @example
 * ```ts
 * import { defineMethodology, scales, type MethodologySpec } from 'kepatuhan';
 * const spec: MethodologySpec = {
 *   id: 'mini', name: 'Mini', version: '1',
 *   output: { min: 0, max: 100 },
 *   scale: scales.ombudsman2022,
 *   dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
 *     { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
 *     { id: 'b', name: 'B', weight: 50, answer: { kind: 'yesNo' } },
 *   ] }] }],
 * };
 * const m = defineMethodology(spec);
 * ```
 * @category Model
 */
export interface MethodologySpec<Id extends string = string> {
  /** Stable id, e.g. `'ombudsman2022'`. */
  readonly id: string;
  /** Human name. */
  readonly name: string;
  /** Version or edition label, e.g. `'2022'`. */
  readonly version: string;
  /** Which assessment family it belongs to (`'ombudsman'`, `'pekppp'`, `'skm'`, or your own). */
  readonly assessment?: string;
  /** Years the methodology was in force (inclusive); `to` absent means still in force. */
  readonly years?: { readonly from: number; readonly to?: number };
  /** The score range: 0–100 (Ombudsman), 0–5 (PEKPPP), 25–100 (SKM). */
  readonly output: { readonly min: number | string; readonly max: number | string };
  /** Weight sum check; default `{ total: 100, tolerance: 0, renormalize: false }`. */
  readonly weights?: WeightPolicy;
  /** Rounding of reported scores; default half-up to 2 decimals. */
  readonly rounding?: RoundingRule;
  /** The classification scale; must span the output range. */
  readonly scale: Scale | ScaleSpec;
  /** The dimensions; their weights sum to the total. */
  readonly dimensions: readonly DimensionSpec<Id>[];
  /** Where the methodology comes from. */
  readonly provenance?: Provenance;
  /** Free remarks. */
  readonly notes?: string;
}

/**
 * A validated methodology: the spec with defaults filled in, deeply frozen. It serialises
 * to JSON that {@link defineMethodology} accepts again; its compiled form is kept aside, so
 * scoring with it never validates twice.
 *
 * `Id` is the union of its indicator ids (see {@link IndicatorIdOf}): the presets and a
 * methodology defined from a literal spec know theirs, so {@link scoreUnit} rejects an
 * unknown id at compile time. It defaults to `string`: plain `Methodology` is any
 * methodology, and every `Methodology<Id>` is one.
 *
 * @example
 * ```ts
 * import { presets } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * m.dimensions.map((d) => d.weight); // [21.85, 32.37, 24.24, 21.54]
 * ```
 * @category Model
 */
export interface Methodology<Id extends string = string> extends MethodologySpec<Id> {
  readonly weights: { readonly total: Weight; readonly tolerance: number | string; readonly renormalize: boolean };
  readonly rounding: RoundingRule;
  readonly scale: Scale;
}

/**
 * The indicator ids of a methodology as a union of string literals: `'persyaratan' |
 * 'prosedur' | …` for {@link presets}.skm2017 or a methodology defined from a literal spec,
 * `string` for one read from JSON at run time.
 *
 * @example
 * ```ts
 * import { presets, type IndicatorIdOf } from 'kepatuhan';
 * type SkmElement = IndicatorIdOf<typeof presets.skm2017>;
 * const first: SkmElement = 'persyaratan';
 * // const typo: SkmElement = 'persyaratn'; // does not compile
 * ```
 * @category Model
 */
export type IndicatorIdOf<M extends MethodologySpec> = M['dimensions'][number]['variables'][number]['indicators'][number]['id'];
