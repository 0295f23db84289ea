import { describe, expect, it } from 'vitest';
import { defineMethodology, gapToBand, isKepatuhanError, presets, scales, scoreUnit } from '../../src/index.js';
import { adjusted } from '../helpers/adjusted.js';
import { miniMethodology, ombudsmanAnswers } from '../helpers/methodologies.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}

const abc = miniMethodology([
  { id: 'a', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
  { id: 'b', weight: 30, answer: { kind: 'interval', min: 0, max: 3 } },
  { id: 'c', weight: 20, answer: { kind: 'yesNo' } },
]);

describe('gapToBand: plans', () => {
  // a = 2, b = 2, c = no: 50·2/3 + 30·2/3 = 53.33 (D). Steps: a +16.67, b +10, c +20 (by hand).
  const r = scoreUnit(abc, { a: 2, b: 2, c: false });

  it('reaches the green zone (78.00) with the fewest steps, the biggest gains first', () => {
    const g = gapToBand(abc, r, { zone: 'hijau' });
    expect(g.current).toEqual({ score: 53.33, category: 'D', zone: 'merah' });
    expect(g.target).toEqual({ category: null, zone: 'hijau', minScore: 78 });
    expect(g.pointsNeeded).toBe(24.67);
    // One step gains at most 20 < 24.67; two steps: c (20) + a (16.67).
    expect(g.steps).toBe(2);
    expect(g.plan.map((s) => [s.id, s.from, s.to, s.steps, s.pointsGained])).toEqual([['c', false, true, 1, 20], ['a', 2, 3, 1, 16.67]]);
    expect(g.projected).toEqual({ score: 90, category: 'A', zone: 'hijau' });
    expect(scoreUnit(abc, { a: 3, b: 2, c: true }).score).toBe(g.projected.score);
    expect([g.reached, g.reachable]).toEqual([false, true]);
  });

  it('says when the target is unreachable, with the best reachable and what blocks', () => {
    const g = gapToBand(abc, r, 'A', { locked: ['a'] });
    expect([g.reached, g.reachable, g.steps, g.plan]).toEqual([false, false, 0, []]);
    expect(g.best).toEqual({ score: 83.33, category: 'B', zone: 'hijau' });
    expect(g.blocked).toEqual([{ id: 'a', name: 'Indicator a', reason: 'locked' }]);
    const capped = gapToBand(abc, r, 'A', { caps: { a: 2, b: 3 } });
    expect(capped.reachable).toBe(false);
    expect(capped.blocked).toEqual([{ id: 'a', name: 'Indicator a', reason: 'capped' }]);
    expect(gapToBand(abc, r, 'A', { caps: new Map([['b', 2]]) }).plan.map((s) => s.id)).toEqual(['c', 'a']);
  });

  it('returns an empty plan when the unit is already in the band or above', () => {
    const g = gapToBand(abc, r, 'D');
    expect([g.reached, g.reachable, g.pointsNeeded, g.steps, g.plan]).toEqual([true, true, 0, 0, []]);
    expect(gapToBand(abc, r, 'E').reached).toBe(true);
  });

  it('prefers the plan gaining most points among the shortest, even against the largest single steps', () => {
    // L: levels 0, 0.1, 1 (weight 50): steps +5 then +45. c: yes/no (30): +30. b (20) is already 3.
    const m = miniMethodology([
      { id: 'L', weight: 50, answer: { kind: 'levels', levels: [{ key: 'none', value: 0 }, { key: 'some', value: 0.1 }, { key: 'full', value: 1 }] } },
      { id: 'c', weight: 30, answer: { kind: 'yesNo' } },
      { id: 'b', weight: 20, answer: { kind: 'interval', min: 0, max: 3 } },
    ]);
    const u = scoreUnit(m, { L: 'none', c: false, b: 3 }); // 20.00, E
    const g = gapToBand(m, u, 'C'); // needs 54.00: 34 points; one step gives at most 30
    expect(g.steps).toBe(2);
    // Two-step plans reaching C: c + L→some (35 points) and L→full (50 points): the second gains more.
    expect(g.plan.map((s) => [s.id, s.from, s.to, s.steps])).toEqual([['L', 'none', 'full', 2]]);
    expect(g.projected).toEqual({ score: 70, category: 'C', zone: 'kuning' });
  });

  it('is exact at a band edge: 87.995 is reported as 88.00 (half-up), which is A; 87.994 is not', () => {
    const m = miniMethodology([{ id: 'p', weight: 1, answer: { kind: 'percent', decimals: 3 } }]);
    expect(scoreUnit(m, { p: 87.995 }).classification.category).toBe('A');
    expect(scoreUnit(m, { p: 87.994 }).classification.category).toBe('B');
    const g = gapToBand(m, scoreUnit(m, { p: 80 }), 'A');
    expect(g.plan.map((s) => [s.from, s.to, s.steps])).toEqual([[80, 87.995, 7995]]);
    expect(g.pointsNeeded).toBe(8);
    expect(g.projected.category).toBe('A');
    expect(g.projected.score).toBe(88);
  });

  it('keeps not-applicable indicators not applicable and lists them', () => {
    const g = gapToBand(abc, scoreUnit(abc, { a: 'na', b: 1, c: false }), 'A');
    expect(g.blocked).toEqual([{ id: 'a', name: 'Indicator a', reason: 'notApplicable' }]);
    expect(g.plan.map((s) => s.id).sort()).toEqual(['b', 'c']);
    expect(g.reachable).toBe(true);
  });

  it('plans a unit of the Ombudsman preset into A, and the plan re-scores to A', () => {
    const answers = ombudsmanAnswers({ 'proses.standar.maklumat': 0, 'proses.standar.biaya': 1, 'input.sarpras.jumlahPelaksana': 1, 'pengaduan.pengelolaan.pembinaan': 0, 'output.persepsi.imbalan': 1 }, 2);
    const r = scoreUnit(presets.ombudsman2022, answers);
    expect(r.classification.category).not.toBe('A');
    const g = gapToBand(presets.ombudsman2022, r, 'A');
    expect(g.reachable).toBe(true);
    const after = { ...answers, ...Object.fromEntries(g.plan.map((s) => [s.id, s.to as number])) };
    const again = scoreUnit(presets.ombudsman2022, after);
    expect(again.score).toBe(g.projected.score);
    expect(again.classification.category).toBe('A');
    expect(g.plan.reduce((s, x) => s + x.steps, 0)).toBe(g.steps);
  });
});

describe('gapToBand: results carrying an adjustment (correction and cap on the reported score)', () => {
  // 53.33, corrected by 5 and capped at 77.99 (green zone barred): reported 48.33.
  const r = adjusted(scoreUnit(abc, { a: 2, b: 2, c: false }), 5, 77.99);
  it('plans with the adjustment applied: a capped zone is out of reach, a lower band is reached net of the correction', () => {
    const green = gapToBand(abc, r, { zone: 'hijau' });
    expect(green.current.score).toBe(48.33);
    expect([green.reachable, green.best.score, green.adjustment]).toEqual([false, 77.99, { correction: 5, cap: 77.99 }]);
    const c = gapToBand(abc, r, 'C');
    // One step suffices: c (+20) gives 73.33 − 5 = 68.33; b (+10) would give only 58.33.
    expect([c.steps, c.plan.map((s) => s.id), c.projected]).toEqual([1, ['c'], { score: 68.33, category: 'C', zone: 'kuning' }]);
  });
  it('rejects an adjustment record whose score before does not follow from the answers', () => {
    const bad = { ...r, adjustment: { ...(r as unknown as { adjustment: object }).adjustment, scoreBefore: 60 } } as unknown as typeof r;
    expect(codeOf(() => gapToBand(abc, bad, 'C'))).toBe('METHODOLOGY_MISMATCH @ unitResult.adjustment.scoreBefore');
  });
});

describe('gapToBand: bad input', () => {
  const r = scoreUnit(abc, { a: 2, b: 2, c: false });
  it('reports unknown bands, indicators and bad caps', () => {
    expect(codeOf(() => gapToBand(abc, r, 'Z'))).toBe('UNKNOWN_BAND @ target');
    expect(codeOf(() => gapToBand(abc, r, { zone: 'biru' as never }))).toBe('UNKNOWN_BAND @ target.zone');
    expect(codeOf(() => gapToBand(abc, r, 7 as never))).toBe('INVALID_OPTION @ target');
    expect(codeOf(() => gapToBand(abc, r, 'A', { locked: ['zz'] }))).toBe('UNKNOWN_INDICATOR @ options.locked[0]');
    expect(codeOf(() => gapToBand(abc, r, 'A', { caps: { a: 4 } }))).toBe('ANSWER_OUT_OF_RANGE @ options.caps["a"]');
    expect(codeOf(() => gapToBand(abc, r, 'A', { caps: { a: 'na' } }))).toBe('INVALID_ANSWER @ options.caps["a"]');
    expect(codeOf(() => gapToBand(presets.ombudsman2022, r, 'A'))).toBe('METHODOLOGY_MISMATCH @ unitResult.methodology');
  });
  it('rejects a zone target on a scale without zones', () => {
    const m = defineMethodology({
      id: 'pekppp-mini', name: 'PEKPPP mini', version: '1', output: { min: 0, max: 5 }, scale: scales.pekppp2022,
      dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [{ id: 'a', name: 'A', weight: 100, answer: { kind: 'ordinal', min: 0, max: 5 } }] }] }],
    });
    const u = scoreUnit(m, { a: 3 });
    expect(codeOf(() => gapToBand(m, u, { zone: 'hijau' }))).toBe('UNKNOWN_BAND @ target.zone');
    // "A" on PEKPPP starts above 4.50: the ordinal answer must reach 5.
    expect(gapToBand(m, u, 'A').plan.map((s) => [s.from, s.to])).toEqual([[3, 5]]);
    expect(gapToBand(m, u, 'A-').plan.map((s) => [s.from, s.to])).toEqual([[3, 5]]);
    expect(gapToBand(m, u, 'B').plan.map((s) => [s.from, s.to])).toEqual([[3, 4]]);
  });
});
