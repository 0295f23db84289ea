import { describe, expect, it } from 'vitest';
import { aggregate, defineScale, scales, type AggregateInput, type AggregateOptions, type Scale } from '../../src/index.js';

/** The KepatuhanError `f` throws (fails the test if it throws nothing). */
function caught(f: () => unknown): { code: string; path: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; path: string; message: string };
  }
  throw new Error('expected an error, none was thrown');
}

/** Options whose `key` is a getter that throws: reading it must be reported at its path. */
function throwingOption(key: string, base: object = {}): AggregateOptions {
  return Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  }) as AggregateOptions;
}

/** A one-band scale from `min` to `max` on a one-decimal grid. */
function oneBand(min: string, max: string): Scale {
  return defineScale({ id: 'test', name: 'Test', min, max, decimals: 1, bands: [{ category: 'A', label: 'All', min, max }] });
}

describe('aggregate: bad scores are refused with a message that says what is wrong', () => {
  it('a list that is not an array is refused as such, even a string (which has a length)', () => {
    for (const bad of [42, 'abc', { length: 1, 0: 90 }]) {
      const e = caught(() => aggregate(bad as unknown as AggregateInput[]));
      expect([e.code, e.path]).toEqual(['INVALID_TYPE', 'scores']);
      expect(e.message).toContain('scores must be an array');
    }
    expect(caught(() => aggregate(42 as unknown as AggregateInput[])).message).toContain('42');
  });

  it('an empty list says there is nothing to aggregate', () => {
    expect(caught(() => aggregate([])).message).toContain('no scores');
  });

  it('an entry without a score says a score is needed', () => {
    const e = caught(() => aggregate([{ weight: 1 } as unknown as AggregateInput]));
    expect(e.message).toContain('an object with a score');
  });

  it('a bad score calls it a score in the message', () => {
    expect(caught(() => aggregate([90, 'x'])).message).toContain(': score must be');
    expect(caught(() => aggregate([{ score: 'x' }])).message).toContain(': score must be');
  });
});

describe('aggregate: bad options are refused with a message that names the option', () => {
  it('roundInputs that is not a boolean', () => {
    const e = caught(() => aggregate([90], { roundInputs: 'yes' as unknown as boolean }));
    expect(e.message).toContain('roundInputs must be true or false');
    expect(e.message).toContain('"yes"');
  });

  it('an unknown method lists the methods there are', () => {
    const e = caught(() => aggregate([90], { method: 'mode' as 'mean' }));
    expect(e.message).toContain('"mean", "weightedMean", "median" or a function');
    expect(e.message).toContain('"mode"');
  });

  it('a scale that is not defined is reported at options.scale', () => {
    const e = caught(() => aggregate([90], { scale: { id: 'x', name: 'X', min: 0, max: 100, bands: 'none' } as unknown as Scale }));
    expect([e.code, e.path]).toEqual(['NOT_DEFINED', 'options.scale']);
  });

  it.each(['rounding', 'roundInputs', 'method', 'scale', 'followedUpCorrectiveActions', 'weights'])(
    'an option %s that cannot be read is reported at options.<name>',
    (key) => {
      const e = caught(() => aggregate([90], throwingOption(key)));
      expect([e.code, e.path]).toEqual(['UNREADABLE_INPUT', `options.${key}`]);
    },
  );

  it('a weight that cannot be read is reported at its index in options.weights', () => {
    const weights = [1, 2];
    Object.defineProperty(weights, 0, {
      get() {
        throw new Error('boom');
      },
    });
    const e = caught(() => aggregate([90, 80], { method: 'weightedMean', weights }));
    expect([e.code, e.path]).toEqual(['UNREADABLE_INPUT', 'options.weights[0]']);
  });
});

