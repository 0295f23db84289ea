import { describe, expectTypeOf, it } from 'vitest';
import { checkReportedScore, type CandidateUnitCheck, type PreviousYearCheck } from '../../src/index.js';

describe('checkReportedScore explanation types', () => {
  it('takes candidate units and the previous year, and returns their checks on the score part', () => {
    const r = checkReportedScore({ units: [90], reported: 91, candidateUnits: [92, { name: 'Dinkes', score: '89,02' }], previous: { year: 2021, score: 77.66, units: [77.66] } });
    expectTypeOf(r.score!.candidates).toEqualTypeOf<readonly CandidateUnitCheck[]>();
    expectTypeOf(r.score!.previous).toEqualTypeOf<PreviousYearCheck | null>();
    expectTypeOf(r.score!.missingUnitExact).toEqualTypeOf<number | null>();
    expectTypeOf<PreviousYearCheck['unitsArePrevious']>().toEqualTypeOf<'score' | 'units' | null>();
  });

  it('refuses a previous year that is not figures', () => {
    // @ts-expect-error previous is an object, not a score
    checkReportedScore({ units: [90], reported: 91, previous: 77.66 });
  });
});
