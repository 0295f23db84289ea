import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// A dashboard that imports only the number helpers must not ship the presets: the package is
// `sideEffects: false` and every top-level constant is pure, so a bundler drops what is unused.
const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const distOf = (entry: string): string => fileURLToPath(new URL(`../../dist/${entry}.js`, import.meta.url));

async function bundle(names: string, file = dist): Promise<string> {
  const r = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(file)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

describe('tree-shaking of the built ESM bundle', () => {
  it('roundScore alone carries no preset, scale or methodology validation', async () => {
    const code = await bundle('roundScore');
    expect(code).toContain('function roundScore');
    expect(code).not.toContain('Kualitas Tertinggi'); // scale labels
    expect(code).not.toContain('Pengelolaan Pengaduan'); // preset variables
    expect(code).not.toContain('function checkMethodology');
  });

  it('classify with the scales carries the scales but no methodology preset', async () => {
    const code = await bundle('classify, scales');
    expect(code).toContain('Kualitas Tertinggi');
    expect(code).not.toContain('Pengelolaan Pengaduan');
  });

  it('the presets are kept when they are imported', async () => {
    expect(await bundle('presets')).toContain('Pengelolaan Pengaduan');
  });

  // Telling text of each validator: a message only it writes.
  const SCALE_VALIDATOR = 'fall in no band';
  const METHODOLOGY_VALIDATOR = 'either every variable of a dimension has a weight or none has';

  it('one scale from kepatuhan/scales carries that scale only, and no validation code', async () => {
    const code = await bundle('ombudsman2022', distOf('scales'));
    expect(code).toContain('Kualitas Tertinggi');
    expect(code).not.toContain('Zona Hitam'); // scales.ombudsman2025
    expect(code).not.toContain('Sangat Baik'); // scales.pekppp2022, scales.skm2017
    expect(code).not.toContain(SCALE_VALIDATOR);
    expect(code).not.toContain(METHODOLOGY_VALIDATOR);
  });

  it('one preset from kepatuhan/presets carries that preset and its scale only, and no validation code', async () => {
    const code = await bundle('skm2017', distOf('presets'));
    expect(code).toContain('Survei Kepuasan Masyarakat');
    expect(code).not.toContain('Pengelolaan Pengaduan'); // the Ombudsman presets
    expect(code).not.toContain('Inovasi'); // presets.pekppp2022
    expect(code).not.toContain(SCALE_VALIDATOR);
    expect(code).not.toContain(METHODOLOGY_VALIDATOR);
  });

  /** Bundles `export { names } from entry` for each [names, entry], as a page importing them would. */
  async function bundleAll(imports: readonly (readonly [string, string])[]): Promise<string> {
    const r = await build({
      stdin: { contents: imports.map(([names, file]) => `export { ${names} } from ${JSON.stringify(file)};`).join('\n'), resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      treeShaking: true,
      logLevel: 'silent',
    });
    return r.outputFiles[0]!.text;
  }

  it('defineScale and defineMethodology carry their validators (so the telling texts do tell)', async () => {
    expect(await bundle('defineScale')).toContain(SCALE_VALIDATOR);
    expect(await bundle('defineMethodology')).toContain(METHODOLOGY_VALIDATOR);
  });

  // Entry points take defined scales and methodologies only, so they never validate one and
  // carry no validator (docs/performance.md, "Bundle sizes").
  it('classify with one scale from kepatuhan/scales carries no validation code', async () => {
    const code = await bundleAll([['classify', dist], ['ombudsman2022', distOf('scales')]]);
    expect(code).toContain('function classify');
    expect(code).toContain('Kualitas Tertinggi');
    expect(code).not.toContain(SCALE_VALIDATOR);
    expect(code).not.toContain(METHODOLOGY_VALIDATOR);
  });

  it('scoreUnit with one preset from kepatuhan/presets carries no validation code', async () => {
    const code = await bundleAll([['scoreUnit', dist], ['ombudsman2022', distOf('presets')]]);
    expect(code).toContain('function scoreUnit');
    expect(code).toContain('Pengelolaan Pengaduan');
    expect(code).not.toContain(SCALE_VALIDATOR);
    expect(code).not.toContain(METHODOLOGY_VALIDATOR);
  });

  it("a dashboard's imports (aggregate, classify, rank, formatScore) with one scale carry no validation code", async () => {
    const code = await bundleAll([['aggregate, classify, rank, formatScore', dist], ['ombudsman2022', distOf('scales')]]);
    expect(code).not.toContain(SCALE_VALIDATOR);
    expect(code).not.toContain(METHODOLOGY_VALIDATOR);
  });
});
