import type { CompiledScale } from '../classification/internal/compiledScales.js';
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, index, isArray, isPlainRecord, own, readArray, readDecimal, readOptions } from '../internal/input.js';
import { add, cmp, decimalPlaces, div, fromInt, mul, pow10, rat, roundToScaled, scaledToNumber, scaledToString, toNumber, ZERO, type Rational } from '../internal/rational.js';
import { reportedPlaces } from '../internal/writtenDecimals.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import { skm2017 } from '../presets/skm2017.js';
import type { Answers } from './answers.js';
import {
  SURVEY_CONVENTIONS,
  type ExplainReportedSurveyOptions,
  type ReportedSurvey,
  type ReportedSurveyExplanation,
  type SurveyConvention,
  type SurveyReading,
} from './reportedSurveyExplanation.js';
import { scoreSurvey } from './scoreSurvey.js';

/** The conventions in words (domain reference §6). */
const DESCRIPTION: Readonly<Record<SurveyConvention, string>> = {
  regulation: 'exact 1/9 weights (PermenPANRB 14/2017)',
  weight0111: 'weight 0.111 instead of 1/9',
  weight0111Nrr3: 'weight 0.111, each NRR rounded to 3 decimals',
  weight0111Weighted3: 'weight 0.111, each weighted NRR (NRR × 0.111) rounded to 3 decimals',
  weight011: 'weight 0.11 instead of 1/9 (every index × 0.99)',
  unroundedCategory: 'category taken from the unrounded index',
  shiftedBandEdge: 'C/B boundary at 76.00/76.01 instead of 76.60/76.61',
};

const W0111 = rat(111n, 1000n);
const W011 = rat(11n, 100n);
/** The shifted C/B edge one SKM app uses (domain reference §6): B from 76.01, C up to 76.00. */
const SHIFTED_B_FROM = rat(7601n, 100n);

/** Index of the band holding grid value `k`, or -1 off the scale. */
function bandAt(k: bigint, s: CompiledScale): number {
  if (k < s.lo || k > s.hi) return -1;
  return s.bands.findIndex((b) => k >= b.first && k <= b.last);
}

/**
 * Says which known convention reproduces a reported SKM index or category from the raw
 * questionnaires: the regulation's exact 1/9 weights (PermenPANRB 14/2017), or one of the
 * conventions public SKM apps and reports use instead — weight 0.111 (with or without each NRR,
 * or each weighted NRR, rounded to 3 decimals), weight 0.11, the category taken from the
 * unrounded index, or the C/B boundary at 76.00/76.01 (domain reference §6). Every reading is
 * computed exactly from the element means.
 *
 * @param questionnaires - one answer set per respondent, keyed by element id (as {@link scoreSurvey})
 * @param reported - the published index (number or string), or `{ score?, category? }`
 * @param options - `methodology` (default `presets.skm2017`; a preset or a {@link defineMethodology} result), `missing`, `reportedDecimals`, `conventions`
 * @returns every convention's index and category, the conventions that reproduce the report, and findings in words
 * @throws {@link KepatuhanError} what {@link scoreSurvey} throws for the questionnaires;
 *   `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (path `options.methodology`); `MISSING_FIELD` when the report has neither score nor category;
 *   `INVALID_NUMBER` / `INVALID_TYPE` for a bad reported score or category (path `reported…`);
 *   `INVALID_OPTION` for a bad option, or a methodology that is not one group of equally
 *   weighted elements on one answer range proportional to the output
 * @example
 * ```ts
 * import { explainReportedSurvey } from 'kepatuhan';
 * const all = (v: number) => ({ persyaratan: v, prosedur: v, waktu: v, biaya: v, produk: v, kompetensi: v, perilaku: v, sarana: v, pengaduan: v });
 * const e = explainReportedSurvey([all(4), all(4)], 99.9);
 * e.consistent; // false: the regulation gives 100
 * e.explainedBy; // ["weight0111", "weight0111Nrr3", "weight0111Weighted3"]
 * e.findings[0]; // "Reported 99.90, but the regulation gives 100.00 (A) (exact 1/9 weights (PermenPANRB 14/2017): 100)."
 * ```
 * @category Scoring
 */
