import { defineConfig } from 'tsup';

// Four entries: the root (zero dependencies), `kepatuhan/scales` and `kepatuhan/presets` (one
// named export per built-in, so a page bundles only the ones it names), and `kepatuhan/testing`
// (fast-check, an optional peer dependency, kept external). Splitting puts the shared library
// code in chunks, so every entry uses the same classes, objects and caches, in ESM and in CJS.
export default defineConfig({
  entry: { index: 'src/index.ts', scales: 'src/presets/scales/index.ts', presets: 'src/presets/index.ts', testing: 'src/testing/index.ts' },
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
