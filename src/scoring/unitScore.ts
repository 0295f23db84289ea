import type { Classification } from '../classification/classification.js';
import type { RoundingRule } from '../rounding/rounding.js';
import type { AppliedAdjustment } from './adjustment.js';
import type { MissingPolicy } from './answers.js';

/**
 * Points of one node of the breakdown, on the output scale. `maxPoints` is what the node
 * can contribute at most (its effective weight × the output range), `points` what it
 * contributed, `pointsLost` the difference. These explain the score; they are unrounded
 * doubles, so their sums may differ from the exact score in the last binary digits.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2023;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * const result = scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 }); // 97.33
 * result.dimensions[0]?.pointsLost.toFixed(2); // "2.67": Input lost 12.22 % of its 21.85 points
 * ```
 * @category Scoring
 */
export interface Points {
  /** Share of the whole score this node carries, in [0, 1], after re-spreading N/A weight. */
  readonly effectiveWeight: number;
  /** Achieved fraction of this node, in [0, 1] (`null` when nothing in it counts). */
  readonly normalized: number | null;
  /** Points contributed above the output minimum. */
  readonly points: number;
  /** The most points the node could contribute. */
  readonly maxPoints: number;
  /** `maxPoints − points`. */
  readonly pointsLost: number;
}

/**
 * How an indicator entered the score: answered, marked not applicable, or missing (scored
 * as zero or re-spread, per the {@link MissingPolicy}).
 *
 * @example
 * ```ts
 * import type { IndicatorStatus } from 'kepatuhan';
 * const s: IndicatorStatus = 'notApplicable';
 * ```
 * @category Scoring
 */
export type IndicatorStatus = 'answered' | 'notApplicable' | 'missing';

/**
 * One indicator in a unit's breakdown.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2023;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * const result = scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 }); // 97.33
 * const worst = result.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators))
 *   .sort((a, b) => b.pointsLost - a.pointsLost)[0];
 * worst?.id; // "input.kompetensi.standarPelayanan"
 * ```
 * @category Scoring
 */
export interface IndicatorResult<Id extends string = string> extends Points {
  /** The indicator's id, of the methodology's id union. */
  readonly id: Id;
  /** Official name. */
  readonly name: string;
  readonly status: IndicatorStatus;
  /** The answer's numeric value (level value for `levels`, 1/0 for yes/no); `null` if not applicable or missing. */
  readonly value: number | null;
  /** The answer as given, for levels the key; `null` if none. */
  readonly answer: number | string | boolean | null;
  /** Whether the indicator counted in the score. */
  readonly counted: boolean;
}

/**
 * One variable in a unit's breakdown.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2023;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * const result = scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 }); // 97.33
 * result.dimensions[0]?.variables.map((v) => [v.name, v.pointsLost.toFixed(2)]); // [["Kompetensi Pelaksana", "2.67"], ["Sarana Prasarana", "0.00"]]
 * ```
 * @category Scoring
 */
export interface VariableResult<Id extends string = string> extends Points {
  readonly id: string;
  readonly name: string;
  readonly indicators: readonly IndicatorResult<Id>[];
}

/**
 * One dimension in a unit's breakdown, with its own score on the output range
 * (`output.min + normalized × range`).
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2023;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * const result = scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 }); // 97.33
 * result.dimensions.map((d) => `${d.name}: ${d.score?.toFixed(2)}`); // ["Input: 87.78", "Proses: 100.00", "Output: 100.00", "Pengaduan: 100.00"]
 * ```
 * @category Scoring
 */
export interface DimensionResult<Id extends string = string> extends Points {
  readonly id: string;
  readonly name: string;
  /** The dimension's own score on the output range (unrounded), `null` when nothing in it counts. */
  readonly score: number | null;
  readonly variables: readonly VariableResult<Id>[];
}

/**
 * A unit's score with its full breakdown. `score` is exact and rounded by `rounding`;
 * `classification` is done on that rounded value. `Id` is the methodology's indicator-id
 * union (default `string`); every `UnitScore<Id>` is a `UnitScore`.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2023;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * const r = scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 });
 * r.score; // 97.33: Input lost 12.22 % of its 21.85 points
 * [r.classification.category, r.classification.zone]; // ["A", "hijau"]
 * ```
 * @category Scoring
 */
export interface UnitScore<Id extends string = string> {
  /** Id and version of the methodology used. */
  readonly methodology: { readonly id: string; readonly version: string };
  /** The reported score: exact, rounded by `rounding`. */
  readonly score: number;
  /** The score before rounding, as the nearest double. */
  readonly unrounded: number;
  /** The rule used to round `score`. */
  readonly rounding: RoundingRule;
  /** The output range. */
  readonly range: { readonly min: number; readonly max: number };
  /** Points lost in all (`range.max −` the exact unrounded score, as the nearest double). */
  readonly pointsLost: number;
  /** Band of the rounded score. */
  readonly classification: Classification;
  /** Per-dimension breakdown. */
  readonly dimensions: readonly DimensionResult<Id>[];
  /** Ids of indicators marked not applicable. */
  readonly notApplicable: readonly Id[];
  /** Ids of indicators with no answer. */
  readonly missing: readonly Id[];
  /** The missing-answer policy applied. */
  readonly missingPolicy: MissingPolicy;
  /** What the caller's adjustment did (present only when `options.adjustment` was given); `score` and `classification` are after it. */
  readonly adjustment?: AppliedAdjustment;
  /** Whether the entity followed up corrective actions, as the caller said (present only when the option was given). */
  readonly followedUpCorrectiveActions?: boolean;
}
