/**
 * The built `kepatuhan/testing` entry works in ESM and CJS and under node:test, and the root
 * entry never loads fast-check. `npm test` builds first (pretest); to run this file alone:
 * `npm run build && npx vitest run tests/dist`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as testingSource from '../../src/testing/index.js';

type Testing = typeof testingSource;
type Root = typeof import('../../src/index.js');

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

/** `from "x"`, `import("x")`, `require("x")`: the module specifiers of a built file. */
const SPECIFIER = /\bfrom\s*["']([^"'\s,]+)["']|\bimport\s*\(\s*["']([^"'\s,]+)["']\s*\)|\brequire\(\s*["']([^"'\s,]+)["']\s*\)/g;
const specifiers = (text: string): string[] => [...text.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2] ?? m[3])!);

/** Every file a built entry loads, following its relative imports/requires (the shared chunks). */
function graph(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const spec of specifiers(text)) if (spec.startsWith('./') || spec.startsWith('../')) visit(join(dirname(file), spec));
  };
  visit(join(dist, entry));
  return files;
}
/** The modules a file imports or requires by bare name. */
const bareImports = (text: string): string[] => specifiers(text).filter((spec) => !spec.startsWith('.'));

describe('the built kepatuhan/testing entry (dist/testing.*)', async () => {
  for (const f of ['index.js', 'index.cjs', 'testing.js', 'testing.cjs', 'testing.d.ts', 'testing.d.cts'])
    if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing: run \`npm run build\` first (npm test does it)`);
  const esm = (await import(/* @vite-ignore */ new URL('../../dist/testing.js', import.meta.url).href)) as Testing;
  const cjs = createRequire(import.meta.url)(join(dist, 'testing.cjs')) as Testing;
  const esmRoot = (await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href)) as Root;
  const cjsRoot = createRequire(import.meta.url)(join(dist, 'index.cjs')) as Root;
  const runtimeKeys = Object.keys(testingSource).sort();

  it('package.json exports ./testing with types first in each condition, and fast-check as an optional peer only', () => {
    expect(pkg.exports['./testing']).toEqual({
      import: { types: './dist/testing.d.ts', default: './dist/testing.js' },
      require: { types: './dist/testing.d.cts', default: './dist/testing.cjs' },
    });
    for (const condition of Object.values(pkg.exports['./testing'] as Record<string, object>)) expect(Object.keys(condition)[0]).toBe('types');
    expect(pkg.dependencies).toBeUndefined();
    expect(Object.keys(pkg.peerDependencies ?? {})).toEqual(['fast-check']);
    expect(pkg.peerDependenciesMeta?.['fast-check']?.optional).toBe(true);
  });

  it.each([
    ['dist/index.js', 'index.js'],
    ['dist/index.cjs', 'index.cjs'],
  ])('%s and every chunk it loads import nothing at all by name (no fast-check)', (_name, entry) => {
    const files = graph(entry);
    expect(files.size).toBeGreaterThan(1); // the entry and its shared chunk
    for (const [file, text] of files) {
      expect(bareImports(text), file).toEqual([]);
      expect(text.includes('fast-check'), file).toBe(false);
    }
  });

  it.each([
    ['dist/testing.js', 'testing.js'],
    ['dist/testing.cjs', 'testing.cjs'],
  ])('%s loads fast-check, kept external (the check above would see it)', (_name, entry) => {
    const names = [...graph(entry).values()].flatMap(bareImports);
    expect(names).toEqual(['fast-check']);
  });

  it('loading the CJS root in a fresh node process loads no fast-check module', () => {
    const script = `require(${JSON.stringify(join(dist, 'index.cjs'))}); const loaded = Object.keys(require.cache).filter((k) => k.includes('fast-check')); process.stdout.write(JSON.stringify(loaded));`;
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))).toEqual([]);
    const control = `require(${JSON.stringify(join(dist, 'testing.cjs'))}); process.stdout.write(String(Object.keys(require.cache).some((k) => k.includes('fast-check'))));`;
    expect(execFileSync(process.execPath, ['-e', control], { encoding: 'utf8' })).toBe('true');
  });

  it.each([
    ['ESM', esm],
    ['CJS', cjs],
  ] as const)('%s exports every runtime export of src/testing/index.ts, and nothing else', (_name, build) => {
    expect(Object.keys(build).sort()).toEqual(runtimeKeys);
    for (const key of runtimeKeys) expect(typeof build[key as keyof Testing]).toBe(typeof testingSource[key as keyof Testing]);
  });

  it.each([
    ['ESM', esm, esmRoot],
    ['CJS', cjs, cjsRoot],
  ] as const)('%s checks the root build\'s presets: skm2017 keeps its invariants, a 0.11 weight is caught', (_name, t, k) => {
    expect(t.checkMethodology(k.presets.skm2017, { seed: 1, numRuns: 10 }).violations).toEqual([]);
    const ids = k.presets.skm2017.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
    const weight011 = (a: Readonly<Record<string, unknown>>): number => Math.round(ids.reduce((s, id) => s + Number(a[id]) * 0.11, 0) * 25 * 100) / 100;
    const r = t.checkImplementation(k.presets.skm2017, weight011, { seed: 1 });
    expect([r.ok, r.expected?.score, r.actual?.score]).toEqual([false, 25, 24.75]);
  });

  it('the testing entry shares the root\'s code (one KepatuhanError class per format)', () => {
    let thrown: unknown;
    try {
      esm.checkImplementation({ ...esmRoot.presets.skm2017, dimensions: [] }, () => 0);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(esmRoot.KepatuhanError);
  });

  it('runs under node:test, imported as kepatuhan/testing (node --test tests/dist/node-test/skm.mjs)', () => {
    const out = execFileSync(process.execPath, ['--test', '--test-reporter=tap', fileURLToPath(new URL('node-test/skm.mjs', import.meta.url))], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^# pass 2$/m);
    expect(out).toMatch(/^# fail 0$/m);
  });
});
