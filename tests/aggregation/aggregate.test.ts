import { describe, expect, it } from 'vitest';
import { aggregate, defineMethodology, scales, scoreUnit, type AggregateInput } from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';
import { seeds } from '../helpers/fixtures.js';

describe('aggregate reproduces published regional scores (examples/data/seed-results.json)', () => {
  const regions = seeds().regions.filter((r) => r.units.length > 0);

  it.each(regions.filter((r) => r.reported.score !== undefined).map((r) => [r.region, r] as const))(
    '%s: the mean of its units equals the published score',
    (_name, region) => {
      const r = aggregate(region.units.map((u) => u.score), { scale: scales.ombudsman2022 });
      expect(r.score).toBe(region.reported.score);
      expect(r.count).toBe(region.units.length);
      if (region.reported.category !== undefined) expect(r.classification?.category).toBe(region.reported.category);
      if (region.reported.zone !== undefined) expect(r.classification?.zone).toBe(region.reported.zone);
    },
  );

  it('Kab. Serang computes 91.98 from its six units, not the headline "91"', () => {
    const serang = regions.find((r) => r.region === 'Kabupaten Serang')!;
    const r = aggregate(serang.units.map((u) => u.score), { scale: scales.ombudsman2022 });
    expect(r.score).toBe(91.98);
    expect(r.classification?.zone).toBe(serang.reported.zone);
    expect(r.classification?.label.toLowerCase()).toBe(serang.reported.opinion);
  });

  it('Pandeglang 95.25 and Cilegon 95.31, as the domain reference publishes them (§2)', () => {
    const byName = (name: string) => regions.find((r) => r.region === name)!.units.map((u) => u.score);
    expect(aggregate(byName('Kabupaten Pandeglang')).score).toBe(95.25);
    expect(aggregate(byName('Kota Cilegon')).score).toBe(95.31);
  });

  it('the units may be written as Indonesian decimal strings', () => {
    const cilegon = regions.find((r) => r.region === 'Kota Cilegon')!;
    const texts = cilegon.units.map((u) => u.score.toFixed(2).replace('.', ','));
    expect(texts[0]).toBe('97,55');
    expect(aggregate(texts).score).toBe(95.31);
  });

  it('truncation would give Cilegon 95.30, not the published 95.31: half-up is the rule that fits', () => {
    // Σ = 667.15, / 7 = 95.3071…
    const cilegon = regions.find((r) => r.region === 'Kota Cilegon')!.units.map((u) => u.score);
    expect(aggregate(cilegon, { rounding: 'truncate' }).score).toBe(95.3);
    expect(aggregate(cilegon, { rounding: 'halfUp' }).score).toBe(95.31);
  });

  it('reports count, lowest and highest unit', () => {
    const cilegon = regions.find((r) => r.region === 'Kota Cilegon')!.units.map((u) => u.score);
    const r = aggregate(cilegon);
    expect(r).toMatchObject({ count: 7, min: 93.46, max: 97.55, method: 'mean', roundedInputs: true, rounding: { mode: 'halfUp', decimals: 2 } });
    expect(r.classification).toBeUndefined();
  });
});

