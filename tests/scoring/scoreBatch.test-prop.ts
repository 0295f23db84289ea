import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { defineMethodology, indicatorOrder, scoreBatch, scoreUnit, type MissingPolicy } from '../../src/index.js';
import { answerDomain, answersOf, methodologySpecArb, unitCaseArb, unitOfArb, type UnitCase } from '../helpers/arbitraries.js';

/** The numeric cell scoreBatch takes for a generated answer (NaN for not applicable or missing). */
function cell(u: UnitCase, spec: ReturnType<typeof defineMethodology>, i: number): number {
  if (u.statuses[i] !== 'answered') return Number.NaN;
  const ind = spec.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators))[i]!;
  const f = answerDomain(ind.answer).value(u.positions[i]!);
  return Number(f.n) / Number(f.d);
}

const batchArb = methodologySpecArb().chain((spec) => fc.array(unitOfArb(spec, { missing: 1 }), { minLength: 1, maxLength: 5 }));

test.prop([batchArb, fc.constantFrom<MissingPolicy>('zero', 'respread')])(
  'scoreBatch gives every unit exactly the score scoreUnit gives it (missing cells as NaN under the same policy)',
  (units, missing) => {
    // Several units of one generated methodology, scored as one matrix.
    const spec = defineMethodology(units[0]!.spec);
    const n = indicatorOrder(spec).length;
    const rows = units;
    const matrix = new Float64Array(rows.length * n);
    rows.forEach((u, r) => {
      for (let i = 0; i < n; i++) matrix[r * n + i] = cell(u, spec, i);
    });
    let expected: number[];
    try {
      expected = rows.map((u) => scoreUnit(spec, answersOf(u), { missing }).score);
    } catch {
      // No indicator counts in some unit: the batch must refuse the matrix too.
      expect(() => scoreBatch(spec, matrix, { missing })).toThrowError(expect.objectContaining({ code: 'NO_APPLICABLE_INDICATORS' }));
      return;
    }
    expect(Array.from(scoreBatch(spec, matrix, { missing }))).toEqual(expected);
  },
);

test.prop([unitCaseArb(), fc.integer({ min: 0, max: 1000 }), fc.constantFrom(-1, 0.5, 1e9, Number.POSITIVE_INFINITY)])(
  'a cell off its grid or out of range is refused with the cell index in the path, never scored',
  (u, at, bad) => {
    const spec = defineMethodology(u.spec);
    const n = indicatorOrder(spec).length;
    const matrix = Float64Array.from({ length: n }, (_, i) => cell(u, spec, i));
    const i = at % n;
    const ind = spec.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators))[i]!;
    const domain = answerDomain(ind.answer);
    const lo = Number(domain.value(0).n) / Number(domain.value(0).d);
    const hi = Number(domain.value(domain.size - 1).n) / Number(domain.value(domain.size - 1).d);
    const value = bad === 0.5 ? lo + 1 / 3 : bad === -1 ? lo - 1 : bad === 1e9 ? hi + 1e9 : bad;
    matrix[i] = value;
    expect(() => scoreBatch(spec, matrix)).toThrowError(expect.objectContaining({ path: `answers[${i}]` }));
  },
);
