import * as fc from 'fast-check';
import { classify } from '../classification/classify.js';
import { requireScale } from '../classification/internal/compiledScales.js';
import type { Scale } from '../classification/scale.js';
import { isKepatuhanError } from '../errors/KepatuhanError.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { Methodology } from '../model/methodology.js';
import type { AnswerValue } from '../scoring/answers.js';
import { scoreSurvey } from '../scoring/scoreSurvey.js';
import { scoreUnit } from '../scoring/scoreUnit.js';
import { answersAt, domainsOf, type IndicatorDomain } from './internal/domains.js';
import { fullSurveyScore, surveyEdges, unitEdges } from './internal/edges.js';
import { errorText, replayText, show, showQuestionnaires } from './internal/report.js';

/**
 * One questionnaire (or one unit's answers) as {@link checkImplementation} hands it to your
 * function: keyed by indicator id; numbers for interval, ordinal and percent answers, 1/0 for
 * yes/no, the level key for `levels`, and `"na"` for not applicable (only with
 * `notApplicable: true`).
 *
 * @example
 * ```ts
 * import type { AnswerSet } from 'kepatuhan/testing';
 * const q: AnswerSet = { persyaratan: 4, prosedur: 3 };
 * ```
 * @category Testing
 */
export type AnswerSet = Readonly<Record<string, AnswerValue>>;

/**
 * What your scoring function returns: the reported score, or the score with the category
 * you show (then the category is checked too).
 *
 * @example
 * ```ts
 * import type { ImplementationResult } from 'kepatuhan/testing';
 * const a: ImplementationResult = 88.31;
 * const b: ImplementationResult = { score: 88.31, category: 'A' };
 * ```
 * @category Testing
 */
export type ImplementationResult = number | { readonly score: number; readonly category?: string };

/**
 * Your scoring of one unit's answers (compared with `scoreUnit`).
 *
 * @example
 * ```ts
 * import type { UnitImplementation } from 'kepatuhan/testing';
 * const mine: UnitImplementation = (answers) => (answers['a'] === 1 ? 100 : 0);
 * ```
 * @category Testing
 */
export type UnitImplementation = (answers: AnswerSet) => ImplementationResult;

/**
 * Your scoring of a survey's questionnaires (compared with `scoreSurvey`).
 *
 * @example
 * ```ts
 * import type { SurveyImplementation } from 'kepatuhan/testing';
 * const mine: SurveyImplementation = (questionnaires) => questionnaires.length;
 * ```
 * @category Testing
 */
export type SurveyImplementation = (questionnaires: readonly AnswerSet[]) => ImplementationResult;

/**
 * Options of {@link checkImplementation}.
 *
 * @example
 * ```ts
 * import type { CheckImplementationOptions } from 'kepatuhan/testing';
 * const replay: CheckImplementationOptions = { seed: 42, path: '0:1', numRuns: 500 };
 * ```
 * @category Testing
 */
export interface CheckImplementationOptions {
  /** Random cases after the band-edge cases; default 200. */
  readonly numRuns?: number;
  /** Seed of the run (a 32-bit integer); default random. Pass the reported seed to replay. */
  readonly seed?: number;
  /** Replay only the failing case at this path (with its `seed`), as reported. */
  readonly path?: string;
  /** Classify the expected score on this scale (a built-in or a `defineScale` result) instead of the methodology's own. */
  readonly scale?: Scale;
  /** Largest absolute difference of scores still accepted; default 0 (the reported scores must be equal). */
  readonly tolerance?: number;
  /** Also generate "na" answers (your function must then handle not applicable); default false. */
  readonly notApplicable?: boolean;
  /**
   * Most questionnaires in a survey (input `'questionnaires'`); default 300. The band-edge
   * search uses that many (with SKM one answer then moves the index by less than 0.01, so
   * every edge is reached); random surveys are small (fast-check's default size, about 10).
   */
  readonly maxRespondents?: number;
  /** How many random walks the band-edge search takes; default 4; 0 turns the search off. */
  readonly edgeSearches?: number;
  /**
   * Most cases tried while shrinking a failure; default 500. Shrinking a case that fails only
   * in a narrow band (an unrounded 88.305–88.309) tries many candidates; past this budget
   * the smallest failing case found so far is reported.
   */
  readonly maxShrinkCases?: number;
}

