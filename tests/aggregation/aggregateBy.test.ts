import { describe, expect, it } from 'vitest';
import { aggregate, aggregateBy, scales } from '../../src/index.js';
import { caught } from '../helpers/errors.js';

// Kota Cilegon 2024's seven units (domain reference; the aggregate example): 95.31.
const cilegon = ['97,55', '97,02', '96,29', '95,22', '93,98', '93,63', '93,46'];
const serang = [92.5, 91.46]; // mean 91.98

describe('aggregateBy: a whole round in one call', () => {
  const units = [
    ...cilegon.map((score) => ({ government: 'Kota Cilegon', score })),
    ...serang.map((score) => ({ government: 'Kab. Serang', score })),
  ];
  it("gives each government the mean of its units' published scores, classified", () => {
    const r = aggregateBy(units, { groupBy: (u) => u.government, scale: scales.ombudsman2022 });
    expect(r.map((g) => g.group)).toEqual(['Kota Cilegon', 'Kab. Serang']);
    expect(r[0]?.result.score).toBe(95.31);
    expect(r[1]?.result.score).toBe(91.98);
    expect(r[0]?.result.count).toBe(7);
    expect(r[0]?.result.classification.zone).toBe('hijau');
  });
  it('lists groups in order of their first unit, with units of a group interleaved with others', () => {
    const mixed = [units[0]!, units[7]!, units[1]!, units[8]!];
    const r = aggregateBy(mixed, { groupBy: (u) => u.government });
    expect(r.map((g) => [g.group, g.result.score])).toEqual([
      ['Kota Cilegon', 97.29], // (97.55 + 97.02) / 2 = 97.285, half-up
      ['Kab. Serang', 91.98],
    ]);
  });
  it('an empty round is an empty list', () => {
    expect(aggregateBy([], { groupBy: () => 'x' })).toEqual([]);
  });
  it('takes the weights of units for a weighted mean', () => {
    const r = aggregateBy(
      [
        { g: 'a', score: 80, weight: 3 },
        { g: 'a', score: 90, weight: 1 },
      ],
      { groupBy: (u) => u.g, method: 'weightedMean' },
    );
    expect(r[0]?.result).toEqual(aggregate([80, 90], { method: 'weightedMean', weights: [3, 1] }));
  });
});

describe('aggregateBy: errors name the unit in the round', () => {
  it('a bad score is reported at the unit, not at its place in the group', () => {
    const units = [
      { g: 'a', score: 90 },
      { g: 'b', score: 80 },
      { g: 'b', score: 101 },
    ];
    expect(caught(() => aggregateBy(units, { groupBy: (u) => u.g }))).toEqual({
      code: 'VALUE_OUT_OF_RANGE',
      path: 'units[2].score',
      message: '101.00 lies outside the default range 0–100 (pass options.scale or options.range for another)',
    });
  });
  it('groupBy is required, must return a string, and its failure is reported', () => {
    expect(caught(() => aggregateBy([90], {} as never))?.path).toBe('options.groupBy');
    expect(caught(() => aggregateBy([90], { groupBy: () => 7 as never }))).toEqual({
      code: 'INVALID_TYPE',
      path: 'options.groupBy',
      message: 'groupBy must return a string, got 7 (returned for units[0])',
    });
    const failing = caught(() =>
      aggregateBy([90], {
        groupBy: () => {
          throw new Error('no government');
        },
      }),
    );
    expect(failing?.code).toBe('CALLBACK_FAILED');
  });
  it('a group named __proto__ is an ordinary group', () => {
    expect(aggregateBy([{ g: '__proto__', score: 90 }], { groupBy: (u) => u.g })[0]?.group).toBe('__proto__');
  });
  it('weights for the whole round are refused: each unit carries its own', () => {
    expect(caught(() => aggregateBy([90], { groupBy: () => 'a', weights: [1] } as never))?.code).toBe('INVALID_OPTION');
  });
  it('units that are not an array are refused', () => {
    expect(caught(() => aggregateBy({} as never, { groupBy: () => 'a' }))?.path).toBe('units');
  });
});
