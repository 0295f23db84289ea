import type { Scale } from '../classification/scale.js';
import type { Methodology } from '../model/methodology.js';
import type { RoundingMode, RoundingRule } from '../rounding/rounding.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import type { ScoreRange } from '../numbers/ScoreRange.js';

/**
 * A published figure to check: a score (a number, or a string to keep the precision it was
 * printed with: `"91"` has 0 decimals), or any of its score, category, zone and opinion label.
 *
 * @example
 * ```ts
 * import type { ReportedFigure } from 'kepatuhan';
 * const kendal: ReportedFigure = { score: 4.44, category: 'A' };
 * const serang: ReportedFigure = { score: '91', zone: 'hijau', label: 'kualitas tertinggi' };
 * ```
 * @category Aggregation
 */
export interface ReportedFigure {
  readonly score?: ScoreInput;
  readonly category?: string;
  /** Zone id as printed (`'hijau'`; `'hitam'` on the 2025 scale). */
  readonly zone?: string;
  /** The opinion or zone label as printed; compared case-insensitively. */
  readonly label?: string;
}

/**
 * One unit behind a reported figure: its published score, optionally with a name (used in
 * findings) and a weight (for `method: 'weightedMean'`).
 *
 * @example
 * ```ts
 * import type { ReportedUnit } from 'kepatuhan';
 * const u: ReportedUnit[] = [93.35, '90,09', { name: 'Disdukcapil', score: 89.69 }];
 * ```
 * @category Aggregation
 */
export type ReportedUnit = ScoreInput | { readonly name?: string; readonly score: ScoreInput; readonly weight?: number | string };

/**
 * Input of {@link checkReportedScore}.
 *
 * @example
 * ```ts
 * import { presets, type CheckReportedScoreInput } from 'kepatuhan';
 * const cilegon2023: CheckReportedScoreInput = {
 *   units: [93.35, 90.09, 89.69, 89.49, 88.06, 85.73],
 *   reported: 89.45,
 *   methodology: presets.ombudsman2022,
 * };
 * ```
 * @category Aggregation
 */
export interface CheckReportedScoreInput {
  /** The units' published scores. Without units only the reported category, zone and label are checked against the reported score. */
  readonly units?: readonly ReportedUnit[];
  /** The published figure. */
  readonly reported: ScoreInput | ReportedFigure;
  /** Supplies the rounding rule and the scale (the methodology's own); default half-up to 2 decimals, no scale. */
  readonly methodology?: Methodology;
  /** The scale to classify on (overrides the methodology's); every score must lie within its range. */
  readonly scale?: Scale;
  /** The range every score must lie in when there is no scale (no `scale`, no `methodology`); default 0–100. */
  readonly range?: ScoreRange;
  /** How units combine; default `'mean'` (the Ombudsman rule). */
  readonly method?: 'mean' | 'weightedMean' | 'median';
  /** Weights for `'weightedMean'` (or give each unit a `weight`). */
  readonly weights?: readonly (number | string)[];
  /** The rounding rule (overrides the methodology's). */
  readonly rounding?: RoundingMode | Partial<RoundingRule>;
  /** Round unit scores to the rule's decimals first; default true (as {@link aggregate}). */
  readonly roundInputs?: boolean;
  /** Decimals the reported score was printed with; default: those written in a string, else the rule's decimals. */
  readonly reportedDecimals?: number;
  /**
   * Units published elsewhere that may belong to the list (Kota Cilegon 2023: Dinkes 89.02, from
   * another outlet). Each is added alone to the units, and the check says whether the figure then
   * follows (see {@link ScoreCheck.candidates}). Needs `units` and a reported score.
   */
  readonly candidateUnits?: readonly ReportedUnit[];
  /**
   * The previous year's published figures — its score, its units, or both — to tell whether the
   * reported score or the units are last year's (Kota Cilegon 2022: the units give 77.66, the
   * city's 2021 score). See {@link ScoreCheck.previous}. Needs `units` and a reported score.
   */
  readonly previous?: PreviousFigures;
}

/**
 * The previous year's published figures, for {@link CheckReportedScoreInput.previous}.
 *
 * @example
 * ```ts
 * import type { PreviousFigures } from 'kepatuhan';
 * const cilegon2021: PreviousFigures = { year: 2021, score: 77.66 };
 * ```
 * @category Aggregation
 */
export interface PreviousFigures {
  /** The previous year's published score. */
  readonly score?: ScoreInput;
  /** The previous year's units (combined by the same rule as this year's). */
  readonly units?: readonly ReportedUnit[];
  /** The year, used in the findings ("2021's published score"). */
  readonly year?: number;
}

/**
 * One candidate unit added to the units: what the units then give, and whether the reported
 * figure follows.
 *
 * @example
 * ```ts
 * import type { CandidateUnitCheck } from 'kepatuhan';
 * // Kota Cilegon 2023: with Dinkes the seven units give 625.43 / 7 = 89.347… → 89.35, still not 89.45.
 * const dinkes: CandidateUnitCheck = { index: 0, name: 'Dinas Kesehatan', score: 89.02, computed: 89.35, expected: 89.35, follows: false };
 * ```
 * @category Aggregation
 */
