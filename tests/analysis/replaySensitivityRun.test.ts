import { describe, expect, it } from 'vitest';
import { replaySensitivityRun, scoreUnit, sensitivity, type SensitivityEntity, type SensitivityRun } from '../../src/index.js';
import { caught } from '../helpers/errors.js';
import { miniMethodology } from '../helpers/methodologies.js';

// A small methodology (two indicators, 0–3) keeps the study cheap; its version is '1'.
const m = miniMethodology([
  { id: 'a', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
  { id: 'b', weight: 40, answer: { kind: 'interval', min: 0, max: 3 } },
]);
const entities: SensitivityEntity[] = [
  { id: 'kota', units: [{ a: 3, b: 0 }, { a: 1, b: 3 }, { a: 2, b: 2 }] },
  { id: 'kab', units: [{ a: 0, b: 3 }, { a: 3, b: 1 }] },
  { id: 'prov', answers: { a: 2, b: 1 } },
];
const study = sensitivity(m, entities, { runs: 6, seed: 11, weightNoise: 0.3, includeRunResults: true, aggregations: ['mean', 'median'] });
const plain = (run: SensitivityRun): Record<string, unknown> => JSON.parse(JSON.stringify(run)) as Record<string, unknown>;

describe('replaySensitivityRun reproduces the run it replays', () => {
  it('gives the same figures as the study for runs of both aggregations', () => {
    const seen = new Set<string>();
    for (const run of study.runs) {
      const replay = replaySensitivityRun(m, entities, plain(run) as unknown as SensitivityRun);
      expect(replay.results).toEqual(run.results);
      expect(replay.aggregation).toBe(run.aggregation);
      seen.add(run.aggregation);
    }
    expect([...seen].sort()).toEqual(['mean', 'median']);
  });

  it("names the replayed methodology after the run: the study's version, the run's seed and index", () => {
    const run = study.runs[4]!;
    const replay = replaySensitivityRun(m, entities, run);
    expect(replay.methodology.version).toBe(`1+sensitivity.${run.seed}.${run.index}`);
    // The label travels into what the methodology scores.
    expect(scoreUnit(replay.methodology, { a: 3, b: 3 }).methodology.version).toBe(`1+sensitivity.${run.seed}.${run.index}`);
  });

  it('a run without its seed or index still replays, with a plain "+sensitivity" version', () => {
    const run = study.runs[2]!;
    for (const drop of ['seed', 'index']) {
      const p = plain(run);
      delete p[drop];
      const replay = replaySensitivityRun(m, entities, p as unknown as SensitivityRun);
      expect(replay.methodology.version).toBe('1+sensitivity');
      expect(replay.results).toEqual(run.results);
    }
    // A seed that is not a number is not used for the label either.
    const p = { ...plain(run), seed: String(run.seed) };
    expect(replaySensitivityRun(m, entities, p as unknown as SensitivityRun).methodology.version).toBe('1+sensitivity');
  });
});

describe('replaySensitivityRun refuses what is not a run', () => {
  it('a run that is not an object: INVALID_OPTION at run, saying what a run must be and what it got', () => {
    for (const [bad, got] of [[null, 'null'], [[], 'an array'], ['run 3', '"run 3"'], [7, '7']] as const) {
      const e = caught(() => replaySensitivityRun(m, entities, bad as unknown as SensitivityRun));
      expect(e).toEqual({ code: 'INVALID_OPTION', path: 'run', message: `run must be one of a study's runs, got ${got}` });
    }
  });

  it('an aggregation other than mean or median: INVALID_OPTION at run.aggregation, listing both', () => {
    for (const [agg, got] of [['mode', '"mode"'], [undefined, 'undefined'], [1, '1']] as const) {
      const p = { ...plain(study.runs[0]!), aggregation: agg };
      const e = caught(() => replaySensitivityRun(m, entities, p as unknown as SensitivityRun));
      expect(e).toEqual({ code: 'INVALID_OPTION', path: 'run.aggregation', message: `run.aggregation must be one of mean, median, got ${got}` });
    }
  });

  it('a run field whose getter throws is UNREADABLE_INPUT at that field of run', () => {
    for (const key of ['aggregation', 'index', 'seed', 'weights']) {
      const p = plain(study.runs[0]!);
      const run = Object.defineProperty({ ...p }, key, {
        enumerable: true,
        get() {
          throw new Error('gone');
        },
      });
      const e = caught(() => replaySensitivityRun(m, entities, run as unknown as SensitivityRun));
      expect(e?.code).toBe('UNREADABLE_INPUT');
      expect(e?.path).toBe(`run.${key}`);
    }
  });
});
