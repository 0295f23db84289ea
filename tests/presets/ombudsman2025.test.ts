import { describe, expect, it } from 'vitest';
import { aggregate, classify, describeProvenance, KepatuhanError, presets, scales, scoreUnit, type Methodology } from '../../src/index.js';
import { allAnswers, checkPresetInvariants, fadd, feq, fmul, frac, indicators, parseFrac } from '../helpers/presetChecks.js';

const m = presets.ombudsman2025;
checkPresetInvariants(m);

describe('ombudsman2025: four dimensions 70 %, public trust 30 % (domain reference §3)', () => {
  const four = m.dimensions.filter((d) => d.id !== 'kepercayaan');
  const trust = m.dimensions.find((d) => d.id === 'kepercayaan')!;

  it('weighs input, proses, output and pengaduan together exactly 70 % and public trust 30 %', () => {
    expect(four.map((d) => d.id)).toEqual(['input', 'proses', 'output', 'pengaduan']);
    expect(feq(four.map((d) => parseFrac(d.weight)).reduce(fadd, frac(0n)), frac(70n))).toBe(true);
    expect(trust.weight).toBe(30);
    expect(trust.provenance?.confidence).toBe('single-source');
  });

  it('splits the 70 % in proportion to the 2022–2024 weights, marked assumed', () => {
    for (const d of four) {
      const w2022 = presets.ombudsman2022.dimensions.find((x) => x.id === d.id)!.weight;
      expect(feq(parseFrac(d.weight), fmul(parseFrac(w2022), frac(7n, 10n))), d.id).toBe(true);
      expect(d.provenance?.confidence).toBe('assumed');
      expect(d.provenance?.note).toMatch(/70 %/);
    }
    const r = describeProvenance(m);
    expect(r.dimensions.filter((d) => d.weight.status === 'placeholder').map((d) => d.id)).toEqual(['input', 'proses', 'output', 'pengaduan']);
  });

  it('keeps the 2023–2024 indicator ids of input, proses and pengaduan, so answers carry over', () => {
    for (const id of ['input', 'proses', 'pengaduan']) {
      const ids = (mm: Methodology) => mm.dimensions.find((d) => d.id === id)!.variables.flatMap((v) => v.indicators.map((i) => i.id));
      expect(ids(m)).toEqual(ids(presets.ombudsman2023));
    }
  });

  it('starts every indicator id with its dimension id and a dot, as its literal id type says', () => {
    // The type of presets.ombudsman2025 claims the carried ids are `input.…`, `proses.…` and
    // `pengaduan.…` (src/presets/ombudsman2025.ts, CarriedId): an id outside would be a lie.
    for (const d of m.dimensions) {
      for (const v of d.variables) for (const i of v.indicators) expect(i.id.startsWith(`${d.id}.`), i.id).toBe(true);
    }
  });

  it('scores 70 % × the four dimensions + 30 % × public trust', () => {
    // All four dimensions at their maximum, public trust 80 of 100: 70 + 0.3 × 80 = 94.
    const r = scoreUnit(m, { ...allAnswers(m, 'max'), 'kepercayaan.survei.indeks': 80 });
    expect(r.score).toBe(94);
    // Only public trust at its maximum: 30.
    expect(scoreUnit(m, { ...allAnswers(m, 'min'), 'kepercayaan.survei.indeks': 100 }).score).toBe(30);
  });
});

