import type { Classification } from '../classification/classification.js';
import type { RoundingRule } from '../rounding/rounding.js';

/**
 * What a blank answer in a questionnaire means for {@link scoreSurvey}: `'error'` (default)
 * throws `MISSING_ANSWER`; `'skip'` leaves that respondent out of the element's mean (the
 * regulation counts the elements a respondent filled in). Answers marked
 * {@link NOT_APPLICABLE} are always left out of the element's mean.
 *
 * @example
 * ```ts
 * import type { SurveyMissingPolicy } from 'kepatuhan';
 * const p: SurveyMissingPolicy = 'skip';
 * ```
 * @category Scoring
 */
export type SurveyMissingPolicy = 'error' | 'skip';

/**
 * One element (indicator) of a survey: its respondents and its mean answer, the NRR ("nilai
 * rata-rata"), exactly.
 *
 * @example
 * ```ts
 * import { presets, scoreSurvey } from 'kepatuhan';
 * const all = (v: number) => ({ persyaratan: v, prosedur: v, waktu: v, biaya: v, produk: v, kompetensi: v, perilaku: v, sarana: v, pengaduan: v });
 * const questionnaires = [...Array.from({ length: 7 }, () => all(4)), ...Array.from({ length: 23 }, () => all(3))];
 * const e = scoreSurvey(presets.skm2017, questionnaires).elements[0]!;
 * [e.name, e.respondents, e.nrr, e.nrrExact]; // ["Persyaratan", 30, 3.2333333333333334, "97/30"]
 * ```
 * @category Scoring
 */
export interface SurveyElement {
  readonly id: string;
  readonly name: string;
  /** Respondents whose answer counts (not applicable and skipped blanks left out). */
  readonly respondents: number;
  /** Respondents who answered "not applicable". */
  readonly notApplicable: number;
  /** Respondents who left it blank (with `missing: 'skip'`). */
  readonly missing: number;
  /** Sum of the counted answers. */
  readonly sum: number;
  /** The mean answer (NRR) as the nearest double; `null` when nobody answered. */
  readonly nrr: number | null;
  /** The NRR exactly: a whole number or a reduced fraction such as `"97/30"`; `null` when nobody answered. */
  readonly nrrExact: string | null;
  /** The NRR after `options.nrrDecimals` rounding (present only with that option). */
  readonly nrrRounded?: number | null;
  /** The element's share of the score (exact share as a double, or `options.elementWeight`); 0 when nobody answered. */
  readonly weight: number;
  /** The element's own value on the output range (SKM: NRR × 25); `null` when nobody answered. */
  readonly score: number | null;
}

/**
 * A survey's score from raw questionnaires: per-element NRR, the index (exact, rounded by the
 * methodology's rule, half-up to 2 decimals for SKM) and its classification.
 *
 * @example
 * ```ts
 * import { presets, scoreSurvey } from 'kepatuhan';
 * const all = (v: number) => ({ persyaratan: v, prosedur: v, waktu: v, biaya: v, produk: v, kompetensi: v, perilaku: v, sarana: v, pengaduan: v });
 * const r = scoreSurvey(presets.skm2017, [all(4), all(3)]);
 * console.log(r.score, r.classification.category, r.elements.map((e) => e.nrr));
 * r.score; // 87.5 (NRR 3.5 × 25)
 * r.classification.category; // "B"
 * ```
 * @category Scoring
 */
export interface SurveyScore {
  readonly methodology: { readonly id: string; readonly version: string };
  /** Number of questionnaires. */
  readonly respondents: number;
  /** The index: exact, rounded by `rounding`. */
  readonly score: number;
  /** The index before rounding, as the nearest double. */
  readonly unrounded: number;
  readonly rounding: RoundingRule;
  readonly range: { readonly min: number; readonly max: number };
  /** Band of the rounded index. */
  readonly classification: Classification;
  /** One entry per element, in methodology order. */
  readonly elements: readonly SurveyElement[];
  /** How elements were weighted: exact shares (both `null`), or the options used to reproduce a report. */
  readonly weighting: { readonly elementWeight: string | null; readonly nrrDecimals: number | null };
  readonly missingPolicy: SurveyMissingPolicy;
}
