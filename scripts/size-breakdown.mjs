// What weighs what in the four import sets of .size-limit.cjs (docs/performance.md, "Bundle
// sizes"): bundles each set from src/ with esbuild (minified, tree-shaken, like size-limit) and
// lists the minified bytes each source file contributes, largest first.
//
//   node scripts/size-breakdown.mjs [set] [rows]     set: classify | dashboard | score | all
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const sets = {
  classify: `export { classify } from './src/index.ts'; export { ombudsman2022 } from './src/presets/scales/index.ts';`,
  dashboard: `export { aggregate, classify, rank, formatScore } from './src/index.ts'; export { ombudsman2022 } from './src/presets/scales/index.ts';`,
  score: `export { scoreUnit } from './src/index.ts'; export { ombudsman2022 } from './src/presets/index.ts';`,
  all: `export * from './src/index.ts';`,
};

const args = process.argv.slice(2);
const [only, rows = '14'] = args;
for (const [name, contents] of Object.entries(sets)) {
  if (only !== undefined && only !== '' && only !== name) continue;
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    treeShaking: true,
    logLevel: 'silent',
    target: 'es2022',
  });
  const text = r.outputFiles[0].text;
  console.log(`== ${name}: ${text.length} B minified, ${gzipSync(text).length} B gzip`);
  const inputs = Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [file, i] of inputs.slice(0, Number(rows))) if (i.bytesInOutput > 0) console.log(String(i.bytesInOutput).padStart(7), file);
}
