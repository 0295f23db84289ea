import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { defineMethodology, indicatorOrder, presets, scoreBatch, scoreUnit, type Methodology, type MissingPolicy, type RoundingMode, type Scale, type ScaleSpec } from '../../src/index.js';
import { roundToScaled } from '../../src/internal/rational.js';
import { compileMethodology } from '../../src/model/internal/compile.js';
import { evaluateExact, normOf } from '../../src/scoring/internal/evaluate.js';
import { answerDomain, answersOf, methodologySpecArb, rangeArb, roundingModeArb, scaleSpecArb, unitCaseArb, unitOfArb, type UnitCase } from '../helpers/arbitraries.js';
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

function maskMethodology(p: { S: number; weights: number[]; decimals: number; mode: RoundingMode; scale: Scale | ScaleSpec; output?: { min: number | string; max: number | string } }) {
  return defineMethodology(
    flat(p.weights.map((w, i) => ind(`i${i}`, w, { kind: 'interval', min: 0, max: p.S })), { rounding: { mode: p.mode, decimals: p.decimals }, scale: p.scale, weights: { renormalize: true }, ...(p.output !== undefined ? { output: p.output } : {}) }),
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

// ---------------------------------------------------------------------------------------
// Four rows at a time with the floor-form rounding (maskedBlocks), against the exact path.

/**
 * Equal weights on yes/no, k indicators: a row's exact score on 0–100 moves in steps of
 * 100 / k. With k in {8, 16, 25, 40, 50, 80, 200} the steps are 12.5 … 0.5, so
 * rows land exactly on whole numbers such as the band limits 50, 75 or 88, and exactly halfway
 * between two reported values (x.5 at 0 decimals, x.25 at 1, x.125 and x.375 at 2: the .xx5 ties).
 */
const tieCaseArb = fc.constantFrom(8, 16, 25, 40, 50, 80, 200).chain((k) =>
  fc.record({
    p: fc.record({ S: fc.constant(1), weights: fc.constant(Array.from({ length: k }, () => 1)), decimals: fc.integer({ min: 0, max: 3 }), mode: roundingModeArb, scale: fc.constant(presets.ombudsman2022.scale as Scale) }),
    rows: fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 11 }),
  }),
);

test.prop([tieCaseArb])(
  'four rows at a time: scores on exact band limits and on .xx5 ties equal the exact rational score rounded once, in every mode and for any number of rows',
  ({ p, rows }) => {
    const m = maskMethodology(p);
    expect(Array.from(scoreBatch(m, Float64Array.from(rows.flat())))).toEqual(rows.map((r) => exactRowScore(m, r)));
  },
);

/** Generated weights on generated output ranges, some below 0 (so truncate and the "toward/away from zero" modes take the general rounding). */
const rangedMaskCaseArb = fc
  .record({
    S: fc.constantFrom(1, 3, 7),
    weights: fc.array(fc.constantFrom(1, 2, 3, 5, 7, 10, 16, 25), { minLength: 1, maxLength: 13 }),
    decimals: fc.integer({ min: 0, max: 3 }),
    mode: roundingModeArb,
    range: rangeArb(),
  })
  .chain(({ S, weights, decimals, mode, range }) =>
    fc.record({
      p: fc.constant({ S, weights, decimals, mode, scale: range.scale, output: range.output }),
      rows: fc.array(fc.array(fc.integer({ min: 0, max: S }), { minLength: weights.length, maxLength: weights.length }), { minLength: 1, maxLength: 11 }),
    }),
  );

test.prop([rangedMaskCaseArb])(
  'on any output range (below 0 included) every score of the 0…2^k − 1 path equals the exact rational score rounded once',
  ({ p, rows }) => {
    const m = maskMethodology(p);
    expect(Array.from(scoreBatch(m, Float64Array.from(rows.flat())))).toEqual(rows.map((r) => exactRowScore(m, r)));
  },
);

/** A generated row of a built-in preset: every answer valid, drawn from the answer's own values. */
function presetRowsArb(m: Methodology, minRows: number, maxRows: number): fc.Arbitrary<number[][]> {
  const c = compileMethodology(m);
  const cols = c.indicators.map((ind) => {
    const { offset, span, grid, levels } = ind.answer;
    const values = levels !== undefined ? [...new Set(levels.values())].map((u) => u / grid) : null;
    return values !== null ? fc.constantFrom(...values) : fc.integer({ min: offset, max: offset + span }).map((u) => u / grid);
  });
  return fc.array(fc.tuple(...cols), { minLength: minRows, maxLength: maxRows });
}

