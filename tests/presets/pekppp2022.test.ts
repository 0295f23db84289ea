import { describe, expect, it } from 'vitest';
import { checkReportedScore, classify, describeProvenance, indicatorOrder, presets, scales, scoreBatch, scoreUnit, type UnitScore } from '../../src/index.js';
import { allAnswers, checkPresetInvariants, fadd, feq, fmul, frac, indicators, parseFrac, type Frac } from '../helpers/presetChecks.js';

const m = presets.pekppp2022;
checkPresetInvariants(m);

const QUEUE = 'tambahan.sistemAntrian';
/** Every indicator answered `value`. */
const all = (value: number): Record<string, number> => Object.fromEntries(indicatorOrder(m).map((id) => [id, value]));
const aspect = (id: string) => m.dimensions.find((d) => d.id === id)!;
const itemsOf = (id: string) => aspect(id).variables.flatMap((v) => v.indicators);

describe('pekppp2022: six aspects, 30 indicators of form F-02 answered 0–5, index 0–5 (domain reference §5)', () => {
  it('has the six aspect weights of PermenPANRB 29/2022 and the 30 indicators with their weights inside each aspect', () => {
    expect(m.dimensions.map((d) => [d.id, d.name, d.weight])).toEqual([
      ['kebijakan', 'Kebijakan Pelayanan', 24],
      ['sdm', 'Profesionalisme SDM', 25],
      ['sarpras', 'Sarana Prasarana', 18],
      ['sipp', 'Sistem Informasi Pelayanan Publik', 11],
      ['pengaduan', 'Konsultasi dan Pengaduan', 10],
      ['inovasi', 'Inovasi', 12],
    ]);
    // The table of domain reference §5, row by row (# 1–30, then the supplementary 0 %).
    expect(indicators(m).map((i) => [i.id, i.weight])).toEqual([
      ['kebijakan.standarPelayanan', 17],
      ['kebijakan.pelibatanMasyarakat', 14],
      ['kebijakan.publikasiStandar', 7],
      ['kebijakan.peninjauanStandar', 14],
      ['kebijakan.maklumat', 10],
      ['kebijakan.skm', 17],
      ['kebijakan.publikasiSkm', 7],
      ['kebijakan.tindakLanjutSkm', 7],
      ['kebijakan.kecepatanTindakLanjutSkm', 7],
      ['sdm.waktuPelayanan', 10],
      ['sdm.kodeEtik', 20],
      ['sdm.motivasiKerja', 20],
      ['sdm.penghargaan', 20],
      ['sdm.budayaPelayanan', 30],
      ['sarpras.parkir', 15],
      ['sarpras.ruangTunggu', 23],
      ['sarpras.toilet', 20],
      ['sarpras.kelompokRentan', 20],
      ['sarpras.penunjang', 11],
      ['sarpras.frontOffice', 11],
      [QUEUE, 0],
      ['sipp.informasiPublik', 30],
      ['sipp.pendukungOperasional', 20],
      ['sipp.kualitasElektronik', 20],
      ['sipp.pemutakhiranData', 30],
      ['pengaduan.tatapMuka', 20],
      ['pengaduan.media', 25],
      ['pengaduan.akuntabilitas', 25],
      ['pengaduan.tindakLanjut', 30],
      ['inovasi.penciptaan', 50],
      ['inovasi.keberlanjutan', 50],
    ]);
    expect(m.output).toEqual({ min: 0, max: 5 });
  });

  it('names every indicator officially (F-02) and in English, and keeps the form code in its notes', () => {
    for (const i of indicators(m)) {
      expect(i.name, i.id).toMatch(/^[A-Z]\S* .{10,}[^.]$/);
      expect(i.nameEn, i.id).toMatch(/^[A-Z].{10,}/);
      expect(i.notes, i.id).toMatch(/^F-02 /);
    }
    const byId = Object.fromEntries(indicators(m).map((i) => [i.id, i]));
    expect(byId['sdm.budayaPelayanan']).toMatchObject({ name: 'Tersedia pelaksana yang menerapkan budaya pelayanan', nameEn: 'Staff who practise the service culture', notes: 'F-02 14.b.K' });
    expect(byId[QUEUE]?.name).toBe('Tersedia sistem antrian untuk menunjang pelayanan');
  });

  it('weights inside each aspect sum to 100 (the queueing indicator adds 0 to Sarana Prasarana)', () => {
    for (const d of m.dimensions) {
      const sum = itemsOf(d.id).map((i) => parseFrac(i.weight)).reduce(fadd, frac(0n));
      expect(feq(sum, frac(100n)), d.id).toBe(true);
    }
    expect(itemsOf('sarpras').filter((i) => i.weight !== 0)).toHaveLength(6);
  });

  it('answers every indicator on the official 0–5 rubric: six labelled levels, keys "0" … "5", values 0 … 5', () => {
    for (const i of indicators(m)) {
      expect(i.answer.kind, i.id).toBe('levels');
      if (i.answer.kind !== 'levels') continue;
      expect(i.answer.levels.map((l) => [l.key, l.value]), i.id).toEqual([0, 1, 2, 3, 4, 5].map((v) => [String(v), v]));
      const labels = i.answer.levels.map((l) => l.label).filter((l): l is string => l !== undefined);
      expect(labels, i.id).toHaveLength(6);
      for (const l of labels) expect(l.length, i.id).toBeGreaterThan(5);
      expect(new Set(labels).size, `${i.id}: six different descriptions`).toBe(6);
    }
    const budaya = itemsOf('sdm')[4]!.answer;
    expect(budaya.kind === 'levels' && budaya.levels[5]!.label).toBe('Pelaksana pelayanan menerapkan 5 (lima) unsur budaya pelayanan.');
  });

  it('takes an answer as the number 0–5 or as the level key "0" … "5" alike', () => {
    const asKeys = Object.fromEntries(Object.entries(all(3)).map(([id, v]) => [id, String(v)]));
    expect(scoreUnit(m, asKeys).score).toBe(3);
    expect(scoreUnit(m, all(3)).score).toBe(3);
    expect(scoreUnit(m, { ...all(3), 'inovasi.penciptaan': '5' }).score).toBe(scoreUnit(m, { ...all(3), 'inovasi.penciptaan': 5 }).score);
  });
});

