import { describe, expect, it } from 'vitest';
import { classify, describeProvenance, presets, scales, scoreSurvey, scoreUnit, type Answers } from '../../src/index.js';
import { checkPresetInvariants, feq, frac, indicators, parseFrac } from '../helpers/presetChecks.js';

const m = presets.skm2017;
checkPresetInvariants(m);

const ELEMENTS = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'] as const;
const same = (v: number): Record<string, number> => Object.fromEntries(ELEMENTS.map((e) => [e, v]));

/** Half-up to 2 decimals of p/q (p, q > 0), as hundredths. */
const hundredths = (p: bigint, q: bigint): bigint => (200n * p + q) / (2n * q);

describe('skm2017: nine elements, answers 1–4, exact 1/9 weights (domain reference §6)', () => {
  it('has nine elements, each weighing exactly 1/9, answered 1–4, on 25–100', () => {
    const items = indicators(m);
    expect(items.map((i) => i.id)).toEqual([...ELEMENTS]);
    expect(items.every((i) => feq(parseFrac(i.weight), frac(1n, 9n)))).toBe(true);
    expect(items.every((i) => i.answer.kind === 'ordinal' && i.answer.min === 1 && i.answer.max === 4)).toBe(true);
    expect(m.output).toEqual({ min: 25, max: 100 });
    expect(describeProvenance(m).official).toBe(true);
  });

  it('classifies on the A–D bands', () => {
    expect(m.scale).toBe(scales.skm2017);
    expect(classify(88.31, m.scale).label).toBe('Sangat Baik');
    expect(classify(88.3, m.scale).category).toBe('B');
    expect(classify(76.61, m.scale).category).toBe('B');
    expect(classify(76.6, m.scale).category).toBe('C');
    expect(classify(65, m.scale).category).toBe('C');
    expect(classify(64.99, m.scale).label).toBe('Tidak Baik');
  });
});

describe('skm2017: scoring raw questionnaires (PermenPANRB 14/2017)', () => {
  // 30 respondents with varied but deterministic answers from 2 to 4.
  const questionnaires: Record<string, number>[] = Array.from({ length: 30 }, (_, r) =>
    Object.fromEntries(ELEMENTS.map((e, i) => [e, 1 + ((r * (i + 1) + i) % 4 === 0 ? 1 : (r + 3 * i) % 4 === 0 ? 2 : 3)])),
  );

  it('reports each element\'s NRR with its respondents, exactly', () => {
    const r = scoreSurvey(m, questionnaires);
    expect(r.respondents).toBe(30);
    ELEMENTS.forEach((e, i) => {
      const sum = questionnaires.reduce((s, q) => s + q[e]!, 0);
      const el = r.elements[i]!;
      expect(el).toMatchObject({ id: e, respondents: 30, sum, nrr: sum / 30, notApplicable: 0, missing: 0 });
      const f = frac(BigInt(sum), 30n);
      expect(el.nrrExact).toBe(f.q === 1n ? `${f.p}` : `${f.p}/${f.q}`);
      expect(el.weight).toBeCloseTo(1 / 9, 15);
    });
  });

  it('computes IKM = (Σ NRR / 9) × 25 exactly and rounds half-up to 2 decimals', () => {
    const total = BigInt(questionnaires.reduce((s, q) => s + ELEMENTS.reduce((t, e) => t + q[e]!, 0), 0));
    // IKM = (total / 30 / 9) × 25
    const expected = Number(hundredths(total * 25n, 30n * 9n)) / 100;
    const r = scoreSurvey(m, questionnaires);
    expect(r.score).toBe(expected);
    expect(r.classification.category).toBe(classify(expected, scales.skm2017).category);
  });

  it('three respondents answering 4, 3, 3 everywhere give NRR 10/3 and IKM 83.33; one questionnaire alone spans 25–100', () => {
    const q = [same(4), same(3), same(3)];
    const r = scoreSurvey(m, q);
    expect(r.score).toBe(83.33); // 10/3 × 25
    expect(r.elements[0]!.nrrExact).toBe('10/3');
    expect(scoreUnit(m, same(4)).score).toBe(100);
    expect(scoreUnit(m, same(1)).score).toBe(25);
  });

  it('leaves out "not applicable" answers and, with missing: "skip", blanks — per element', () => {
    const q: Answers[] = [
      { ...same(4), biaya: 'na' },
      { ...same(2), biaya: 'na' },
      { ...same(3), biaya: 4 },
      { ...same(3), sarana: null },
    ];
    const r = scoreSurvey(m, q, { missing: 'skip' });
    const biaya = r.elements.find((e) => e.id === 'biaya')!;
    expect(biaya).toMatchObject({ respondents: 2, notApplicable: 2, sum: 7, nrrExact: '7/2' });
    const sarana = r.elements.find((e) => e.id === 'sarana')!;
    expect(sarana).toMatchObject({ respondents: 3, missing: 1, sum: 9, nrr: 3 });
    // Σ NRR: 7 elements at 12/4 = 3, biaya 7/2, sarana 3 → 27.5 → 27.5/9 × 25 = 76.388… → 76.39
    expect(r.score).toBe(76.39);
    expect(() => scoreSurvey(m, q)).toThrow(/did not answer "sarana"/);
  });

  it('an element nobody answered does not count: its weight is re-spread', () => {
    const r = scoreSurvey(m, [{ ...same(4), biaya: 'na' }, { ...same(3), biaya: 'na' }]);
    expect(r.elements.find((e) => e.id === 'biaya')).toMatchObject({ respondents: 0, nrr: null, nrrExact: null, weight: 0, score: null });
    expect(r.score).toBe(87.5); // eight elements at 3.5 → 3.5 × 25
  });
});

