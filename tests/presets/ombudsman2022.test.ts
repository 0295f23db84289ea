import { describe, expect, it } from 'vitest';
import { aggregate, describeProvenance, KepatuhanError, presetForYear, presets, scales, scoreUnit, type Methodology } from '../../src/index.js';
import { allAnswers, checkPresetInvariants, fadd, frac, indicators, parseFrac, feq } from '../helpers/presetChecks.js';

const m = presets.ombudsman2022;
checkPresetInvariants(m);

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof KepatuhanError ? `${e.code} ${e.path}` : String(e);
  }
  return 'no error';
}

const inputOf = (mm: typeof m) => mm.dimensions.find((d) => d.id === 'input')!;
const best = allAnswers(m, 'max');

describe('ombudsman2022: the five variables, with the 2022 Input list (domain reference §2)', () => {
  it('has four dimensions weighing 21.85 / 32.37 / 24.24 / 21.54, from multiple sources', () => {
    expect(m.dimensions.map((d) => [d.id, d.weight, d.provenance?.confidence])).toEqual([
      ['input', 21.85, 'multiple-sources'],
      ['proses', 32.37, 'multiple-sources'],
      ['output', 24.24, 'multiple-sources'],
      ['pengaduan', 21.54, 'multiple-sources'],
    ]);
  });

  it('has the same five variables as 2023–2024', () => {
    const variables = (mm: Methodology) => mm.dimensions.flatMap((d) => d.variables.map((v) => [d.id, v.id, v.name]));
    expect(variables(m)).toEqual(variables(presets.ombudsman2023));
    expect(variables(m)).toHaveLength(5);
  });

  it('lists 5 Kompetensi Pelaksana and 8 Sarana Prasarana indicators: no recommendations indicator (2023 only), quality assurance instead of compensation', () => {
    const [kompetensi, sarpras] = inputOf(m).variables;
    expect(kompetensi!.indicators.map((i) => i.id)).toEqual([
      'input.kompetensi.standarPelayanan',
      'input.kompetensi.tugasJabatan',
      'input.kompetensi.ombudsman',
      'input.kompetensi.maladministrasi',
      'input.kompetensi.kelompokRentan',
    ]);
    expect(sarpras!.indicators.map((i) => i.id)).toEqual([
      'input.sarpras.pengawasanInternal',
      'input.sarpras.jumlahPelaksana',
      'input.sarpras.jaminanPelayanan',
      'input.sarpras.keamananKeselamatan',
      'input.sarpras.lainnya1',
      'input.sarpras.lainnya2',
      'input.sarpras.lainnya3',
      'input.sarpras.lainnya4',
    ]);
  });

  it('shares Proses (11 indicators), Output and Pengaduan with 2023–2024, indicator for indicator', () => {
    for (const id of ['proses', 'output', 'pengaduan']) {
      const of = (mm: Methodology) => mm.dimensions.find((d) => d.id === id)!;
      expect(of(m), id).toEqual(of(presets.ombudsman2023));
    }
    expect(m.dimensions[1]!.variables[0]!.indicators).toHaveLength(11);
  });

  it('scores every indicator on the 0–3 interval; all 3 give 100 and all 0 give 0', () => {
    expect(indicators(m).every((i) => i.answer.kind === 'interval' && i.answer.min === 0 && i.answer.max === 3)).toBe(true);
    expect(scoreUnit(m, best).score).toBe(100);
    expect(scoreUnit(m, allAnswers(m, 'min')).score).toBe(0);
  });

  it('rejects an answer for the 2023-only recommendations indicator: use ombudsman2023 for 2023 answers', () => {
    // @ts-expect-error the 2022 preset's ids do not include it, so this does not compile either
    expect(code(() => scoreUnit(m, { ...best, 'input.kompetensi.rekomendasi': 3 }))).toBe('UNKNOWN_INDICATOR answers["input.kompetensi.rekomendasi"]');
  });

  it('is in force in 2022 only and classifies on the A–E scale', () => {
    expect(m.years).toEqual({ from: 2022, to: 2022 });
    expect(m.scale).toBe(scales.ombudsman2022);
    expect(presetForYear(2022)).toBe(m);
  });
});

