/**
 * Weight perturbation (which weights a sensitivity run lists, how they are written, how a
 * recorded run is read back), through `sensitivity` and `replaySensitivityRun`. Expected
 * scores are worked out by hand: score = Σ share × answer/max on 0–100.
 */
import { describe, expect, it } from 'vitest';
import { defineMethodology, replaySensitivityRun, sensitivity, type RunWeight, type SensitivityRun } from '../../../src/index.js';
import { dimension, flat, ind, methodology, variable } from '../../helpers/builders.js';
import { codeOf } from '../../helpers/errors.js';

// One dimension, two weighted variables (60 / 40), one indicator each.
const weighted = defineMethodology(methodology([dimension('d', 100, [variable('v1', [ind('a', 100)], 60), variable('v2', [ind('b', 100)], 40)])]));
const entity = [{ id: 'x', answers: { a: 3, b: 0 } }];
const w = (level: RunWeight['level'], id: string, weight: string): RunWeight => ({ level, id, weight, factor: '1' });

describe('sensitivity: which weights a run lists', () => {
  it('lists a weighted variable between its dimension and its indicators, depth first', () => {
    const s = sensitivity(weighted, entity, { runs: 1, weightNoise: 0 });
    expect(s.runs[0]!.weights).toEqual([w('dimension', 'd', '100'), w('variable', 'v1', '60'), w('indicator', 'a', '100'), w('variable', 'v2', '40'), w('indicator', 'b', '100')]);
    expect(s.entities[0]!.baseline.score).toBe(60); // a full (60), b at 0
  });

  it('a replayed run uses the recorded variable weights', () => {
    const run: SensitivityRun = { index: 0, seed: 1, aggregation: 'mean', weights: [w('dimension', 'd', '1'), w('variable', 'v1', '1'), w('indicator', 'a', '1'), w('variable', 'v2', '3'), w('indicator', 'b', '1')] };
    const r = replaySensitivityRun(weighted, entity, run);
    // v1 is 1 of 1 + 3: a full gives 25.00.
    expect(r.results[0]!.score).toBe(25);
    expect(r.methodology.dimensions[0]!.variables.map((v) => v.weight)).toEqual(['1', '3']);
  });

  it('writes a weight with a short decimal (up to 30 places) as a decimal, otherwise as a fraction', () => {
    const m = defineMethodology(flat([ind('a', '0.000000000000000000000000000001'), ind('b', '1/3'), ind('c', '0.0000000000000000000000000000001')], { weights: { renormalize: true } }));
    const s = sensitivity(m, [{ id: 'x', answers: { a: 1, b: 1, c: 1 } }], { runs: 1, weightNoise: 0 });
    expect(s.runs[0]!.weights.map((x) => x.weight)).toEqual(['100', '0.000000000000000000000000000001', '1/3', '1/10000000000000000000000000000000']);
  });
});

describe('replaySensitivityRun: reading run.weights back', () => {
  const ok = [w('dimension', 'd', '1'), w('variable', 'v1', '1'), w('indicator', 'a', '1'), w('variable', 'v2', '1'), w('indicator', 'b', '1')];
  const replay = (weights: unknown) => () => replaySensitivityRun(weighted, entity, { index: 0, seed: 1, aggregation: 'mean', weights } as never);

  it('refuses a list that is not the methodology\'s five weights', () => {
    expect(codeOf(replay('x'))).toBe('INVALID_OPTION @ run.weights: run.weights: run.weights must list the 5 weights of the methodology, got "x"');
    expect(codeOf(replay(ok.slice(1)))).toMatch(/^INVALID_OPTION @ run\.weights: .*must list the 5 weights of the methodology/);
  });

  it('refuses an entry that is not the weight expected at its place, naming that weight', () => {
    const at = (k: number, v: unknown) => ok.map((x, i) => (i === k ? v : x));
    const expected = 'INVALID_OPTION @ run.weights[1]: run.weights[1]: expected the variable "v1" here';
    expect(codeOf(replay(at(1, 'v1')))).toMatch(new RegExp(`^${expected.replace(/[.[\]]/g, '\\$&')}`));
    expect(codeOf(replay(at(1, null)))).toMatch(/^INVALID_OPTION @ run\.weights\[1\]: .*expected the variable "v1" here/);
    // An array is not a weight record, even one carrying the right fields.
    expect(codeOf(replay(at(1, Object.assign(['v1'], w('variable', 'v1', '1')))))).toMatch(/^INVALID_OPTION @ run\.weights\[1\]: .*expected the variable "v1" here/);
    expect(codeOf(replay(at(1, w('indicator', 'v1', '1'))))).toMatch(/^INVALID_OPTION @ run\.weights\[1\]: .*expected the variable "v1" here/);
    expect(codeOf(replay(at(1, w('variable', 'v2', '1'))))).toMatch(/^INVALID_OPTION @ run\.weights\[1\]: .*expected the variable "v1" here/);
  });

  it('a weight must be a non-negative decimal or fraction string; 0 is allowed', () => {
    const at = (v: unknown) => ok.map((x, i) => (i === 3 ? { ...x, weight: v } : x));
    for (const bad of [1, 'abc', '-1', '-1/2'])
      expect(codeOf(replay(at(bad)))).toMatch(/^INVALID_WEIGHT @ run\.weights\[3\]\.weight: .*weight must be a non-negative decimal or fraction string, got /);
    // v2 weighs 0: all of the score comes from v1 (a full) = 100.
    expect(replay(at('0'))().results[0]!.score).toBe(100);
  });
});