describe('pekppp2022: scores', () => {
  it('all 5 → 5.00 (A), all 0 → 0.00 (F)', () => {
    expect(scoreUnit(m, all(5)).score).toBe(5);
    expect(scoreUnit(m, all(5)).classification.category).toBe('A');
    expect(scoreUnit(m, all(0)).score).toBe(0);
    expect(scoreUnit(m, all(0)).classification.category).toBe('F');
  });

  it('5 everywhere but the heaviest SDM indicator (staff who practise the service culture) at 0 → 4.63, category A', () => {
    // By hand: that indicator weighs 30 % of Profesionalisme SDM, which weighs 25 %, so a 0
    // instead of a 5 costs 5 · 0.25 · 0.30 = 0.375: 5 − 0.375 = 4.625 → half-up 4.63, which is
    // above 4.50, so A (Pelayanan Prima).
    const r = scoreUnit(m, { ...all(5), 'sdm.budayaPelayanan': 0 });
    expect(r.unrounded).toBe(4.625);
    expect(r.score).toBe(4.63);
    expect(r.classification.category).toBe('A');
    expect(r.classification.label).toBe('Pelayanan Prima');
    // scoreBatch (the fast kernel) agrees, with the zero-weight column in the matrix.
    const order = indicatorOrder(m);
    const row = order.map((id) => (id === 'sdm.budayaPelayanan' ? 0 : 5));
    expect([...scoreBatch(m, row)]).toEqual([4.63]);
  });

  it('computes the index as Σ aspect weight × indicator weight × score', () => {
    const answers: Record<string, number> = {};
    indicators(m).forEach((i, n) => (answers[i.id] = (n * 7) % 6)); // 0, 1, 2, 3, 4, 5, 0, …
    // Independent exact computation with the declared weights.
    let index: Frac = frac(0n);
    for (const d of m.dimensions) {
      const items = d.variables.flatMap((v) => v.indicators);
      const total = items.map((i) => parseFrac(i.weight)).reduce(fadd, frac(0n));
      for (const i of items)
        index = fadd(index, fmul(fmul(frac(BigInt(d.weight as number), 100n), fmul(parseFrac(i.weight), frac(total.q, total.p))), frac(BigInt(answers[i.id]!))));
    }
    const hundredths = (2n * 100n * index.p + index.q) / (2n * index.q);
    expect(scoreUnit(m, answers).score).toBe(Number(hundredths) / 100);
  });

  it('the queueing indicator changes nothing, whatever its answer (or none)', () => {
    const strip = (r: UnitScore) => ({
      score: r.score,
      unrounded: r.unrounded,
      category: r.classification.category,
      dimensions: r.dimensions.map((d) => [d.id, d.score, d.variables.flatMap((v) => v.indicators.filter((i) => i.id !== QUEUE).map((i) => [i.id, i.points, i.effectiveWeight]))]),
    });
    const mixed = Object.fromEntries(indicatorOrder(m).map((id, n) => [id, (n * 5) % 6]));
    for (const base of [all(5), all(0), mixed, { ...all(5), 'sdm.budayaPelayanan': 0 }]) {
      const reference = strip(scoreUnit(m, { ...base, [QUEUE]: 0 }));
      for (const q of [1, 2, 3, 4, 5, '5', 'na']) expect(strip(scoreUnit(m, { ...base, [QUEUE]: q })), `queue ${q}`).toEqual(reference);
      const { [QUEUE]: _, ...without } = base;
      for (const missing of ['zero', 'respread'] as const) expect(strip(scoreUnit(m, without, { missing })), missing).toEqual(reference);
    }
    // It is recorded: its answer shows in the breakdown, weighing nothing.
    const q = scoreUnit(m, { ...all(5), [QUEUE]: 2 }).dimensions[2]!.variables[1]!.indicators[0]!;
    expect(q).toMatchObject({ id: QUEUE, answer: 2, value: 2, effectiveWeight: 0, points: 0, pointsLost: 0 });
  });

  it('classifies on the nine-band table, A starting above 4.50', () => {
    expect(m.scale).toBe(scales.pekppp2022);
    expect(scoreUnit(m, all(4)).score).toBe(4);
    expect(scoreUnit(m, all(4)).classification.category).toBe('B');
    expect(scoreUnit(m, allAnswers(m, 'max')).score).toBe(5);
    expect(classify(4.5, m.scale).category).toBe('A-');
    expect(classify(4.51, m.scale).label).toBe('Pelayanan Prima');
    expect(classify(1, m.scale).category).toBe('F');
  });

  it('flags Kab. Kendal: 4.44 reported as "A" is A- on the table', () => {
    const r = checkReportedScore({ reported: { score: 4.44, category: 'A' }, methodology: m });
    expect(r.consistent).toBe(false);
    expect(r.category).toEqual({ reported: 'A', expected: 'A-', consistent: false, basis: 'reported' });
  });
});

describe('pekppp2022: provenance', () => {
  it('every weight is sourced: no placeholder left (before: 21 of 47 were assumed equal splits)', () => {
    const r = describeProvenance(m);
    expect(r.placeholders).toEqual([]);
    expect(r.dimensions.map((d) => d.indicatorWeights.placeholders)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.dimensions.every((d) => d.weight.status === 'official')).toBe(true);
    // Indicator weights: [2+] in the domain reference (a KemenPAN-RB deck for Kebijakan Pelayanan, three apps for the rest).
    expect(indicators(m).every((i) => i.provenance?.confidence === 'multiple-sources')).toBe(true);
    expect(itemsOf('kebijakan').every((i) => i.provenance?.source?.includes('KemenPAN-RB PEKPPP 2025 deck'))).toBe(true);
    // 1 formula + 6 aspects + 31 indicators + 1 scale + 9 bands.
    expect(r.entries).toHaveLength(48);
  });
});
