import fc from 'fast-check';

// Property tests: FC_NUM_RUNS and FC_SEED replay or deepen a run, e.g.
//   FC_SEED=123 FC_NUM_RUNS=10000 npx vitest run --project property
// A failing property prints { seed, path }: paste them into the test's options to replay.
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? '') || undefined;
const seed = process.env['FC_SEED'] !== undefined ? Number(process.env['FC_SEED']) : undefined;
fc.configureGlobal({
  ...(numRuns !== undefined ? { numRuns } : {}),
  ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
});
