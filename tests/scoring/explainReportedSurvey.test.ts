import { describe, expect, it } from 'vitest';
import { explainReportedSurvey, presets, scoreSurvey, SURVEY_CONVENTIONS, type Answers, type SurveyConvention } from '../../src/index.js';
import { thrown as error } from '../helpers/errors.js';

const ELEMENTS = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'] as const;

/**
 * `n` questionnaires whose answers to element i add up to `sums[i]`: for each element, the
 * first `sum − base·n` respondents answer `base + 1`, the others `base` (base = ⌊sum / n⌋).
 * The NRR of element i is then exactly sums[i] / n.
 */
function survey(n: number, sums: readonly number[]): Answers[] {
  return Array.from({ length: n }, (_, r) =>
    Object.fromEntries(
      ELEMENTS.map((id, i) => {
        const s = sums[i]!;
        const base = Math.floor(s / n);
        return [id, r < s - base * n ? base + 1 : base];
      }),
    ),
  );
}

const byConvention = (e: ReturnType<typeof explainReportedSurvey>): Partial<Record<SurveyConvention, [number, string | null]>> =>
  Object.fromEntries(e.readings.map((r) => [r.convention, [r.score, r.category]]));

describe('explainReportedSurvey on the conventions of the domain reference §6', () => {
  it('all-4 answers: the regulation gives 100.00; weight 0.111 gives 99.90 (4 × 0.111 × 9 × 25), with or without rounding each NRR', () => {
    const q = survey(3, [12, 12, 12, 12, 12, 12, 12, 12, 12]); // every answer 4
    const e = explainReportedSurvey(q, 99.9);
    // 4 × 0.111 = 0.444 (no rounding to do), × 9 = 3.996, × 25 = 99.90; 0.11: 4 × 0.11 × 9 × 25 = 99.00.
    expect(byConvention(e)).toEqual({
      regulation: [100, 'A'],
      weight0111: [99.9, 'A'],
      weight0111Nrr3: [99.9, 'A'],
      weight0111Weighted3: [99.9, 'A'],
      weight011: [99, 'A'],
      unroundedCategory: [100, 'A'],
      shiftedBandEdge: [100, 'A'],
    });
    expect(e.consistent).toBe(false);
    expect(e.explainedBy).toEqual(['weight0111', 'weight0111Nrr3', 'weight0111Weighted3']);
    expect(e.findings).toEqual([
      'Reported 99.90, but the regulation gives 100.00 (A) (exact 1/9 weights (PermenPANRB 14/2017): 100).',
      'It is reproduced by weight 0.111 instead of 1/9: 99.90 (A).',
      'It is reproduced by weight 0.111, each NRR rounded to 3 decimals: 99.90 (A).',
      'It is reproduced by weight 0.111, each weighted NRR (NRR × 0.111) rounded to 3 decimals: 99.90 (A).',
    ]);
  });

  it('88.3056 becomes 88.25 and drops from A to B when each weighted NRR is rounded to 3 decimals', () => {
    // 100 respondents; element sums 100, 287, 396, 396, 400 × 5 → NRR 1.00, 2.87, 3.96, 3.96, 4 × 5; Σ NRR = 31.79.
    // Regulation: 31.79 / 9 × 25 = 88.30555… → 88.31 (A, 88.31–100).
    // 0.111: 31.79 × 0.111 × 25 = 88.21725 → 88.22 (B); the NRRs have 2 decimals, so rounding them to 3 changes nothing.
    // Weighted NRR to 3 decimals: 0.111; 0.31857 → 0.319; 0.43956 → 0.440 (twice); 0.444 × 5 = 2.220;
    //   Σ = 0.111 + 0.319 + 0.880 + 2.220 = 3.530, × 25 = 88.25 (B).
    // 0.11: 31.79 × 0.11 × 25 = 87.4225 → 87.42 (B).
    // Unrounded category: 88.3055… is below 88.31, so B; the shifted C/B edge changes nothing at 88.31 (A).
    const q = survey(100, [100, 287, 396, 396, 400, 400, 400, 400, 400]);
    expect(scoreSurvey(presets.skm2017, q).score).toBe(88.31); // the regulation, by the library's own scorer
    const e = explainReportedSurvey(q, { score: 88.25, category: 'B' });
    expect(byConvention(e)).toEqual({
      regulation: [88.31, 'A'],
      weight0111: [88.22, 'B'],
      weight0111Nrr3: [88.22, 'B'],
      weight0111Weighted3: [88.25, 'B'],
      weight011: [87.42, 'B'],
      unroundedCategory: [88.31, 'B'],
      shiftedBandEdge: [88.31, 'A'],
    });
    expect(e.explainedBy).toEqual(['weight0111Weighted3']);
    expect(e.findings).toEqual([
      'Reported 88.25 (B), but the regulation gives 88.31 (A) (exact 1/9 weights (PermenPANRB 14/2017): ≈ 88.3056).',
      'It is reproduced by weight 0.111, each weighted NRR (NRR × 0.111) rounded to 3 decimals: 88.25 (B).',
    ]);
    const w = e.readings.find((r) => r.convention === 'weight0111Weighted3')!;
    expect(w).toMatchObject({ scoreMatches: true, categoryMatches: true, reproduces: true, unrounded: 88.25 });
  });

  it('the same survey reported as 88.31 "B": the category was taken from the unrounded 88.3055…', () => {
    const q = survey(100, [100, 287, 396, 396, 400, 400, 400, 400, 400]);
    const e = explainReportedSurvey(q, { score: 88.31, category: 'B' });
    expect(e.explainedBy).toEqual(['unroundedCategory']);
    expect(e.findings).toContain('It is reproduced by category taken from the unrounded index: 88.31 (B) from ≈ 88.3056.');
    // Reported as a category alone, every convention that puts it in B explains it.
    expect(explainReportedSurvey(q, { category: 'Baik' }).explainedBy).toEqual(['weight0111', 'weight0111Nrr3', 'weight0111Weighted3', 'weight011', 'unroundedCategory']);
  });

  it('weight 0.11 scales every index by 0.99: 91.48 becomes 90.56', () => {
    // 29 respondents, element sums 116 × 5, 114, 87 × 3 (Σ = 955): regulation 25 × 955 / 261 = 91.4750… → 91.48;
    // 0.11: × 0.99 = 90.5603… → 90.56 (still A). 0.111: × 0.999 = 91.3836… → 91.38.
    const q = survey(29, [116, 116, 116, 116, 116, 114, 87, 87, 87]);
    const e = explainReportedSurvey(q, 90.56);
    expect(byConvention(e).regulation).toEqual([91.48, 'A']);
    expect(byConvention(e).weight011).toEqual([90.56, 'A']);
    expect(byConvention(e).weight0111).toEqual([91.38, 'A']);
    expect(e.explainedBy).toEqual(['weight011']);
    expect(e.findings[1]).toBe('It is reproduced by weight 0.11 instead of 1/9 (every index × 0.99): 90.56 (A).');
  });

  it('the C/B boundary at 76.00/76.01: 76.01 and 76.60 are B there, C by the regulation; 76.00 is C either way', () => {
    // 11 respondents, Σ = 301: 25 × 301 / 99 = 76.0101… → 76.01.
    const at7601 = explainReportedSurvey(survey(11, [34, 34, 34, 34, 33, 33, 33, 33, 33]), { score: 76.01, category: 'B' });
    expect(byConvention(at7601).regulation).toEqual([76.01, 'C']);
    expect(byConvention(at7601).shiftedBandEdge).toEqual([76.01, 'B']);
    expect(at7601.explainedBy).toEqual(['shiftedBandEdge']);
    expect(at7601.findings[1]).toBe('It is reproduced by C/B boundary at 76.00/76.01 instead of 76.60/76.61: 76.01 (B).');
    // 26 respondents, Σ = 717: 25 × 717 / 234 = 76.6025… → 76.60, the top of C.
    expect(byConvention(explainReportedSurvey(survey(26, [80, 80, 80, 80, 80, 80, 79, 79, 79]), 76.6)).shiftedBandEdge).toEqual([76.6, 'B']);
    // 25 respondents, Σ = 684: 25 × 684 / 225 = 76.00 exactly: C on both edges.
    const at7600 = explainReportedSurvey(survey(25, [76, 76, 76, 76, 76, 76, 76, 76, 76]), { score: 76, category: 'B' });
    expect(byConvention(at7600).shiftedBandEdge).toEqual([76, 'C']);
    expect(at7600.explainedBy).toEqual([]);
  });

  it('76.61 (from 76.6081…) is B by the regulation and C when the unrounded index is categorised', () => {
    // 19 respondents, Σ = 524: 25 × 524 / 171 = 76.6081… → 76.61 (B from 76.61); unrounded, below 76.61: C.
    const e = explainReportedSurvey(survey(19, [59, 59, 58, 58, 58, 58, 58, 58, 58]), { score: 76.61, category: 'C' });
    expect(byConvention(e).regulation).toEqual([76.61, 'B']);
    expect(byConvention(e).unroundedCategory).toEqual([76.61, 'C']);
    expect(e.explainedBy).toEqual(['unroundedCategory']);
  });
});