/**
 * The outcome of {@link checkImplementation}: `ok`, or the smallest case found where your
 * function and kepatuhan disagree, with the seed and path that replay it.
 *
 * @example
 * ```ts
 * import type { ImplementationReport } from 'kepatuhan/testing';
 * const show = (r: ImplementationReport<unknown>): string => (r.ok ? `ok after ${r.runs} cases` : r.message);
 * ```
 * @category Testing
 */
export interface ImplementationReport<Case> {
  /** True when your function agreed on every case. */
  readonly ok: boolean;
  /** The failing input after shrinking: the answers (or the questionnaires) your function got. */
  readonly counterexample?: Case;
  /** What kepatuhan reports for it. */
  readonly expected?: { readonly score: number; readonly unrounded: number; readonly category: string; readonly label: string };
  /** What your function returned (or the error it threw). */
  readonly actual?: { readonly score?: unknown; readonly category?: unknown; readonly error?: string };
  /** Seed of the run: pass it back as `options.seed` (with `path`) to replay. */
  readonly seed: number;
  /** Path of the shrunk failing case: pass it back as `options.path` with `seed`. */
  readonly path?: string;
  /** Cases run, band-edge cases included. */
  readonly runs: number;
  /** Band-edge cases the search found and ran first. */
  readonly edgeCases: number;
  /** Shrinking steps that led to the counterexample. */
  readonly shrinks: number;
  /** The report as plain text: the counterexample, expected vs actual, and how to replay. */
  readonly message: string;
}

interface Expected {
  readonly score: number;
  readonly unrounded: number;
  readonly category: string;
  readonly label: string;
}

interface Outcome {
  readonly expected: Expected | undefined;
  readonly actual: { readonly score?: unknown; readonly category?: unknown; readonly error?: string };
  readonly agree: boolean;
}

const describeExpected = (e: Expected): string => `${show(e.score)} ${e.category} (${e.label}); unrounded ${show(e.unrounded)}`;
const describeActual = (a: Outcome['actual']): string =>
  a.error !== undefined ? `threw ${a.error}` : a.category === undefined ? show(a.score) : `${show(a.score)} ${typeof a.category === 'string' ? a.category : show(a.category)}`;

/**
 * Tests your own scoring function against kepatuhan, property-based: it generates answers
 * (first the ones whose score lands on every band edge and on the rounding edge just below
 * each band, found by a deliberate search, then random ones), scores each with
 * `scoreUnit` and with your function, and on the first disagreement shrinks it to a small
 * counterexample. Catches the SKM slips of public apps (domain reference §6): a 1/9 weight
 * rounded to 0.111 or 0.11, a category taken from the unrounded value, a boundary at 76.00,
 * a floating-point 100.00000000000003.
 *
 * @param methodology - the rules your code implements (`presets.skm2017`, or your own from `defineMethodology`)
 * @param theirScore - your function: answers → score, or → `{ score, category }`
 * @param options - `numRuns`, `seed` and `path` (replay), `scale`, `tolerance`, `notApplicable`, `edgeSearches`; `input: 'questionnaires'` for a survey function
 * @returns `{ ok, counterexample?, expected?, actual?, seed, path?, runs, message }`
 * @throws `KepatuhanError` `NOT_DEFINED` when the methodology (or `options.scale`) was not defined
 * @example
 * ```ts
 * import { presets } from 'kepatuhan';
 * import { checkImplementation } from 'kepatuhan/testing';
 * // One questionnaire: IKM = mean answer × 25, exact 1/9 weights.
 * const mine = (answers: Readonly<Record<string, unknown>>): number => {
 *   const values = Object.values(answers).map(Number);
 *   const ikm = (values.reduce((s, v) => s + v, 0) / 9) * 25;
 *   return Math.round((ikm + 1e-9) * 100) / 100;
 * };
 * checkImplementation(presets.skm2017, mine, { seed: 1 }).ok; // true
 * const rounded = (answers: Readonly<Record<string, unknown>>): number =>
 *   Math.round(Object.values(answers).reduce((s: number, v) => s + Number(v) * 0.111, 0) * 25 * 100) / 100;
 * checkImplementation(presets.skm2017, rounded, { seed: 1 }).ok; // false
 * ```
 * @category Testing
 */
