import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/index.js';

// docs/errors.md holds the one table of error codes users read; it must not drift from the
// codes the library throws (src/errors/codes.ts).
const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \|(.*)$/gm)].map((m) => ({ code: m[1]!, cells: m[2]!.split(' | ') }));

describe('docs/errors.md', () => {
  it('has one table row per code in ERROR_CODES, in the same order, and none other', () => {
    expect(rows.map((r) => r.code)).toEqual(Object.keys(ERROR_CODES));
  });

  it('gives every code a meaning, an example and a fix (four filled columns)', () => {
    for (const r of rows) {
      const cells = r.cells.map((c) => c.replace(/\|\s*$/, '').trim());
      expect(cells.length, r.code).toBe(3);
      for (const c of cells) expect(c.length, r.code).toBeGreaterThan(5);
    }
  });
});
