import { classifyExact } from '../classification/internal/classifyExact.js';
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, index, isArray, own, readArray, readOptions } from '../internal/input.js';
import { IssueList } from '../internal/issues.js';
import { add, cmp, div, fromInt, mul, pow10, rat, roundToScaled, scaledToNumber, sub, toNumber, ZERO, type Rational } from '../internal/rational.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import { readWeight } from '../model/internal/weights.js';
import type { Methodology, Weight } from '../model/methodology.js';
import type { Answers } from './answers.js';
import { evaluateExact } from './internal/evaluate.js';
import { answerUnits, collectAnswers } from './internal/readAnswers.js';
import type { SurveyElement, SurveyMissingPolicy, SurveyScore } from './surveyScore.js';

/**
 * Options of {@link scoreSurvey}.
 *
 * @example
 * ```ts
 * import type { ScoreSurveyOptions } from 'kepatuhan';
 * const regulation: ScoreSurveyOptions = { missing: 'skip' };
 * const asPublished: ScoreSurveyOptions = { elementWeight: '0.111' }; // reproduce a report that used 0.111
 * ```
 * @category Scoring
 */
export interface ScoreSurveyOptions {
  /** What a blank answer means; default `'error'`. */
  readonly missing?: SurveyMissingPolicy;
  /**
   * Reproduce a report that multiplied each NRR by a rounded weight (`0.111`, `0.1111`,
   * `0.11`) instead of the exact share: index = Σ NRR × elementWeight × (output max ÷ answer
   * max), elements nobody answered left out. Only for methodologies whose score is
   * proportional to the answers (SKM: 25 × NRR); the default is the exact rule.
   */
  readonly elementWeight?: Weight;
  /** Round each NRR half-up to this many decimals (0–10) before weighting, as some reports do. */
  readonly nrrDecimals?: number;
}

/** Largest number of questionnaires {@link scoreSurvey} takes. */
const MAX_QUESTIONNAIRES = 1_000_000;

function fractionText(r: Rational): string {
  return r.d === 1n ? r.n.toString() : `${r.n}/${r.d}`;
}

/**
 * Scores a survey from raw questionnaires, exactly: for each element the mean answer (NRR)
 * over the respondents who answered it, then the methodology's weights and output range —
 * for SKM (PermenPANRB 14/2017) IKM = (Σ NRR × 1/9) × 25, rounded half-up to 2 decimals and
 * classified A–D. Means are rationals (97/30), never floats, so the index is exact; each
 * element's NRR is reported with its respondents and as an exact fraction. An element nobody
 * answered does not count (its weight is re-spread).
 *
 * @param methodology - a preset (`presets.skm2017`) or a {@link defineMethodology} result
 * @param questionnaires - one answer set per respondent, keyed by element id (object or Map);
 *   with a preset an unknown element id in an object literal does not compile (see {@link Answers})
 * @param options - `missing` (`'error'` | `'skip'`); `elementWeight` and `nrrDecimals` to reproduce a report's arithmetic
 * @returns the index with per-element NRR and the classification
 * @throws {@link KepatuhanError} `EMPTY_INPUT` for no questionnaires; `TOO_LARGE` above
 *   1,000,000; `UNKNOWN_INDICATOR`, `MISSING_ANSWER`, `INVALID_ANSWER`, `ANSWER_OUT_OF_RANGE`
 *   for bad answers (path `questionnaires[i]["id"]`, every problem in `error.issues`);
 *   `NO_APPLICABLE_INDICATORS` when no element has an answer; `INVALID_OPTION`;
 *   `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (a plain spec, a copy), `INVALID_TYPE` for a non-object (path `methodology`); `VALUE_OUT_OF_RANGE` when an `elementWeight` pushes the index off the scale
 * @example
 * ```ts
 * import { presets, scoreSurvey } from 'kepatuhan';
 * const all = (v: number) => ({ persyaratan: v, prosedur: v, waktu: v, biaya: v, produk: v, kompetensi: v, perilaku: v, sarana: v, pengaduan: v });
 * const r = scoreSurvey(presets.skm2017, [all(4), all(3), all(3)]);
 * r.elements[0]?.nrrExact; // "10/3"
 * r.score; // 83.33 — (10/3) × 25
 * r.classification.category; // "B"
 * scoreSurvey(presets.skm2017, [all(4), all(3), all(3)], { elementWeight: '0.111' }).score; // 83.25
 * ```
 * @category Scoring
 */