describe('aggregate: methods', () => {
  it('weightedMean with options.weights: (80·3 + 90·1) / 4 = 82.5', () => {
    expect(aggregate([80, 90], { method: 'weightedMean', weights: [3, 1] }).score).toBe(82.5);
    expect(aggregate([80, 90], { method: 'weightedMean', weights: ['3', '1'] }).score).toBe(82.5);
  });

  it('weightedMean with a weight on each entry, zero weights allowed', () => {
    const r = aggregate([{ score: 80, weight: 1 }, { score: 90, weight: 2 }, { score: 10, weight: 0 }], { method: 'weightedMean' });
    // (80 + 180) / 3 = 86.666… → 86.67
    expect(r.score).toBe(86.67);
    expect(r.method).toBe('weightedMean');
  });

  it('median of an odd count is the middle score, of an even count the mean of the two middle ones', () => {
    expect(aggregate([100, 80, 90], { method: 'median' }).score).toBe(90);
    expect(aggregate([95, 70, 90, 80], { method: 'median' }).score).toBe(85);
    // (80.01 + 80.02) / 2 = 80.015 → 80.02 half-up
    expect(aggregate([80.02, 80.01], { method: 'median' }).score).toBe(80.02);
    expect(aggregate([42], { method: 'median' }).score).toBe(42);
  });

  it('a custom function receives the rounded scores and the weights, and its result is rounded', () => {
    let seen: { scores: readonly number[]; weights: readonly number[] | undefined } | undefined;
    const r = aggregate([90.004, 80.006], {
      method: (scores, weights) => {
        seen = { scores, weights };
        return 88.005;
      },
      weights: [1, 2],
    });
    expect(seen).toEqual({ scores: [90, 80.01], weights: [1, 2] });
    expect(r.score).toBe(88.01);
    expect(r.method).toBe('custom');
    expect(aggregate([90, 80], { method: (scores) => Math.min(...scores) }).score).toBe(80);
    // Results stay within 0–100 (a result outside is refused), so 0 and 1 tell the cases apart.
    expect(aggregate([90, 80], { method: (_s, weights) => (weights === undefined ? 0 : 1) }).score).toBe(0);
  });

  it('roundInputs: false averages the values as given; true (default) rounds each unit first, as the Ombudsman does', () => {
    // Rounded first: 2.00, 2.00, 2.01 → 6.01 / 3 = 2.0033… → 2.00. As given: 6.015 / 3 = 2.005 → 2.01.
    expect(aggregate([2.004, 2.004, 2.007]).score).toBe(2);
    expect(aggregate([2.004, 2.004, 2.007], { roundInputs: false }).score).toBe(2.01);
    expect(aggregate([2.004, 2.004, 2.007], { roundInputs: false }).roundedInputs).toBe(false);
    expect(aggregate([2.004, 2.004, 2.007], { roundInputs: false }).min).toBe(2.004);
  });

  it('the rounding option applies to inputs and result: one decimal', () => {
    // Cilegon rounded to one decimal first: 97.6 + 97.0 + 96.3 + 95.2 + 94.0 + 93.6 + 93.5 = 667.2; / 7 = 95.314… → 95.3
    expect(aggregate([97.55, 97.02, 96.29, 95.22, 93.98, 93.63, 93.46], { rounding: { decimals: 1 } }).score).toBe(95.3);
    expect(aggregate([97.55, 97.02, 96.29, 95.22, 93.98, 93.63, 93.46], { rounding: { decimals: 1 } }).rounding).toEqual({ mode: 'halfUp', decimals: 1 });
  });

  it('results roll up: agencies into a ministry, averaging the agencies\' rounded scores', () => {
    // 90.5 and 251/3 = 83.67; (90.5 + 83.67) / 2 = 87.085 → 87.09
    const ministry = aggregate([aggregate([90, 91]), aggregate([80, 85, 86])]);
    expect(ministry.score).toBe(87.09);
  });

  it('unit results roll up directly', () => {
    const m = defineMethodology(flat([ind('a', 50), ind('b', 50)]));
    // 5/6 · 100 = 83.33 and 1/2 · 100 = 50 → 66.665 → 66.67
    const r = aggregate([scoreUnit(m, { a: 3, b: 2 }), scoreUnit(m, { a: 3, b: 0 })], { scale: scales.ombudsman2022 });
    expect(r.score).toBe(66.67);
    expect(r.classification?.category).toBe('C');
  });

  it('classifies the result on a given scale: (95.31 + 94.01) / 2 = 94.66 is A', () => {
    const r = aggregate([95.31, 94.01], { method: 'mean', scale: scales.ombudsman2022 });
    expect([r.score, r.classification?.category, r.classification?.zone]).toEqual([94.66, 'A', 'hijau']);
  });

  it('does not mutate its inputs', () => {
    const scores: AggregateInput[] = [{ score: 90, weight: 2 }, { score: 80, weight: 1 }, { score: '70,5', weight: '1' }];
    const before = JSON.stringify(scores);
    expect(() => aggregate(scores, { method: 'median' })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    aggregate(scores, { method: (s) => s.length });
    aggregate(scores, { method: 'weightedMean' });
    expect(JSON.stringify(scores)).toBe(before);
  });

  it('refuses weights it would ignore: entries with a weight need method "weightedMean"', () => {
    const weighted = [{ score: 90, weight: 3 }, { score: 80, weight: 1 }];
    expect(() => aggregate(weighted)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION', path: 'options.method' }));
    expect(aggregate(weighted, { method: 'weightedMean' }).score).toBe(87.5); // (270 + 80) / 4
  });

  it.each(['mean', 'median'] as const)('refuses options.weights with method "%s", which would ignore them', (method) => {
    for (const weights of [[3, 1], ['abc']]) {
      expect(() => aggregate([90, 80], { method, weights })).toThrowError(
        expect.objectContaining({ code: 'INVALID_OPTION', path: 'options.weights', message: expect.stringContaining(`"${method}"`) }),
      );
    }
    expect(aggregate([90, 80], { method: 'weightedMean', weights: [3, 1] }).score).toBe(87.5);
  });

  it('reads weights as exact fractions too', () => {
    // (90 · 1/9 + 80 · 2/9) / (3/9) = 250 / 3 = 83.333… → 83.33
    expect(aggregate([90, 80], { method: 'weightedMean', weights: ['1/9', '2/9'] }).score).toBe(83.33);
    expect(() => aggregate([90, 80], { method: 'weightedMean', weights: ['abc', 1] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_SCORE_WEIGHT', path: 'options.weights[0]' }),
    );
  });

  it('a correction gives an exact unrounded mean and stops at 0 without a scale', () => {
    const r = aggregate([50, 50], { adjustment: { correction: '7.77' } });
    expect(r.score).toBe(42.23);
    expect(r.unrounded).toBe(42.23); // not 42.230000000000004
    expect(aggregate([1], { adjustment: { correction: 5 } }).score).toBe(0);
  });

  it('results are plain JSON data', () => {
    const r = aggregate([95.31, 94.01], { scale: scales.ombudsman2022 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('aggregate: errors', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      const k = e as { code: string; path: string };
      return [k.code, k.path];
    }
    return undefined;
  };

  it.each([
    ['no scores', () => aggregate([]), 'EMPTY_INPUT', 'scores'],
    ['a score that is not a decimal', () => aggregate([90, 'sembilan puluh']), 'INVALID_NUMBER', 'scores[1]'],
    ['a NaN score', () => aggregate([90, Number.NaN]), 'INVALID_NUMBER', 'scores[1]'],
    ['an entry score that is null', () => aggregate([90, { score: null as unknown as number }]), 'INVALID_TYPE', 'scores[1].score'],
    ['an entry without a score', () => aggregate([{ weight: 1 } as unknown as AggregateInput]), 'MISSING_FIELD', 'scores[0]'],
    ['a negative weight', () => aggregate([90, 80], { method: 'weightedMean', weights: [1, -1] }), 'INVALID_SCORE_WEIGHT', 'options.weights[1]'],
    ['weights all zero', () => aggregate([90, 80], { method: 'weightedMean', weights: [0, 0] }), 'INVALID_SCORE_WEIGHT', 'options.weights'],
    ['too few weights', () => aggregate([90, 80], { method: 'weightedMean', weights: [1] }), 'INVALID_SCORE_WEIGHT', 'options.weights'],
    ['an entry without a weight', () => aggregate([{ score: 90, weight: 1 }, 80], { method: 'weightedMean' }), 'INVALID_SCORE_WEIGHT', 'scores[1].weight'],
    ['an unknown method', () => aggregate([90], { method: 'mode' as 'mean' }), 'INVALID_OPTION', 'options.method'],
    ['a custom method that returns NaN', () => aggregate([90], { method: () => Number.NaN }), 'INVALID_NUMBER', 'options.method'],
    ['roundInputs that is not a boolean', () => aggregate([90], { roundInputs: 'yes' as unknown as boolean }), 'INVALID_OPTION', 'options.roundInputs'],
    ['an unknown rounding mode', () => aggregate([90], { rounding: 'bankers' as 'halfUp' }), 'INVALID_ROUNDING', 'options.rounding'],
    ['a result outside the scale', () => aggregate([90], { method: () => 101, scale: scales.ombudsman2022 }), 'VALUE_OUT_OF_RANGE', 'score'],
  ])('%s', (_what, f, code, path) => {
    expect(codeOf(f)).toEqual([code, path]);
  });
});
