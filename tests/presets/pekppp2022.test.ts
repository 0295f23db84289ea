import { describe, expect, it } from 'vitest';
import { checkReportedScore, classify, describeProvenance, presets, scales, scoreUnit } from '../../src/index.js';
import { allAnswers, checkPresetInvariants, fadd, fmul, frac, indicators, parseFrac, type Frac } from '../helpers/presetChecks.js';

const m = presets.pekppp2022;
checkPresetInvariants(m);

describe('pekppp2022: six aspects, indicators 0–5, index 0–5 (domain reference §5)', () => {
  it('has the six aspect weights of PermenPANRB 29/2022 and the indicator counts 9, 5, 6, 4, 4, 2', () => {
    expect(m.dimensions.map((d) => [d.name, d.weight])).toEqual([
      ['Kebijakan Pelayanan', 24],
      ['Profesionalisme SDM', 25],
      ['Sarana Prasarana', 18],
      ['Sistem Informasi Pelayanan Publik', 11],
      ['Konsultasi dan Pengaduan', 10],
      ['Inovasi', 12],
    ]);
    expect(m.dimensions.map((d) => d.variables.flatMap((v) => v.indicators).length)).toEqual([9, 5, 6, 4, 4, 2]);
    expect(indicators(m).every((i) => i.answer.kind === 'ordinal' && i.answer.min === 0 && i.answer.max === 5)).toBe(true);
    expect(m.output).toEqual({ min: 0, max: 5 });
  });

  it('uses the known Kebijakan Pelayanan indicator weights; the rest are equal and assumed', () => {
    const kebijakan = m.dimensions[0]!.variables[0]!.indicators;
    expect(kebijakan.map((i) => i.weight)).toEqual([17, 14, 7, 14, 10, 17, 7, 7, 7]);
    expect(kebijakan.every((i) => i.provenance?.confidence === 'single-source')).toBe(true);
    const r = describeProvenance(m);
    expect(r.dimensions.map((d) => d.indicatorWeights.placeholders)).toEqual([0, 5, 6, 4, 4, 2]);
    expect(r.dimensions.every((d) => d.weight.status === 'official')).toBe(true);
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

  it('classifies on the nine-band table, A starting above 4.50', () => {
    expect(m.scale).toBe(scales.pekppp2022);
    const all4 = allAnswers(m, 'max');
    for (const k of Object.keys(all4)) all4[k] = 4;
    expect(scoreUnit(m, all4).score).toBe(4);
    expect(scoreUnit(m, all4).classification.category).toBe('B');
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
