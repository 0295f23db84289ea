/**
 * The built `kepatuhan/scales` and `kepatuhan/presets` entries work in ESM and CJS: they
 * export exactly their source barrels, the objects are the root entry's own (`scales.<id>`,
 * `presets.<id>`), and package.json points at them with types first. `npm test` builds first
 * (pretest); to run this file alone: `npm run build && npx vitest run tests/dist`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as presetsSource from '../../src/presets/index.js';
import * as scalesSource from '../../src/presets/scales/index.js';
import * as rootSource from '../../src/index.js';

type Root = typeof rootSource;

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const require = createRequire(import.meta.url);

const entries = [
  ['scales', scalesSource, (k: Root) => k.scales as Record<string, unknown>],
  ['presets', presetsSource, (k: Root) => k.presets as Record<string, unknown>],
] as const;

describe.each(entries)('the built kepatuhan/%s entry', async (name, source, ofRoot) => {
  for (const f of [`${name}.js`, `${name}.cjs`, `${name}.d.ts`, `${name}.d.cts`])
    if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing: run \`npm run build\` first (npm test does it)`);
  const esm = (await import(/* @vite-ignore */ new URL(`../../dist/${name}.js`, import.meta.url).href)) as Record<string, unknown>;
  const cjs = require(join(dist, `${name}.cjs`)) as Record<string, unknown>;
  const esmRoot = (await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href)) as Root;
  const cjsRoot = require(join(dist, 'index.cjs')) as Root;
  const keys = Object.keys(source).sort();

  it(`package.json exports ./${name} with types first in each condition`, () => {
    expect(pkg.exports[`./${name}`]).toEqual({
      import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
      require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
    });
    for (const condition of Object.values(pkg.exports[`./${name}`] as Record<string, object>)) expect(Object.keys(condition)[0]).toBe('types');
  });

  it('has one named export per entry of the root object, and the same data', () => {
    expect(keys).toEqual(Object.keys(ofRoot(rootSource)).sort());
    for (const key of keys) expect((source as Record<string, unknown>)[key]).toBe(ofRoot(rootSource)[key]);
  });

  it.each([
    ['ESM', esm, esmRoot],
    ['CJS', cjs, cjsRoot],
  ] as const)('%s exports its source barrel, nothing else, equal to the source and identical to the root entry’s objects', (_format, built, builtRoot) => {
    expect(Object.keys(built).sort()).toEqual(keys);
    for (const key of keys) {
      expect(built[key]).toEqual((source as Record<string, unknown>)[key]);
      // Shared chunks: the subpath and the root hand out the very same frozen object.
      expect(built[key]).toBe(ofRoot(builtRoot)[key]);
      expect(Object.isFrozen(built[key])).toBe(true);
    }
  });
});

it('the subpaths resolve by package name (self-reference), in ESM and CJS', async () => {
  const esm = (await import('kepatuhan/scales' as string)) as typeof scalesSource;
  const cjs = require('kepatuhan/presets') as typeof presetsSource;
  expect(esm.ombudsman2022.id).toBe('ombudsman2022');
  expect(cjs.pekppp2022.scale.id).toBe('pekppp2022');
});
