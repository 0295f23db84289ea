import { describe, expect, it } from 'vitest';
import { aggregate, classify, isKepatuhanError, scales, presets, rank, replaySensitivityRun, scoreUnit, sensitivity, type SensitivityEntity } from '../../src/index.js';
import { miniMethodology, ombudsmanAnswers } from '../helpers/methodologies.js';

/** A decimal or "n/d" fraction string as a number. */
const num = (s: string | number): number => {
  if (typeof s === 'number') return s;
  const [a, b] = s.split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}

const m = presets.ombudsman2022;
// Five governments of 2–3 units each, with different weak spots.
const weak = ['input.kompetensi.standarPelayanan', 'proses.standar.maklumat', 'output.persepsi.imbalan', 'pengaduan.pengelolaan.pembinaan', 'input.sarpras.jumlahPelaksana'];
const entities: SensitivityEntity[] = weak.map((w, i) => ({
  id: `gov${i}`,
  group: i % 2 === 0 ? 'kota' : 'kabupaten',
  units: [ombudsmanAnswers({ [w]: 0 }), ombudsmanAnswers({ [weak[(i + 1) % 5]!]: 1 }, 2), ...(i % 2 === 0 ? [ombudsmanAnswers({}, 2)] : [])],
}));

describe('sensitivity', () => {
  const study = sensitivity(m, entities, { runs: 60, seed: 2024, weightNoise: 0.25, includeRunResults: true, aggregations: ['mean', 'median'] });

  it('the baseline is the unperturbed result: units scored, averaged (Ombudsman mean), ranked in their group', () => {
    const scores = entities.map((e) => ({
      id: e.id,
      group: e.group!,
      score: aggregate(('units' in e ? e.units : [e.answers]).map((a) => scoreUnit(m, a).score)).score,
    }));
    const ranks = rank(scores);
    for (const e of study.entities) {
      const r = ranks.find((x) => x.id === e.id)!;
      expect([e.baseline.score, e.baseline.rank, e.baseline.of, e.group]).toEqual([r.score, r.rank, r.of, r.group]);
      expect(e.baseline.category).toBe(classify(r.score, scales.ombudsman2022).category);
    }
  });

  it('the same seed gives the same study; a run does not depend on how many runs follow it', () => {
    expect(sensitivity(m, entities, { runs: 60, seed: 2024, weightNoise: 0.25, includeRunResults: true, aggregations: ['mean', 'median'] })).toEqual(study);
    const short = sensitivity(m, entities, { runs: 5, seed: 2024, weightNoise: 0.25, includeRunResults: true, aggregations: ['mean', 'median'] });
    expect(short.runs).toEqual(study.runs.slice(0, 5));
    const other = sensitivity(m, entities, { runs: 5, seed: 2025, weightNoise: 0.25, aggregations: ['mean', 'median'] });
    expect(other.runs[0]!.weights).not.toEqual(study.runs[0]!.weights);
  });

  it('records every weight of every run: within ±noise of the methodology weight, the weight being weight × factor', () => {
    const declared = m.dimensions.flatMap((d) => [
      { level: 'dimension', id: d.id, w: Number(d.weight) },
      ...d.variables.flatMap((v) => v.indicators.map((i) => ({ level: 'indicator', id: i.id, w: num(i.weight) }))),
    ]);
    for (const run of study.runs) {
      expect(run.weights.map((w) => [w.level, w.id])).toEqual(declared.map((d) => [d.level, d.id]));
      run.weights.forEach((w, k) => {
        const f = num(w.factor);
        const x = num(w.weight);
        expect(f).toBeGreaterThanOrEqual(0.75);
        expect(f).toBeLessThanOrEqual(1.25);
        expect(x).toBeCloseTo(declared[k]!.w * f, 9);
      });
    }
    expect(new Set(study.runs.map((r) => r.aggregation))).toEqual(new Set(['mean', 'median']));
  });

  it('intervals and probabilities follow from the runs (nearest-rank 5th and 95th percentiles, recomputed here)', () => {
    const N = study.runs.length;
    for (const e of study.entities) {
      const ranks = study.runs.map((r) => r.results!.find((x) => x.id === e.id)!.rank).sort((a, b) => a - b);
      expect(e.rank.low).toBe(ranks[Math.ceil(0.05 * N) - 1]);
      expect(e.rank.high).toBe(ranks[Math.ceil(0.95 * N) - 1]);
      expect([e.rank.min, e.rank.max]).toEqual([ranks[0], ranks[N - 1]]);
      for (const c of e.categories) {
        const n = study.runs.filter((r) => r.results!.find((x) => x.id === e.id)!.category === c.category).length;
        expect([c.count, c.probability]).toEqual([n, n / N]);
      }
      expect(e.categories.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 12);
      expect(e.zones.reduce((s, z) => s + z.count, 0)).toBe(N);
    }
  });

  it('replays any run from its recorded parameters, also after a trip through JSON', () => {
    for (const i of [0, 17, 59]) {
      const run = JSON.parse(JSON.stringify(study.runs[i]));
      const replay = replaySensitivityRun(m, entities, run);
      expect(replay.results).toEqual(study.runs[i]!.results);
      expect(replay.aggregation).toBe(run.aggregation);
      // The replayed methodology scores like the run: the entity score is its rule over the unit scores.
      const e0 = entities[0]!;
      const unitScores = ('units' in e0 ? e0.units : [e0.answers]).map((a) => scoreUnit(replay.methodology, a).score);
      expect(replay.results[0]!.score).toBe(aggregate(unitScores, { method: run.aggregation }).score);
    }
  });

  it('rejects a run that does not belong to the methodology', () => {
    const mini = miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }]);
    expect(codeOf(() => replaySensitivityRun(mini, [{ id: 'x', answers: { a: 1 } }], study.runs[0]!))).toBe('INVALID_OPTION @ run.weights');
    const bad = { ...study.runs[0]!, weights: study.runs[0]!.weights.map((w, k) => (k === 0 ? { ...w, weight: '-1' } : w)) };
    expect(codeOf(() => replaySensitivityRun(m, entities, bad))).toBe('INVALID_WEIGHT @ run.weights[0].weight');
  });
});

