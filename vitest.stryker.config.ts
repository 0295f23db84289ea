import { defineConfig } from 'vitest/config';

// `STRYKER_OWN_TESTS=1 STRYKER_FOLDER=ranking npm run mutate` runs only the tests of the mutated
// folder (tests/ranking/) and the hostile-input tests (tests/errors/): a stricter measure — a
// mutant that only another folder's tests notice counts as survived — for a faster run. For a
// subfolder (`STRYKER_FOLDER=model/internal`) they are the tests of its top folder (tests/model/).
const folder = process.env['STRYKER_FOLDER']?.split('/')[0];
const ownTests = process.env['STRYKER_OWN_TESTS'] === '1' && folder !== undefined;

// The vitest setup Stryker runs for every mutant (`npm run mutate`): runtime and property
// tests of src/, with fast-check seeded so every mutant sees the same generated inputs and
// 15 runs per property (not 100) to keep the run affordable. Left out: type tests (they cannot kill a
// runtime mutant), tests of the built package (tests/dist, tests/browser: dist/ is not
// mutated), the fuzz suite (it calls every function, so it would run for every mutant;
// `npm run fuzz` covers it) and the TSDoc example check (tests/docs/examples.test.ts: it too
// reaches nearly every function, and type-checks all examples first, seconds per run; it
// guards the documentation, not the logic).
export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    env: { FC_SEED: '20250101', FC_NUM_RUNS: '15' },
    // Instrumented code is several times slower: the size-limit tests need more than 5 s.
    testTimeout: 60_000,
    // One module graph per worker instead of one per test file: the library keeps no state
    // between calls, and reloading every file for every mutant dominated the run time.
    isolate: false,
    include: ownTests
      ? [`tests/${folder}/**/*.test.ts`, `tests/${folder}/**/*.test-prop.ts`, 'tests/errors/**/*.test.ts']
      : ['tests/**/*.test.ts', 'tests/**/*.test-prop.ts'],
    exclude: ['tests/dist/**', 'tests/browser/**', 'tests/fuzz/**', 'tests/docs/examples.test.ts', '**/node_modules/**'],
  },
});
