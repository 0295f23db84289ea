import { describe, expect, it } from 'vitest';
import { aggregate, classify, describeProvenance, presets, scales, scoreUnit } from '../../src/index.js';
import { checkPresetInvariants, indicators } from '../helpers/presetChecks.js';

const m = presets.ombudsman2013;
checkPresetInvariants(m);

/** A product that fulfils all but the given items. */
function product(missing: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(indicators(m).map((i) => [i.id, !missing.includes(i.id)]));
}

/** Half-up rounding of p/q to a whole number (independent integer arithmetic, p, q ≥ 0). */
const halfUp = (p: bigint, q: bigint): bigint => (2n * p + q) / (2n * q);
/** p/q × 100 rounded half-up to 2 decimals, as hundredths. */
const hundredths = (p: bigint, q: bigint): bigint => halfUp(100n * p, q);

describe('ombudsman2013: zones-only checklist (domain reference §1)', () => {
  it('is a yes/no checklist of 17 equally weighted items, all marked assumed', () => {
    const items = indicators(m);
    expect(items).toHaveLength(17);
    expect(items.every((i) => i.answer.kind === 'yesNo')).toBe(true);
    expect(items.every((i) => i.provenance?.confidence === 'assumed')).toBe(true);
    const r = describeProvenance(m);
    expect(r.dimensions.every((d) => d.weight.status === 'placeholder' && d.indicatorWeights.placeholders === d.indicatorWeights.total)).toBe(true);
    // Only the scale is official.
    expect(r.entries.filter((e) => e.status === 'official').map((e) => e.subject)).toEqual(['scale', 'band', 'band', 'band']);
  });

  it('uses the official 3-zone scale, lower bounds inclusive', () => {
    expect(m.scale).toBe(scales.ombudsman2013);
    expect(m.years).toEqual({ from: 2013, to: 2021 });
    expect(classify(81, m.scale).zone).toBe('hijau');
    expect(classify(80.99, m.scale).zone).toBe('kuning');
    expect(classify(51, m.scale).zone).toBe('kuning');
    expect(classify(50.99, m.scale).label).toBe('Kepatuhan Rendah');
  });

  it('scores a service product as the share of items fulfilled, rounded half-up', () => {
    for (const missing of [[], ['penyampaian.biaya'], ['penyampaian.biaya', 'pengelolaan.jumlah', 'pendukung.khusus', 'pengelolaan.evaluasi']]) {
      const fulfilled = BigInt(17 - missing.length);
      const expected = Number(hundredths(fulfilled * 100n, 17n)) / 100;
      expect(scoreUnit(m, product(missing)).score).toBe(expected);
    }
    // 14 of 17 = 82.35 (hijau), 13 of 17 = 76.47 (kuning), 8 of 17 = 47.06 (merah)
    const three = ['penyampaian.biaya', 'pengelolaan.jumlah', 'pendukung.khusus'];
    expect(scoreUnit(m, product(three)).classification.zone).toBe('hijau');
    expect(scoreUnit(m, product([...three, 'pengelolaan.evaluasi'])).classification.zone).toBe('kuning');
    const nine = indicators(m).slice(0, 9).map((i) => i.id);
    expect(scoreUnit(m, product(nine)).classification.zone).toBe('merah');
  });

  it('scores a unit as the mean of its products (product scores first rounded to 2 decimals)', () => {
    const products = [[], ['penyampaian.biaya'], ['penyampaian.waktu', 'pengelolaan.dasar-hukum', 'pendukung.maklumat']];
    const scores = products.map((p) => scoreUnit(m, product(p)));
    const unit = aggregate(scores, { scale: m.scale });
    // Independent: hundredths of 17/17, 16/17, 14/17 → mean → half-up.
    const h = [17n, 16n, 14n].map((k) => hundredths(k * 100n, 17n));
    const sum = h.reduce((a, b) => a + b, 0n);
    expect(unit.score).toBe(Number(halfUp(sum, 3n)) / 100);
    expect(unit.count).toBe(3);
    expect(unit.classification?.zone).toBe('hijau');
  });
});
