import { describe, expect, it } from 'vitest';
import { describeProvenance, indicatorOrder, presetForYear, presets, scales, scoreUnit } from '../../src/index.js';
import { allAnswers, checkPresetInvariants, fadd, feq, frac, indicators, parseFrac } from '../helpers/presetChecks.js';

const m = presets.ombudsman2023;
checkPresetInvariants(m);

const inputOf = (mm: typeof m) => mm.dimensions.find((d) => d.id === 'input')!;
const best = allAnswers(m, 'max');

describe('ombudsman2023: the five variables of the 2023 deck (domain reference §2)', () => {
  it('has four dimensions weighing 21.85 / 32.37 / 24.24 / 21.54, from multiple sources', () => {
    expect(m.dimensions.map((d) => [d.id, d.weight, d.provenance?.confidence])).toEqual([
      ['input', 21.85, 'multiple-sources'],
      ['proses', 32.37, 'multiple-sources'],
      ['output', 24.24, 'multiple-sources'],
      ['pengaduan', 21.54, 'multiple-sources'],
    ]);
  });

  it('has five variables: Kompetensi Pelaksana and Sarana Prasarana in Input, one each in the other dimensions', () => {
    expect(m.dimensions.flatMap((d) => d.variables.map((v) => [d.id, v.id, v.name]))).toEqual([
      ['input', 'input.kompetensi', 'Kompetensi Pelaksana'],
      ['input', 'input.sarpras', 'Sarana Prasarana'],
      ['proses', 'proses.standar', 'Standar Pelayanan'],
      ['output', 'output.persepsi', 'Persepsi Maladministrasi'],
      ['pengaduan', 'pengaduan.pengelolaan', 'Pengelolaan Pengaduan'],
    ]);
  });

  it('lists 6 Kompetensi Pelaksana and 9 Sarana Prasarana indicators as the 2023 deck does, named where the deck names them', () => {
    const [kompetensi, sarpras] = inputOf(m).variables;
    expect(kompetensi!.indicators.map((i) => i.id)).toEqual([
      'input.kompetensi.standarPelayanan',
      'input.kompetensi.tugasJabatan',
      'input.kompetensi.ombudsman',
      'input.kompetensi.maladministrasi',
      'input.kompetensi.rekomendasi',
      'input.kompetensi.kelompokRentan',
    ]);
    expect(sarpras!.indicators.map((i) => i.id)).toEqual([
      'input.sarpras.pengawasanInternal',
      'input.sarpras.jumlahPelaksana',
      'input.sarpras.kompensasi',
      'input.sarpras.keamananKeselamatan',
      'input.sarpras.lainnya1',
      'input.sarpras.lainnya2',
      'input.sarpras.lainnya3',
      'input.sarpras.lainnya4',
      'input.sarpras.lainnya5',
    ]);
    // The five the public slides do not name say so, in both languages.
    for (const i of sarpras!.indicators.slice(4)) {
      expect(i.name).toMatch(/tidak dipublikasikan/);
      expect(i.nameEn).toMatch(/not public/);
    }
  });

  it('has 11 Proses indicators, including the substance of the Maklumat, and Pengaduan includes pembinaan pengelola pengaduan', () => {
    const proses = m.dimensions.find((d) => d.id === 'proses')!.variables.flatMap((v) => v.indicators);
    expect(proses).toHaveLength(11);
    expect(proses.map((i) => i.name)).toContain('Substansi Maklumat Pelayanan');
    const pengaduan = m.dimensions.find((d) => d.id === 'pengaduan')!.variables.flatMap((v) => v.indicators);
    expect(pengaduan.map((i) => i.name)).toContain('Pembinaan pengelola pengaduan');
  });

  it('scores every indicator on the 0–3 interval', () => {
    expect(new Set(indicators(m).map((i) => JSON.stringify(i.answer)))).toEqual(new Set([JSON.stringify({ kind: 'interval', min: 0, max: 3 })]));
  });

  it('all answers 3 give 100 and all answers 0 give 0', () => {
    expect(scoreUnit(m, best).score).toBe(100);
    expect(scoreUnit(m, Object.fromEntries(indicatorOrder(m).map((id) => [id, 0]))).score).toBe(0);
  });

  it('is in force 2023–2024 and classifies on the A–E scale introduced in 2022', () => {
    expect(m.years).toEqual({ from: 2023, to: 2024 });
    expect(m.scale).toBe(scales.ombudsman2022);
    expect(presetForYear(2023)).toBe(m);
    expect(presetForYear(2024)).toBe(m);
  });
});

