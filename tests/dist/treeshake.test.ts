import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// A dashboard that imports only the number helpers must not ship the presets: the package is
// `sideEffects: false` and every top-level constant is pure, so a bundler drops what is unused.
const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

async function bundle(names: string): Promise<string> {
  const r = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(dist)};`, resolveDir: process.cwd(), loader: 'js' },
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
});