describe('skm2017: exact 1/9 against a rounded weight (domain reference §6)', () => {
  // Constructed data (the worked example's questionnaires are not available): 1,000
  // respondents; element e gets answer 4 from the first k_e respondents and 3 from the rest,
  // so Σ NRR = Σ (3000 + k_e) / 1000 = 32.932.
  const fours = [700, 650, 600, 680, 660, 700, 720, 610, 612];
  const q = Array.from({ length: 1000 }, (_, r) => Object.fromEntries(ELEMENTS.map((e, i) => [e, r < fours[i]! ? 4 : 3])));
  const sumNrr = frac(BigInt(fours.reduce((s, k) => s + 3000 + k, 0)), 1000n); // 32932/1000
  const at = (w: ReturnType<typeof frac>): number => Number(hundredths(sumNrr.p * w.p * 25n, sumNrr.q * w.q)) / 100;

  it('the exact rule gives 91.48; the rounded weight 0.1111 gives 91.47', () => {
    expect(at(frac(1n, 9n))).toBe(91.48); // independent: 32.932 / 9 × 25 = 91.4777…
    expect(scoreSurvey(m, q).score).toBe(91.48);
    expect(at(frac(1111n, 10000n))).toBe(91.47); // 32.932 × 0.1111 × 25 = 91.4686…
    const rounded = scoreSurvey(m, q, { elementWeight: '0.1111' });
    expect(rounded.score).toBe(91.47);
    expect(rounded.weighting).toEqual({ elementWeight: '0.1111', nrrDecimals: null });
  });

  it('a weight of 0.11 (1/9 rounded to two decimals) turns 91.48 into 90.56, the pair the domain reference quotes', () => {
    expect(at(frac(11n, 100n))).toBe(90.56); // 32.932 × 0.11 × 25 = 90.563
    expect(scoreSurvey(m, q, { elementWeight: 0.11 }).score).toBe(90.56);
    // 0.1111 moves any index by at most 0.01 % (9 × 0.1111 = 0.9999): it cannot explain 91.48 → 90.56.
    expect(91.48 * (1 - 9 * 0.1111)).toBeLessThan(0.01);
  });

  it('can round each NRR before weighting, as some reports do', () => {
    const r = scoreSurvey(m, [same(4), same(3), same(3)], { nrrDecimals: 2 });
    expect(r.elements[0]!.nrrRounded).toBe(3.33);
    expect(r.score).toBe(83.25); // 3.33 × 25
  });
});
