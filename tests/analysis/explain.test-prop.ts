import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { explain, presets, scoreUnit } from '../../src/index.js';
import { indicatorIds } from '../helpers/methodologies.js';

const m = presets.ombudsman2022;
const ids = indicatorIds(m);
const answers = fc
  .array(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.constant('na') }), { minLength: ids.length, maxLength: ids.length })
  .filter((xs) => xs.some((x) => x !== 'na'))
  .map((xs) => Object.fromEntries(ids.map((id, i) => [id, xs[i]!])));

test.prop([answers])("agrees with scoreUnit's breakdown (within rounding) and lists losses in non-increasing order", (a) => {
  const r = scoreUnit(m, a);
  const e = explain(m, r);
  const flat = r.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
  for (const i of e.indicators) {
    const b = flat.find((x) => x.id === i.id)!;
    expect(Math.abs(i.pointsLost - b.pointsLost)).toBeLessThanOrEqual(0.005 + 1e-9);
  }
  for (const d of e.dimensions) expect(Math.abs(d.pointsLost - r.dimensions.find((x) => x.id === d.id)!.pointsLost)).toBeLessThanOrEqual(0.005 + 1e-9);
  for (const list of [e.indicators, e.variables, e.dimensions])
    for (let k = 1; k < list.length; k++) expect(list[k]!.pointsLost).toBeLessThanOrEqual(list[k - 1]!.pointsLost);
  expect(e.indicators.length + e.notCounted.length).toBe(ids.length);
  expect(Math.round((e.score + e.pointsLost) * 100)).toBe(10_000);
});
