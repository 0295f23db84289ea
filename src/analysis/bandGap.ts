import type { Answers } from '../scoring/answers.js';

/**
 * A band to reach: a category (`'A'`, `{ category: 'B' }`) or a zone (`'hijau'`,
 * `{ zone: 'hijau' }`), meaning "that band or any higher one". A bare string is looked up
 * as a category first, then as a zone.
 *
 * @example
 * ```ts
 * import type { BandTarget } from 'kepatuhan';
 * const green: BandTarget = { zone: 'hijau' };
 * const a: BandTarget = 'A';
 * ```
 * @category Analysis
 */
export type BandTarget = string | { readonly category: string } | { readonly zone: string };

/**
 * Options of {@link gapToBand} and {@link governmentGap}: indicators that cannot change.
 * `Id` is the methodology's indicator-id union (default `string`), so with a preset an
 * unknown id in `locked` or `caps` does not compile.
 *
 * @example
 * ```ts
 * import type { GapToBandOptions } from 'kepatuhan';
 * const o: GapToBandOptions = {
 *   locked: ['output.persepsi.imbalan'], // decided by users' perceptions, not by the unit
 *   caps: { 'input.sarpras.jumlahPelaksana': 2 }, // staff numbers cannot reach 3 this year
 * };
 * ```
 * @category Analysis
 */
export interface GapToBandOptions<Id extends string = string> {
  /** Indicator ids whose answers must stay as they are. */
  readonly locked?: readonly Id[];
  /** Highest answer allowed per indicator id (an answer of that indicator: number, level key, true/false). */
  readonly caps?: Answers<Id>;
}

/**
 * Why an indicator cannot gain points in a plan: marked not applicable, missing and not
 * counted (missing policy `'respread'`), `locked`, or held below its top by `caps`.
 *
 * @example
 * ```ts
 * import type { BlockReason } from 'kepatuhan';
 * const r: BlockReason = 'notApplicable';
 * ```
 * @category Analysis
 */
export type BlockReason = 'notApplicable' | 'notCounted' | 'locked' | 'capped';

/**
 * One indicator improvement in a plan: raise `id` from `from` to `to` (answers as you would
 * write them: a number, a level key, true/false), `steps` answer steps, gaining
 * `pointsGained` points (rounded like scores; the plan is computed exactly).
 *
 * @example
 * ```ts
 * import type { PlanStep } from 'kepatuhan';
 * const s: PlanStep = {
 *   id: 'proses.standar.maklumat', name: 'Substansi Maklumat Pelayanan', dimension: 'proses', variable: 'proses.standar',
 *   from: 1, to: 3, steps: 2, pointsGained: 1.96,
 * };
 * ```
 * @category Analysis
 */
export interface PlanStep {
  readonly id: string;
  /** Official name. */
  readonly name: string;
  /** Id of its dimension. */
  readonly dimension: string;
  /** Id of its variable. */
  readonly variable: string;
  /** The answer now; `null` for a missing answer scored as zero. */
  readonly from: number | string | boolean | null;
  /** The answer the plan asks for. */
  readonly to: number | string | boolean;
  /** Answer steps: grid units (one level for `levels`, 0.01 for a 2-decimal percent). */
  readonly steps: number;
  /** Points this change adds to the unit's score. */
  readonly pointsGained: number;
}

/**
 * An indicator that cannot help, and why.
 *
 * @example
 * ```ts
 * import type { BlockedIndicator } from 'kepatuhan';
 * const b: BlockedIndicator = { id: 'input.kompetensi.rekomendasi', name: '…', reason: 'notApplicable' };
 * ```
 * @category Analysis
 */
export interface BlockedIndicator {
  readonly id: string;
  readonly name: string;
  readonly reason: BlockReason;
}

/**
 * A shown score with its band.
 *
 * @example
 * ```ts
 * import type { BandStanding } from 'kepatuhan';
 * const s: BandStanding = { score: 87.43, category: 'B', zone: 'hijau' };
 * ```
 * @category Analysis
 */
export interface BandStanding {
  readonly score: number;
  readonly category: string;
  readonly zone: string | null;
}

/**
 * The result of {@link gapToBand}.
 *
 * @example
 * ```ts
 * import { gapToBand, indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const result = scoreUnit(m, Object.fromEntries(indicatorOrder(m).map((id) => [id, 2]))); // 66.67, C
 * const gap = gapToBand(m, result, 'A');
 * gap.pointsNeeded; // 21.33 (A starts at 88.00)
 * if (gap.reachable) console.log(`${gap.pointsNeeded} points, ${gap.steps} steps`, gap.plan);
 * ```
 * @category Analysis
 */
export interface BandGap {
  readonly methodology: { readonly id: string; readonly version: string };
  /** The band to reach and the lowest shown score that reaches it. */
  readonly target: { readonly category: string | null; readonly zone: string | null; readonly minScore: number };
  readonly current: BandStanding;
  /** Already in the target band or higher (then the plan is empty). */
  readonly reached: boolean;
  /** Whether any allowed improvement reaches the target. */
  readonly reachable: boolean;
  /** `minScore − current.score`, never below 0 — the shown points missing. */
  readonly pointsNeeded: number;
  /** Answer steps of the plan (0 when reached or unreachable). */
  readonly steps: number;
  /** Points the plan adds (rounded like scores). */
  readonly pointsGained: number;
  /** The fewest answer steps reaching the target; among those, the most points. Biggest gain first. */
  readonly plan: readonly PlanStep[];
  /** The unit after the plan (the current standing when the plan is empty). */
  readonly projected: BandStanding;
  /** The best the unit can reach, every allowed indicator at its highest answer. */
  readonly best: BandStanding;
  /** Indicators that cannot gain points. */
  readonly blocked: readonly BlockedIndicator[];
  /**
   * The adjustment the unit result carries (scoreUnit's `adjustment` option: a correction
   * and a cap on the reported score), applied to every projected score; `null` when none.
   * A cap below the target makes it unreachable.
   */
  readonly adjustment: { readonly correction: number; readonly cap: number | null } | null;
}
