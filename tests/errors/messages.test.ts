/**
 * Messages a developer can act on: each names the value (shown the same way everywhere), the
 * place and what is allowed. The messages quoted in docs/errors.md are checked here, word for
 * word; tests next to each reader check the rest.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  classify,
  checkReportedScore,
  defineMethodology,
  defineScale,
  formatScore,
  gapToBand,
  NOT_APPLICABLE,
  parseScore,
  roundScore,
  scoreSurvey,
  scoreUnit,
  validateMethodology,
  validateScale,
} from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';
import { caught, thrown } from '../helpers/errors.js';

const m = defineMethodology(flat([ind('proses.p1', 60), ind('b', 40, { kind: 'yesNo' })]));
const hint = '; write "na" (NOT_APPLICABLE) for not applicable';

describe('the messages quoted in docs/errors.md', () => {
  it('an answer out of range: the value, the indicator and the range', () => {
    const e = thrown(() => scoreUnit(m, { 'proses.p1': 4, b: true }));
    expect([e.code, e.path]).toEqual(['ANSWER_OUT_OF_RANGE', 'answers["proses.p1"]']);
    expect(e.message).toBe('answers["proses.p1"]: answer 4 for indicator "proses.p1" is outside 0–3');
    expect(e.issues[0]!.message).toBe('answer 4 for indicator "proses.p1" is outside 0–3');
  });

  it('an answer of the wrong kind: what is allowed, then what was given', () => {
    expect(caught(() => scoreUnit(m, { 'proses.p1': 2.5, b: true }))?.message).toBe('the answer for indicator "proses.p1" must be a whole number from 0 to 3, got 2.5');
  });

  it('"N/A" is refused, and the message says to write "na"', () => {
    const e = thrown(() => scoreUnit(m, { 'proses.p1': 'N/A', b: true }));
    expect([e.code, e.path]).toEqual(['INVALID_ANSWER', 'answers["proses.p1"]']);
    expect(e.message).toBe(`answers["proses.p1"]: the answer for indicator "proses.p1" must be a whole number from 0 to 3, got "N/A"${hint}`);
  });

  it('a negative weight and an unknown locale', () => {
    const v = validateMethodology(flat([ind('a', 125), ind('b', -25)]));
    expect(v.ok ? [] : v.issues.map((i) => i.message)).toContain('weight must not be negative, got -25');
    expect(thrown(() => formatScore(95.31, { locale: 'xx!' })).message).toBe('options.locale: locale must be a language tag such as "id" or "en-US", got "xx!"');
  });

  it('several problems: the first, then how many more', () => {
    expect(thrown(() => scoreUnit(m, { 'proses.p1': 9, b: 'mungkin', c: 1 })).message).toMatch(/ \(and 2 more problems; see error\.issues\)$/);
  });
});

describe('values are shown as written', () => {
  it.each([
    ['a number', 4, '4'],
    ['a negative decimal', -2.5, '-2.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['a string, quoted', 'abc', '"abc"'],
    ['null', null, 'null'],
    ['a boolean', true, 'true'],
    ['an array, by its kind', [3], 'an array'],
    ['an object, by its kind', { value: 3 }, 'an object'],
  ])('%s: %s → %s', (_what, value, shown) => {
    const v = validateMethodology({ ...flat([ind('a', 100)]), years: value });
    expect(v.ok ? [] : v.issues.map((i) => i.message)).toEqual([`years must be { from, to? } with whole years and to ≥ from, got ${shown}`]);
  });

  it('no message says "the number" or "the string" any more', () => {
    const messages = [
      caught(() => parseScore('abc')),
      caught(() => roundScore(Number.NaN)),
      caught(() => scoreUnit(m, { 'proses.p1': 7, b: true })),
      caught(() => aggregate([90, 'x'])),
    ].map((c) => c?.message ?? '');
    for (const message of messages) expect(message).not.toMatch(/the (number|string) /);
  });
});

describe('the argument itself is named by its parameter (never an empty path)', () => {
  it.each([
    ['parseScore', () => parseScore('abc'), 'INVALID_NUMBER', 'input'],
    ['roundScore', () => roundScore('x'), 'INVALID_NUMBER', 'value'],
    ['formatScore', () => formatScore('x'), 'INVALID_NUMBER', 'value'],
    ['defineMethodology', () => defineMethodology(42 as never), 'INVALID_METHODOLOGY', 'methodology'],
    ['scoreUnit', () => scoreUnit('ombudsman2022' as never, {}), 'INVALID_TYPE', 'methodology'],
    ['classify', () => classify(88, 'ombudsman2022' as never), 'INVALID_TYPE', 'scale'],
    ['defineScale', () => defineScale(null as never), 'INVALID_SCALE', 'scale'],
    ['checkReportedScore', () => checkReportedScore(null as never), 'INVALID_TYPE', 'input'],
  ])('%s', (_name, call, code, path) => {
    const e = thrown(call);
    expect([e.code, e.path]).toEqual([code, path]);
    expect(e.issues.map((i) => i.path)).toEqual([path]);
    expect(e.message.startsWith(`${path}: `)).toBe(true);
  });

  it('the validators name the methodology or scale itself the same way', () => {
    const v = validateMethodology(42);
    const s = validateScale('A–E');
    expect(v.ok ? [] : v.issues.map((i) => [i.code, i.path, i.message])).toEqual([['INVALID_TYPE', 'methodology', 'a methodology must be an object, got 42']]);
    expect(s.ok ? [] : s.issues.map((i) => [i.code, i.path, i.message])).toEqual([['INVALID_TYPE', 'scale', 'a scale must be an object, got "A–E"']]);
  });
});

describe('not applicable is written "na" and nothing else', () => {
  it('"na" (NOT_APPLICABLE), with or without spaces around it, is not applicable', () => {
    for (const na of [NOT_APPLICABLE, ' na', 'na\n']) expect(scoreUnit(m, { 'proses.p1': na, b: true }).notApplicable).toEqual(['proses.p1']);
  });

  it.each(['NA', 'Na', 'nA', 'N/A', 'n/a', 'N.A.', 'n.a', ' N / A '])('%j is INVALID_ANSWER with the hint, wherever answers are read', (spelling) => {
    expect(caught(() => scoreUnit(m, { 'proses.p1': 2, b: spelling }))).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers["b"]',
      message: `the answer for indicator "b" must be true or false (or "ya"/"tidak", 1/0), got ${JSON.stringify(spelling)}${hint}`,
    });
    expect(caught(() => scoreSurvey(m, [{ 'proses.p1': 2, b: true }, { 'proses.p1': spelling, b: true }]))).toEqual({
      code: 'INVALID_ANSWER',
      path: 'questionnaires[1]["proses.p1"]',
      message: `the answer for element "proses.p1" in questionnaire 1 must be a whole number from 0 to 3, got ${JSON.stringify(spelling)}${hint}`,
    });
    const unit = scoreUnit(m, { 'proses.p1': 1, b: true });
    expect(caught(() => gapToBand(m, unit, 'A', { caps: { 'proses.p1': spelling } }))).toEqual({
      code: 'INVALID_ANSWER',
      path: 'options.caps["proses.p1"]',
      message: `the cap for indicator "proses.p1" must be a whole number from 0 to 3, got ${JSON.stringify(spelling)}${hint}`,
    });
  });

  it('a wrong answer that merely starts like "na" gets no hint', () => {
    for (const word of ['nanti', 'nama', 'n', 'a']) expect(caught(() => scoreUnit(m, { 'proses.p1': word, b: true }))?.message).not.toContain('NOT_APPLICABLE');
  });
});
