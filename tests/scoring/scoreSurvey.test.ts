import { describe, expect, it } from 'vitest';
import { presets, scoreSurvey, type AnswerValue } from '../../src/index.js';
import { thrown as error } from '../helpers/errors.js';

const m = presets.skm2017;
const ids = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'];
const same = (v: AnswerValue): Record<string, AnswerValue> => Object.fromEntries(ids.map((id) => [id, v]));

describe('scoreSurvey input handling', () => {
  it('accepts Maps and decimal strings on the answer grid', () => {
    const r = scoreSurvey(m, [new Map(Object.entries(same(4))), same('3')] as never);
    expect(r.score).toBe(87.5);
  });

  it('reports every bad answer with the respondent and element in the path', () => {
    const e = error(() => scoreSurvey(m, [same(4), { ...same(4), waktu: 5, sarana: 2.5, nama: 'x' }]));
    expect(e.code).toBe('UNKNOWN_INDICATOR');
    expect(e.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'UNKNOWN_INDICATOR questionnaires[1]["nama"]',
      'ANSWER_OUT_OF_RANGE questionnaires[1]["waktu"]',
      'INVALID_ANSWER questionnaires[1]["sarana"]',
    ]);
  });

  it('treats a "__proto__" key as an unknown element, never as the prototype', () => {
    const q = JSON.parse(`{"__proto__": 4, ${ids.map((id) => `"${id}": 4`).join(', ')}}`) as Record<string, number>;
    expect(error(() => scoreSurvey(m, [q])).path).toBe('questionnaires[0]["__proto__"]');
  });

  it('rejects empty, oversized and malformed input', () => {
    expect(error(() => scoreSurvey(m, [])).code).toBe('EMPTY_INPUT');
    expect(error(() => scoreSurvey(m, new Array(1_000_001) as never)).code).toBe('TOO_LARGE');
    expect(error(() => scoreSurvey(m, 'x' as never)).code).toBe('INVALID_TYPE');
    expect(error(() => scoreSurvey(m, [null as never])).path).toBe('questionnaires[0]');
    expect(error(() => scoreSurvey(m, [same('na')])).code).toBe('NO_APPLICABLE_INDICATORS');
  });

  it('rejects bad options', () => {
    expect(error(() => scoreSurvey(m, [same(4)], { missing: 'zero' as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.missing' });
    expect(error(() => scoreSurvey(m, [same(4)], { nrrDecimals: 1.5 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.nrrDecimals' });
    expect(error(() => scoreSurvey(m, [same(4)], { elementWeight: -0.1 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.elementWeight' });
    expect(error(() => scoreSurvey(m, [same(4)], { elementWeight: 'x' }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.elementWeight' });
  });

  it('refuses elementWeight when the score is not proportional to the answers', () => {
    const m25 = presets.ombudsman2025; // percent answers next to 0–3 answers
    const q = Object.fromEntries(m25.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => [i.id, i.answer.kind === 'percent' ? 50 : 2]))));
    expect(scoreSurvey(m25, [q]).score).toBeGreaterThan(0);
    expect(error(() => scoreSurvey(m25, [q], { elementWeight: 0.1 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.elementWeight' });
  });

  it('an element weight that pushes the index off the scale is reported, not clamped', () => {
    expect(error(() => scoreSurvey(m, [same(4)], { elementWeight: 0.2 })).code).toBe('VALUE_OUT_OF_RANGE');
  });

  it('returns plain JSON data', () => {
    const r = scoreSurvey(m, [same(4), same(2), { ...same(3), biaya: 'na' }], { nrrDecimals: 3 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