export function checkImplementation(
  methodology: Methodology,
  theirScore: UnitImplementation,
  options?: CheckImplementationOptions & { readonly input?: 'answers' },
): ImplementationReport<AnswerSet>;
/**
 * Tests your own survey scoring (questionnaires → index) against `scoreSurvey`, the same way:
 * band-edge surveys first (found with up to 300 questionnaires), then random ones, shrunk to
 * the fewest questionnaires that still disagree.
 *
 * @param methodology - the survey's rules (`presets.skm2017`, or your own from `defineMethodology`)
 * @param theirScore - your function: questionnaires → index, or → `{ score, category }`
 * @param options - as for answers, with `input: 'questionnaires'` and `maxRespondents`
 * @returns `{ ok, counterexample?, expected?, actual?, seed, path?, runs, message }`
 * @throws `KepatuhanError` `NOT_DEFINED` when the methodology (or `options.scale`) was not defined
 * @example
 * ```ts
 * import { presets } from 'kepatuhan';
 * import { checkImplementation } from 'kepatuhan/testing';
 * // NRR per element, then IKM = Σ NRR × 0.111 × 25: the rounded weight of some apps.
 * const ids = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'];
 * const app = (qs: readonly Readonly<Record<string, unknown>>[]): number => {
 *   const nrr = ids.map((id) => qs.reduce((s, q) => s + Number(q[id]), 0) / qs.length);
 *   return Math.round(nrr.reduce((s, x) => s + x * 0.111, 0) * 25 * 100) / 100;
 * };
 * const report = checkImplementation(presets.skm2017, app, { input: 'questionnaires', seed: 7, numRuns: 20 });
 * report.ok; // false
 * report.expected?.score; // 25
 * report.actual?.score; // 24.98
 * ```
 * @category Testing
 */
