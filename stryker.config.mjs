// Mutation testing: `npm run mutate` (slow: not part of CI). Reports land in reports/mutation/.
// Concurrency is capped at 2: the machine's cores are shared.
//
// `STRYKER_FOLDER=numbers npm run mutate` mutates one folder of src/ only, with its own report
// (reports/mutation/numbers/) and its own incremental file, so folders can be measured one at a
// time and re-measured after adding tests; `npm run mutate:summary` adds the folders' reports
// up into one score per folder and one for src/. A subfolder works too
// (`STRYKER_FOLDER=model/internal`, the methodology compiler): its report lands in
// reports/mutation/model/internal/, which the summary leaves out of the folder totals.
//
// `STRYKER_STATIC=1` also tests the mutants reached only while modules load (see ignoreStatic
// below) against the narrower test set of vitest.stryker.static.config.ts; meant for the
// presets folder, whose data is such code.
const folder = process.env.STRYKER_FOLDER;
const withStatic = process.env.STRYKER_STATIC === '1';
const out = folder ? `reports/mutation/${folder}` : 'reports/mutation/all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: withStatic ? 'vitest.stryker.static.config.ts' : 'vitest.stryker.config.ts', related: false },
  mutate: folder ? [`src/${folder}/**/*.ts`] : ['src/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: 'always',
  // Re-tests only what changed since the last run, so adding a test re-runs just the mutants
  // it covers.
  incremental: true,
  incrementalFile: `${out}/incremental${withStatic ? '-static' : ''}.json`,
  // A mutant reached both at import and by tests ("hybrid") is tested against the tests that
  // cover it. A mutant reached only while modules load (preset data, constant tables) would
  // need a fresh process and the whole suite per mutant (about 97 % of the run time here); it is
  // reported as "ignored" and counted apart (see docs/testing.md).
  ignoreStatic: !withStatic,
};
