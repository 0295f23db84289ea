/**
 * SKM scoring written the way public apps write it (domain reference §6): one correct
 * implementation and the slips their code makes. Each one is a team's own code, plain
 * JavaScript arithmetic, sharing nothing with src/. The bands are §6's: A 88.31–100,
 * B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
 */
import type { Methodology, MethodologySpec } from '../../src/index.js';
import type { AnswerSet } from '../../src/testing/index.js';
import { F, fDiv, fromJs, fSub, fSum, parseText, roundFrac, scaledToJs, type Frac } from '../helpers/exact.js';
import { flatIndicators, referenceScore } from '../helpers/reference.js';

type Questionnaires = readonly AnswerSet[];

/** The nine SKM element ids, read from the methodology (never typed in). */
export const elementIds = (spec: Pick<MethodologySpec, 'dimensions'>): string[] => flatIndicators(spec).map((i) => i.id);

/** Sum of every answer of every questionnaire. */
const total = (ids: readonly string[], qs: Questionnaires): number => ids.reduce((s, id) => s + qs.reduce((t, q) => t + Number(q[id]), 0), 0);
/** NRR per element, as a float. */
const nrrs = (ids: readonly string[], qs: Questionnaires): number[] => ids.map((id) => qs.reduce((s, q) => s + Number(q[id]), 0) / qs.length);
const round2 = (x: number): number => Math.round(x * 100) / 100;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** §6's categories, on a reported (two-decimal) index. */
export const skmCategory = (s: number): string => (s >= 88.31 ? 'A' : s >= 76.61 ? 'B' : s >= 65 ? 'C' : 'D');

/**
 * The exact index × 100, rounded half-up, in integers: with k elements of weight 1/k,
 * IKM = 25 · S / (k · n), S the sum of all answers, n the questionnaires (k = 9 for SKM).
 */
export function exactHundredths(ids: readonly string[], qs: Questionnaires): number {
  const d = ids.length * qs.length;
  return Math.floor((2 * 2500 * total(ids, qs) + d) / (2 * d));
}

/** The implementations, for the element ids of the methodology. */
export function skmImplementations(ids: readonly string[]) {
  const exact = (qs: Questionnaires) => {
    const score = exactHundredths(ids, qs) / 100;
    return { score, category: skmCategory(score) };
  };
  return {
    /** Integer arithmetic, then the category of the rounded index: right. */
    exact,
    /** One questionnaire, the same arithmetic. */
    exactUnit: (a: AnswerSet) => exact([a]),
    /** NRR rounded to 3 decimals, weight 0.111 (§6: all-4 gives 99.90, not 100). */
    weight0111: (qs: Questionnaires) => round2(nrrs(ids, qs).reduce((s, x) => s + round3(x) * 0.111, 0) * 25),
    /** Weight 0.11 (§6: every index × 0.99), on one questionnaire. */
    weight011: (a: AnswerSet) => round2(ids.reduce((s, id) => s + Number(a[id]) * 0.11, 0) * 25),
    /** The rounded index, but the category of the unrounded one. */
    unroundedCategory: (qs: Questionnaires) => ({ score: exact(qs).score, category: skmCategory((total(ids, qs) * 25) / (9 * qs.length)) }),
    /** The C/B boundary written at 76.00/76.01. */
    boundary7600: (qs: Questionnaires) => {
      const score = exact(qs).score;
      return { score, category: score >= 88.31 ? 'A' : score >= 76.01 ? 'B' : score >= 65 ? 'C' : 'D' };
    },
    /** Exact, but rounded half to even (banker's rounding) instead of half-up. */
    halfEven: (qs: Questionnaires) => {
      const num = 2500 * total(ids, qs);
      const den = ids.length * qs.length;
      const q = Math.floor(num / den);
      const r = num - q * den;
      return (2 * r > den || (2 * r === den && q % 2 === 1) ? q + 1 : q) / 100;
    },
    /** Σ answer × (1/9) × 25 in floats, categorised as is: 100.00000000000003 is no band ("X"). */
    floatX: (a: AnswerSet) => {
      const s = ids.reduce((t, id) => t + Number(a[id]) * (1 / 9), 0) * 25;
      return { score: round2(s), category: s > 100 ? 'X' : skmCategory(s) };
    },
  };
}

/**
 * A correct unit scorer for any methodology, from the independent reference in
 * tests/helpers/reference.ts (exact fractions, §2's formula): what a careful team writes.
 */
export function referenceImplementation(spec: Methodology) {
  const survey = referenceSurveyImplementation(spec);
  return (answers: AnswerSet): number => survey([answers]);
}

/**
 * The same for a survey: each element's normalised value is the mean over the questionnaires
 * (normalising is linear, so that is the normalised NRR), then §2's formula.
 */
export function referenceSurveyImplementation(spec: Methodology) {
  const inds = flatIndicators(spec);
  return (questionnaires: readonly AnswerSet[]): number => {
    const norms = questionnaires.map((answers) => inds.map((ind) => {
      const v = answers[ind.id];
      const a = ind.answer;
      switch (a.kind) {
        case 'interval':
        case 'ordinal':
          return fDiv(fSub(fromJs(Number(v)), F(a.min)), F(a.max - a.min));
        case 'yesNo':
          return F(Number(v));
        case 'percent':
          return fDiv(fromJs(Number(v)), F(100));
        case 'levels': {
          const value = (l: { value: number | string }): Frac => (typeof l.value === 'number' ? fromJs(l.value) : parseText(l.value));
          const vs = a.levels.map(value);
          const lo = vs.reduce((x, y) => (x.n * y.d < y.n * x.d ? x : y));
          const hi = vs.reduce((x, y) => (x.n * y.d > y.n * x.d ? x : y));
          return fDiv(fSub(value(a.levels.find((l) => l.key === v)!), lo), fSub(hi, lo));
        }
      }
    }));
    const values = inds.map((_, i) => fDiv(fSum(norms.map((n) => n[i]!)), F(questionnaires.length)));
    const exact = referenceScore(spec, values)!;
    return scaledToJs(roundFrac(exact, spec.rounding.decimals, spec.rounding.mode), spec.rounding.decimals);
  };
}
