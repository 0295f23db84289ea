import type { IndicatorIdOf, MethodologySpec } from '../model/methodology.js';

/**
 * The marker an answer uses for "not applicable": exactly `'na'` (spaces around it are
 * ignored). Other spellings (`'NA'`, `'N/A'`, `'n/a'`) are refused with `INVALID_ANSWER`, whose
 * message says to write `'na'`: in R and spreadsheet exports `NA` often means a missing value,
 * which is scored differently. A not-applicable indicator's weight is re-spread over its siblings.
 * Missing answers (absent, `null`, `undefined`, blank string) are different: they follow the
 * caller's {@link MissingPolicy}.
 *
 * @example
 * ```ts
 * import { indicatorOrder, NOT_APPLICABLE, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2023;
 * const answers = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * const r = scoreUnit(m, { ...answers, 'input.kompetensi.rekomendasi': NOT_APPLICABLE });
 * r.notApplicable; // ["input.kompetensi.rekomendasi"]
 * r.score; // 100: its weight went to its siblings
 * ```
 * @category Scoring
 */
export const NOT_APPLICABLE = 'na';

/**
 * One answer: a number or decimal string for numeric kinds (`2`, `"87,5"`), `true`/`false`
 * for yes/no, a level key (or a level's value as a number) for `levels`, {@link NOT_APPLICABLE},
 * or `null`/`undefined` for a missing answer.
 *
 * @example
 * ```ts
 * import type { AnswerValue } from 'kepatuhan';
 * const values: AnswerValue[] = [3, '2', true, 'lengkap', 'na', null];
 * ```
 * @category Scoring
 */
export type AnswerValue = number | string | boolean | null | undefined;

/**
 * A unit's answers, keyed by indicator id: a plain object or a Map.
 *
 * `Id` is the methodology's indicator-id union ({@link IndicatorIdOf}): with a preset or a
 * methodology defined from a literal spec, an object literal with an unknown id does not
 * compile and an editor offers the ids. It defaults to `string`. Answers read at run time
 * (`Record<string, AnswerValue>` from JSON, `Object.fromEntries(…)`) and Maps are accepted
 * whatever `Id` is: their keys are checked when scoring (`UNKNOWN_INDICATOR`).
 *
 * @example
 * ```ts
 * import type { Answers } from 'kepatuhan';
 * const answers: Answers = { 'input.kompetensi.standarPelayanan': 3, 'proses.standar.maklumat': 2 };
 * const asMap: Answers = new Map([['input.kompetensi.standarPelayanan', 3]]);
 * const typed: Answers<'a' | 'b'> = { a: 3 }; // { c: 3 } does not compile
 * ```
 * @category Scoring
 */
export type Answers<Id extends string = string> = { readonly [K in Id]?: AnswerValue } | ReadonlyMap<string, AnswerValue>;

/**
 * The answers object of a methodology: every indicator id of `M` as an optional key
 * (see {@link IndicatorIdOf}). For a preset it lists the preset's ids, so a typo does not
 * compile; for a methodology typed plain `Methodology` it is `Record<string, AnswerValue>`.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit, type AnswersOf } from 'kepatuhan';
 * const m = presets.skm2017;
 * const best: AnswersOf<typeof m> = Object.fromEntries(indicatorOrder(m).map((id) => [id, 4]));
 * const answers: AnswersOf<typeof m> = { ...best, waktu: 2 }; // { ...best, wakt: 2 } does not compile
 * scoreUnit(m, answers).score; // 94.44: (8 × 4 + 2) / 9 × 25
 * ```
 * @category Scoring
 */
export type AnswersOf<M extends MethodologySpec> = { readonly [K in IndicatorIdOf<M>]?: AnswerValue };

/**
 * What happens to an indicator with no answer: `'error'` (default) throws
 * `MISSING_ANSWER`; `'zero'` scores it at its minimum; `'respread'` treats it like not
 * applicable (its weight is re-spread over its siblings). Either way the result lists it.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit, type MissingPolicy } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const partialAnswers = Object.fromEntries(indicatorOrder(m).slice(1).map((id) => [id, 3])); // the first one unanswered
 * const policy: MissingPolicy = 'zero';
 * scoreUnit(m, partialAnswers, { missing: policy }).score; // 97.33: it scores 0 of its 2.67 points
 * scoreUnit(m, partialAnswers, { missing: 'respread' }).score; // 100: its weight goes to its siblings
 * scoreUnit(m, partialAnswers); // throws KepatuhanError MISSING_ANSWER ('error' is the default)
 * ```
 * @category Scoring
 */
export type MissingPolicy = 'error' | 'zero' | 'respread';

/**
 * Every missing-answer policy.
 *
 * @example
 * ```ts
 * import { MISSING_POLICIES } from 'kepatuhan';
 * MISSING_POLICIES; // ["error", "zero", "respread"]
 * ```
 * @category Scoring
 */
export const MISSING_POLICIES: readonly MissingPolicy[] = /*#__PURE__*/ Object.freeze(['error', 'zero', 'respread']);
