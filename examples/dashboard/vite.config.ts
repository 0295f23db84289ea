import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page imports 'kepatuhan', 'kepatuhan/scales' and 'kepatuhan/presets' as a user would;
// here those names point at this repository's built package (dist/, made by `npm run build`),
// as an installed copy's exports map would.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^kepatuhan$/, replacement: fileURLToPath(new URL('../../dist/index.js', import.meta.url)) },
      { find: /^kepatuhan\/(scales|presets)$/, replacement: fileURLToPath(new URL('../../dist/$1.js', import.meta.url)) },
    ],
  },
  build: { outDir: process.env['DASHBOARD_OUT'] ?? fileURLToPath(new URL('../../.artifacts/dashboard', import.meta.url)), emptyOutDir: true, target: 'es2022' },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
});
