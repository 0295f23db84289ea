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

test.prop([units, hundredths])('a candidate unit scoring missingUnitExact makes the figure follow, and the mean with it is the reported figure', (us, r) => {
  const reported = r / 100;
  const exact = checkReportedScore({ units: us, reported }).score?.missingUnitExact;
  fc.pre(exact !== null && exact !== undefined);
  const c = checkReportedScore({ units: us, reported, candidateUnits: [exact!] }).score!.candidates[0]!;
  expect(c.follows).toBe(true);
  expect(aggregate([...us, exact!]).score).toBe(reported);
});

test.prop([units, hundredths])('the units are the previous year\'s exactly when their score equals the previous score given', (us, p) => {
  const previous = p / 100;
  // 100.01 is above every unit, so the figure never follows and the comparison is always made
  // (a range up to 200 lets it be reported at all).
  const check = checkReportedScore({ units: us, reported: 100.01, previous: { score: previous }, range: { min: 0, max: 200 } });
  expect(check.score?.previous?.unitsArePrevious === 'score').toBe(aggregate(us).score === previous);
});
