import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { presetsProblem, runCase, targets } from './harness.js';

// The fuzz suite in `npm test`: every public function, fast-check's default number of runs
// (FC_NUM_RUNS / FC_SEED in the environment deepen or replay it; `npm run fuzz` runs a
// million inputs). A failure prints { seed, path } and the offending arguments. The timeout is
// a safety net, not a speed check: on a loaded 2-core machine one target can take several seconds.
describe('fuzz: every public function, on hostile and edge input', { timeout: 60_000 }, () => {
  for (const target of targets) {
    test.prop([target.cases])(`${target.name} returns plain finite data or throws a well-formed KepatuhanError, never mutating its input`, (c) => {
      const v = runCase(target, c);
      if (v.kind === 'unexpected' || v.kind === 'violation') expect.fail(v.message);
    });
  }

  it('every function exported from src/index.ts has a fuzz target (add one to tests/fuzz/harness.ts)', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function' && v !== api.KepatuhanError)
      .map(([name]) => name)
      .sort();
    expect(targets.map((t) => t.name).sort()).toEqual(functions);
  });

  it('presets and scales are deeply frozen and unchanged after the fuzz runs', () => {
    expect(presetsProblem()).toBeUndefined();
  });
});

// Keep `fc` referenced for replays: paste `{ seed, path }` into test.prop options.
void fc;