export interface CandidateUnitCheck {
  /** Position in `candidateUnits`. */
  readonly index: number;
  readonly name: string | null;
  /** The candidate's score as used (rounded like the units). */
  readonly score: number;
  /** What the units with the candidate give, at the rule's decimals. */
  readonly computed: number;
  /** The same at the reported precision. */
  readonly expected: number;
  /** Whether the reported figure follows with the candidate added. */
  readonly follows: boolean;
}

/**
 * Whether the reported score or the units' score is the previous year's.
 *
 * @example
 * ```ts
 * import type { PreviousYearCheck } from 'kepatuhan';
 * // Kota Cilegon 2022: reported 77.73, the units give 77.66 = the 2021 score.
 * const c: PreviousYearCheck = { year: 2021, score: 77.66, computed: null, reportedIsPrevious: null, unitsArePrevious: 'score' };
 * ```
 * @category Aggregation
 */
export interface PreviousYearCheck {
  readonly year: number | null;
  /** The previous year's published score, if given. */
  readonly score: number | null;
  /** What the previous year's units give, if given. */
  readonly computed: number | null;
  /** Which previous figure the reported score equals (at the reported precision): its published `'score'`, its `'units'`' score, or `null`. */
  readonly reportedIsPrevious: 'score' | 'units' | null;
  /** Which previous figure this year's units' score equals (at the rule's decimals), or `null`. */
  readonly unitsArePrevious: 'score' | 'units' | null;
}

/**
 * A range of values on the rule's grid, inclusive.
 *
 * @example
 * ```ts
 * import type { GridRange } from 'kepatuhan';
 * const r: GridRange = { min: 0.26, max: 0.31 };
 * ```
 * @category Aggregation
 */
export interface GridRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The score part of a {@link ReportedScoreCheck}: does the reported score follow from the
 * units, by how much is it off, and what would explain the difference.
 *
 * @example
 * ```ts
 * import { checkReportedScore } from 'kepatuhan';
 * const units = [93.35, 90.09, 89.69, 89.49, 88.06, 85.73]; // Kota Cilegon 2023, as published
 * const s = checkReportedScore({ units, reported: 89.45 }).score;
 * s?.difference; // 0.05
 * s?.unitShift; // { min: 0.26, max: 0.31 }: one unit 0.26–0.31 higher would explain it
 * ```
 * @category Aggregation
 */
export interface ScoreCheck {
  /** The reported score. */
  readonly reported: number;
  /** Decimals it was printed with. */
  readonly reportedDecimals: number;
  /** What the units give by the rule, at the rule's decimals. */
  readonly computed: number;
  /** What the units give by the rule at the reported precision (equals `computed` when the precisions agree). */
  readonly expected: number;
  /** Whether `reported` equals `expected`. */
  readonly consistent: boolean;
  /** `reported − computed`, exact. */
  readonly difference: number;
  /** Number of units. */
  readonly count: number;
  /** The combined score before rounding (nearest double). */
  readonly unrounded: number;
  /** Final rounding modes under which the units give the reported figure at its precision. */
  readonly matchingRoundings: readonly RoundingMode[];
  /** Mean only: by how much one unit's score would have to differ for the figure to follow (`null` if no amount works or too many units to search). */
  readonly unitShift: GridRange | null;
  /** Mean only: the score a missing unit would need for the figure to follow (within the scale when known). */
  readonly missingUnit: GridRange | null;
  /** Mean only: the one score (within `missingUnit`) a missing unit would need for the mean to equal the reported figure exactly, or `null`. */
  readonly missingUnitExact: number | null;
  /** Mean only: positions of units whose removal alone makes the figure follow. */
  readonly extraUnits: readonly number[];
  /** One entry per `candidateUnits` entry, in order (empty without them). */
  readonly candidates: readonly CandidateUnitCheck[];
  /** The comparison with `previous`, or `null` without it. */
  readonly previous: PreviousYearCheck | null;
}

/**
 * Whether a reported category, zone or label matches the band of the score.
 *
 * @example
 * ```ts
 * import { checkReportedScore, presets } from 'kepatuhan';
 * const c = checkReportedScore({ reported: { score: 4.44, category: 'A' }, methodology: presets.pekppp2022 }).category;
 * c; // { reported: 'A', expected: 'A-', consistent: false, basis: 'reported' }
 * ```
 * @category Aggregation
 */
export interface LabelCheck {
  readonly reported: string;
  readonly expected: string | null;
  readonly consistent: boolean;
  /** Which score was classified: the reported one, or the one computed from the units. */
  readonly basis: 'reported' | 'computed';
}

/**
 * The result of {@link checkReportedScore}.
 *
 * @example
 * ```ts
 * import { checkReportedScore } from 'kepatuhan';
 * const r = checkReportedScore({ units: [93.35, 90.09, 89.69, 89.49, 88.06, 85.73], reported: 89.45 });
 * r.consistent; // false
 * if (!r.consistent) console.log(r.findings.join('\n'));
 * ```
 * @category Aggregation
 */
export interface ReportedScoreCheck {
  /** Whether everything reported follows. */
  readonly consistent: boolean;
  /** Sentences for people, one per observation. */
  readonly findings: readonly string[];
  /** Present when units and a reported score were given. */
  readonly score?: ScoreCheck;
  readonly category?: LabelCheck;
  readonly zone?: LabelCheck;
  readonly label?: LabelCheck;
}
