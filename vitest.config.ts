import { defineConfig } from 'vitest/config';

// Runtime tests (`*.test.ts`) and property tests (`*.test-prop.ts`) are separate
// projects so each can be run alone: `npx vitest run --project property`.
// Property tests read FC_NUM_RUNS and FC_SEED from the environment (tests/setup.ts).
export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'property', include: ['tests/**/*.test-prop.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: ['tests/**/*.test-d.ts'],
          typecheck: { enabled: true, only: true, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
        },
      },
    ],
  },
});
