import { defineConfig } from 'tsup';

// Two entries: the root (zero dependencies) and `kepatuhan/testing` (fast-check, an optional
// peer dependency, kept external). Splitting puts the shared library code in one chunk, so
// both entries use the same classes and caches, in ESM and in CJS.
export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
  external: ['fast-check'],
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
