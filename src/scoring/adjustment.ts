import type { Classification } from '../classification/classification.js';

/**
 * A correction applied on top of a methodology's score, supplied by the caller: the Ombudsman's
 * 2023 "variabel substantif" — an entity that did not follow up the Ombudsman's corrective
 * actions can have its score lowered ("dikoreksi") and is barred from the green zone (domain
 * reference §2). The size of the correction is not public, so nothing is applied unless you
 * pass it. The correction is subtracted from the exact score, then the cap applies; the score
 * never drops below the output minimum (in `aggregate`, the scale's minimum, or 0 without a scale). Both amounts must lie on the reporting grid (at most
 * 2 decimals for the Ombudsman), so the adjusted score is exact.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit, type ScoreAdjustment } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const answers = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3])); // 100
 * const substantive: ScoreAdjustment = { correction: 5, barZone: 'hijau', reason: 'Tindakan korektif tidak ditindaklanjuti' };
 * const r = scoreUnit(m, answers, { adjustment: substantive });
 * r.adjustment?.scoreBefore; // 100: the score before the correction
 * r.score; // 77.99: 95 after the correction, capped below the green zone
 * r.classification.zone; // "kuning": never "hijau"
 * ```
 * @category Scoring
 */
export interface ScoreAdjustment {
  /** Points subtracted from the score (≥ 0, on the reporting grid); default 0. */
  readonly correction?: number | string;
  /** The highest score allowed after the correction (on the reporting grid). */
  readonly cap?: number | string;
  /**
   * Bar a zone: cap the score at the highest reported value below the zone's lowest band
   * (`'hijau'` on the Ombudsman 2022 scale → 77.99). Needs a scale with zones.
   */
  readonly barZone?: string;
  /** Why, in words (kept in the result). */
  readonly reason?: string;
}

/**
 * What an adjustment did, recorded in {@link UnitScore.adjustment} and
 * {@link AggregateResult.adjustment}.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const answers = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3])); // 100
 * const r = scoreUnit(m, answers, { adjustment: { barZone: 'hijau' } });
 * r.adjustment?.capped; // true
 * if (r.adjustment?.capped) console.log(`capped from ${r.adjustment.scoreBefore} to ${r.score}`);
 * ```
 * @category Scoring
 */
export interface AppliedAdjustment {
  /** Points subtracted (0 when none was given). */
  readonly correction: number;
  /** The cap in force: the lower of `cap` and the `barZone` cap; `null` when none. */
  readonly cap: number | null;
  /** The zone barred, if any. */
  readonly barredZone: string | null;
  /** The reason given, if any. */
  readonly reason: string | null;
  /** The reported score before the adjustment. */
  readonly scoreBefore: number;
  /** Its classification (`null` when no scale was used). */
  readonly classificationBefore: Classification | null;
  /** Whether the cap lowered the score. */
  readonly capped: boolean;
  /** Whether the correction would have gone below the output minimum (the score stops there). */
  readonly clamped: boolean;
}
