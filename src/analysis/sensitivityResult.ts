import type { TieRule, TieRuleName } from '../ranking/tieRules.js';
import type { Answers, MissingPolicy } from '../scoring/answers.js';

/**
 * An entity of a sensitivity study: one unit (`answers`) or several units whose scores are
 * aggregated (`units`, e.g. a government's 7 OPD and Puskesmas), with an optional `group`
 * it is ranked in. `Id` is the methodology's indicator-id union (default `string`), as in
 * {@link Answers}.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, type SensitivityEntity } from 'kepatuhan';
 * const all = (v: number) => Object.fromEntries(indicatorOrder(presets.ombudsman2022).map((id) => [id, v]));
 * const unit: SensitivityEntity = { id: 'dinsos', answers: all(2) };
 * const government: SensitivityEntity = { id: 'kota-cilegon', group: 'kota', units: [all(3), all(2)] };
 * ```
 * @category Analysis
 */
export type SensitivityEntity<Id extends string = string> =
  | { readonly id: string; readonly group?: string | null; readonly answers: Answers<Id> }
  | { readonly id: string; readonly group?: string | null; readonly units: readonly Answers<Id>[] };

/**
 * Which weights a study perturbs: the dimensions', the (declared) variables', the indicators'.
 *
 * @example
 * ```ts
 * import type { PerturbedLevel } from 'kepatuhan';
 * const onlyDimensions: PerturbedLevel[] = ['dimensions'];
 * ```
 * @category Analysis
 */
export type PerturbedLevel = 'dimensions' | 'variables' | 'indicators';

/**
 * Options of {@link sensitivity}.
 *
 * @example
 * ```ts
 * import type { SensitivityOptions } from 'kepatuhan';
 * const o: SensitivityOptions = { runs: 500, seed: 2024, weightNoise: 0.2, aggregations: ['mean', 'median'] };
 * ```
 * @category Analysis
 */
export interface SensitivityOptions {
  /** Number of perturbed runs, 1–100,000; default 100. */
  readonly runs?: number;
  /** Seed, a whole number 0 – 4,294,967,295; default 1. Same seed, same result. */
  readonly seed?: number;
  /**
   * Relative size of the weight perturbation, 0 ≤ noise < 1 (number or decimal string);
   * default 0.1: each weight is multiplied by a factor drawn uniformly from 0.9–1.1
   * (on a grid of 10⁻⁶), then siblings are renormalised. 0 reproduces the methodology.
   */
  readonly weightNoise?: number | string;
  /** Which weights to perturb; default all three levels. */
  readonly perturb?: readonly PerturbedLevel[];
  /**
   * Aggregation rules of multi-unit entities, one drawn per run (uniformly); default
   * `['mean']` (the Ombudsman rule). The first is the baseline's.
   */
  readonly aggregations?: readonly ('mean' | 'median')[];
  /**
   * Central share of runs the rank and score intervals cover, 0 < interval ≤ 1 (number or
   * decimal string, like `weightNoise`); default 0.9 (5th–95th percentile).
   */
  readonly interval?: number | string;
  /** Tie rule for ranks; default `'competition'`. */
  readonly tie?: TieRuleName | TieRule;
  /** Missing-answer policy, as in {@link scoreUnit}; default `'error'`. */
  readonly missing?: MissingPolicy;
  /** Keep every run's per-entity score, rank and category in `runs[i].results`; default false. */
  readonly includeRunResults?: boolean;
}

/**
 * A perturbed weight of one run.
 *
 * @example
 * ```ts
 * import type { RunWeight } from 'kepatuhan';
 * const w: RunWeight = { level: 'dimension', id: 'input', weight: '22.72837', factor: '1.0402' }; // 21.85 × 1.0402
 * ```
 * @category Analysis
 */
export interface RunWeight {
  readonly level: 'dimension' | 'variable' | 'indicator';
  readonly id: string;
  /** The perturbed weight, exact: a decimal, or a fraction `"n/d"`. */
  readonly weight: string;
  /** The factor applied to the methodology's weight, exact. */
  readonly factor: string;
}

/**
 * One entity's figures in one run.
 *
 * @example
 * ```ts
 * import type { RunResult } from 'kepatuhan';
 * const r: RunResult = { id: 'dinsos', group: null, score: 84.1, rank: 2, of: 7, category: 'B', zone: 'hijau' };
 * ```
 * @category Analysis
 */
