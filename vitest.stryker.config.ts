import { defineConfig } from 'vitest/config';

// The vitest setup Stryker runs for every mutant (`npm run mutate`): runtime and property
// tests (type tests cannot kill runtime mutants), with fast-check seeded so every mutant
// sees the same generated inputs, and fewer runs per property to keep the run affordable.
export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    env: { FC_SEED: '20250101', FC_NUM_RUNS: '40' },
    include: ['tests/**/*.test.ts', 'tests/**/*.test-prop.ts'],
  },
});