describe('ombudsman2022: indicator weights and their provenance', () => {
  it('keeps 12.22 % for "pengetahuan tentang komponen standar pelayanan", marked assumed: the figure is the 2023 one', () => {
    const known = indicators(m).find((i) => i.id === 'input.kompetensi.standarPelayanan')!;
    expect(known.weight).toBe(12.22);
    expect(known.provenance?.confidence).toBe('assumed');
    expect(known.provenance?.note).toMatch(/2023/);
  });

  it('splits the other 87.78 % of Input equally over the other 12 indicators, marked assumed', () => {
    const rest = inputOf(m).variables.flatMap((v) => v.indicators).filter((i) => i.id !== 'input.kompetensi.standarPelayanan');
    expect(rest).toHaveLength(12);
    expect(feq(rest.map((i) => parseFrac(i.weight)).reduce(fadd, frac(0n)), parseFrac('87.78'))).toBe(true);
    expect(rest.every((i) => i.provenance?.confidence === 'assumed')).toBe(true);
  });

  it('the 12.22 % indicator at 0: 100 − 21.85 × 0.1222 = 97.32993 → 97.33; another Input indicator at 0: 100 − 21.85 × 0.07315 = 98.4016725 → 98.40', () => {
    expect(scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 }).score).toBe(97.33);
    expect(scoreUnit(m, { ...best, 'input.sarpras.jaminanPelayanan': 0 }).score).toBe(98.4);
    // The same answer under the 2023 list (87.78 / 14 each) costs less: 98.63.
    expect(scoreUnit(presets.ombudsman2023, { ...allAnswers(presets.ombudsman2023, 'max'), 'input.sarpras.lainnya1': 0 }).score).toBe(98.63);
  });

  it('shows on a dashboard that every indicator weight is a placeholder: 13 + 11 + 7 + 5 = 36', () => {
    const r = describeProvenance(m);
    const input = r.dimensions.find((d) => d.id === 'input')!;
    expect(input.weight.status).toBe('official');
    expect(input.indicatorWeights).toMatchObject({ total: 13, placeholders: 13 });
    expect(r.dimensions.map((d) => d.indicatorWeights.placeholders)).toEqual([13, 11, 7, 5]);
    expect(r.placeholders).toHaveLength(36);
    expect(r.counts).toMatchObject({ 'multiple-sources': 10, 'single-source': 0, inferred: 1, assumed: 36, unspecified: 0 });
  });
});