export function explainReportedSurvey(questionnaires: readonly Answers[], reported: ScoreInput | ReportedSurvey, options?: ExplainReportedSurveyOptions): ReportedSurveyExplanation {
  const o = readOptions(options);
  const mv = own(o, 'methodology', 'options');
  const methodology = mv === undefined ? skm2017 : mv;
  const c = requireMethodology(methodology, 'options.methodology');
  const missing = own(o, 'missing', 'options');
  const cv = own(o, 'conventions', 'options');
  let conventions: readonly SurveyConvention[] = SURVEY_CONVENTIONS;
  if (cv !== undefined) {
    const expected = `conventions must be a list of ${SURVEY_CONVENTIONS.map((x) => `"${x}"`).join(', ')}`;
    if (!isArray(cv)) throw new KepatuhanError('INVALID_OPTION', `${expected}, got ${describe(cv)}`, 'options.conventions');
    // Read once (a hostile list is UNREADABLE_INPUT); at most a few entries are meaningful.
    const list = readArray(cv, 'options.conventions', 1000);
    list.forEach((x, i) => {
      if (!(SURVEY_CONVENTIONS as readonly unknown[]).includes(x)) throw new KepatuhanError('INVALID_OPTION', `${expected}, got ${describe(x)}`, index('options.conventions', i));
    });
    conventions = SURVEY_CONVENTIONS.filter((x) => x === 'regulation' || list.includes(x));
  }

  // The methodology must be SKM-shaped: one group of equally weighted elements (so an unanswered element's weight is
  // re-spread over all the others), one whole-number answer range, score proportional to the answers.
  const first = c.indicators[0]!;
  const shaped =
    c.indicators.every((i) => i.variable === first.variable && cmp(i.share, first.share) === 0 && i.answer.grid === 1 && i.answer.levels === undefined && i.answer.offset === first.answer.offset && i.answer.span === first.answer.span) &&
    first.answer.offset + first.answer.span > 0 &&
    cmp(mul(c.lo, fromInt(first.answer.offset + first.answer.span)), mul(c.hi, fromInt(first.answer.offset))) === 0;
  if (!shaped)
    throw new KepatuhanError(
      'INVALID_OPTION',
      'explainReportedSurvey needs a survey methodology with one group of equally weighted elements, all answered on one whole-number range, with output min ÷ max = answer min ÷ max (as SKM: nine elements, 25–100 for 1–4)',
      'options.methodology',
    );
  const perAnswer = div(c.hi, fromInt(first.answer.offset + first.answer.span)); // SKM: 100 / 4 = 25

  // The reported figure.
  if (reported === undefined || reported === null) throw new KepatuhanError('MISSING_FIELD', 'reported is required (an index, or { score?, category? })', 'reported');
  const fields: Record<string, unknown> = isPlainRecord(reported) ? reported : { score: reported };
  const scorePath = isPlainRecord(reported) ? 'reported.score' : 'reported';
  const rs = own(fields, 'score', 'reported');
  const rc = own(fields, 'category', 'reported');
  if (rs === undefined && rc === undefined) throw new KepatuhanError('MISSING_FIELD', 'reported must give a score, a category or both', 'reported');
  if (rc !== undefined && typeof rc !== 'string') throw new KepatuhanError('INVALID_TYPE', `the reported category must be a string, got ${describe(rc)}`, 'reported.category');
  const { decimals, mode } = c.rounding;
  let p = decimals;
  let reportedScore: Rational | undefined;
  if (rs !== undefined) {
    reportedScore = readDecimal(rs, scorePath, 'the reported score');
    p = reportedPlaces(rs, reportedScore, own(o, 'reportedDecimals', 'options'), p, 'options.reportedDecimals');
  }

  // Element means, exactly: scoreSurvey reads and checks the questionnaires.
  const survey = scoreSurvey(methodology as Parameters<typeof scoreSurvey>[0], questionnaires, missing === undefined ? {} : { missing: missing as 'error' | 'skip' });
  const nrrs: Rational[] = survey.elements.filter((e) => e.respondents > 0).map((e) => rat(BigInt(e.sum), BigInt(e.respondents)));
  const sumOf = (xs: readonly Rational[]): Rational => xs.reduce(add, ZERO);
  const round3 = (r: Rational): Rational => rat(roundToScaled(r, 3, 'halfUp'), 1000n);
  const exact = div(mul(sumOf(nrrs), perAnswer), fromInt(nrrs.length));
  const unroundedOf: Record<SurveyConvention, Rational> = {
    regulation: exact,
    weight0111: mul(mul(sumOf(nrrs), W0111), perAnswer),
    weight0111Nrr3: mul(mul(sumOf(nrrs.map(round3)), W0111), perAnswer),
    weight0111Weighted3: mul(sumOf(nrrs.map((x) => round3(mul(x, W0111)))), perAnswer),
    weight011: mul(mul(sumOf(nrrs), W011), perAnswer),
    unroundedCategory: exact,
    shiftedBandEdge: exact,
  };

  const scale = c.scale;
  const scaleGrid = (r: Rational): bigint => roundToScaled(r, scale.decimals, scale.mode);
  /** The category of an index rounded by the methodology's rule, on the scale (null off the scale). */
  const categoryOfRounded = (r: Rational): string | null => {
    const i = bandAt(scaleGrid(rat(roundToScaled(r, decimals, mode), pow10(decimals))), scale);
    return i < 0 ? null : scale.bands[i]!.band.category;
  };
  const categoryOf = (convention: SurveyConvention, r: Rational): string | null => {
    if (convention === 'unroundedCategory') {
      // The band whose lower edge the unrounded value reaches.
      const x = mul(r, rat(pow10(scale.decimals)));
      if (cmp(x, rat(scale.lo)) < 0 || cmp(x, rat(scale.hi)) > 0) return null;
      let found: string | null = null;
      for (const b of scale.bands) if (cmp(x, rat(b.first)) >= 0) found = b.band.category;
      return found;
    }
    if (convention === 'shiftedBandEdge') {
      const k = scaleGrid(rat(roundToScaled(r, decimals, mode), pow10(decimals)));
      const i = bandAt(k, scale);
      if (i < 0) return null;
      // From 76.01 up to the band's own top, the band holding 76.01 counts as the band above it.
      const edge = scaleGrid(SHIFTED_B_FROM);
      const j = bandAt(edge, scale);
      if (j >= 0 && i === j && j + 1 < scale.bands.length && scale.bands[j]!.first < edge && k >= edge) return scale.bands[j + 1]!.band.category;
      return scale.bands[i]!.band.category;
    }
    return categoryOfRounded(r);
  };
  const norm = (s: string): string => s.trim().toLowerCase();
  const categoryMatches = (category: string | null): boolean | null => {
    if (rc === undefined) return null;
    if (category === null) return false;
    const band = scale.bands.find((b) => b.band.category === category)!.band;
    return [band.category, band.label, band.labelEn].some((x) => norm(x) === norm(rc as string));
  };
  const rk = reportedScore === undefined ? undefined : roundToScaled(reportedScore, p, 'halfUp');

  const readings: SurveyReading[] = conventions.map((convention) => {
    const u = unroundedOf[convention];
    const k = roundToScaled(u, p, mode);
    const category = categoryOf(convention, u);
    const scoreMatches = rk === undefined ? null : k === rk;
    const cm = categoryMatches(category);
    return {
      convention,
      description: DESCRIPTION[convention],
      score: scaledToNumber(k, p),
      unrounded: toNumber(u),
      category,
      scoreMatches,
      categoryMatches: cm,
      reproduces: scoreMatches !== false && cm !== false,
    };
  });
  const regulation = readings[0]!;
  const consistent = regulation.reproduces;
  const explainedBy = consistent ? [] : readings.filter((r) => r.reproduces && r.convention !== 'regulation').map((r) => r.convention);

  // Findings in words.
  const show = (r: SurveyReading): string => `${scaledToString(roundToScaled(unroundedOf[r.convention], p, mode), p)} (${r.category ?? 'off the scale'})`;
  const exactText = (r: Rational): string => {
    const d = decimalPlaces(r);
    return d !== undefined && d <= 4 ? scaledToString(roundToScaled(r, d, 'halfUp'), d) : `≈ ${scaledToString(roundToScaled(r, 4, 'halfUp'), 4)}`;
  };
  const what = [
    ...(reportedScore !== undefined ? [scaledToString(rk!, p)] : []),
    ...(rc !== undefined ? [reportedScore !== undefined ? `(${rc as string})` : `category ${rc as string}`] : []),
  ].join(' ');
  const findings: string[] = [];
  if (consistent) findings.push(`${what} follows from the questionnaires by the regulation (${DESCRIPTION.regulation}: ${exactText(exact)} → ${show(regulation)}).`);
  else {
    findings.push(`Reported ${what}, but the regulation gives ${show(regulation)} (${DESCRIPTION.regulation}: ${exactText(exact)}).`);
    const by = readings.filter((r) => explainedBy.includes(r.convention));
    if (by.length > 0) for (const r of by) findings.push(`It is reproduced by ${r.description}: ${show(r)}${r.convention === 'unroundedCategory' ? ` from ${exactText(exact)}` : ''}.`);
    else findings.push(`No known convention reproduces it: ${readings.slice(1).map((r) => `${r.description} gives ${show(r)}`).join('; ')}.`);
  }
  return {
    reported: { score: rk === undefined ? null : scaledToNumber(rk, p), decimals: rk === undefined ? null : p, category: rc === undefined ? null : (rc as string) },
    consistent,
    readings,
    explainedBy,
    findings,
  };
}
