/**
 * The built typings (dist/index.d.ts, dist/index.d.cts) keep the presets' indicator ids as
 * literal unions, so a user of the package gets the same compile-time check as the source.
 * `npm test` builds first; alone: `npm run build && npx vitest run tests/dist`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicatorOrder, presets } from '../../src/index.js';

const files = ['index.d.ts', 'index.d.cts'].map((f) => fileURLToPath(new URL(`../../dist/${f}`, import.meta.url)));

/** The type the built `presets` declaration gives one preset, e.g. `Methodology<"a" | "b">`. */
function presetType(text: string, name: string): string {
  const block = /declare const presets: Readonly<\{\n([\s\S]*?)\n\}>;/.exec(text)?.[1] ?? '';
  return new RegExp(`^\\s*${name}: (.*);$`, 'm').exec(block)?.[1] ?? '';
}

describe.each(files)('the built typings %s', (file) => {
  if (!existsSync(file)) throw new Error('dist/ is missing: run `npm run build` first (npm test does it)');
  const text = readFileSync(file, 'utf8');

  it.each(['skm2017', 'ombudsman2013', 'ombudsman2022', 'ombudsman2023', 'pekppp2022'] as const)('type presets.%s with every one of its indicator ids as a literal', (name) => {
    const t = presetType(text, name);
    expect(t).toMatch(/^Methodology<"/);
    for (const id of indicatorOrder(presets[name])) expect(t).toContain(`"${id}"`);
  });

  it('type presets.ombudsman2025 with its own ids as literals and the carried ones by dimension', () => {
    const t = presetType(text, 'ombudsman2025');
    expect(t).not.toBe('Methodology<string>');
    for (const id of ['output.sekunder.bps', 'output.sekunder.bappenas', 'kepercayaan.survei.indeks']) expect(t).toContain(`"${id}"`);
  });
});
