import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS, defineMethodology, describeProvenance, KepatuhanError, presets, scales } from '../../src/index.js';

describe('describeProvenance', () => {
  it.each(Object.values(presets).map((m) => [m.id, m] as const))('%s: lists every weight, band and the scale, each with a provenance', (_id, m) => {
    const r = describeProvenance(m);
    const indicatorCount = m.dimensions.reduce((s, d) => s + d.variables.reduce((t, v) => t + v.indicators.length + (v.weight !== undefined ? 1 : 0), 0), 0);
    const extra = (m.scale.zoneProvenance !== undefined ? 1 : 0) + (m.scale.followUpQualifier !== undefined ? 1 : 0);
    expect(r.entries).toHaveLength(1 + m.dimensions.length + indicatorCount + 1 + m.scale.bands.length + extra);
    expect(r.complete).toBe(true);
    expect(r.counts.unspecified).toBe(0);
    expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.entries.length);
    expect(r.placeholders).toEqual(r.entries.filter((e) => e.confidence === 'assumed'));
    expect(r.methodology).toEqual({ id: m.id, name: m.name, version: m.version });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('orders entries as the document: methodology, dimensions with their weights, scale, bands', () => {
    const r = describeProvenance(presets.ombudsman2023);
    expect(r.entries[0]).toMatchObject({ subject: 'methodology', path: '', id: 'ombudsman2023', confidence: 'inferred', status: 'inferred' });
    expect(r.entries[1]).toMatchObject({ subject: 'dimension', path: 'dimensions[0]', id: 'input', value: '21.85', confidence: 'multiple-sources', status: 'official' });
    expect(r.entries[2]).toMatchObject({
      subject: 'indicator',
      path: 'dimensions[0].variables[0].indicators[0]',
      id: 'input.kompetensi.standarPelayanan',
      dimension: 'input',
      value: '12.22',
      status: 'official',
    });
    expect(r.entries[3]).toMatchObject({ value: '87.78/14', confidence: 'assumed', status: 'placeholder' });
    expect(r.entries[3]!.note).toMatch(/not public/);
    const bands = r.entries.filter((e) => e.subject === 'band');
    expect(bands.map((b) => b.value)).toEqual([
      '[88, 100] A Kualitas Tertinggi',
      '[78, 87.99] B Kualitas Tinggi',
      '[54, 77.99] C Kualitas Sedang',
      '[32, 53.99] D Kualitas Rendah',
      '[0, 31.99] E Kualitas Terendah',
    ]);
  });

  it('summarises per dimension which weights are placeholders', () => {
    const r = describeProvenance(presets.ombudsman2023);
    expect(r.dimensions.map((d) => d.summary)).toEqual([
      'Input: weight multiple-sources; indicator weights: 1 single-source, 14 assumed',
      'Proses: weight multiple-sources; indicator weights: 11 assumed',
      'Output: weight multiple-sources; indicator weights: 7 assumed',
      'Pengaduan: weight multiple-sources; indicator weights: 5 assumed',
    ]);
    expect(r.official).toBe(false);
  });

  it('shows open-interval bands (PEKPPP "4.51 – 5.00" is above 4.50)', () => {
    const a = describeProvenance(presets.pekppp2022).entries.find((e) => e.subject === 'band' && e.id === 'A')!;
    expect(a.value).toBe('(4.5, 5] A Pelayanan Prima');
  });

  it('reports the 2025 disputed zones and the qualifier', () => {
    const r = describeProvenance(presets.ombudsman2025);
    expect(r.entries.find((e) => e.subject === 'zones')).toMatchObject({ path: 'scale.zoneProvenance', confidence: 'disputed', status: 'disputed' });
    expect(r.entries.find((e) => e.subject === 'qualifier')).toMatchObject({ value: 'Tanpa Maladministrasi', status: 'official' });
    expect(r.counts.disputed).toBe(1);
  });

  it('marks items of a user methodology without provenance as unspecified placeholders', () => {
    const m = defineMethodology({
      id: 'mine',
      name: 'Mine',
      version: '1',
      output: { min: 0, max: 100 },
      scale: scales.ombudsman2022,
      dimensions: [
        {
          id: 'd',
          name: 'D',
          weight: 100,
          provenance: { confidence: 'regulation', source: 'Perda 1/2026' },
          variables: [{ id: 'v', name: 'V', weight: 100, indicators: [{ id: 'a', name: 'A', weight: 100, answer: { kind: 'yesNo' } }] }],
        },
      ],
    });
    const r = describeProvenance(m);
    expect(r.complete).toBe(false);
    expect(r.entries.find((e) => e.id === 'v')).toMatchObject({ subject: 'variable', confidence: 'unspecified', status: 'placeholder' });
    expect(r.entries.find((e) => e.id === 'a')).toMatchObject({ confidence: 'unspecified', status: 'placeholder' });
    expect(r.dimensions[0]!.summary).toBe('D: weight regulation; indicator weights: 2 unspecified');
    expect(r.entries.find((e) => e.id === 'd')).not.toHaveProperty('note');
  });

  it('knows every confidence level, disputed included, and rejects invalid specs', () => {
    expect(CONFIDENCE_LEVELS).toEqual(['regulation', 'multiple-sources', 'single-source', 'inferred', 'disputed', 'assumed']);
    expect(() => describeProvenance({ id: 'x' } as never)).toThrow(KepatuhanError);
  });
});
