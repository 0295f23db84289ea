import { describe, expect, it } from 'vitest';
import { defineMethodology, presets, scoreSurvey, type AnswerValue } from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';

// What scoreSurvey reports, checked against hand computations with the SKM rule (domain
// reference §6): per element the mean answer (NRR) over the respondents who answered it, each
// element weighs 1/9, IKM = (Σ NRR / 9) × 25 on 25–100, rounded half-up to 2 decimals; bands
// A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
const m = presets.skm2017;
const ids = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'];
const all = (v: AnswerValue): Record<string, AnswerValue> => Object.fromEntries(ids.map((id) => [id, v]));
const element = (r: ReturnType<typeof scoreSurvey>, id: string) => {
  const e = r.elements.find((x) => x.id === id);
  if (e === undefined) throw new Error(`no element ${id}`);
  return e;
};

describe('scoreSurvey per-element figures', () => {
  it('reports each element with its respondents, sum, NRR (also as an exact fraction), share and own score', () => {
    // Answers 4, 3, 3: sum 10, NRR 10/3; the element's own value is NRR × 25 = 250/3; share 1/9.
    const r = scoreSurvey(m, [all(4), all(3), all(3)]);
    expect(r.elements).toHaveLength(9);
    expect(r.elements[0]).toEqual({
      id: 'persyaratan',
      name: 'Persyaratan',
      respondents: 3,
      notApplicable: 0,
      missing: 0,
      sum: 10,
      nrr: 10 / 3,
      nrrExact: '10/3',
      weight: 1 / 9,
      score: 250 / 3,
    });
    // (10/3) × 25 = 83.333… → 83.33, band B
    expect(r.score).toBe(83.33);
    expect(r.classification.category).toBe('B');
  });

  it('a whole NRR is written as a whole number, not as a fraction over 1', () => {
    // Answers 4 and 2: NRR 3
    expect(scoreSurvey(m, [all(4), all(2)]).elements.map((e) => e.nrrExact)).toEqual(ids.map(() => '3'));
  });

  it('"na" answers are counted apart and left out of the mean', () => {
    // biaya: one answer 4 (the other "na") → NRR 4; other elements NRR (4 + 3) / 2 = 3.5.
    // IKM = (8 × 3.5 + 4) / 9 × 25 = 800/9 = 88.888… → 88.89, band A
    const r = scoreSurvey(m, [all(4), { ...all(3), biaya: 'na' }]);
    expect(element(r, 'biaya')).toMatchObject({ respondents: 1, notApplicable: 1, missing: 0, sum: 4, nrr: 4, nrrExact: '4', score: 100 });
    expect(element(r, 'waktu')).toMatchObject({ respondents: 2, notApplicable: 0, missing: 0, sum: 7, nrr: 3.5, nrrExact: '7/2' });
    expect(r.score).toBe(88.89);
    expect(r.classification.category).toBe('A');
  });

  it('with missing "skip" a blank answer is counted as missing and left out of the mean', () => {
    // Same figures as "na": waktu answered once (4), left blank once.
    const blank = { ...all(3), waktu: '' };
    const r = scoreSurvey(m, [all(4), blank], { missing: 'skip' });
    expect(element(r, 'waktu')).toMatchObject({ respondents: 1, notApplicable: 0, missing: 1, sum: 4, nrr: 4, nrrExact: '4' });
    expect(element(r, 'prosedur')).toMatchObject({ respondents: 2, missing: 0, nrr: 3.5 });
    expect(r.score).toBe(88.89);
    expect(r.missingPolicy).toBe('skip');
  });

  it('an element nobody answered has no NRR or score, weighs 0, and the others share its weight', () => {
    // pengaduan is "na" for both; the other 8 have NRR (4 + 2) / 2 = 3 and share 1/8 each.
    // IKM = 3 × 25 = 75.00, band C
    const r = scoreSurvey(m, [{ ...all(4), pengaduan: 'na' }, { ...all(2), pengaduan: 'na' }]);
    expect(element(r, 'pengaduan')).toEqual({
      id: 'pengaduan',
      name: 'Penanganan pengaduan, saran, dan masukan',
      respondents: 0,
      notApplicable: 2,
      missing: 0,
      sum: 0,
      nrr: null,
      nrrExact: null,
      weight: 0,
      score: null,
    });
    expect(element(r, 'sarana')).toMatchObject({ nrr: 3, weight: 0.125, score: 75 });
    expect(r.score).toBe(75);
    expect(r.classification.category).toBe('C');
  });

  it('means of answers with decimals are exact (percent answers to 2 decimals)', () => {
    // a: 50.5 and 60 → sum 110.5, mean 55.25; b: 40 and 41 → mean 40.5.
    // Score on 0–100 with weights 50/50: (55.25 + 40.5) / 2 = 47.875 → 47.88 (half-up)
    const pct = { kind: 'percent' };
    const r = scoreSurvey(defineMethodology(flat([ind('a', 50, pct), ind('b', 50, pct)])), [
      { a: 50.5, b: 40 },
      { a: '60', b: 41 },
    ]);
    expect(r.elements[0]).toMatchObject({ sum: 110.5, nrr: 55.25, nrrExact: '221/4', score: 55.25 });
    expect(r.elements[1]).toMatchObject({ sum: 81, nrr: 40.5, nrrExact: '81/2' });
    expect(r.score).toBe(47.88);
  });
});