export function checkImplementation(
  methodology: Methodology,
  theirScore: SurveyImplementation,
  options: CheckImplementationOptions & { readonly input: 'questionnaires' },
): ImplementationReport<readonly AnswerSet[]>;
export function checkImplementation(
  methodology: Methodology,
  theirScore: UnitImplementation | SurveyImplementation,
  options: CheckImplementationOptions & { readonly input?: 'answers' | 'questionnaires' } = {},
): ImplementationReport<AnswerSet> | ImplementationReport<readonly AnswerSet[]> {
  const compiled = requireMethodology(methodology, 'methodology');
  const m = compiled.methodology;
  const survey = options.input === 'questionnaires';
  const domains = domainsOf(m);
  const seed = options.seed ?? (Math.random() * 0x1_0000_0000) | 0;
  const tolerance = options.tolerance ?? 0;
  const scale = options.scale === undefined ? undefined : requireScale(options.scale, 'options.scale').scale;
  const numRuns = options.numRuns ?? 200;
  const tries = options.edgeSearches ?? 4;
  const maxRespondents = options.maxRespondents ?? 300;

  const position = (d: IndicatorDomain): fc.Arbitrary<number> => fc.integer({ min: options.notApplicable === true ? -1 : 0, max: d.size - 1 });
  const questionnaire = fc.tuple(...domains.map(position));

  const expectedOf = (input: number[] | number[][]): Expected | undefined => {
    try {
      const r = survey
        ? scoreSurvey(m, (input as number[][]).map((q) => answersAt(domains, q)), { missing: 'skip' })
        : scoreUnit(m, answersAt(domains, input as number[]));
      const c = scale === undefined ? r.classification : classify(r.score, scale);
      return { score: r.score, unrounded: r.unrounded, category: c.category, label: c.label };
    } catch (e) {
      // Nothing counts (every answer "na"): not a case kepatuhan scores.
      if (isKepatuhanError(e) && e.code === 'NO_APPLICABLE_INDICATORS') return undefined;
      throw e;
    }
  };

  const outcomeOf = (input: number[] | number[][]): Outcome => {
    const expected = expectedOf(input);
    let raw: ImplementationResult;
    try {
      raw = survey
        ? (theirScore as SurveyImplementation)((input as number[][]).map((q) => answersAt(domains, q)))
        : (theirScore as UnitImplementation)(answersAt(domains, input as number[]));
    } catch (e) {
      return { expected, actual: { error: errorText(e) }, agree: false };
    }
    const actual: Outcome['actual'] =
      typeof raw === 'object' && raw !== null
        ? 'category' in raw && raw.category !== undefined
          ? { score: raw.score, category: raw.category }
          : { score: raw.score }
        : { score: raw };
    if (expected === undefined) return { expected, actual, agree: true };
    const s = actual.score;
    const scoreOk = typeof s === 'number' && Number.isFinite(s) && (tolerance === 0 ? s === expected.score : Math.abs(s - expected.score) <= tolerance);
    const categoryOk = actual.category === undefined || actual.category === expected.category;
    return { expected, actual, agree: scoreOk && categoryOk };
  };

  // The band-edge cases, searched deterministically from the seed.
  const fullScore = fullSurveyScore(compiled, domains);
  const reported = (input: number[] | number[][]): number | undefined => expectedOf(input)?.score;
  const edgeCases: (number[] | number[][])[] =
    tries <= 0
      ? []
      : survey
        ? surveyEdges(domains, m.scale, fullScore, seed, tries, maxRespondents)
        : unitEdges(domains, m.scale, (p) => reported([...p]), seed, tries, (p) => fullScore([p]));

  const arbitrary: fc.Arbitrary<number[] | number[][]> = survey
    ? fc.array(questionnaire, { minLength: 1, maxLength: maxRespondents, size: 'small' })
    : questionnaire;
  const budget = options.maxShrinkCases ?? 500;
  let failed = false;
  let shrinkCases = 0;
  const details = fc.check(
    fc.property(arbitrary, (input) => {
      // Past the budget every candidate "passes", so fast-check keeps the smallest failure so far.
      if (failed && ++shrinkCases > budget) return true;
      const o = outcomeOf(input);
      if (o.expected !== undefined && !o.agree) failed = true;
      fc.pre(o.expected !== undefined);
      return o.agree;
    }),
    {
      seed,
      // fast-check counts the examples in numRuns: every edge case runs, then numRuns random ones.
      numRuns: numRuns + edgeCases.length,
      ...(options.path !== undefined ? { path: options.path } : {}),
      examples: edgeCases.map((c) => [c] as [number[] | number[][]]),
    },
  );

  const runs = details.numRuns;
  const name = `${m.id} (${m.name})`;
  const toCase = (input: number[] | number[][]): AnswerSet | readonly AnswerSet[] =>
    survey ? (input as number[][]).map((q) => answersAt(domains, q)) : answersAt(domains, input as number[]);
  if (!details.failed) {
    const message = `Your scoring agrees with kepatuhan on ${name}: ${runs} cases (${edgeCases.length} on band edges), seed ${seed}.`;
    return { ok: true, seed, runs, edgeCases: edgeCases.length, shrinks: 0, message } as ImplementationReport<AnswerSet>;
  }
  if (details.counterexample === null) {
    // The property itself failed to run (kepatuhan threw on a generated case): a bug to report.
    const cause: unknown = 'errorInstance' in details ? details.errorInstance : undefined;
    throw cause instanceof Error ? cause : new Error('the check could not run a single case');
  }
  const input = details.counterexample[0];
  const o = outcomeOf(input);
  const path = details.counterexamplePath ?? undefined;
  const counterexample = toCase(input);
  const what = survey ? `${(input as number[][]).length} questionnaire${(input as number[][]).length === 1 ? '' : 's'}` : 'answers';
  const message = [
    `Your scoring disagrees with kepatuhan on ${name} after ${runs} case${runs === 1 ? '' : 's'}${details.numShrinks > 0 ? ` (shrunk ${details.numShrinks} time${details.numShrinks === 1 ? '' : 's'}${shrinkCases > budget ? `, stopped after ${budget} tries` : ''})` : ''}.`,
    `Counterexample (${what}):`,
    survey ? showQuestionnaires(counterexample as readonly AnswerSet[]) : `  ${show(counterexample)}`,
    `Expected: ${o.expected === undefined ? 'no score' : describeExpected(o.expected)}`,
    `Actual:   ${describeActual(o.actual)}`,
    `Replay:   ${replayText(seed, path)}`,
  ].join('\n');
  return {
    ok: false,
    counterexample,
    ...(o.expected !== undefined ? { expected: o.expected } : {}),
    actual: o.actual,
    seed,
    ...(path !== undefined ? { path } : {}),
    runs,
    edgeCases: edgeCases.length,
    shrinks: details.numShrinks,
    message,
  } as ImplementationReport<AnswerSet>;
}

