import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { defineMethodology, indicatorOrder, scoreBatch, scoreUnit, type Methodology, type MissingPolicy, type RoundingMode, type ScaleSpec } from '../../src/index.js';
import { roundToScaled } from '../../src/internal/rational.js';
import { compileMethodology } from '../../src/model/internal/compile.js';
import { evaluateExact, normOf } from '../../src/scoring/internal/evaluate.js';
import { answerDomain, answersOf, methodologySpecArb, roundingModeArb, scaleSpecArb, unitCaseArb, unitOfArb, type UnitCase } from '../helpers/arbitraries.js';
import { flat, ind } from '../helpers/builders.js';

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

// ---------------------------------------------------------------------------------------
// The mask fast path (every range 0…2^k − 1, e.g. Ombudsman 0–3 or yes/no) against the exact
// rational path: evaluateExact on bigint fractions, rounded once by roundToScaled.

/**
 * A methodology on 0–100 whose indicators all answer 0…S, with random weights, or built to
 * land on ties: 8 or 16 yes/no indicators of equal weight score in steps of 12.5 or 6.25,
 * so an odd count of "yes" sits exactly halfway between two reported values (0 or 1 decimal).
 */
const maskCaseArb = fc
  .oneof(
    fc.record({
      S: fc.constantFrom(1, 3, 7, 15),
      weights: fc.array(fc.constantFrom(1, 2, 4, 5, 8, 10, 16, 25, 3, 7), { minLength: 1, maxLength: 9 }),
      decimals: fc.integer({ min: 0, max: 3 }),
    }),
    fc.record({
      S: fc.constant(1),
      weights: fc.constantFrom(8, 16).map((k) => Array.from({ length: k }, () => 1)),
      decimals: fc.integer({ min: 0, max: 1 }),
    }),
  )
  .chain((shape) =>
    fc.record({
      p: fc.record({ S: fc.constant(shape.S), weights: fc.constant(shape.weights), decimals: fc.constant(shape.decimals), mode: roundingModeArb, scale: scaleSpecArb(0, 100) }),
      rows: fc.array(fc.array(fc.integer({ min: 0, max: shape.S }), { minLength: shape.weights.length, maxLength: shape.weights.length }), { minLength: 1, maxLength: 12 }),
    }),
  );

function maskMethodology(p: { S: number; weights: number[]; decimals: number; mode: RoundingMode; scale: ScaleSpec }) {
  return defineMethodology(
    flat(p.weights.map((w, i) => ind(`i${i}`, w, { kind: 'interval', min: 0, max: p.S })), { rounding: { mode: p.mode, decimals: p.decimals }, scale: p.scale, weights: { renormalize: true } }),
  );
}

/** The exact score of a row (answers in 0…S), rounded once: the slow path's arithmetic, no kernel. */
function exactRowScore(m: Methodology, row: readonly number[]): number {
  const c = compileMethodology(m);
  const ev = evaluateExact(c, row.map((v, i) => normOf(v, 0, c.indicators[i]!.answer.span)), new Uint8Array(row.length).fill(1));
  const { decimals, mode } = c.rounding;
  return Number(roundToScaled(ev.score, decimals, mode)) / 10 ** decimals;
}

test.prop([maskCaseArb])(
  'on ranges 0…2^k − 1 (the one-mask-test path) every score equals the exact rational score rounded once, ties and all modes included',
  ({ p, rows }) => {
    const m = maskMethodology(p);
    const k = compileMethodology(m).kernel;
    // The case is on the fast path: a dense kernel, every range starting at 0 with one span 2^k − 1.
    expect(k?.allDense && k.offset.every((o) => o === 0) && k.span.every((s) => s === p.S)).toBe(true);
    const matrix = Float64Array.from(rows.flat());
    expect(Array.from(scoreBatch(m, matrix))).toEqual(rows.map((r) => exactRowScore(m, r)));
  },
);

test.prop([maskCaseArb, fc.integer({ min: 0, max: 1000 }), fc.constantFrom(-1, 0.5, 16, 2 ** 32, Number.NaN, -0)])(
  'on the one-mask-test path a cell off 0…S goes to the slow path: refused with its index, or -0 scored as 0',
  ({ p, rows }, at, bad) => {
    const m = maskMethodology(p);
    const matrix = Float64Array.from(rows.flat());
    const i = at % matrix.length;
    const value = bad === 16 ? p.S + 1 : bad === 0.5 ? Math.min(p.S, 1) - 0.5 : bad;
    matrix[i] = value;
    if (Object.is(value, -0)) {
      const fixed = rows.map((r) => [...r]);
      fixed[Math.floor(i / p.weights.length)]![i % p.weights.length] = 0;
      expect(Array.from(scoreBatch(m, matrix))).toEqual(fixed.map((r) => exactRowScore(m, r)));
    } else {
      expect(() => scoreBatch(m, matrix)).toThrowError(expect.objectContaining({ path: `answers[${i}]` }));
    }
  },
);
