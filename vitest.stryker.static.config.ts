import { defineConfig } from 'vitest/config';
import base from './vitest.stryker.config.js';

// The tests Stryker runs for a "static" mutant (`STRYKER_STATIC=1 STRYKER_FOLDER=presets npm run
// mutate`): a mutant reached only while modules load — preset data, scale tables — cannot be
// switched on per test, so each one reloads the modules and runs every test in this set. The
// set is the tests that state what the presets and scales are (the domain reference's weights,
// thresholds, labels and the published results they must reproduce), so the run stays
// affordable; a mutant that only a test outside this set would notice counts as survived.
export default defineConfig({
  test: {
    ...base.test,
    // A static mutant is switched on while modules load: every test file must load them afresh.
    isolate: true,
    include: [
      'tests/presets/**/*.test.ts',
      'tests/classification/**/*.test.ts',
      'tests/model/describeProvenance.test.ts',
      'tests/errors/immutability.test.ts',
    ],
  },
});