describe('ombudsman2025: the opinion', () => {
  it('uses the same numeric A–E bands and labels as 2022–2024, marked inferred', () => {
    const strip = (s: { readonly bands: typeof m.scale.bands | typeof scales.ombudsman2022.bands }) =>
      s.bands.map(({ category, label, min, max, minInclusive, maxInclusive }) => ({ category, label, min, max, minInclusive, maxInclusive }));
    expect(strip(m.scale)).toEqual(strip(scales.ombudsman2022));
    // Zones are the same for A–D; E moves from merah to the new hitam (domain reference §3).
    expect(m.scale.bands.map((b) => b.zone)).toEqual(['hijau', 'hijau', 'kuning', 'merah', 'hitam']);
    expect(scales.ombudsman2022.bands.map((b) => b.zone)).toEqual(['hijau', 'hijau', 'kuning', 'merah', 'merah']);
    expect(m.scale.bands.every((b) => b.provenance?.confidence === 'inferred')).toBe(true);
  });

  it('has four zones, hitam new for E, marked disputed and single-source, in data a dashboard can read', () => {
    expect(m.scale).toBe(scales.ombudsman2025);
    expect(m.scale.zoneProvenance?.confidence).toBe('disputed');
    expect(m.scale.zoneProvenance?.note).toMatch(/[Ss]ingle source, contested/);
    const zones = describeProvenance(m).entries.find((e) => e.subject === 'zones')!;
    expect(zones).toMatchObject({ status: 'disputed', value: 'A, B hijau; C kuning; D merah; E hitam' });
    // The ranges as the Ombudsman member stated them on 28 January 2026 (domain reference §3).
    expect(m.scale.zones.map(({ id, label, min, max, order }) => ({ id, label, min, max, order }))).toEqual([
      { id: 'hijau', label: 'Zona Hijau', min: 78, max: 100, order: 0 },
      { id: 'kuning', label: 'Zona Kuning', min: 54, max: 77.99, order: 1 },
      { id: 'merah', label: 'Zona Merah', min: 32, max: 53.99, order: 2 },
      { id: 'hitam', label: 'Zona Hitam', min: 0, max: 31.99, order: 3 },
    ]);
    expect(m.scale.zones.every((z) => z.provenance?.confidence === 'single-source' && /suarapancasila/.test(z.provenance.source ?? ''))).toBe(true);
    expect(classify(93.1, m.scale).zone).toBe('hijau');
  });

  it('puts 31.99 in zona hitam and 32.00 in zona merah, exactly at the rounded boundary', () => {
    const black = classify(31.99, m.scale);
    expect([black.category, black.zone, black.zoneLabel, black.zoneLabelEn]).toEqual(['E', 'hitam', 'Zona Hitam', 'Black zone']);
    expect(black.zoneColor).toBe(m.scale.zones[3]!.color);
    expect(classify(32, m.scale).zone).toBe('merah');
    // 31.995 is reported as 32.00 (half-up), so it is merah, not hitam.
    expect(classify(31.995, m.scale).zone).toBe('merah');
    expect(classify(31.994, m.scale).zone).toBe('hitam');
    expect(classify(0, m.scale).zone).toBe('hitam');
    // On the 2022–2024 scale the same E score is merah: there is no hitam.
    expect(classify(31.99, scales.ombudsman2022).zone).toBe('merah');
  });

  it('adds "Tanpa Maladministrasi" to the opinion when the entity followed up the corrective actions', () => {
    const answers = allAnswers(m, 'max');
    const yes = scoreUnit(m, answers, { followedUpCorrectiveActions: true });
    expect(yes.classification.label).toBe('Kualitas Tertinggi Tanpa Maladministrasi');
    expect(yes.classification.category).toBe('A');
    expect(yes.classification.qualifier).toEqual({ label: 'Tanpa Maladministrasi', labelEn: 'without maladministration' });
    expect(yes.followedUpCorrectiveActions).toBe(true);
    const no = scoreUnit(m, answers, { followedUpCorrectiveActions: false });
    expect(no.classification.label).toBe('Kualitas Tertinggi');
    expect(no.classification.qualifier).toBeUndefined();
    expect(no.followedUpCorrectiveActions).toBe(false);
    // Any category can be qualified: the qualifier follows the band.
    expect(classify(60, m.scale, { followedUpCorrectiveActions: true }).label).toBe('Kualitas Sedang Tanpa Maladministrasi');
  });

  it('qualifies an entity\'s aggregated opinion too', () => {
    const r = aggregate([93.1, 95.2, 90], { scale: m.scale, followedUpCorrectiveActions: true });
    expect(r.classification?.label).toBe('Kualitas Tertinggi Tanpa Maladministrasi');
    expect(r.followedUpCorrectiveActions).toBe(true);
  });

  it('refuses the qualifier on scales that have none (before 2025)', () => {
    const run = () => scoreUnit(presets.ombudsman2022, allAnswers(presets.ombudsman2022, 'max'), { followedUpCorrectiveActions: true });
    expect(run).toThrow(KepatuhanError);
    expect(run).toThrow(/no follow-up qualifier/);
    expect(() => aggregate([90], { followedUpCorrectiveActions: true })).toThrow(/needs a scale/);
    expect(() => classify(90, m.scale, { followedUpCorrectiveActions: 'ya' as never })).toThrow(/true or false/);
  });

  it('marks the secondary-data output and the public-trust index as assumed', () => {
    const out = indicators(m).filter((i) => i.id.startsWith('output.') || i.id.startsWith('kepercayaan.'));
    expect(out.map((i) => i.id)).toEqual([
      'output.sekunder.bps',
      'output.sekunder.kemenpanrb',
      'output.sekunder.kemendagri',
      'output.sekunder.bappenas',
      'kepercayaan.survei.indeks',
    ]);
    expect(out.every((i) => i.provenance?.confidence === 'assumed' && i.answer.kind === 'percent')).toBe(true);
  });
});