describe('scoreSurvey nrrDecimals: rounding each NRR before weighting', () => {
  // Every element: answers 4, 3, 3, 3 → NRR 13/4 = 3.25; exact IKM 3.25 × 25 = 81.25.
  const qs = [all(4), all(3), all(3), all(3)];

  it('without the option the NRR is not rounded and no rounded NRR is reported', () => {
    const r = scoreSurvey(m, qs);
    expect(r.score).toBe(81.25);
    expect('nrrRounded' in r.elements[0]!).toBe(false);
    expect(r.weighting).toEqual({ elementWeight: null, nrrDecimals: null });
  });

  it('rounds each NRR half-up: 3.25 to 1 decimal is 3.3, so the index is 3.3 × 25 = 82.5', () => {
    const r = scoreSurvey(m, qs, { nrrDecimals: 1 });
    expect(r.elements[0]).toMatchObject({ nrr: 3.25, nrrExact: '13/4', nrrRounded: 3.3, score: 82.5 });
    expect(r.score).toBe(82.5);
    expect(r.weighting).toEqual({ elementWeight: null, nrrDecimals: 1 });
  });

  it('0 decimals rounds 3.25 to 3: index 75, band C', () => {
    const r = scoreSurvey(m, qs, { nrrDecimals: 0 });
    expect(r.elements[0]?.nrrRounded).toBe(3);
    expect(r.score).toBe(75);
    expect(r.classification.category).toBe('C');
  });

  it('an element nobody answered has a null rounded NRR', () => {
    const r = scoreSurvey(m, [{ ...all(4), biaya: 'na' }], { nrrDecimals: 2 });
    expect(element(r, 'biaya').nrrRounded).toBeNull();
    expect(element(r, 'waktu').nrrRounded).toBe(4);
  });
});

describe('scoreSurvey elementWeight: reproducing a report that used a rounded weight', () => {
  it('index = Σ NRR × weight × (100 / 4): 9 × 10/3 × 0.111 × 25 = 83.25', () => {
    const r = scoreSurvey(m, [all(4), all(3), all(3)], { elementWeight: '0.111' });
    expect(r.score).toBe(83.25);
    expect(r.elements.map((e) => e.weight)).toEqual(ids.map(() => 0.111));
    expect(r.weighting).toEqual({ elementWeight: '0.111', nrrDecimals: null });
  });

  it('an element nobody answered is left out and weighs 0 (no re-spread): 8 × 3 × 0.111 × 25 = 66.6', () => {
    const r = scoreSurvey(m, [{ ...all(4), pengaduan: 'na' }, { ...all(2), pengaduan: 'na' }], { elementWeight: '0.111' });
    expect(r.score).toBe(66.6);
    expect(element(r, 'pengaduan').weight).toBe(0);
    expect(element(r, 'sarana').weight).toBe(0.111);
  });

  it('combines with nrrDecimals: NRR 13/4 rounded to 3.3, 9 × 3.3 × 0.1111 × 25 = 82.49175 → 82.49', () => {
    const r = scoreSurvey(m, [all(4), all(3), all(3), all(3)], { elementWeight: 0.1111, nrrDecimals: 1 });
    expect(r.score).toBe(82.49);
    expect(r.weighting).toEqual({ elementWeight: '0.1111', nrrDecimals: 1 });
  });
});

describe('scoreSurvey result header', () => {
  it('names the methodology, counts the questionnaires, and gives the SKM range 25–100', () => {
    const r = scoreSurvey(m, [all(4), all(1), { ...all(2), biaya: 'na' }]);
    expect(r.methodology).toEqual({ id: 'skm2017', version: '2017' });
    expect(r.respondents).toBe(3);
    expect(r.range).toEqual({ min: 25, max: 100 });
    expect(r.rounding).toEqual({ mode: 'halfUp', decimals: 2 });
  });

  it('keeps the unrounded index next to the rounded one', () => {
    // (10/3) × 25 = 83.333…
    const r = scoreSurvey(m, [all(4), all(3), all(3)]);
    expect(r.unrounded).toBe(250 / 3);
    expect(r.score).toBe(83.33);
  });
});
