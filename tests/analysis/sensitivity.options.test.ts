import { describe, expect, it } from 'vitest';
import { defineMethodology, scales, sensitivity, type SensitivityEntity } from '../../src/index.js';
import { miniMethodology } from '../helpers/methodologies.js';
import { thrown as errorOf } from '../helpers/errors.js';

const two = () =>
  miniMethodology([
    { id: 'a', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
    { id: 'b', weight: 40, answer: { kind: 'interval', min: 0, max: 3 } },
  ]);
const ents: SensitivityEntity[] = [
  { id: 'x', answers: { a: 3, b: 1 } },
  { id: 'y', answers: { a: 2, b: 3 } },
];

describe('sensitivity: each option is checked, and a bad one is named with what was given', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['runs 0', { runs: 0 }, 'INVALID_OPTION', 'runs must be a whole number from 1 to 100000, got 0'],
    ['runs 1.5 (not whole)', { runs: 1.5 }, 'INVALID_OPTION', 'got 1.5'],
    // A string is not a number even when it reads as one above the limit: INVALID_OPTION, not TOO_LARGE.
    ['runs "200000"', { runs: '200000' }, 'INVALID_OPTION', 'got "200000"'],
    ['seed -1', { seed: -1 }, 'INVALID_OPTION', 'seed must be a whole number from 0 to 4294967295, got -1'],
    ['seed 1.5', { seed: 1.5 }, 'INVALID_OPTION', 'got 1.5'],
    ['seed 2^32', { seed: 4294967296 }, 'INVALID_OPTION', 'got 4294967296'],
    ['weightNoise -0.1', { weightNoise: -0.1 }, 'INVALID_OPTION', 'weightNoise must be at least 0 and below 1, got -0.1'],
    ['weightNoise "abc"', { weightNoise: 'abc' }, 'INVALID_OPTION', 'weightNoise must be a number or a decimal string such as "0.9", got "abc"'],
    ['interval 1.5', { interval: 1.5 }, 'INVALID_OPTION', 'interval must be above 0 and at most 1, got 1.5'],
    ['interval "abc"', { interval: 'abc' }, 'INVALID_OPTION', 'interval must be a number or a decimal string such as "0.9", got "abc"'],
    ['perturb with one bad level', { perturb: ['dimensions', 'weights'] }, 'INVALID_OPTION', 'perturb must list some of "dimensions", "variables", "indicators", got an array'],
    // ['dimensions'] is an array, not the string: a property lookup would turn it into "dimensions".
    ['perturb with a nested list', { perturb: [['dimensions']] }, 'INVALID_OPTION', 'perturb must list'],
    ['perturb longer than 10', { perturb: Array.from({ length: 11 }, () => 'dimensions') }, 'TOO_LARGE', 'at most 10'],
    ['aggregations with one bad rule', { aggregations: ['mean', 'mode'] }, 'INVALID_OPTION', 'aggregations must be a non-empty list of "mean", "median", got an array'],
    ['aggregations with only a bad rule', { aggregations: ['mode'] }, 'INVALID_OPTION', 'aggregations must be'],
    ['aggregations longer than 10', { aggregations: Array.from({ length: 11 }, () => 'mean') }, 'TOO_LARGE', 'at most 10'],
    ['includeRunResults "yes"', { includeRunResults: 'yes' }, 'INVALID_OPTION', 'includeRunResults must be true or false, got "yes"'],
  ];
  for (const [name, options, code, message] of cases) {
    it(`${name}: ${code} at options.${Object.keys(options)[0]!}`, () => {
      const e = errorOf(() => sensitivity(two(), ents, options as never));
      expect([e?.code, e?.path]).toEqual([code, `options.${Object.keys(options)[0]!}`]);
      expect(e?.message).toContain(message);
    });
  }

  it('an option whose getter throws is UNREADABLE_INPUT at options.<name>', () => {
    for (const key of ['runs', 'seed', 'weightNoise', 'interval', 'perturb', 'aggregations', 'includeRunResults']) {
      const options = Object.defineProperty({}, key, {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      });
      const e = errorOf(() => sensitivity(two(), ents, options));
      expect([e?.code, e?.path]).toEqual(['UNREADABLE_INPUT', `options.${key}`]);
    }
  });
});

