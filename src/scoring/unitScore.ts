import type { Classification } from '../classification/classification.js';
import type { RoundingRule } from '../numbers/rounding.js';
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
 * import { presets, scoreUnit } from 'kepatuhan';
 * const r = scoreUnit(presets.ombudsman2022, answers);
 * r.dimensions[0].pointsLost; // e.g. 2.43 points lost in Input
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
 * const worst = result.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators))
 *   .sort((a, b) => b.pointsLost - a.pointsLost)[0];
 * ```
 * @category Scoring
 */
export interface IndicatorResult extends Points {
  readonly id: string;
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
 * result.dimensions[0].variables.map((v) => [v.name, v.pointsLost]);
 * ```
 * @category Scoring
 */
export interface VariableResult extends Points {
  readonly id: string;
  readonly name: string;
  readonly indicators: readonly IndicatorResult[];
}

/**
 * One dimension in a unit's breakdown, with its own score on the output range
 * (`output.min + normalized × range`).
 *
 * @example
 * ```ts
 * result.dimensions.map((d) => `${d.name}: ${d.score}`);
 * ```
 * @category Scoring
 */
export interface DimensionResult extends Points {
  readonly id: string;
  readonly name: string;
  /** The dimension's own score on the output range (unrounded), `null` when nothing in it counts. */
  readonly score: number | null;
  readonly variables: readonly VariableResult[];
}

/**
 * A unit's score with its full breakdown. `score` is exact and rounded by `rounding`;
 * `classification` is done on that rounded value.
 *
 * @example
 * ```ts
 * import { presets, scoreUnit } from 'kepatuhan';
 * const r = scoreUnit(presets.ombudsman2022, answers);
 * console.log(r.score, r.classification.category, r.classification.zone);
 * ```
 * @category Scoring
 */
export interface UnitScore {
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
  /** Points lost in all (`range.max − unrounded`). */
  readonly pointsLost: number;
  /** Band of the rounded score. */
  readonly classification: Classification;
  /** Per-dimension breakdown. */
  readonly dimensions: readonly DimensionResult[];
  /** Ids of indicators marked not applicable. */
  readonly notApplicable: readonly string[];
  /** Ids of indicators with no answer. */
  readonly missing: readonly string[];
  /** The missing-answer policy applied. */
  readonly missingPolicy: MissingPolicy;
  /** What the caller's adjustment did (present only when `options.adjustment` was given); `score` and `classification` are after it. */
  readonly adjustment?: AppliedAdjustment;
  /** Whether the entity followed up corrective actions, as the caller said (present only when the option was given). */
  readonly followedUpCorrectiveActions?: boolean;
}
