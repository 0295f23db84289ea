import { describe, expect, it } from 'vitest';
import { defineMethodology, presets, scoreSurvey, type AnswerValue, type MethodologySpec, type ScaleSpec } from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';
import { caught, thrown } from '../helpers/errors.js';

// Options and input checks of scoreSurvey: which inputs are refused, with which code, path and
// message. The SKM rules (domain reference §6): nine elements answered 1–4, IKM = (Σ NRR / 9) × 25.
const m = presets.skm2017;
const ids = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'];
const all = (v: AnswerValue): Record<string, AnswerValue> => Object.fromEntries(ids.map((id) => [id, v]));

describe('scoreSurvey options: missing', () => {
  it('refuses a policy other than "error" or "skip", naming the value it got', () => {
    expect(caught(() => scoreSurvey(m, [all(4)], { missing: 'zero' as never }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.missing',
      message: 'missing must be "error" or "skip", got "zero"',
    });
  });

  it('accepts "skip" and "error" explicitly, and reports the policy used', () => {
    expect(scoreSurvey(m, [all(4)], { missing: 'skip' }).missingPolicy).toBe('skip');
    expect(scoreSurvey(m, [all(4)], { missing: 'error' }).missingPolicy).toBe('error');
    expect(scoreSurvey(m, [all(4)]).missingPolicy).toBe('error');
  });

  it('by default a blank answer is an error naming the respondent and the element', () => {
    // Respondent 1 (0-based) leaves "waktu" blank.
    const e = caught(() => scoreSurvey(m, [all(4), { ...all(3), waktu: '' }]));
    expect(e).toEqual({
      code: 'MISSING_ANSWER',
      path: 'questionnaires[1]["waktu"]',
      message: 'respondent 1 did not answer "waktu" (Waktu penyelesaian); answer it, mark it "na", or choose missing: "skip"',
    });
  });

  it('a blank answer under "skip" is not an error', () => {
    const q = { ...all(3), waktu: null } as unknown as Record<string, AnswerValue>;
    expect(() => scoreSurvey(m, [all(4), q], { missing: 'skip' })).not.toThrow();
  });
});

describe('scoreSurvey options: nrrDecimals', () => {
  it('refuses a fraction, naming the value it got', () => {
    expect(caught(() => scoreSurvey(m, [all(4)], { nrrDecimals: 1.5 }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.nrrDecimals',
      message: 'nrrDecimals must be a whole number from 0 to 10, got 1.5',
    });
  });

  it('refuses anything that is not a number', () => {
    expect(thrown(() => scoreSurvey(m, [all(4)], { nrrDecimals: '2' as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.nrrDecimals' });
  });

  it('0 is allowed, below 0 refused', () => {
    expect(scoreSurvey(m, [all(4)], { nrrDecimals: 0 }).weighting.nrrDecimals).toBe(0);
    expect(thrown(() => scoreSurvey(m, [all(4)], { nrrDecimals: -1 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.nrrDecimals' });
  });

  it('10 is allowed, above 10 refused', () => {
    expect(scoreSurvey(m, [all(4)], { nrrDecimals: 10 }).weighting.nrrDecimals).toBe(10);
    expect(thrown(() => scoreSurvey(m, [all(4)], { nrrDecimals: 11 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.nrrDecimals' });
  });

  it('-0 is read as 0 and reported as 0, never -0', () => {
    const r = scoreSurvey(m, [all(4)], { nrrDecimals: -0 });
    expect(Object.is(r.weighting.nrrDecimals, 0)).toBe(true);
  });
});

describe('scoreSurvey options: elementWeight', () => {
  it('a weight of exactly 0 is refused, naming the value it got', () => {
    expect(caught(() => scoreSurvey(m, [all(4)], { elementWeight: 0 }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.elementWeight',
      message: 'elementWeight must be a positive number, decimal or fraction, got 0',
    });
  });

  const ordinal = (min: number, max: number) => ({ kind: 'ordinal', min, max });
  const refusedAsNotProportional = (spec: MethodologySpec, q: Record<string, AnswerValue>): void => {
    const defined = defineMethodology(spec);
    expect(() => scoreSurvey(defined, [q])).not.toThrow(); // the methodology itself scores fine
    expect(caught(() => scoreSurvey(defined, [q], { elementWeight: 0.5 }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.elementWeight',
      message:
        'elementWeight needs a methodology whose score is proportional to its answers (all elements answered on one whole-number range, output min ÷ output max = answer min ÷ answer max, as SKM: 25–100 for 1–4)',
    });
  };

  it('is accepted on answers 1–4 with output 25–100 (SKM shape: output = 25 × answer)', () => {
    const spec = defineMethodology(flat([ind('a', 50, ordinal(1, 4)), ind('b', 50, ordinal(1, 4))], { output: { min: 25, max: 100 }, scale: m.scale }));
    // Σ NRR × 0.5 × (100 / 4) = (4 + 2) × 0.5 × 25 = 75
    expect(scoreSurvey(spec, [{ a: 4, b: 2 }], { elementWeight: 0.5 }).score).toBe(75);
  });

  it('is refused when the elements are answered on ranges with different minimums', () => {
    refusedAsNotProportional(flat([ind('a', 50, ordinal(1, 4)), ind('b', 50, ordinal(2, 5))], { output: { min: 25, max: 100 }, scale: m.scale }), { a: 2, b: 3 });
  });

  it('is refused when the elements are answered on ranges with different maximums', () => {
    refusedAsNotProportional(flat([ind('a', 50, ordinal(1, 4)), ind('b', 50, ordinal(1, 5))], { output: { min: 25, max: 100 }, scale: m.scale }), { a: 2, b: 3 });
  });

  it('is refused for answers with decimals (percent to 2 decimals), even on a proportional output range', () => {
    const pct = { kind: 'percent' };
    refusedAsNotProportional(flat([ind('a', 50, pct), ind('b', 50, pct)]), { a: 50, b: 60 });
  });

  it('is refused for level answers, even on whole values from 1 to 4', () => {
    const lv = { kind: 'levels', levels: [{ key: 'rendah', value: 1 }, { key: 'tinggi', value: 4 }] };
    refusedAsNotProportional(flat([ind('a', 50, lv), ind('b', 50, lv)], { output: { min: 25, max: 100 }, scale: m.scale }), { a: 'rendah', b: 'tinggi' });
  });

  it('is refused when output min ÷ output max differs from answer min ÷ answer max (0–100 for 1–4)', () => {
    refusedAsNotProportional(flat([ind('a', 50, ordinal(1, 4)), ind('b', 50, ordinal(1, 4))]), { a: 2, b: 3 });
  });

  it('is refused when the answers end at 0 (no answer maximum to divide by)', () => {
    // Answers −4…0 on output −100…0: min ÷ max is undefined for both, so no proportional rule.
    const scale: ScaleSpec = {
      id: 'neg',
      name: 'Negative',
      min: -100,
      max: 0,
      decimals: 2,
      rounding: 'halfUp',
      bands: [
        { category: 'L', label: 'Low', min: -100, max: -50.01 },
        { category: 'H', label: 'High', min: -50, max: 0 },
      ],
    } as ScaleSpec;
    refusedAsNotProportional(flat([ind('a', 50, ordinal(-4, 0)), ind('b', 50, ordinal(-4, 0))], { output: { min: -100, max: 0 }, scale }), { a: -2, b: -1 });
  });

  it('an index pushed off the scale is reported at the score, with the value', () => {
    // 9 elements × NRR 4 × 0.2 × (100 / 4) = 180, above the SKM maximum 100.
    const e = caught(() => scoreSurvey(m, [all(4)], { elementWeight: 0.2 }));
    expect(e?.code).toBe('VALUE_OUT_OF_RANGE');
    expect(e?.path).toBe('score');
    expect(e?.message).toContain('180');
  });
});

describe('scoreSurvey questionnaires', () => {
  it('refuses something that is not an array at "questionnaires"', () => {
    expect(caught(() => scoreSurvey(m, 'x' as never))).toEqual({
      code: 'INVALID_TYPE',
      path: 'questionnaires',
      message: 'questionnaires must be an array of answer sets, got "x"',
    });
  });

  it('refuses an empty list at "questionnaires"', () => {
    expect(caught(() => scoreSurvey(m, []))).toEqual({ code: 'EMPTY_INPUT', path: 'questionnaires', message: 'there are no questionnaires to score' });
  });

  it('refuses more than 1,000,000 questionnaires at "questionnaires"', () => {
    expect(thrown(() => scoreSurvey(m, new Array(1_000_001) as never))).toMatchObject({ code: 'TOO_LARGE', path: 'questionnaires' });
  });

  it('a questionnaire that is not an answer set is refused with its index, and one problem has no "more problems" note', () => {
    expect(caught(() => scoreSurvey(m, [all(4), null as never]))).toEqual({
      code: 'INVALID_TYPE',
      path: 'questionnaires[1]',
      message: 'a questionnaire must be an object or a Map keyed by element id, got null',
    });
  });

  it('several problems: the first is the error, the message counts the others', () => {
    // Three problems: respondent 0 is null, respondent 1 answers waktu 5 and sarana 0 (outside 1–4).
    const e = thrown(() => scoreSurvey(m, [null as never, { ...all(4), waktu: 5, sarana: 0 }]));
    expect(e.issues).toHaveLength(3);
    expect(e.path).toBe('questionnaires[0]');
    expect(e.message).toBe('questionnaires[0]: a questionnaire must be an object or a Map keyed by element id, got null (and 2 more problems; see error.issues)');
  });

  it('stops collecting after 100 problems', () => {
    // 150 questionnaires that are not answer sets: one problem each; collection stops at 100.
    const e = thrown(() => scoreSurvey(m, new Array<never>(150).fill(null as never)));
    expect(e.issues).toHaveLength(100);
    expect(e.issues[99]?.path).toBe('questionnaires[99]');
    expect(e.message).toContain('(and 99 more problems; see error.issues)');
  });
});

describe('scoreSurvey options that cannot be read', () => {
  const throwing = (key: string): object =>
    Object.defineProperty({}, key, {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });

  it.each(['missing', 'nrrDecimals', 'elementWeight'])('a getter that throws on %s is reported at options.%s', (key) => {
    expect(caught(() => scoreSurvey(m, [all(4)], throwing(key) as never))).toEqual({
      code: 'UNREADABLE_INPUT',
      path: `options.${key}`,
      message: 'the value could not be read: boom',
    });
  });
});