/** The exact score of a row of any preset: grid units, the bigint evaluation, one rounding. */
function exactPresetScore(m: Methodology, row: readonly number[]): number {
  const c = compileMethodology(m);
  const norm = row.map((v, i) => {
    const a = c.indicators[i]!.answer;
    return normOf(Math.round(v * a.grid), a.offset, a.span);
  });
  const ev = evaluateExact(c, norm, new Uint8Array(row.length).fill(1));
  const { decimals, mode } = c.rounding;
  return Number(roundToScaled(ev.score, decimals, mode)) / 10 ** decimals;
}

test.prop([fc.constantFrom(...Object.keys(presets)).chain((name) => fc.tuple(fc.constant(name), presetRowsArb(presets[name as keyof typeof presets], 1, 13)))])(
  'for every built-in preset, every row scores exactly the exact rational score rounded once (Float64Array and plain list alike)',
  ([name, rows]) => {
    const m = presets[name as keyof typeof presets];
    const expected = rows.map((r) => exactPresetScore(m, r));
    expect(Array.from(scoreBatch(m, Float64Array.from(rows.flat())))).toEqual(expected);
    expect(Array.from(scoreBatch(m, rows.flat()))).toEqual(expected);
  },
);

const manyUnitsArb = methodologySpecArb().chain((spec) => fc.array(unitOfArb(spec, { missing: 1 }), { minLength: 5, maxLength: 14 }));

test.prop([manyUnitsArb, fc.constantFrom<MissingPolicy>('zero', 'respread')], { numRuns: 60 })(
  'with 5–14 units of a generated methodology (so blocks of four rows, a block with a missing or not-applicable cell, and the last rows alone), every score equals scoreUnit',
  (units, missing) => {
    const spec = defineMethodology(units[0]!.spec);
    const n = indicatorOrder(spec).length;
    const matrix = new Float64Array(units.length * n);
    units.forEach((u, r) => {
      for (let i = 0; i < n; i++) matrix[r * n + i] = cell(u, spec, i);
    });
    let expected: number[];
    try {
      expected = units.map((u) => scoreUnit(spec, answersOf(u), { missing }).score);
    } catch {
      expect(() => scoreBatch(spec, matrix, { missing })).toThrowError(expect.objectContaining({ code: 'NO_APPLICABLE_INDICATORS' }));
      return;
    }
    expect(Array.from(scoreBatch(spec, matrix, { missing }))).toEqual(expected);
  },
);

// Only a Float64Array takes the four-row loop; a plain list or another typed array takes the
// one-row loop. Both must give the same scores and the same refusals, over a few hundred rows.
const bigCaseArb = fc.record({
  rows: fc.integer({ min: 230, max: 500 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  at: fc.nat(),
  bad: fc.constantFrom<unknown>(Number.NaN, '3', 4, 1.5, -1, null),
  kind: fc.constantFrom('array', 'Int8Array', 'Float32Array'),
});

test.prop([bigCaseArb], { numRuns: 40 })(
  'a plain list or another typed array scores as the same Float64Array; a bad cell anywhere is refused (or scored as missing) exactly as in the Float64Array',
  ({ rows, seed, at, bad, kind }) => {
    const m = presets.ombudsman2022;
    const n = indicatorOrder(m).length;
    let x = seed;
    const f64 = Float64Array.from({ length: rows * n }, () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0), x % 4));
    const list: unknown[] = Array.from(f64);
    const i = at % list.length;
    // Only cells a typed array can hold go into one (it would convert anything else).
    const typedOk = typeof bad === 'number' && (kind !== 'Int8Array' || Number.isInteger(bad));
    const cells: ArrayLike<number> = kind === 'array' ? (list as number[]) : kind === 'Int8Array' ? Int8Array.from(f64) : Float32Array.from(f64);
    if (kind === 'array') list[i] = bad;
    else if (typedOk) (cells as Int8Array | Float32Array)[i] = bad as number;
    const reference = Float64Array.from(cells as ArrayLike<number>);
    const outcome = (f: () => Float64Array): unknown => {
      try {
        return Array.from(f());
      } catch (e) {
        return { code: (e as { code: string }).code, path: (e as { path: string }).path };
      }
    };
    for (const missing of ['error', 'respread'] as const) {
      const got = outcome(() => scoreBatch(m, cells, { missing }));
      if (kind === 'array' && typeof bad !== 'number') {
        // A non-number cell is refused whatever the policy, with its own index.
        expect(got).toEqual({ code: 'INVALID_ANSWER', path: `answers[${i}]` });
      } else {
        expect(got).toEqual(outcome(() => scoreBatch(m, reference, { missing })));
      }
    }
  },
);