describe('ombudsman2022: the 2023 "variabel substantif" as a caller-supplied adjustment', () => {
  const full = allAnswers(m, 'max'); // 100.00
  // One indicator of Proses (32.37 % / 11) at 2 of 3: 100 − 32.37/11/3 = 99.0190… → 99.02
  const nearlyFull = { ...full, 'proses.standar.biaya': 2 };

  it('subtracts a correction exactly and records the score before it', () => {
    expect(scoreUnit(m, nearlyFull).score).toBe(99.02);
    const r = scoreUnit(m, nearlyFull, { adjustment: { correction: 5, reason: 'Tindakan korektif tidak ditindaklanjuti' } });
    expect(r.score).toBe(94.02);
    expect(r.adjustment).toMatchObject({ correction: 5, cap: null, barredZone: null, scoreBefore: 99.02, capped: false, clamped: false, reason: 'Tindakan korektif tidak ditindaklanjuti' });
    expect(r.adjustment?.classificationBefore?.category).toBe('A');
    expect(r.classification.category).toBe('A');
  });

  it('bars the green zone: the score is capped at 77.99, the highest value below B', () => {
    const r = scoreUnit(m, full, { adjustment: { barZone: 'hijau' } });
    expect(r.score).toBe(77.99);
    expect(r.classification).toMatchObject({ category: 'C', zone: 'kuning' });
    expect(r.adjustment).toMatchObject({ cap: 77.99, barredZone: 'hijau', scoreBefore: 100, capped: true });
    expect(r.adjustment?.classificationBefore?.zone).toBe('hijau');
    expect(r.pointsLost).toBe(22.01);
  });

  it('applies the correction before the cap, and leaves a score already below the cap alone', () => {
    const r = scoreUnit(m, full, { adjustment: { correction: 30, barZone: 'hijau' } });
    expect(r.score).toBe(70);
    expect(r.adjustment?.capped).toBe(false);
    const low = scoreUnit(m, allAnswers(m, 'min'), { adjustment: { barZone: 'hijau' } });
    expect(low.score).toBe(0);
    expect(low.adjustment?.capped).toBe(false);
  });

  it('never goes below the output minimum', () => {
    const r = scoreUnit(m, nearlyFull, { adjustment: { correction: 150 } });
    expect(r.score).toBe(0);
    expect(r.adjustment?.clamped).toBe(true);
    expect(r.classification.category).toBe('E');
  });

  it('an explicit cap and barZone: the lower cap wins', () => {
    expect(scoreUnit(m, full, { adjustment: { cap: 60, barZone: 'hijau' } }).score).toBe(60);
    expect(scoreUnit(m, full, { adjustment: { cap: '80,5', barZone: 'hijau' } }).score).toBe(77.99);
  });

  it('without the option the result has no adjustment field (the existing shape is unchanged)', () => {
    const r = scoreUnit(m, full);
    expect('adjustment' in r).toBe(false);
    expect('followedUpCorrectiveActions' in r).toBe(false);
  });

  it('also applies at entity level through aggregate (Kota Cilegon 2024 units)', () => {
    const units = [97.55, 97.02, 96.29, 95.22, 93.98, 93.63, 93.46];
    const r = aggregate(units, { scale: m.scale, adjustment: { correction: 2.5, barZone: 'hijau' } });
    expect(r.adjustment).toMatchObject({ scoreBefore: 95.31, correction: 2.5, cap: 77.99, capped: true });
    expect(r.score).toBe(77.99);
    expect(aggregate(units, { scale: m.scale, adjustment: { correction: 2.5 } }).score).toBe(92.81);
  });

  it('rejects adjustments that cannot be applied exactly or make no sense', () => {
    expect(code(() => scoreUnit(m, full, { adjustment: { correction: -1 } }))).toBe('INVALID_OPTION options.adjustment.correction');
    expect(code(() => scoreUnit(m, full, { adjustment: { correction: 0.005 } }))).toBe('INVALID_OPTION options.adjustment.correction');
    expect(code(() => scoreUnit(m, full, { adjustment: { cap: 120 } }))).toBe('VALUE_OUT_OF_RANGE options.adjustment.cap');
    expect(code(() => scoreUnit(m, full, { adjustment: { barZone: 'biru' as never } }))).toBe('INVALID_OPTION options.adjustment.barZone');
    expect(code(() => scoreUnit(m, full, { adjustment: { correctoin: 5 } as never }))).toBe('INVALID_OPTION options.adjustment["correctoin"]');
    expect(code(() => scoreUnit(m, full, { adjustment: { barZone: 'merah' } }))).toBe('INVALID_OPTION options.adjustment.barZone');
    expect(code(() => scoreUnit(m, full, { adjustment: 5 as never }))).toBe('INVALID_OPTION options.adjustment');
    expect(code(() => aggregate([90], { adjustment: { barZone: 'hijau' } }))).toBe('INVALID_OPTION options.adjustment.barZone');
  });

  it('the result stays plain JSON data', () => {
    const r = scoreUnit(m, nearlyFull, { adjustment: { correction: 1, barZone: 'hijau' } });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
