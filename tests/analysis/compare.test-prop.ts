import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { compare, rank } from '../../src/index.js';

const year = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), hundredths: fc.integer({ min: 0, max: 10_000 }), group: fc.constantFrom('x', 'y') }),
  { selector: (e) => e.id, maxLength: 7 },
);
const toEntries = (es: { id: string; hundredths: number; group: string }[]) => es.map((e) => ({ id: e.id, score: (e.hundredths / 100).toFixed(2), group: e.group }));

test.prop([year, year])('every id appears once; delta is the exact difference of shown scores; rank move is previous rank minus current rank', (p, c) => {
  const prev = toEntries(p);
  const cur = toEntries(c);
  const result = compare(prev, cur);
  const ids = new Set([...p, ...c].map((e) => e.id));
  expect(result.entities.map((e) => e.id).sort()).toEqual([...ids].sort());
  const prevRank = new Map(rank(prev).map((r) => [r.id, r.rank]));
  const curRank = new Map(rank(cur).map((r) => [r.id, r.rank]));
  for (const e of result.entities) {
    const a = p.find((x) => x.id === e.id);
    const b = c.find((x) => x.id === e.id);
    expect(e.status).toBe(a && b ? 'continuing' : b ? 'new' : 'dropped');
    if (a && b) {
      expect(Math.round(e.delta! * 100)).toBe(b.hundredths - a.hundredths);
      expect(e.rankMove).toBe(a.group === b.group ? prevRank.get(e.id)! - curRank.get(e.id)! : null);
    }
  }
  expect([...result.added].sort()).toEqual(c.filter((x) => !p.some((y) => y.id === x.id)).map((x) => x.id).sort());
  expect([...result.dropped].sort()).toEqual(p.filter((x) => !c.some((y) => y.id === x.id)).map((x) => x.id).sort());
});
