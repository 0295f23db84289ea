import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { aggregate, checkReportedScore } from '../../src/index.js';

// Unit scores as published: two decimals, 0–100, as hundredths.
const hundredths = fc.integer({ min: 0, max: 10_000 });
const units = fc.array(hundredths, { minLength: 1, maxLength: 12 }).map((hs) => hs.map((h) => h / 100));

test.prop([units, hundredths])('a reported score follows from the units exactly when it equals their aggregate', (us, r) => {
  const reported = r / 100;
  const check = checkReportedScore({ units: us, reported });
  expect(check.consistent).toBe(aggregate(us).score === reported);
  expect(checkReportedScore({ units: us, reported: aggregate(us).score }).consistent).toBe(true);
});

test.prop([units, fc.integer({ min: 0, max: 9_999 })])('two figures one hundredth apart never both follow from the same units (Magelang 98.17 / 98.18)', (us, r) => {
  const a = checkReportedScore({ units: us, reported: r / 100 }).consistent;
  const b = checkReportedScore({ units: us, reported: (r + 1) / 100 }).consistent;
  expect(a && b).toBe(false);
});

test.prop([units, hundredths])('moving one unit by either end of the reported unitShift makes the figure follow', (us, r) => {
  const reported = r / 100;
  const shift = checkReportedScore({ units: us, reported }).score?.unitShift;
  fc.pre(shift !== null && shift !== undefined);
  for (const delta of [shift!.min, shift!.max]) {
    const moved = [...us];
    moved[0] = Math.round((moved[0]! + delta) * 100) / 100;
    // The shifted unit may leave 0–100 (the shift says by how much one unit is off, not that it was valid): a wide range checks the arithmetic.
    expect(aggregate(moved, { roundInputs: false, range: { min: -1e6, max: 1e6 } }).score).toBe(reported);
  }
});
