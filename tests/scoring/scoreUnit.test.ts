import { describe, expect, it } from 'vitest';
import {
  defineMethodology,
  KepatuhanError,
  NOT_APPLICABLE,
  presets,
  scales,
  scoreUnit,
  type AnswerValue,
  type IndicatorResult,
  type Methodology,
  type MethodologySpec,
  type UnitScore,
} from '../../src/index.js';
import { compileMethodology } from '../../src/model/internal/compile.js';
import { dimension, flat, ind, methodology, variable } from '../helpers/builders.js';
import { F, fAdd, fDiv, fMul, fSub, roundFrac, scaledToJs, type Frac } from '../helpers/exact.js';
import { thrown } from '../helpers/errors.js';

const indicators = (r: UnitScore): IndicatorResult[] => r.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
const byId = (r: UnitScore, id: string): IndicatorResult => indicators(r).find((i) => i.id === id)!;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('scoreUnit: the score', () => {
  const m = defineMethodology(flat([ind('a', 50), ind('b', 50)]));

  it('is the weighted mean of normalised answers on the output range, rounded half-up to 2 decimals', () => {
    // (3/3 + 2/3) / 2 = 5/6 → 83.333… → 83.33
    const r = scoreUnit(m, { a: 3, b: 2 });
    expect(r.score).toBe(83.33);
    expect(r.unrounded).toBeCloseTo(250 / 3, 12);
    expect(r.classification.category).toBe('B');
    expect(r.rounding).toEqual({ mode: 'halfUp', decimals: 2 });
    expect(r.range).toEqual({ min: 0, max: 100 });
    expect(r.methodology).toEqual({ id: 'test', version: '1' });
  });

  it("uses the methodology's rounding rule", () => {
    const truncated = defineMethodology(flat([ind('a', 100)], { rounding: { mode: 'truncate', decimals: 1 } }));
    expect(scoreUnit(truncated, { a: 2 }).score).toBe(66.6);
    expect(scoreUnit(truncated, { a: 2 }).rounding).toEqual({ mode: 'truncate', decimals: 1 });
  });

  it('maps onto the output range: SKM 25–100 with nine elements weighing exactly 1/9 (domain reference §6)', () => {
    const skm: MethodologySpec = {
      id: 'skm', name: 'SKM', version: '2017', output: { min: 25, max: 100 }, scale: scales.skm2017, weights: { total: 1 },
      dimensions: [{ id: 'skm', name: 'SKM', weight: 1, variables: [{ id: 'unsur', name: 'Unsur', indicators:
        Array.from({ length: 9 }, (_, i) => ({ id: `u${i + 1}`, name: `Unsur ${i + 1}`, weight: '1/9', answer: { kind: 'ordinal', min: 1, max: 4 } as const })) }] }],
    };
    const answers = Object.fromEntries([4, 3, 3, 4, 3, 3, 4, 3, 3].map((v, i) => [`u${i + 1}`, v]));
    // IKM = (Σ NRR / 9) × 25 = 30 / 9 × 25 = 83.333… → 83.33, band B "Baik" (76.61–88.30).
    const r = scoreUnit(defineMethodology(skm), answers);
    expect(r.score).toBe(83.33);
    expect([r.classification.category, r.classification.label]).toEqual(['B', 'Baik']);
    expect(scoreUnit(defineMethodology(skm), Object.fromEntries(Object.keys(answers).map((k) => [k, 1]))).score).toBe(25);
  });

  it('refuses a plain spec (NOT_DEFINED): a methodology is defined once, then scored', () => {
    const spec = flat([ind('a', 50), ind('b', 50)]);
    expect(thrown(() => scoreUnit(spec as Methodology, { a: 3, b: 2 }))).toMatchObject({ code: 'NOT_DEFINED', path: 'methodology' });
    expect(scoreUnit(defineMethodology(spec), { a: 3, b: 2 }).score).toBe(83.33);
  });

  it('accepts answers as a Map', () => {
    expect(scoreUnit(m, new Map<string, AnswerValue>([['a', 3], ['b', 2]]))).toEqual(scoreUnit(m, { a: 3, b: 2 }));
  });

  it('gives the same result when a getter in the answers scores another unit while they are read', () => {
    const other = defineMethodology(flat([ind('x', 25), ind('y', 25), ind('z', 50)]));
    let inner: UnitScore | undefined;
    const answers = {
      a: 3,
      get b() {
        inner = scoreUnit(other, { x: 0, y: 1, z: 'na' });
        return 1;
      },
    };
    const r = scoreUnit(m, answers);
    expect(r).toStrictEqual(scoreUnit(m, { a: 3, b: 1 }));
    expect(inner).toStrictEqual(scoreUnit(other, { x: 0, y: 1, z: 'na' }));
    expect(r.score).not.toBe(inner?.score);
  });

  it('does not mutate its inputs and returns plain JSON data', () => {
    const spec = flat([ind('a', 50), ind('b', 50)]);
    const answers = { a: 3, b: 'na' };
    const before = JSON.stringify([spec, answers]);
    const r = scoreUnit(defineMethodology(spec), answers, { missing: 'zero' });
    expect(JSON.stringify([spec, answers])).toBe(before);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('scoreUnit: answer kinds', () => {
  it('interval and ordinal answers are whole numbers, as numbers or strings', () => {
    const m = defineMethodology(flat([ind('a', 50), ind('b', 50, { kind: 'ordinal', min: 1, max: 5 })]));
    // a: 2/3, b: (4 − 1)/4 = 3/4 → (2/3 + 3/4) / 2 = 17/24 = 70.833… → 70.83
    for (const answers of [{ a: 2, b: 4 }, { a: '2', b: '4' }, { a: ' 2,0 ', b: 4.0 }]) expect(scoreUnit(m, answers).score).toBe(70.83);
    expect(byId(scoreUnit(m, { a: 2, b: 4 }), 'b').value).toBe(4);
    expect(byId(scoreUnit(m, { a: 2, b: 4 }), 'b').normalized).toBe(0.75);
  });

  it('yes/no answers: true/false, 1/0 and ya/tidak, yes/no in any case', () => {
    const m = defineMethodology(flat([ind('q', 100, { kind: 'yesNo' })]));
    for (const yes of [true, 1, '1', 'ya', 'Ya', 'YES', 'y', 'true']) expect(scoreUnit(m, { q: yes }).score).toBe(100);
    for (const no of [false, 0, '0', 'tidak', 'TIDAK', 'no', 'n', 'false']) expect(scoreUnit(m, { q: no }).score).toBe(0);
    expect(thrown(() => scoreUnit(m, { q: 'mungkin' }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["q"]' });
    expect(thrown(() => scoreUnit(m, { q: 2 }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["q"]' });
  });

  it('percent answers: 0–100 with at most `decimals` places, as numbers or Indonesian strings', () => {
    const m = defineMethodology(flat([ind('p', 100, { kind: 'percent', decimals: 1 })]));
    expect(scoreUnit(m, { p: 87.5 }).score).toBe(87.5);
    expect(scoreUnit(m, { p: '87,5' }).score).toBe(87.5);
    expect(scoreUnit(m, { p: 0.3 }).score).toBe(0.3);
    expect(thrown(() => scoreUnit(m, { p: 87.55 }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["p"]' });
    expect(thrown(() => scoreUnit(m, { p: '87,55' }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["p"]' });
    expect(thrown(() => scoreUnit(m, { p: 100.1 }))).toMatchObject({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers["p"]' });
    expect(thrown(() => scoreUnit(m, { p: '-1' }))).toMatchObject({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers["p"]' });
    // Default: two decimals.
    expect(scoreUnit(defineMethodology(flat([ind('p', 100, { kind: 'percent' })])), { p: 33.33 }).score).toBe(33.33);
  });

  it('levels are answered by key (or by value) and normalised between the lowest and highest level value', () => {
    const maklumat = { kind: 'levels', levels: [{ key: 'tidak-ada', value: 0 }, { key: 'ada-tidak-lengkap', value: 0.5 }, { key: 'lengkap', value: 1 }] };
    const m = defineMethodology(flat([ind('maklumat', 100, maklumat)]));
    expect(scoreUnit(m, { maklumat: 'ada-tidak-lengkap' }).score).toBe(50);
    expect(scoreUnit(m, { maklumat: 'lengkap' }).score).toBe(100);
    expect(byId(scoreUnit(m, { maklumat: 'ada-tidak-lengkap' }), 'maklumat')).toMatchObject({ value: 0.5, answer: 'ada-tidak-lengkap' });
    expect(thrown(() => scoreUnit(m, { maklumat: 'sebagian' }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["maklumat"]' });
    // A number is a level's value, not a key: 1 is "lengkap"; 0.75 is no level.
    expect(byId(scoreUnit(m, { maklumat: 1 }), 'maklumat')).toMatchObject({ value: 1, answer: 1 });
    expect(thrown(() => scoreUnit(m, { maklumat: 0.75 }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["maklumat"]' });
    const shifted = defineMethodology(flat([ind('s', 100, { kind: 'levels', levels: [{ key: 'low', value: '1' }, { key: 'mid', value: 2 }, { key: 'top', value: '4,0' }] })]));
    // (2 − 1) / (4 − 1) = 1/3 → 33.33
    expect(scoreUnit(shifted, { s: 'mid' }).score).toBe(33.33);
  });

  it('whole-number kinds reject fractions and values off the range', () => {
    const m = defineMethodology(flat([ind('a', 100)]));
    expect(thrown(() => scoreUnit(m, { a: 2.5 }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["a"]' });
    expect(thrown(() => scoreUnit(m, { a: '2,5' }))).toMatchObject({ code: 'INVALID_ANSWER', path: 'answers["a"]' });
    expect(thrown(() => scoreUnit(m, { a: 4 }))).toMatchObject({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers["a"]' });
    expect(thrown(() => scoreUnit(m, { a: '-1' }))).toMatchObject({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers["a"]' });
    expect(thrown(() => scoreUnit(m, { a: Number.NaN }))).toMatchObject({ code: 'INVALID_ANSWER' });
    expect(thrown(() => scoreUnit(m, { a: true }))).toMatchObject({ code: 'INVALID_ANSWER' });
  });
});

describe('scoreUnit: the breakdown', () => {
  const m = defineMethodology(flat([ind('a', 60), ind('b', 40, { kind: 'yesNo' })], { output: { min: 25, max: 100 }, scale: scales.skm2017 }));

  it('gives each indicator its effective weight, normalised value, points, maximum and points lost', () => {
    // range 75: a = 2/3 of 0.6 · 75 = 30 of 45; b = 1 of 0.4 · 75 = 30 of 30. Score 25 + 60 = 85.
    const r = scoreUnit(m, { a: 2, b: true });
    expect(r.score).toBe(85);
    const a = byId(r, 'a');
    expect(a).toMatchObject({ status: 'answered', value: 2, answer: 2, counted: true });
    expect(a.effectiveWeight).toBeCloseTo(0.6, 12);
    expect(a.normalized).toBeCloseTo(2 / 3, 12);
    expect(a.points).toBeCloseTo(30, 9);
    expect(a.maxPoints).toBeCloseTo(45, 9);
    expect(a.pointsLost).toBeCloseTo(15, 9);
    const b = byId(r, 'b');
    expect(b).toMatchObject({ value: 1, answer: true, normalized: 1 });
    expect(b.pointsLost).toBeCloseTo(0, 9);
    expect(r.pointsLost).toBeCloseTo(15, 9);
  });

  it('points add up to score − min within 1e-9, effective weights to 1, at every level', () => {
    const r = scoreUnit(m, { a: 1, b: false });
    // 25 + 75 · 0.6 / 3 = 40
    expect(r.score).toBe(40);
    expect(Math.abs(sum(indicators(r).map((i) => i.points)) - (r.score - r.range.min))).toBeLessThan(1e-9);
    expect(Math.abs(sum(r.dimensions.map((d) => d.points)) - (r.score - r.range.min))).toBeLessThan(1e-9);
    expect(Math.abs(sum(r.dimensions[0]!.variables.map((v) => v.points)) - (r.score - r.range.min))).toBeLessThan(1e-9);
    expect(sum(indicators(r).map((i) => i.effectiveWeight))).toBeCloseTo(1, 12);
    expect(r.dimensions[0]!.effectiveWeight).toBeCloseTo(1, 12);
    expect(r.dimensions[0]!.score).toBeCloseTo(40, 9);
    expect(r.dimensions[0]!.maxPoints).toBeCloseTo(75, 9);
  });

  it('dimensions carry their own score on the output range', () => {
    const two = defineMethodology(methodology([dimension('d1', 25, [variable('v1', [ind('a', 100)])]), dimension('d2', 75, [variable('v2', [ind('b', 100)])])]));
    const r = scoreUnit(two, { a: 3, b: 1 });
    // 25 · 1 + 75 · 1/3 = 50
    expect(r.score).toBe(50);
    expect(r.dimensions[0]!.score).toBeCloseTo(100, 9);
    expect(r.dimensions[1]!.score).toBeCloseTo(100 / 3, 9);
    expect(r.dimensions[1]!.pointsLost).toBeCloseTo(50, 9);
  });
});

describe('scoreUnit: not applicable and missing answers', () => {
  const m = defineMethodology(flat([ind('a', 60), ind('b', 40, { kind: 'yesNo' })]));

  it('"na" (NOT_APPLICABLE, spaces aside) re-spreads the weight over the siblings and is listed', () => {
    for (const na of [NOT_APPLICABLE, ' na ', 'na\t']) {
      const r = scoreUnit(m, { a: 2, b: na });
      expect(r.score).toBe(66.67); // a alone: 2/3
      expect(r.notApplicable).toEqual(['b']);
      expect(r.missing).toEqual([]);
      expect(byId(r, 'b')).toMatchObject({ status: 'notApplicable', counted: false, effectiveWeight: 0, normalized: null, points: 0, value: null, answer: null });
      expect(byId(r, 'a').effectiveWeight).toBeCloseTo(1, 12);
    }
  });

  it('"NA", "N/A" and "n/a" are not "na": INVALID_ANSWER, whose message says to write "na"', () => {
    for (const spelling of ['NA', 'N/A', 'n/a']) {
      const e = thrown(() => scoreUnit(m, { a: spelling, b: spelling }));
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([
        ['INVALID_ANSWER', 'answers["a"]'],
        ['INVALID_ANSWER', 'answers["b"]'],
      ]);
      for (const i of e.issues) expect(i.message).toMatch(/; write "na" \(NOT_APPLICABLE\) for not applicable$/);
    }
  });

  it('missing answers are an error by default, listing every one', () => {
    const e = thrown(() => scoreUnit(m, {}));
    expect([e.code, e.path]).toEqual(['MISSING_ANSWER', 'answers["a"]']);
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['MISSING_ANSWER', 'answers["a"]'],
      ['MISSING_ANSWER', 'answers["b"]'],
    ]);
  });

  it('absent, null, undefined and blank answers are all missing', () => {
    for (const answers of [{ a: 2 }, { a: 2, b: null }, { a: 2, b: undefined }, { a: 2, b: '' }, { a: 2, b: '  ' }]) {
      expect(scoreUnit(m, answers, { missing: 'zero' }).missing).toEqual(['b']);
    }
  });

  it("missing: 'zero' scores a missing answer at its minimum", () => {
    const r = scoreUnit(m, { a: 2 }, { missing: 'zero' });
    expect(r.score).toBe(40); // 0.6 · 2/3
    expect(r.missing).toEqual(['b']);
    expect(r.missingPolicy).toBe('zero');
    expect(byId(r, 'b')).toMatchObject({ status: 'missing', counted: true, normalized: 0, points: 0 });
    expect(byId(r, 'b').pointsLost).toBeCloseTo(40, 9);
    expect(r.score).toBe(scoreUnit(m, { a: 2, b: false }).score);
  });

  it("missing: 'respread' treats a missing answer like not applicable", () => {
    const r = scoreUnit(m, { a: 2 }, { missing: 'respread' });
    expect(r.score).toBe(66.67);
    expect(r.missing).toEqual(['b']);
    expect(r.notApplicable).toEqual([]);
    expect(byId(r, 'b')).toMatchObject({ status: 'missing', counted: false, effectiveWeight: 0 });
    expect(r.score).toBe(scoreUnit(m, { a: 2, b: 'na' }).score);
  });

  it('a dimension with nothing applicable passes its weight to the other dimensions', () => {
    const two = defineMethodology(methodology([dimension('d1', 25, [variable('v1', [ind('a', 100)])]), dimension('d2', 75, [variable('v2', [ind('b', 50), ind('c', 50)])])]));
    const r = scoreUnit(two, { a: 1, b: 'na', c: 'na' });
    expect(r.score).toBe(33.33);
    expect(r.dimensions[1]).toMatchObject({ normalized: null, score: null, effectiveWeight: 0 });
  });

  it('when nothing counts there is no score: NO_APPLICABLE_INDICATORS', () => {
    expect(thrown(() => scoreUnit(m, { a: 'na', b: ' na ' }))).toMatchObject({ code: 'NO_APPLICABLE_INDICATORS', path: 'answers' });
    expect(thrown(() => scoreUnit(m, {}, { missing: 'respread' }))).toMatchObject({ code: 'NO_APPLICABLE_INDICATORS' });
  });
});

describe('scoreUnit on presets.ombudsman2023 (domain reference §2)', () => {
  const m = presets.ombudsman2023;
  const ids = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
  const all = (v: AnswerValue, over: Record<string, AnswerValue> = {}) => ({ ...Object.fromEntries(ids.map((id) => [id, v])), ...over });
  const ofDimension = (dim: string, v: number) => Object.fromEntries(ids.map((id) => [id, id.startsWith(`${dim}.`) ? v : 0]));

  it('has 4 dimensions weighing 21.85, 32.37, 24.24 and 21.54 and 0–3 indicators', () => {
    expect(m.dimensions.map((d) => [d.id, d.weight])).toEqual([['input', 21.85], ['proses', 32.37], ['output', 24.24], ['pengaduan', 21.54]]);
    expect(ids).toHaveLength(38); // Input 6 + 9, Proses 11, Output 7, Pengaduan 5
  });

  it('all 3 → 100 (A, hijau); all 0 → 0 (E, merah); all 2 → 66.67 (C, kuning)', () => {
    expect([scoreUnit(m, all(3)).score, scoreUnit(m, all(3)).classification.category, scoreUnit(m, all(3)).classification.zone]).toEqual([100, 'A', 'hijau']);
    expect([scoreUnit(m, all(0)).score, scoreUnit(m, all(0)).classification.category, scoreUnit(m, all(0)).classification.zone]).toEqual([0, 'E', 'merah']);
    expect([scoreUnit(m, all(2)).score, scoreUnit(m, all(2)).classification.category, scoreUnit(m, all(2)).classification.zone]).toEqual([66.67, 'C', 'kuning']);
  });

  it('a full dimension scores its published weight', () => {
    expect(scoreUnit(m, ofDimension('input', 3)).score).toBe(21.85);
    expect(scoreUnit(m, ofDimension('proses', 3)).score).toBe(32.37);
    expect(scoreUnit(m, ofDimension('output', 3)).score).toBe(24.24);
    expect(scoreUnit(m, ofDimension('pengaduan', 3)).score).toBe(21.54);
  });

  it('the one known indicator weight: knowledge of the service standard is 12.22 % of Input', () => {
    // 21.85 % × 12.22 % × 100 = 2.67007 → 2.67
    expect(scoreUnit(m, all(0, { 'input.kompetensi.standarPelayanan': 3 })).score).toBe(2.67);
    expect(byId(scoreUnit(m, all(3)), 'input.kompetensi.standarPelayanan').effectiveWeight).toBeCloseTo(0.2185 * 0.1222, 12);
  });

  it('marking the 2023-only indicator "na" re-spreads its weight inside Kompetensi Pelaksana', () => {
    expect(scoreUnit(m, all(3, { 'input.kompetensi.rekomendasi': 'na' })).score).toBe(100);
    // Kompetensi weighs 12.22 + 5 · 87.78/14 of Input; without rekomendasi its weight is shared by
    // 12.22 and four indicators of 87.78/14. Losing standarPelayanan (0 of 3) then costs
    // 21.85 % × kompetensi × 12.22 / (12.22 + 4 · 87.78/14).
    const rest: Frac = F(8778, 1400); // 87.78 / 14
    const standar: Frac = F(1222, 100);
    const kompetensi = fDiv(fAdd(standar, fMul(F(5), rest)), F(100));
    const lost = fMul(fMul(F(2185, 100), kompetensi), fDiv(standar, fAdd(standar, fMul(F(4), rest))));
    const expected = scaledToJs(roundFrac(fSub(F(100), lost), 2, 'halfUp'), 2);
    expect(expected).toBe(96.88);
    expect(scoreUnit(m, all(3, { 'input.kompetensi.rekomendasi': 'na', 'input.kompetensi.standarPelayanan': 0 })).score).toBe(expected);
  });
});

describe('scoreUnit: the two computation paths', () => {
  it('the preset compiles to a float-integer kernel', () => {
    expect(compileMethodology(presets.ombudsman2022).kernel).toBeDefined();
  });

  it('a methodology whose intermediates would pass 2^53 has no kernel and is scored exactly by the bigint path', () => {
    // Weights 1/p for large primes: the common denominator is their product, far above 2^53.
    const primes = [999_983, 999_979, 999_961, 999_959];
    const spec = flat(primes.map((p, i) => ind(`i${i}`, `1/${p}`, { kind: 'interval', min: 0, max: 7 })), { weights: { renormalize: true } });
    const m = defineMethodology(spec);
    expect(compileMethodology(m).kernel).toBeUndefined();
    const answers = [7, 3, 0, 5];
    // score = 100 · Σ (1/pᵢ)(aᵢ/7) / Σ (1/pᵢ), computed with fractions.
    let num = F(0);
    let den = F(0);
    primes.forEach((p, i) => {
      num = fAdd(num, fMul(F(1, p), F(answers[i]!, 7)));
      den = fAdd(den, F(1, p));
    });
    const expected = scaledToJs(roundFrac(fMul(F(100), fDiv(num, den)), 2, 'halfUp'), 2);
    expect(scoreUnit(m, Object.fromEntries(answers.map((a, i) => [`i${i}`, a]))).score).toBe(expected);
  });
});

describe('scoreUnit: errors', () => {
  const m = defineMethodology(flat([ind('a', 60), ind('b', 40, { kind: 'yesNo' })]));

  it('reports every bad answer at once, unknown ids first, then in indicator order', () => {
    const e = thrown(() => scoreUnit(m, { b: 'mungkin', a: 4, zzz: 1 }));
    expect([e.code, e.path]).toEqual(['UNKNOWN_INDICATOR', 'answers["zzz"]']);
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_INDICATOR', 'answers["zzz"]'],
      ['ANSWER_OUT_OF_RANGE', 'answers["a"]'],
      ['INVALID_ANSWER', 'answers["b"]'],
    ]);
    expect(e.message).toContain('2 more');
  });

  it('rejects answers that are not an object or Map, and unknown options', () => {
    expect(thrown(() => scoreUnit(m, 42 as unknown as Record<string, AnswerValue>))).toMatchObject({ code: 'INVALID_TYPE', path: 'answers' });
    expect(thrown(() => scoreUnit(m, [3, true] as unknown as Record<string, AnswerValue>))).toMatchObject({ code: 'INVALID_TYPE', path: 'answers' });
    expect(thrown(() => scoreUnit(m, { a: 1, b: true }, { missing: 'skip' as 'zero' }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.missing' });
    expect(thrown(() => scoreUnit(m, { a: 1, b: true }, 'zero' as unknown as object))).toMatchObject({ code: 'INVALID_OPTION', path: 'options' });
  });

  it('a methodology with problems cannot be defined: INVALID_METHODOLOGY with its issues', () => {
    const e = thrown(() => defineMethodology(flat([ind('a', 60), ind('b', -40)])));
    expect([e.code, e.path]).toEqual(['INVALID_METHODOLOGY', 'dimensions[0].variables[0].indicators[1].weight']);
    expect(e.issues.map((i) => i.code)).toEqual(['INVALID_WEIGHT']);
  });
});
