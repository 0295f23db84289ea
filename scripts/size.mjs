// Prints the minified and gzipped size of the ESM bundle and of a few tree-shaken imports,
// as a user's bundler (esbuild) would produce them. Run after `npm run build`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const cases = {
  'everything (import *)': `export * from ${JSON.stringify(dist)};`,
  'roundScore, formatScore': `export { roundScore, formatScore } from ${JSON.stringify(dist)};`,
  'classify + scales': `export { classify, scales } from ${JSON.stringify(dist)};`,
  'aggregate': `export { aggregate } from ${JSON.stringify(dist)};`,
  'scoreUnit + presets': `export { scoreUnit, presets } from ${JSON.stringify(dist)};`,
};
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('bundle sizes (esbuild, minified, ES2022, ESM)');
for (const [name, contents] of Object.entries(cases)) {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, treeShaking: true });
  const code = r.outputFiles[0].contents;
  console.log(`  ${name.padEnd(26)} ${kb(code.length).padStart(10)} min  ${kb(gzipSync(code).length).padStart(9)} gzip`);
}