describe('sensitivity: accepted edges and defaults', () => {
  it('seeds 0 and 4294967295 (the ends of the range) are accepted and reported', () => {
    expect(sensitivity(two(), ents, { runs: 1, seed: 0 }).parameters.seed).toBe(0);
    expect(sensitivity(two(), ents, { runs: 1, seed: 4294967295 }).parameters.seed).toBe(4294967295);
  });

  it('a seed of -0 is the seed 0: reported as 0, so the study survives JSON unchanged (fuzz seed 20261206, path 11066)', () => {
    const negative = sensitivity(two(), ents, { runs: 3, seed: -0 });
    expect(Object.is(negative.parameters.seed, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(negative))).toEqual(negative);
    expect(negative).toEqual(sensitivity(two(), ents, { runs: 3, seed: 0 }));
  });

  it('run results are left out unless includeRunResults is true', () => {
    expect(sensitivity(two(), ents, { runs: 2 }).runs.every((r) => r.results === undefined)).toBe(true);
    const kept = sensitivity(two(), ents, { runs: 2, includeRunResults: true });
    expect(kept.runs.map((r) => r.results?.length)).toEqual([2, 2]);
  });
});

describe('sensitivity: the limit on work (runs + 1) × units', () => {
  it('counts units, not entities: 100,000 runs over 2 entities of 100 units each is 20,000,200 scorings, above 20,000,000', () => {
    // Every unit the same: the two entities tie, so the tie rule is asked as soon as anything is
    // ranked; it throws, so a study that was wrongly let through fails at once instead of running.
    const units = Array.from({ length: 100 }, () => ({ a: 3, b: 3 }));
    const e = errorOf(() =>
      sensitivity(
        two(),
        [
          { id: 'p', units },
          { id: 'q', units },
        ],
        {
          runs: 100_000,
          tie: () => {
            throw new Error('the study should have been refused before ranking');
          },
        },
      ),
    );
    expect([e?.code, e?.path]).toEqual(['TOO_LARGE', 'options.runs']);
    expect(e?.message).toContain('100000 runs over 200 units is 20000200 unit scorings; at most 20000000 are allowed');
  });
});

describe('sensitivity: figures over the runs', () => {
  it('a scale without zones gives no zone shares; categories are the scale bands, best first', () => {
    const m = defineMethodology({
      id: 'skm-mini',
      name: 'SKM mini',
      version: '1',
      output: { min: 25, max: 100 }, // the SKM index runs from 25 to 100
      weights: { renormalize: true },
      scale: scales.skm2017,
      dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: [{ id: 'a', name: 'A', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }] }] }],
    });
    const s = sensitivity(m, [{ id: 'x', answers: { a: 3 } }], { runs: 2 });
    expect(s.entities[0]!.zones).toEqual([]);
    // Score 100 is A on the SKM scale (A 88.31–100.00, domain reference).
    expect(s.entities[0]!.categories.map((c) => [c.category, c.probability])).toEqual([['A', 1], ['B', 0], ['C', 0], ['D', 0]]);
  });

  it('score min, max, interval ends and median are the nearest-rank order statistics of the per-run scores', () => {
    const m = two();
    const runs = 9;
    const s = sensitivity(m, ents, { runs, seed: 4, weightNoise: 0.9, perturb: ['indicators'], interval: 0.5, includeRunResults: true });
    for (const e of s.entities) {
      const perRun = s.runs.map((r) => r.results!.find((x) => x.id === e.id)!.score).sort((a, b) => a - b);
      expect(new Set(perRun).size).toBeGreaterThan(2); // the weights did move the score
      // interval 0.5: 25th percentile = ceil(0.25 × 9) = 3rd value, 75th = ceil(0.75 × 9) = 7th, median = ceil(4.5) = 5th.
      expect(e.score).toEqual({ min: perRun[0], max: perRun[8], low: perRun[2], high: perRun[6], median: perRun[4] });
    }
  });

  it('entities tied on the baseline are listed by id, whatever order they were given in', () => {
    for (const ids of [['z', 'y', 'x'], ['y', 'z', 'x'], ['x', 'z', 'y'], ['x', 'y', 'z']]) {
      const s = sensitivity(
        two(),
        ids.map((id) => ({ id, answers: { a: 2, b: 2 } })),
        { runs: 1, weightNoise: 0 },
      );
      expect(s.entities.map((e) => e.id)).toEqual(['x', 'y', 'z']);
    }
  });
});
