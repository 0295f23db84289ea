import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { presets, scoreUnit } from '../../src/index.js';

const m = presets.ombudsman2022;
const ids = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
const answers = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ids.length, maxLength: ids.length }).map((as) => Object.fromEntries(ids.map((id, i) => [id, as[i]!])));
const correction = fc.integer({ min: 0, max: 12_000 }); // hundredths

test.prop([answers, correction])('a correction on the grid lowers the reported score by exactly that amount, stopping at 0', (a, c) => {
  const before = Math.round(scoreUnit(m, a).score * 100);
  const r = scoreUnit(m, a, { adjustment: { correction: c / 100 } });
  expect(Math.round(r.score * 100)).toBe(Math.max(before - c, 0));
  expect(r.adjustment?.clamped).toBe(before - c < 0);
});

test.prop([answers, correction])('with the green zone barred no score is green, and a score below the cap is only corrected', (a, c) => {
  const plain = scoreUnit(m, a, { adjustment: { correction: c / 100 } });
  const barred = scoreUnit(m, a, { adjustment: { correction: c / 100, barZone: 'hijau' } });
  expect(barred.classification.zone).not.toBe('hijau');
  if (plain.score <= 77.99) expect(barred.score).toBe(plain.score);
  else expect(barred.score).toBe(77.99);
});