describe('explainReportedSurvey: the unrounded category at a band edge', () => {
  it('an unrounded index exactly on a lower edge is in that band: 65.00 is C', () => {
    // 5 respondents, each element sum 13 (NRR 2.6): 25 × 2.6 = 65 exactly, the lower edge of C (65.00–76.60).
    const e = explainReportedSurvey(survey(5, [13, 13, 13, 13, 13, 13, 13, 13, 13]), { score: 65, category: 'C' });
    expect(byConvention(e).unroundedCategory).toEqual([65, 'C']);
    expect(e.consistent).toBe(true);
  });
});

describe('explainReportedSurvey results', () => {
  const q = survey(100, [100, 287, 396, 396, 400, 400, 400, 400, 400]); // 88.3055… (see above)

  it('a figure the regulation gives is consistent, with nothing else to explain', () => {
    const e = explainReportedSurvey(q, { score: '88,31', category: 'a' });
    expect(e.consistent).toBe(true);
    expect(e.explainedBy).toEqual([]);
    expect(e.reported).toEqual({ score: 88.31, decimals: 2, category: 'a' });
    expect(e.findings).toEqual(['88.31 (a) follows from the questionnaires by the regulation (exact 1/9 weights (PermenPANRB 14/2017): ≈ 88.3056 → 88.31 (A)).']);
  });

  it('a category given as its label matches ("Sangat Baik" is A)', () => {
    expect(explainReportedSurvey(q, { category: 'Sangat Baik' }).consistent).toBe(true);
    expect(explainReportedSurvey(q, { category: 'Very good' }).consistent).toBe(true);
    expect(explainReportedSurvey(q, { category: 'Baik' }).consistent).toBe(false);
  });

  it('a figure no convention gives: the finding lists what each gives', () => {
    const e = explainReportedSurvey(q, 80);
    expect(e.consistent).toBe(false);
    expect(e.explainedBy).toEqual([]);
    expect(e.findings[1]).toBe(
      'No known convention reproduces it: weight 0.111 instead of 1/9 gives 88.22 (B); weight 0.111, each NRR rounded to 3 decimals gives 88.22 (B); ' +
        'weight 0.111, each weighted NRR (NRR × 0.111) rounded to 3 decimals gives 88.25 (B); weight 0.11 instead of 1/9 (every index × 0.99) gives 87.42 (B); ' +
        'category taken from the unrounded index gives 88.31 (B); C/B boundary at 76.00/76.01 instead of 76.60/76.61 gives 88.31 (A).',
    );
  });

  it('a figure printed with fewer decimals is compared at its precision ("88.3" is 88.3055… to 1 decimal)', () => {
    const e = explainReportedSurvey(q, '88.3');
    expect(e.consistent).toBe(true);
    expect(e.reported.decimals).toBe(1);
    // 88.22 and 88.25 to 1 decimal: 88.2 and 88.3 (88.25 half-up is 88.3): the weighted-NRR reading gives 88.3 too.
    expect(byConvention(e).weight0111Weighted3).toEqual([88.3, 'B']);
    expect(byConvention(e).weight0111).toEqual([88.2, 'B']);
    // reportedDecimals overrides what a number shows: 88.3 at 2 decimals is 88.30, which nothing gives.
    expect(explainReportedSurvey(q, 88.3, { reportedDecimals: 2 }).consistent).toBe(false);
  });

  it('conventions narrows the readings (the regulation always comes first)', () => {
    const e = explainReportedSurvey(q, 88.25, { conventions: ['weight011', 'weight0111Weighted3'] });
    expect(e.readings.map((r) => r.convention)).toEqual(['regulation', 'weight0111Weighted3', 'weight011']);
    expect(e.explainedBy).toEqual(['weight0111Weighted3']);
    expect(explainReportedSurvey(q, 88.25, { conventions: ['weight011'] }).explainedBy).toEqual([]);
  });

  it('elements nobody answered are left out of every reading', () => {
    // Two respondents answer only persyaratan (4 and 3) with missing: 'skip': NRR 3.5, the other elements count for nothing.
    // Regulation: 3.5 × 25 = 87.50; 0.111: 3.5 × 0.111 × 25 = 9.7125 → off the 25–100 scale.
    const two: Answers[] = [{ persyaratan: 4 }, { persyaratan: 3 }];
    const e = explainReportedSurvey(two, 87.5, { missing: 'skip' });
    expect(e.consistent).toBe(true);
    expect(byConvention(e).regulation).toEqual([87.5, 'B']);
    expect(byConvention(e).weight0111).toEqual([9.71, null]);
    const off = explainReportedSurvey(two, { score: 9.71, category: 'D' }, { missing: 'skip' });
    expect(off.readings.find((r) => r.convention === 'weight0111')).toMatchObject({ scoreMatches: true, categoryMatches: false, reproduces: false });
    expect(off.findings[1]).toContain('weight 0.111 instead of 1/9 gives 9.71 (off the scale)');
  });

  it('SURVEY_CONVENTIONS lists every convention once, the regulation first', () => {
    expect(SURVEY_CONVENTIONS[0]).toBe('regulation');
    expect(new Set(SURVEY_CONVENTIONS).size).toBe(SURVEY_CONVENTIONS.length);
    expect(explainReportedSurvey(q, 88.31).readings.map((r) => r.convention)).toEqual([...SURVEY_CONVENTIONS]);
  });
});

