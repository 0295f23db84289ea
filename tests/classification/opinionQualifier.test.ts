import { describe, expect, it } from 'vitest';
import { classify, defineScale, scales, validateScale, type ScaleSpec } from '../../src/index.js';

const base: ScaleSpec = {
  id: 'q',
  name: 'Q',
  min: 0,
  max: 100,
  bands: [
    { category: 'P', label: 'Lulus', labelEn: 'Pass', min: 50, max: 100 },
    { category: 'F', label: 'Gagal', min: 0, max: 50, maxInclusive: false },
  ],
};

describe('scale follow-up qualifier and zone provenance', () => {
  it('adds the qualifier to both labels only when asked', () => {
    const s = defineScale({ ...base, followUpQualifier: { label: 'Tanpa Maladministrasi' } });
    expect(s.followUpQualifier).toEqual({ label: 'Tanpa Maladministrasi', labelEn: 'Tanpa Maladministrasi' });
    expect(classify(70, s).label).toBe('Lulus');
    const q = classify(70, s, { followedUpCorrectiveActions: true });
    expect(q).toMatchObject({ label: 'Lulus Tanpa Maladministrasi', labelEn: 'Pass Tanpa Maladministrasi', category: 'P' });
    expect(classify(70, s, { followedUpCorrectiveActions: false }).label).toBe('Lulus');
  });

  it('validates the qualifier and the zone provenance with paths', () => {
    const bad = validateScale({ ...base, followUpQualifier: { labelEn: 'x' }, zoneProvenance: { confidence: 'rumour' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => `${i.code} ${i.path}`)).toEqual(['INVALID_TYPE zoneProvenance.confidence', 'MISSING_FIELD followUpQualifier.label']);
    }
    expect(validateScale({ ...base, followUpQualifier: 'Tanpa' }).ok).toBe(false);
  });

  it('keeps both through JSON', () => {
    const s = scales.ombudsman2025;
    const again = defineScale(JSON.parse(JSON.stringify(s)) as ScaleSpec);
    expect(again).toEqual(s);
  });

  it('refuses a qualifier the scale does not have', () => {
    expect(() => classify(70, defineScale(base), { followedUpCorrectiveActions: true })).toThrow(/no follow-up qualifier/);
  });
});
