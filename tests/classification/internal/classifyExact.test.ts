import { describe, expect, it } from 'vitest';
import { classifyExact, classifyScaled, readFollowUp } from '../../../src/classification/internal/classifyExact.js';
import { compileScale, type CompiledScale } from '../../../src/classification/internal/compileScale.js';
import { parseDecimal } from '../../../src/internal/rational.js';
import { classify, KepatuhanError, type ScaleSpec } from '../../../src/index.js';
import { thrown } from '../../helpers/errors.js';

/** A pass/fail scale written here: P holds 60.00–100.00 (green, with a colour), F holds 0.00–59.99 (no zone, no colour). */
const spec: ScaleSpec = {
  id: 'lulus',
  name: 'Lulus/gagal',
  min: 0,
  max: 100,
  followUpQualifier: { label: 'Tanpa Maladministrasi', labelEn: 'without maladministration' },
  bands: [
    { category: 'P', label: 'Lulus', labelEn: 'Pass', zone: 'hijau', color: '#2e7d32', min: 60, max: 100 },
    { category: 'F', label: 'Gagal', labelEn: 'Fail', min: 0, max: 60, maxInclusive: false },
  ],
};
const c = compileScale(spec);
const { followUpQualifier: _q, ...plainSpec } = spec;
const plain = compileScale(plainSpec);
const dec = (s: string) => parseDecimal(s)!;


describe('classifyExact and classifyScaled: defaults', () => {
  it('without a path, a value off the scale is reported at "value"', () => {
    expect(thrown(() => classifyExact(dec('100.01'), c)).path).toBe('value');
    expect(thrown(() => classifyScaled(10001n, c)).path).toBe('value');
    expect(thrown(() => classifyExact(dec('100.01'), c, 'score')).path).toBe('score');
  });

  it('without `qualified`, the label is the band\'s own, even on a scale that has a qualifier', () => {
    for (const r of [classifyExact(dec('70'), c), classifyScaled(7000n, c)]) {
      expect(r.label).toBe('Lulus');
      expect(r.labelEn).toBe('Pass');
      expect('qualifier' in r).toBe(false);
    }
  });
});

describe('classifyScaled: the result', () => {
  it('a value off the grid range is VALUE_OUT_OF_RANGE, naming the value, the scale and its range', () => {
    // 100.005 rounds half-up to 100.01, one grid step above max.
    const e = thrown(() => classify(100.005, c.scale));
    expect(e.code).toBe('VALUE_OUT_OF_RANGE');
    expect(e.message).toBe('value: 100.01 lies outside the scale lulus (0–100)');
    expect(thrown(() => classifyScaled(-1n, c)).message).toBe('value: -0.01 lies outside the scale lulus (0–100)');
  });

  it('qualified: both labels get the qualifier, and the qualifier is given on its own', () => {
    const r = classifyScaled(7000n, c, 'value', true);
    expect(r.label).toBe('Lulus Tanpa Maladministrasi');
    expect(r.labelEn).toBe('Pass without maladministration');
    expect(r.qualifier).toEqual({ label: 'Tanpa Maladministrasi', labelEn: 'without maladministration' });
  });

  it('a band without zone or colour gives a result without those keys; a band with them keeps them', () => {
    const f = classifyScaled(5999n, c);
    expect(f.category).toBe('F');
    expect(Object.keys(f)).not.toContain('zone');
    expect(Object.keys(f)).not.toContain('color');
    const p = classifyScaled(6000n, c);
    expect(p.category).toBe('P');
    expect([p.zone, p.color]).toEqual(['hijau', '#2e7d32']);
  });

  it('a compiled scale whose bands leave a hole is refused with INVALID_SCALE rather than a wrong band', () => {
    // Only P (60.00–100.00) is kept: 30.00 is in the range but in no band.
    const holed: CompiledScale = { ...c, bands: c.bands.filter((b) => b.band.category === 'P') };
    const e = thrown(() => classifyScaled(3000n, holed, 'score'));
    expect([e.code, e.path, e.message]).toEqual(['INVALID_SCALE', 'score', 'score: no band holds 30.00']);
  });
});

describe('readFollowUp: followedUpCorrectiveActions', () => {
  it('absent or false is false; true is true on a scale with a qualifier', () => {
    expect(readFollowUp({}, c)).toBe(false);
    expect(readFollowUp({ followedUpCorrectiveActions: false }, undefined)).toBe(false);
    expect(readFollowUp({ followedUpCorrectiveActions: true }, c)).toBe(true);
  });

  it('anything but true or false is INVALID_OPTION at options.followedUpCorrectiveActions', () => {
    for (const v of ['ya', 1, null]) {
      const e = thrown(() => readFollowUp({ followedUpCorrectiveActions: v }, c));
      expect([e.code, e.path]).toEqual(['INVALID_OPTION', 'options.followedUpCorrectiveActions']);
    }
    expect(thrown(() => readFollowUp({ followedUpCorrectiveActions: 'ya' }, c)).message).toBe(
      'options.followedUpCorrectiveActions: followedUpCorrectiveActions must be true or false, got "ya"',
    );
  });

  it('the path follows the options\' own path', () => {
    expect(thrown(() => readFollowUp({ followedUpCorrectiveActions: 'ya' }, c, 'opts')).path).toBe('opts.followedUpCorrectiveActions');
  });

  it('true without a scale is INVALID_OPTION saying a scale is needed', () => {
    const e = thrown(() => readFollowUp({ followedUpCorrectiveActions: true }, undefined));
    expect([e.code, e.path]).toEqual(['INVALID_OPTION', 'options.followedUpCorrectiveActions']);
    expect(e.message).toBe('options.followedUpCorrectiveActions: followedUpCorrectiveActions needs a scale to qualify the opinion (pass options.scale)');
  });

  it('true on a scale without a qualifier is INVALID_OPTION naming the scale', () => {
    const e = thrown(() => readFollowUp({ followedUpCorrectiveActions: true }, plain));
    expect([e.code, e.path]).toEqual(['INVALID_OPTION', 'options.followedUpCorrectiveActions']);
    expect(e.message).toContain('the scale lulus has no follow-up qualifier');
  });
});