describe('sensitivity: zero perturbation and options', () => {
  const mini = miniMethodology([
    { id: 'a', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
    { id: 'b', weight: 40, answer: { kind: 'interval', min: 0, max: 3 } },
  ]);
  const ents: SensitivityEntity[] = [
    { id: 'x', answers: { a: 3, b: 1 } }, // 73.33
    { id: 'y', answers: { a: 2, b: 3 } }, // 80.00
    { id: 'z', answers: { a: 2, b: 3 } }, // 80.00 (tied with y)
  ];

  it('with weightNoise 0 every run is the methodology: baseline ranks and categories with probability 1', () => {
    const s = sensitivity(mini, ents, { runs: 20, weightNoise: 0, seed: 5 });
    expect(s.entities.map((e) => [e.id, e.baseline.rank, e.rank.low, e.rank.high])).toEqual([['y', 1, 1, 1], ['z', 1, 1, 1], ['x', 3, 3, 3]]);
    for (const e of s.entities) {
      expect(e.categories.find((c) => c.category === e.baseline.category)!.probability).toBe(1);
      expect([e.score.low, e.score.high]).toEqual([e.baseline.score, e.baseline.score]);
    }
  });

  it('perturbing only the indicator weights can reorder units; only the dimension weight (one dimension) cannot', () => {
    const onlyDim = sensitivity(mini, ents, { runs: 30, weightNoise: 0.9, perturb: ['dimensions'] });
    expect(onlyDim.entities.every((e) => e.rank.min === e.baseline.rank && e.rank.max === e.baseline.rank)).toBe(true);
    const ind = sensitivity(mini, ents, { runs: 200, weightNoise: 0.9, perturb: ['indicators'], seed: 3 });
    // x (3, 1) beats y and z (2, 3) when a's weight w exceeds twice b's weight v: 3w + v > 2w + 3v.
    expect(ind.entities.find((e) => e.id === 'x')!.rank.min).toBe(1);
    expect(ind.parameters).toMatchObject({ runs: 200, seed: 3, weightNoise: '0.9', perturb: ['indicators'], aggregations: ['mean'], interval: 0.9, tie: 'competition' });
  });

  it('interval and weightNoise take the same forms: a number or a decimal string ("0.9", "0,9")', () => {
    const base = sensitivity(mini, ents, { runs: 40, seed: 11, weightNoise: 0.5, interval: 0.8 });
    for (const weightNoise of [0.5, '0.5', '0,5']) {
      for (const interval of [0.8, '0.8', '0,8', '0.80']) {
        const s = sensitivity(mini, ents, { runs: 40, seed: 11, weightNoise, interval });
        expect(s.entities).toEqual(base.entities);
        // The applied interval is reported as a number, whichever form it was given in.
        expect(s.parameters).toMatchObject({ weightNoise: '0.5', interval: 0.8 });
      }
    }
    // The same bad forms are rejected the same way.
    for (const bad of ['abc', '', true, Number.NaN, Number.POSITIVE_INFINITY, [0.5]]) {
      expect(codeOf(() => sensitivity(mini, ents, { weightNoise: bad } as never))).toBe('INVALID_OPTION @ options.weightNoise');
      expect(codeOf(() => sensitivity(mini, ents, { interval: bad } as never))).toBe('INVALID_OPTION @ options.interval');
    }
    // Each keeps its own range: noise 0 ≤ x < 1, interval 0 < x ≤ 1.
    expect(codeOf(() => sensitivity(mini, ents, { weightNoise: '0' }))).toBeUndefined();
    expect(codeOf(() => sensitivity(mini, ents, { interval: '0' }))).toBe('INVALID_OPTION @ options.interval');
    expect(codeOf(() => sensitivity(mini, ents, { interval: '1' }))).toBeUndefined();
    expect(codeOf(() => sensitivity(mini, ents, { weightNoise: '1' }))).toBe('INVALID_OPTION @ options.weightNoise');
  });

  it('lists entities by group in the order rank lists groups (no group first, then code-unit order), then baseline rank', () => {
    const grouped: SensitivityEntity[] = [
      { id: 'p', group: 'kota', answers: { a: 1, b: 1 } },
      { id: 'q', group: 'Kota', answers: { a: 3, b: 3 } },
      { id: 'r', answers: { a: 2, b: 2 } },
      { id: 's', group: 'kota', answers: { a: 3, b: 2 } },
      { id: 't', group: 'é', answers: { a: 0, b: 0 } },
    ];
    const s = sensitivity(mini, grouped, { runs: 1, weightNoise: 0 });
    const ranked = rank(s.entities.map((e) => ({ id: e.id, group: e.group, score: e.baseline.score })));
    expect(s.entities.map((e) => [e.id, e.group])).toEqual(ranked.map((r) => [r.id, r.group]));
    expect(s.entities.map((e) => e.group)).toEqual([null, 'Kota', 'kota', 'kota', 'é']);
    // The zones listed are the scale's, best first.
    expect(s.entities[0]!.zones.map((z) => z.zone)).toEqual(['hijau', 'kuning', 'merah']);
  });

  it('reports bad options and entities by path', () => {
    expect(codeOf(() => sensitivity(mini, ents, { runs: 0 }))).toBe('INVALID_OPTION @ options.runs');
    expect(codeOf(() => sensitivity(mini, ents, { runs: 200_000 }))).toBe('TOO_LARGE @ options.runs');
    expect(codeOf(() => sensitivity(mini, ents, { seed: -1 }))).toBe('INVALID_OPTION @ options.seed');
    expect(codeOf(() => sensitivity(mini, ents, { weightNoise: 1 }))).toBe('INVALID_OPTION @ options.weightNoise');
    expect(codeOf(() => sensitivity(mini, ents, { perturb: ['weights' as never] }))).toBe('INVALID_OPTION @ options.perturb');
    expect(codeOf(() => sensitivity(mini, ents, { aggregations: [] }))).toBe('INVALID_OPTION @ options.aggregations');
    expect(codeOf(() => sensitivity(mini, ents, { interval: 0 }))).toBe('INVALID_OPTION @ options.interval');
    expect(codeOf(() => sensitivity(mini, [{ id: 'x', answers: { a: 4, b: 1 } }]))).toBe('ANSWER_OUT_OF_RANGE @ entities[0].answers["a"]');
    expect(codeOf(() => sensitivity(mini, [{ id: 'x', units: [{ a: 1, b: 1 }, { a: 1 }] }]))).toBe('MISSING_ANSWER @ entities[0].units[1]["b"]');
    expect(codeOf(() => sensitivity(mini, [{ id: 'x', answers: {}, units: [] } as never]))).toBe('MISSING_FIELD @ entities[0]');
    expect(codeOf(() => sensitivity(mini, []))).toBe('EMPTY_INPUT @ entities');
  });
});
