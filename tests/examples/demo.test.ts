/**
 * `npm run demo` (examples/demo.mjs on the built package): it runs, speaks English with the
 * official Indonesian labels as data, prints parts that add up to the printed whole, and shows
 * indicator names rather than raw ids.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScore } from '../../src/index.js';

const demo = fileURLToPath(new URL('../../examples/demo.mjs', import.meta.url));
const out = execFileSync(process.execPath, [demo], { encoding: 'utf8' });
const lines = out.split('\n');

describe('npm run demo', () => {
  it('reproduces the published Kota Cilegon 2024 score', () => {
    expect(out).toMatch(/government\s+mean of 7 units\s+95,31\s+category A "Kualitas Tertinggi", zone hijau/);
  });

  it('prints dimension losses that add up to the printed total loss', () => {
    const total = /points lost in all\s+(\d+,\d\d)/.exec(out);
    expect(total).not.toBeNull();
    const parts = lines.filter((l) => /^\s+dimension \S+\s+lost/.test(l)).map((l) => /lost\s+(\d+,\d\d)/.exec(l)![1]!);
    expect(parts.length).toBe(4);
    // Summed in hundredths, so the check itself is exact.
    const hundredths = (s: string): number => Math.round(parseScore(s) * 100);
    expect(parts.reduce((a, p) => a + hundredths(p), 0)).toBe(hundredths(total![1]!));
  });

  it('names indicators by their official names, never by raw ids', () => {
    const section = out.slice(out.indexOf('4. One '));
    expect(section).not.toMatch(/\b(input|proses|output|pengaduan)\.[a-zA-Z]+\.[a-zA-Z]+\b/);
    expect(section).toMatch(/fewest answer changes/);
  });

  it('speaks English: no Indonesian sentence words outside the official labels', () => {
    // Data stays as published: source titles and quoted headlines are left out of the check.
    const own = lines.map((l) => l.replace(/source: .*$/, '').replace(/"[^"]*"/g, '')).join('\n');
    for (const word of ['peringkat', 'dari', 'naik', 'turun', 'poin', 'kategori', 'zona', 'sumber']) {
      expect(own.toLowerCase().split(/[^a-z]+/), word).not.toContain(word);
    }
    expect(own).toMatch(/rank 1 of 3/);
  });

  it('every line says what it is (no bare numbers)', () => {
    const bare = lines.filter((l) => /^\s*[\d,.\s−+-]+$/.test(l) && l.trim() !== '');
    expect(bare).toEqual([]);
  });
});
