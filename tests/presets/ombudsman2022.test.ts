import { describe, expect, it } from 'vitest';
import { aggregate, describeProvenance, KepatuhanError, presets, scales, scoreUnit } from '../../src/index.js';
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

describe('ombudsman2022: the published structure (domain reference §2)', () => {
  it('has the four dimension weights 21.85 / 32.37 / 24.24 / 21.54 and the known 12.22 % of Input', () => {
    expect(m.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ['input', 21.85],
      ['proses', 32.37],
      ['output', 24.24],
      ['pengaduan', 21.54],
    ]);
    const known = indicators(m).find((i) => i.id === 'input.kompetensi.standar')!;
    expect(known.weight).toBe(12.22);
    expect(known.provenance?.confidence).toBe('single-source');
    // The other nine Input indicators share the remaining 87.78 % equally.
    const rest = m.dimensions[0]!.variables.flatMap((v) => v.indicators).filter((i) => i !== known);
    expect(rest).toHaveLength(9);
    expect(feq(rest.map((i) => parseFrac(i.weight)).reduce(fadd, frac(0n)), parseFrac('87.78'))).toBe(true);
    expect(rest.every((i) => i.provenance?.confidence === 'assumed')).toBe(true);
  });

  it('is in force 2022–2024 and classifies on the A–E scale', () => {
    expect(m.years).toEqual({ from: 2022, to: 2024 });
    expect(m.scale).toBe(scales.ombudsman2022);
  });

  it('shows on a dashboard that the weights inside every dimension are (mostly) assumed', () => {
    const r = describeProvenance(m);
    const input = r.dimensions.find((d) => d.id === 'input')!;
    expect(input.weight.status).toBe('official');
    expect(input.indicatorWeights).toMatchObject({ total: 10, placeholders: 9 });
    expect(r.dimensions.find((d) => d.id === 'proses')!.indicatorWeights.placeholders).toBe(11);
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