export interface RunResult {
  readonly id: string;
  readonly group: string | null;
  readonly score: number;
  readonly rank: number;
  readonly of: number;
  readonly category: string;
  readonly zone: string | null;
}

/**
 * Everything needed to replay one run with {@link replaySensitivityRun}: its index, its
 * seed, the aggregation drawn and every perturbed weight.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, replaySensitivityRun, sensitivity } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const all = (v: number) => Object.fromEntries(indicatorOrder(m).map((id) => [id, v])); // every answer v
 * const entities = [{ id: 'dinsos', answers: all(2) }, { id: 'dinkes', answers: all(3) }];
 * const study = sensitivity(m, entities, { runs: 20, seed: 7 });
 * const run = study.runs[17]!;
 * run.index; // 17
 * const again = replaySensitivityRun(m, entities, run);
 * ```
 * @category Analysis
 */
export interface SensitivityRun {
  /** 0-based. */
  readonly index: number;
  /** This run's generator seed (derived from the study's seed and the index). */
  readonly seed: number;
  readonly aggregation: 'mean' | 'median';
  /** Every weight of the methodology, depth first, as used in this run. */
  readonly weights: readonly RunWeight[];
  /** Per-entity figures, when `includeRunResults` was set. */
  readonly results?: readonly RunResult[];
}

/**
 * One entity's spread over the runs of a study.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, sensitivity } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const all = (v: number) => Object.fromEntries(indicatorOrder(m).map((id) => [id, v])); // every answer v
 * const study = sensitivity(m, [{ id: 'dinkes', answers: all(3) }, { id: 'dinsos', answers: all(2) }]);
 * const e = study.entities[0]!;
 * `${e.id}: rank ${e.rank.low}–${e.rank.high}, P(A) = ${e.categories[0]?.probability}`; // "dinkes: rank 1–1, P(A) = 1"
 * ```
 * @category Analysis
 */
export interface SensitivityEntityResult {
  readonly id: string;
  readonly group: string | null;
  /** With the methodology's own weights and the first aggregation rule. */
  readonly baseline: RunResult;
  /** Rank over the runs: extremes, the interval's ends (nearest-rank percentiles) and the median. */
  readonly rank: { readonly min: number; readonly max: number; readonly low: number; readonly high: number; readonly median: number };
  /** Shown score over the runs, likewise. */
  readonly score: { readonly min: number; readonly max: number; readonly low: number; readonly high: number; readonly median: number };
  /** Share of runs in each category of the scale, best first. */
  readonly categories: readonly { readonly category: string; readonly count: number; readonly probability: number }[];
  /** Share of runs in each zone of the scale, best first (empty for a scale without zones). */
  readonly zones: readonly { readonly zone: string; readonly count: number; readonly probability: number }[];
}

/**
 * The result of {@link sensitivity}.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, sensitivity } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const all = (v: number) => Object.fromEntries(indicatorOrder(m).map((id) => [id, v])); // every answer v
 * const entities = [
 *   { id: 'dinsos', answers: { ...all(3), 'pengaduan.pengelolaan.sarana': 0 } },
 *   { id: 'dinkes', answers: { ...all(3), 'output.persepsi.imbalan': 0 } },
 * ];
 * const study = sensitivity(m, entities, { runs: 200, seed: 7 });
 * study.entities.filter((e) => e.rank.low !== e.rank.high); // entities whose rank is uncertain
 * ```
 * @category Analysis
 */
export interface SensitivityResult {
  readonly methodology: { readonly id: string; readonly version: string };
  /** The options as applied. */
  readonly parameters: {
    readonly seed: number;
    readonly runs: number;
    readonly weightNoise: string;
    readonly perturb: readonly PerturbedLevel[];
    readonly aggregations: readonly ('mean' | 'median')[];
    /** As a number, whichever form it was given in. */
    readonly interval: number;
    /** The tie rule's name, `'custom'` for a function. */
    readonly tie: string;
  };
  /** By group (no group first), then baseline rank, then id. */
  readonly entities: readonly SensitivityEntityResult[];
  /** Every run's parameters, in order. */
  readonly runs: readonly SensitivityRun[];
}