describe('explainReportedSurvey refusals', () => {
  const q = survey(3, [12, 12, 12, 12, 12, 12, 12, 12, 12]);

  it('refuses a report with nothing to check, or a bad score or category', () => {
    expect(error(() => explainReportedSurvey(q, {}))).toMatchObject({ code: 'MISSING_FIELD', path: 'reported' });
    expect(error(() => explainReportedSurvey(q, null as never))).toMatchObject({ code: 'MISSING_FIELD', path: 'reported' });
    expect(error(() => explainReportedSurvey(q, 'abc'))).toMatchObject({ code: 'INVALID_NUMBER', path: 'reported' });
    expect(error(() => explainReportedSurvey(q, { score: 'abc' }))).toMatchObject({ code: 'INVALID_NUMBER', path: 'reported.score' });
    expect(error(() => explainReportedSurvey(q, { category: 1 as never }))).toMatchObject({ code: 'INVALID_TYPE', path: 'reported.category' });
  });

  it('refuses bad options', () => {
    expect(error(() => explainReportedSurvey(q, 100, { conventions: ['weight011', 'exact' as never] }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.conventions[1]' });
    expect(error(() => explainReportedSurvey(q, 100, { conventions: 'weight011' as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.conventions' });
    expect(error(() => explainReportedSurvey(q, 100, { reportedDecimals: 1.5 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.reportedDecimals' });
    expect(error(() => explainReportedSurvey(q, 100, { missing: 'zero' as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.missing' });
  });

  it('refuses a methodology that is not shaped like SKM (the Ombudsman 2022 weights differ per indicator)', () => {
    expect(error(() => explainReportedSurvey(q, 100, { methodology: presets.ombudsman2022 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.methodology' });
  });

  it('reports bad questionnaires as scoreSurvey does', () => {
    expect(error(() => explainReportedSurvey([{ ...q[0], persyaratan: 5 }], 100))).toMatchObject({ code: 'ANSWER_OUT_OF_RANGE', path: 'questionnaires[0]["persyaratan"]' });
    expect(error(() => explainReportedSurvey([], 100))).toMatchObject({ code: 'EMPTY_INPUT', path: 'questionnaires' });
  });
});