/**
 * Like {@link checkImplementation}, but throws an `Error` whose message is the report
 * (counterexample, expected vs actual, seed and path to replay) when your function disagrees:
 * one line in a vitest, jest or node:test test.
 *
 * @param methodology - the rules your code implements
 * @param theirScore - your function: answers → score, or → `{ score, category }`
 * @param options - as for {@link checkImplementation}
 * @returns nothing
 * @throws `Error` with the report as its message when a case disagrees;
 *   `KepatuhanError` `NOT_DEFINED` when the methodology (or `options.scale`) was not defined
 * @example
 * ```ts
 * import { presets } from 'kepatuhan';
 * import { assertImplementation } from 'kepatuhan/testing';
 * const wrong = (answers: Readonly<Record<string, unknown>>): number =>
 *   Math.round(Object.values(answers).reduce((s: number, v) => s + Number(v) * 0.11, 0) * 25 * 100) / 100;
 * let message = '';
 * try {
 *   assertImplementation(presets.skm2017, wrong, { seed: 3 });
 * } catch (e) {
 *   message = (e as Error).message;
 * }
 * message.startsWith('Your scoring disagrees'); // true
 * ```
 * @category Testing
 */
export function assertImplementation(
  methodology: Methodology,
  theirScore: UnitImplementation,
  options?: CheckImplementationOptions & { readonly input?: 'answers' },
): void;
/**
 * Like {@link checkImplementation} for a survey function, throwing the report as an `Error`.
 *
 * @param methodology - the survey's rules
 * @param theirScore - your function: questionnaires → index, or → `{ score, category }`
 * @param options - as for {@link checkImplementation}, with `input: 'questionnaires'`
 * @returns nothing
 * @throws `Error` with the report as its message when a case disagrees;
 *   `KepatuhanError` `NOT_DEFINED` when the methodology (or `options.scale`) was not defined
 * @example
 * ```ts
 * import { presets } from 'kepatuhan';
 * import { assertImplementation } from 'kepatuhan/testing';
 * const ids = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'];
 * const exact = (qs: readonly Readonly<Record<string, unknown>>[]): number => {
 *   const total = ids.reduce((s, id) => s + qs.reduce((t, q) => t + Number(q[id]), 0), 0);
 *   const hundredths = (total * 2500) / (9 * qs.length); // IKM × 100, exact in doubles up to here
 *   return Math.round(hundredths + 1e-7) / 100;
 * };
 * assertImplementation(presets.skm2017, exact, { input: 'questionnaires', seed: 5, numRuns: 30 });
 * ```
 * @category Testing
 */
export function assertImplementation(
  methodology: Methodology,
  theirScore: SurveyImplementation,
  options: CheckImplementationOptions & { readonly input: 'questionnaires' },
): void;
export function assertImplementation(
  methodology: Methodology,
  theirScore: UnitImplementation | SurveyImplementation,
  options: CheckImplementationOptions & { readonly input?: 'answers' | 'questionnaires' } = {},
): void {
  const report =
    options.input === 'questionnaires'
      ? checkImplementation(methodology, theirScore as SurveyImplementation, { ...options, input: 'questionnaires' })
      : checkImplementation(methodology, theirScore as UnitImplementation, { ...options, input: 'answers' });
  if (!report.ok) throw new Error(report.message);
}