export function scoreSurvey<Id extends string>(
  methodology: Methodology<Id>,
  questionnaires: readonly Answers<NoInfer<Id>>[],
  options?: ScoreSurveyOptions,
): SurveyScore {
  const c = requireMethodology(methodology, 'methodology');
  const o = readOptions(options);
  const missing = own(o, 'missing', 'options') ?? 'error';
  if (missing !== 'error' && missing !== 'skip')
    throw new KepatuhanError('INVALID_OPTION', `missing must be "error" or "skip", got ${describe(missing)}`, 'options.missing');
  const nrrRaw = own(o, 'nrrDecimals', 'options');
  const nrrDecimals = typeof nrrRaw === 'number' ? nrrRaw + 0 : nrrRaw; // + 0: never -0
  if (nrrDecimals !== undefined && (typeof nrrDecimals !== 'number' || !Number.isInteger(nrrDecimals) || nrrDecimals < 0 || nrrDecimals > 10))
    throw new KepatuhanError('INVALID_OPTION', `nrrDecimals must be a whole number from 0 to 10, got ${describe(nrrDecimals)}`, 'options.nrrDecimals');
  const ewRaw = own(o, 'elementWeight', 'options');
  let elementWeight: Rational | undefined;
  let perAnswer: Rational | undefined; // output max ÷ answer max
  if (ewRaw !== undefined) {
    elementWeight = readWeight(ewRaw);
    if (elementWeight === undefined || elementWeight.n <= 0n)
      throw new KepatuhanError('INVALID_OPTION', `elementWeight must be a positive number, decimal or fraction, got ${describe(ewRaw)}`, 'options.elementWeight');
    const first = c.indicators[0]!.answer;
    const proportional =
      c.indicators.every((i) => i.answer.grid === 1 && i.answer.offset === first.offset && i.answer.span === first.span && i.answer.levels === undefined) &&
      first.offset + first.span > 0 &&
      cmp(mul(c.lo, fromInt(first.offset + first.span)), mul(c.hi, fromInt(first.offset))) === 0;
    if (!proportional)
      throw new KepatuhanError(
        'INVALID_OPTION',
        'elementWeight needs a methodology whose score is proportional to its answers (all elements answered on one whole-number range, output min ÷ output max = answer min ÷ answer max, as SKM: 25–100 for 1–4)',
        'options.elementWeight',
      );
    perAnswer = div(c.hi, fromInt(first.offset + first.span));
  }
  if (!isArray(questionnaires)) throw new KepatuhanError('INVALID_TYPE', `questionnaires must be an array of answer sets, got ${describe(questionnaires)}`, 'questionnaires');
  // A dense copy read once: a hole is a questionnaire that is not an answer set.
  const list = readArray(questionnaires, 'questionnaires', MAX_QUESTIONNAIRES);
  if (list.length === 0) throw new KepatuhanError('EMPTY_INPUT', 'there are no questionnaires to score', 'questionnaires');

  const n = c.indicators.length;
  const sums: bigint[] = new Array<bigint>(n).fill(0n);
  const counts = new Array<number>(n).fill(0);
  const na = new Array<number>(n).fill(0);
  const blanks = new Array<number>(n).fill(0);
  const issues = new IssueList();
  list.forEach((q: unknown, r: number) => {
    if (issues.size >= 100) return;
    const qp = index('questionnaires', r);
    const given = collectAnswers(c, q, qp, issues);
    if (given === undefined) {
      issues.add('INVALID_TYPE', qp, `a questionnaire must be an object or a Map keyed by element id, got ${describe(q)}`);
      return;
    }
    for (let i = 0; i < n; i++) {
      const ind = c.indicators[i]!;
      const u = answerUnits(given.get(ind.id), ind.answer, `element ${JSON.stringify(ind.id)} in questionnaire ${r}`);
      if (typeof u === 'number') {
        sums[i] = sums[i]! + BigInt(u);
        counts[i] = counts[i]! + 1;
      } else if (u === 'na') na[i] = na[i]! + 1;
      else if (u === 'missing') {
        if (missing === 'skip') blanks[i] = blanks[i]! + 1;
        else issues.add('MISSING_ANSWER', `${qp}[${JSON.stringify(ind.id)}]`, `respondent ${r} did not answer ${JSON.stringify(ind.id)} (${ind.name}); answer it, mark it "na", or choose missing: "skip"`);
      } else issues.add(u.code, `${qp}[${JSON.stringify(ind.id)}]`, u.message);
    }
  });
  if (issues.size > 0) {
    const first = issues.items[0]!;
    throw new KepatuhanError(first.code, `${first.message}${issues.size > 1 ? ` (and ${issues.size - 1} more problems; see error.issues)` : ''}`, first.path, issues.items);
  }

  // Per element: the exact mean in answer units, optionally rounded.
  const means: (Rational | undefined)[] = c.indicators.map((ind, i) => {
    if (counts[i] === 0) return undefined;
    const mean = rat(sums[i]!, BigInt(counts[i]!) * BigInt(ind.answer.grid));
    return nrrDecimals === undefined ? mean : rat(roundToScaled(mean, nrrDecimals as number, 'halfUp'), pow10(nrrDecimals as number));
  });
  const counted = means.map((m) => (m === undefined ? 0 : 1));
  let score: Rational;
  let shares: number[];
  if (elementWeight !== undefined) {
    score = ZERO;
    for (const m of means) if (m !== undefined) score = add(score, mul(mul(m, elementWeight), perAnswer!));
    shares = means.map((m) => (m === undefined ? 0 : toNumber(elementWeight!)));
  } else {
    const norm = c.indicators.map((ind, i) => {
      const m = means[i];
      if (m === undefined) return ZERO;
      const g = fromInt(ind.answer.grid);
      return div(sub(mul(m, g), fromInt(ind.answer.offset)), fromInt(ind.answer.span));
    });
    const ev = evaluateExact(c, norm, counted);
    score = ev.score;
    shares = ev.shares.map(toNumber);
  }
  const { decimals, mode } = c.rounding;
  const k = roundToScaled(score, decimals, mode);
  const range = sub(c.hi, c.lo);
  const elements: SurveyElement[] = c.indicators.map((ind, i) => {
    const m = means[i];
    const exact = counts[i] === 0 ? undefined : rat(sums[i]!, BigInt(counts[i]!) * BigInt(ind.answer.grid));
    const g = fromInt(ind.answer.grid);
    const elementScore = m === undefined ? null : toNumber(add(c.lo, mul(range, div(sub(mul(m, g), fromInt(ind.answer.offset)), fromInt(ind.answer.span)))));
    return {
      id: ind.id,
      name: ind.name,
      respondents: counts[i]!,
      notApplicable: na[i]!,
      missing: blanks[i]!,
      sum: toNumber(rat(sums[i]!, BigInt(ind.answer.grid))),
      nrr: exact === undefined ? null : toNumber(exact),
      nrrExact: exact === undefined ? null : fractionText(exact),
      ...(nrrDecimals !== undefined ? { nrrRounded: m === undefined ? null : toNumber(m) } : {}),
      weight: shares[i]!,
      score: elementScore,
    };
  });
  return {
    methodology: { id: c.methodology.id, version: c.methodology.version },
    respondents: list.length,
    score: scaledToNumber(k, decimals),
    unrounded: toNumber(score),
    rounding: c.rounding,
    range: { min: c.loNumber, max: toNumber(c.hi) },
    classification: classifyExact(rat(k, pow10(decimals)), c.scale, 'score'),
    elements,
    weighting: { elementWeight: ewRaw === undefined ? null : String(ewRaw), nrrDecimals: nrrDecimals === undefined ? null : (nrrDecimals as number) },
    missingPolicy: missing,
  };
}