describe('ombudsman2023: indicator weights', () => {
  it('keeps the one known weight: "pengetahuan tentang komponen standar pelayanan" = 12.22 % of Input, single-source', () => {
    const known = indicators(m).find((i) => i.id === 'input.kompetensi.standarPelayanan')!;
    expect(known.name).toBe('Pengetahuan tentang komponen standar pelayanan');
    expect(known.weight).toBe(12.22);
    expect(known.provenance?.confidence).toBe('single-source');
  });

  it('splits the other 87.78 % of Input equally over the other 14 indicators, marked assumed', () => {
    const rest = inputOf(m).variables.flatMap((v) => v.indicators).filter((i) => i.id !== 'input.kompetensi.standarPelayanan');
    expect(rest).toHaveLength(14);
    expect(feq(rest.map((i) => parseFrac(i.weight)).reduce(fadd, frac(0n)), parseFrac('87.78'))).toBe(true);
    expect(new Set(rest.map((i) => String(i.weight)))).toEqual(new Set(['87.78/14']));
    expect(rest.every((i) => i.provenance?.confidence === 'assumed')).toBe(true);
  });

  it('the known indicator at 0 costs exactly 12.22 % of Input: 100 − 21.85 × 0.1222 = 97.32993 → 97.33', () => {
    const r = scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 });
    expect(r.score).toBe(97.33);
    expect(r.dimensions[0]!.score).toBe(87.78); // 100 − 12.22
    // At 2 of 3 it costs a third of that: 100 − 2.67007 / 3 = 99.10998 → 99.11.
    expect(scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 2 }).score).toBe(99.11);
  });

  it('an assumed Input indicator at 0 costs 87.78 % / 14 of Input: 100 − 21.85 × 0.0627 = 98.630005 → 98.63', () => {
    expect(scoreUnit(m, { ...best, 'input.sarpras.lainnya5': 0 }).score).toBe(98.63);
    expect(scoreUnit(m, { ...best, 'input.kompetensi.rekomendasi': 0 }).score).toBe(98.63);
  });

  it('a Proses indicator at 0 costs 32.37 / 11 = 2.942727… points: 97.06', () => {
    expect(scoreUnit(m, { ...best, 'proses.standar.maklumat': 0 }).score).toBe(97.06);
  });
});

describe('ombudsman2023: provenance marks', () => {
  it('marks every indicator weight except the 12.22 % as a placeholder: 14 + 11 + 7 + 5 = 37', () => {
    const r = describeProvenance(m);
    expect(r.dimensions.map((d) => [d.id, d.indicatorWeights.total, d.indicatorWeights.placeholders])).toEqual([
      ['input', 15, 14],
      ['proses', 11, 11],
      ['output', 7, 7],
      ['pengaduan', 5, 5],
    ]);
    expect(r.placeholders.map((e) => e.subject)).toEqual(Array(37).fill('indicator'));
    expect(r.counts).toMatchObject({ 'multiple-sources': 10, 'single-source': 1, inferred: 1, assumed: 37, unspecified: 0 });
  });

  it('says in every placeholder note why the number is assumed and what to do', () => {
    for (const e of describeProvenance(m).placeholders) {
      expect(e.note, e.id).toMatch(/not public/);
      expect(e.note, e.id).toMatch(/[Oo]verride/);
    }
  });

  it('tells apart a named indicator with an assumed weight from a placeholder whose name is not public either', () => {
    const byId = new Map(describeProvenance(m).entries.map((e) => [e.id, e]));
    expect(byId.get('input.sarpras.kompensasi')!.note).toMatch(/Name from the 2023 deck/);
    expect(byId.get('input.sarpras.lainnya1')!.note).toMatch(/name only 4/);
  });
});