describe('aggregate: weights', () => {
  it('mean and median refuse a list where only some entries carry a weight, naming the method', () => {
    for (const method of ['mean', 'median'] as const) {
      const e = caught(() => aggregate([{ score: 90, weight: 2 }, 80], { method }));
      expect([e.code, e.path]).toEqual(['INVALID_OPTION', 'options.method']);
      expect(e.message).toContain(`the method is "${method}"`);
      expect(e.message).toContain('weightedMean');
    }
  });

  it('a custom method receives the entries\' own weights', () => {
    let seen: readonly number[] | undefined;
    aggregate([{ score: 90, weight: 3 }, { score: 80, weight: '1/2' }], {
      method: (_s, w) => {
        seen = w;
        return 1;
      },
    });
    expect(seen).toEqual([3, 0.5]);
  });

  it('a custom method with weights on some entries only is refused at the first entry without one', () => {
    const e = caught(() => aggregate([{ score: 90, weight: 1 }, 80], { method: (s) => s[0]! }));
    expect([e.code, e.path]).toEqual(['INVALID_SCORE_WEIGHT', 'scores[1].weight']);
    expect(e.message).toContain('needs a weight for every score');
  });

  it('weights of the wrong length: the message says how many are needed', () => {
    const e = caught(() => aggregate([90, 80, 70], { method: 'weightedMean', weights: [1] }));
    expect(e.message).toContain('one weight per score (3)');
    expect(e.message).toContain('an array');
  });

  it('a hole in the weights is a missing weight, not a malformed one', () => {
    // eslint-disable-next-line no-sparse-arrays
    const e = caught(() => aggregate([90, 80], { method: 'weightedMean', weights: [1, , ] as unknown as number[] }));
    expect([e.code, e.path]).toEqual(['INVALID_SCORE_WEIGHT', 'options.weights[1]']);
    expect(e.message).toContain('needs a weight for every score');
  });

  it('a negative weight: the message says what a weight must be and shows the value', () => {
    const e = caught(() => aggregate([90, 80], { method: 'weightedMean', weights: [1, -1] }));
    expect(e.message).toContain('non-negative');
    expect(e.message).toContain('-1');
  });

  it('weights that are all zero say so', () => {
    expect(caught(() => aggregate([90, 80], { method: 'weightedMean', weights: [0, 0] })).message).toContain('all zero');
  });
});

describe('aggregate: custom and median methods', () => {
  it('a custom method that returns something other than a finite number is refused', () => {
    for (const out of ['90', Number.POSITIVE_INFINITY, undefined]) {
      const e = caught(() => aggregate([90], { method: () => out as number }));
      expect([e.code, e.path]).toEqual(['INVALID_NUMBER', 'options.method']);
      expect(e.message).toContain('the custom aggregation returned');
    }
  });

  it('a custom method that throws is named in the error', () => {
    const e = caught(() =>
      aggregate([90], {
        method: () => {
          throw new Error('boom');
        },
      }),
    );
    expect([e.code, e.path]).toEqual(['CALLBACK_FAILED', 'options.method']);
    expect(e.message).toContain('the custom aggregation method threw: boom');
  });

  it('the median reports its method as "median"', () => {
    expect(aggregate([1, 2, 3], { method: 'median' }).method).toBe('median');
  });
});

