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

  it('classify carries the scale validator (it accepts a plain scale spec), never the methodology validator', async () => {
    const code = await bundle('classify');
    expect(code).toContain(SCALE_VALIDATOR);
    expect(code).not.toContain(METHODOLOGY_VALIDATOR);
  });
});
