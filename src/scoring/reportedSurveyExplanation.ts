import type { Methodology } from '../model/methodology.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import type { SurveyMissingPolicy } from './surveyScore.js';

/**
 * A known way of computing or categorising an SKM index (domain reference §6): the
 * regulation's, and the conventions public SKM apps and reports use instead.
 *
 * - `'regulation'`: each element weighs exactly 1/9; the index rounded half-up to 2 decimals
 *   is categorised (PermenPANRB 14/2017).
 * - `'weight0111'`: weight 0.111 instead of 1/9 (every index × 0.999).
 * - `'weight0111Nrr3'`: weight 0.111, each NRR first rounded half-up to 3 decimals.
 * - `'weight0111Weighted3'`: each weighted NRR (NRR × 0.111, the "NRR tertimbang") rounded
 *   half-up to 3 decimals, then summed (all-4 answers give 99.90).
 * - `'weight011'`: weight 0.11 (every index × 0.99: 91.48 becomes 90.56).
 * - `'unroundedCategory'`: exact weights, but the category taken from the unrounded index
 *   (the band whose lower edge it reaches: 88.3056 is B, not A).
 * - `'shiftedBandEdge'`: exact weights, the C/B boundary at 76.00/76.01 instead of 76.60/76.61.
 *
 * @example
 * ```ts
 * import type { SurveyConvention } from 'kepatuhan';
 * const c: SurveyConvention = 'weight0111Nrr3';
 * ```
 * @category Scoring
 */
export type SurveyConvention = 'regulation' | 'weight0111' | 'weight0111Nrr3' | 'weight0111Weighted3' | 'weight011' | 'unroundedCategory' | 'shiftedBandEdge';

/**
 * Every {@link SurveyConvention}, the regulation first.
 *
 * @example
 * ```ts
 * import { SURVEY_CONVENTIONS } from 'kepatuhan';
 * SURVEY_CONVENTIONS[0]; // "regulation"
 * SURVEY_CONVENTIONS.length; // 7
 * ```
 * @category Scoring
 */
export const SURVEY_CONVENTIONS: readonly SurveyConvention[] = /*#__PURE__*/ Object.freeze([
  'regulation',
  'weight0111',
  'weight0111Nrr3',
  'weight0111Weighted3',
  'weight011',
  'unroundedCategory',
  'shiftedBandEdge',
] as const);

/**
 * A published survey result to explain: the index (a number, or a string to keep the precision
 * it was printed with), its category, or both.
 *
 * @example
 * ```ts
 * import type { ReportedSurvey } from 'kepatuhan';
 * const r: ReportedSurvey = { score: '88,25', category: 'B' };
 * ```
 * @category Scoring
 */
export interface ReportedSurvey {
  readonly score?: ScoreInput;
  /** The category letter (`'B'`) or its label (`'Baik'`), compared case-insensitively. */
  readonly category?: string;
}

/**
 * Options of {@link explainReportedSurvey}.
 *
 * @example
 * ```ts
 * import type { ExplainReportedSurveyOptions } from 'kepatuhan';
 * const o: ExplainReportedSurveyOptions = { missing: 'skip', conventions: ['regulation', 'weight011'] };
 * ```
 * @category Scoring
 */
export interface ExplainReportedSurveyOptions {
  /** The survey's methodology; default `presets.skm2017`. It must have one group of equally weighted elements on one answer range proportional to the output (as SKM). */
  readonly methodology?: Methodology;
  /** What a blank answer means, as in {@link scoreSurvey}; default `'error'`. */
  readonly missing?: SurveyMissingPolicy;
  /** Decimals the reported index was printed with; default: those written in a string, else the methodology's (2). */
  readonly reportedDecimals?: number;
  /** The conventions to try; default {@link SURVEY_CONVENTIONS}. The regulation is always computed. */
  readonly conventions?: readonly SurveyConvention[];
}

/**
 * The survey computed by one convention, and whether it gives what was reported.
 *
 * @example
 * ```ts
 * import type { SurveyReading } from 'kepatuhan';
 * const r: SurveyReading = {
 *   convention: 'weight011', description: 'weight 0.11 instead of 1/9 (every index × 0.99)',
 *   score: 90.56, unrounded: 90.5603448275862, category: 'A', scoreMatches: true, categoryMatches: null, reproduces: true,
 * };
 * ```
 * @category Scoring
 */
export interface SurveyReading {
  readonly convention: SurveyConvention;
  /** The convention in words. */
  readonly description: string;
  /** The index by this convention, rounded by the methodology's rule to the reported decimals. */
  readonly score: number;
  /** The index before rounding (nearest double; computed exactly). */
  readonly unrounded: number;
  /** The category by this convention; `null` when the index falls off the scale (0.11 × an all-1 survey is 24.75). */
  readonly category: string | null;
  /** Whether `score` equals the reported index; `null` when no index was reported. */
  readonly scoreMatches: boolean | null;
  /** Whether `category` matches the reported category; `null` when none was reported. */
  readonly categoryMatches: boolean | null;
  /** Whether everything reported matches. */
  readonly reproduces: boolean;
}

/**
 * The result of {@link explainReportedSurvey}: which conventions reproduce a reported SKM
 * index and category, as data and in words.
 *
 * @example
 * ```ts
 * import type { ReportedSurveyExplanation } from 'kepatuhan';
 * const show = (e: ReportedSurveyExplanation): string => (e.consistent ? 'as the regulation' : `by ${e.explainedBy.join(', ') || 'no known convention'}`);
 * ```
 * @category Scoring
 */
export interface ReportedSurveyExplanation {
  /** What was reported, as read. */
  readonly reported: { readonly score: number | null; readonly decimals: number | null; readonly category: string | null };
  /** Whether the regulation reproduces everything reported. */
  readonly consistent: boolean;
  /** One reading per convention tried, the regulation first. */
  readonly readings: readonly SurveyReading[];
  /** The conventions other than the regulation that reproduce the report (empty when it is consistent). */
  readonly explainedBy: readonly SurveyConvention[];
  /** Sentences for people. */
  readonly findings: readonly string[];
}