describe('aggregate: adjustment', () => {
  it('the result records the adjustment: what it was, the score and class before it', () => {
    // (90 + 80) / 2 = 85, band B on Ombudsman 2022 (78–87.99); minus 10 = 75, band C (54–77.99).
    const r = aggregate([90, 80], { scale: scales.ombudsman2022, adjustment: { correction: 10, reason: 'substantive' } });
    expect(r.score).toBe(75);
    expect(r.adjustment).toMatchObject({ correction: 10, cap: null, reason: 'substantive', scoreBefore: 85, capped: false, clamped: false });
    expect(r.adjustment?.classificationBefore?.category).toBe('B');
    expect(r.classification?.category).toBe('C');
  });

  it('without an adjustment there is no adjustment record', () => {
    expect('adjustment' in aggregate([90, 80])).toBe(false);
  });

  it('unrounded after a correction is the exact mean minus the correction, not the rounded score', () => {
    // (90 + 80.01) / 2 = 85.005 (rounds to 85.01); minus 5 = 80.005 exactly.
    const r = aggregate([90, 80.01], { adjustment: { correction: 5 } });
    expect(r.score).toBe(80.01);
    expect(r.unrounded).toBe(80.005);
  });

  it('unrounded after a cap is the cap', () => {
    // (90 + 80.01) / 2 = 85.005, capped at 70.
    const r = aggregate([90, 80.01], { adjustment: { cap: 70 } });
    expect([r.score, r.unrounded, r.adjustment?.capped, r.adjustment?.clamped]).toEqual([70, 70, true, false]);
  });

  it('unrounded after clamping at the lowest score is that lowest score', () => {
    // 1.005 rounds to 1.01; minus 5 would be −3.99: clamped at 0 (no scale).
    const r = aggregate([1.005], { roundInputs: false, adjustment: { correction: 5 } });
    expect([r.score, r.unrounded, r.adjustment?.capped, r.adjustment?.clamped]).toEqual([0, 0, false, true]);
  });

  it('with a scale, a correction stops at the scale\'s lowest score (SKM 2017 starts at 25)', () => {
    const r = aggregate([30], { scale: scales.skm2017, adjustment: { correction: 10 } });
    expect([r.score, r.adjustment?.clamped, r.classification?.category]).toEqual([25, true, 'D']);
  });

  it('the lowest score is rounded up onto the result grid: a scale from 0.5, whole-number results, stops at 1', () => {
    const r = aggregate([3], { rounding: { decimals: 0 }, scale: oneBand('0.5', '100'), adjustment: { correction: 10 } });
    expect([r.score, r.adjustment?.clamped]).toEqual([1, true]);
  });

  it('a cap must lie within the scale: 100 is fine on Ombudsman 2022, 101 is not', () => {
    expect(aggregate([90], { scale: scales.ombudsman2022, adjustment: { cap: 100 } }).score).toBe(90);
    const e = caught(() => aggregate([90], { scale: scales.ombudsman2022, adjustment: { cap: 101 } }));
    expect([e.code, e.path]).toEqual(['VALUE_OUT_OF_RANGE', 'options.adjustment.cap']);
  });

  it('the highest score is rounded down onto the result grid: a scale to 99.5, whole-number results, allows a cap of 99, not 100', () => {
    const spec = oneBand('0', '99.5');
    expect(aggregate([90], { rounding: { decimals: 0 }, scale: spec, adjustment: { cap: 99 } }).score).toBe(90);
    const e = caught(() => aggregate([90], { rounding: { decimals: 0 }, scale: spec, adjustment: { cap: 100 } }));
    expect([e.code, e.path]).toEqual(['VALUE_OUT_OF_RANGE', 'options.adjustment.cap']);
  });

  it('a combined score outside the scale is reported at "score", also when adjusted', () => {
    const e = caught(() => aggregate([90], { method: () => 150, scale: scales.ombudsman2022, adjustment: { correction: 1 } }));
    expect([e.code, e.path]).toEqual(['VALUE_OUT_OF_RANGE', 'score']);
  });
});

describe('aggregate: followedUpCorrectiveActions', () => {
  it('is echoed only when given', () => {
    expect('followedUpCorrectiveActions' in aggregate([90])).toBe(false);
    expect(aggregate([90], { followedUpCorrectiveActions: false }).followedUpCorrectiveActions).toBe(false);
    const r = aggregate([90], { scale: scales.ombudsman2025, followedUpCorrectiveActions: true });
    expect(r.followedUpCorrectiveActions).toBe(true);
    expect(r.classification?.label).toContain('Tanpa Maladministrasi');
  });
});
