/**
 * The built package works like the source, in ESM and CJS. `npm test` builds first (pretest);
 * to run this file alone: `npm run build && npx vitest run tests/dist`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { seeds } from '../helpers/fixtures.js';

type Kepatuhan = typeof source;

const esmUrl = new URL('../../dist/index.js', import.meta.url);
const cjsPath = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url));

describe('the built package (dist/)', async () => {
  if (!existsSync(fileURLToPath(esmUrl)) || !existsSync(cjsPath)) throw new Error('dist/ is missing: run `npm run build` first (npm test does it)');
  const esm = (await import(/* @vite-ignore */ esmUrl.href)) as Kepatuhan;
  const cjs = createRequire(import.meta.url)(cjsPath) as Kepatuhan;
  const runtimeKeys = Object.keys(source).sort();

  it('exports at least the public functions and data', () => {
    for (const name of ['scoreUnit', 'aggregate', 'classify', 'defineMethodology', 'validateMethodology', 'roundScore', 'presets', 'scales', 'KepatuhanError', 'ERROR_CODES']) {
      expect(runtimeKeys).toContain(name);
    }
  });

  it.each([
    ['ESM (dist/index.js)', esm],
    ['CJS (dist/index.cjs)', cjs],
  ] as const)('%s exports every runtime export of src/index.ts, and nothing else', (_name, build) => {
    expect(Object.keys(build).sort()).toEqual(runtimeKeys);
    for (const key of runtimeKeys) expect(typeof build[key as keyof Kepatuhan]).toBe(typeof source[key as keyof Kepatuhan]);
  });

  const cilegon = seeds().regions.find((r) => r.region === 'Kota Cilegon')!;

  it.each([
    ['ESM', esm],
    ['CJS', cjs],
  ] as const)('%s scores a unit, aggregates the Cilegon units and classifies', (_name, k) => {
    const m = k.defineMethodology({
      id: 'mini', name: 'Mini', version: '1', output: { min: 0, max: 100 }, scale: k.scales.ombudsman2022,
      dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
        { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
        { id: 'b', name: 'B', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
      ] }] }],
    });
    const unit = k.scoreUnit(m, { a: 3, b: 2 });
    expect([unit.score, unit.classification.category]).toEqual([83.33, 'B']); // 5/6 of 100
    const ids = k.presets.ombudsman2022.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
    expect(k.scoreUnit(k.presets.ombudsman2022, Object.fromEntries(ids.map((id) => [id, 3]))).score).toBe(100);

    const r = k.aggregate(cilegon.units.map((u) => u.score), { scale: k.scales.ombudsman2022 });
    expect(r.score).toBe(cilegon.reported.score);
    expect(r.classification?.zone).toBe(cilegon.reported.zone);
    expect(r.classification?.category).toBe(cilegon.reported.category);

    expect(k.classify('87,995', k.scales.ombudsman2022).category).toBe('A');
    expect(k.classify(4.5, k.scales.pekppp2022).category).toBe('A-');
    expect(k.roundScore(88.005)).toBe(88.01);
    expect(k.formatScore(95.31)).toBe('95,31');
  });

  it.each([
    ['ESM', esm],
    ['CJS', cjs],
  ] as const)('%s throws its own KepatuhanError with code and path', (_name, k) => {
    let error: unknown;
    try {
      k.parseScore('sembilan puluh');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(k.KepatuhanError);
    expect(error).toMatchObject({ code: 'INVALID_NUMBER', path: 'input' });
  });

  it('isKepatuhanError recognises errors across builds (ESM ↔ CJS ↔ source)', () => {
    const fromCjs = (() => {
      try {
        cjs.aggregate([]);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(fromCjs).not.toBeInstanceOf(esm.KepatuhanError);
    expect(esm.isKepatuhanError(fromCjs)).toBe(true);
    expect(source.isKepatuhanError(fromCjs)).toBe(true);
  });

  it('the builds agree with the source on the same inputs', () => {
    const units = [97.55, 97.02, 96.29, 95.22, 93.98, 93.63, 93.46];
    expect(esm.aggregate(units)).toEqual(source.aggregate(units));
    expect(cjs.aggregate(units)).toEqual(source.aggregate(units));
    expect(JSON.stringify(esm.presets.ombudsman2022)).toBe(JSON.stringify(source.presets.ombudsman2022));
    expect(JSON.stringify(cjs.scales)).toBe(JSON.stringify(source.scales));
  });
});
