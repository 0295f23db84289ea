/**
 * What the methodology compiler produces for a valid spec: every node's share
 * (src/model/internal/shares.ts), the float-integer kernel (kernel.ts) and the frozen
 * methodology (freeze.ts). Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { defineMethodology, scales } from '../../../src/index.js';
import type { Rational } from '../../../src/internal/rational.js';
import { compileMethodology } from '../../../src/model/internal/compile.js';
import { dimension, flat, ind, methodology, variable } from '../../helpers/builders.js';

/** `r` is exactly n/d. */
const isExactly = (r: Rational, n: number, d: number) => r.n * BigInt(d) === BigInt(n) * r.d;
/** A one-band scale over min–max, for output ranges other than 0–100. */
const scaleOver = (min: number, max: number) => ({ id: 's', name: 'S', min, max, bands: [{ category: 'X', label: 'X', min, max }] });

describe('shares', () => {
  it('are the product of the weight shares at the three levels; a variable without a weight weighs its indicators', () => {
    const c = compileMethodology(
      methodology([
        dimension('d1', 60, [variable('v1', [ind('a', 25), ind('b', 75)], 30), variable('v2', [ind('c', 100)], 70)]),
        dimension('d2', 40, [variable('v3', [ind('e', 50)]), variable('v4', [ind('f', 30), ind('g', 20)]), variable('v5', [ind('h', 0)])]),
      ]),
    );
    // d1 = 60/100; v1 = 0.6 · 30/100 = 0.18, v2 = 0.42; a = 0.18 · 25/100 = 0.045, b = 0.135, c = 0.42.
    // d2 = 0.4; v3 weighs 50 of the dimension's 100 → 0.2, v4 (30 + 20) → 0.2, v5 (0) → 0;
    // e = 0.2, f = 0.2 · 30/50 = 0.12, g = 0.08, h = 0 (an all-zero variable: no division by zero).
    expect(c.dimensions.map((d) => d.shareNumber)).toEqual([0.6, 0.4]);
    expect(c.variables.map((v) => v.shareNumber)).toEqual([0.18, 0.42, 0.2, 0.2, 0]);
    const expected: [number, number][] = [[45, 1000], [135, 1000], [42, 100], [2, 10], [12, 100], [8, 100], [0, 1]];
    c.indicators.forEach((ind, i) => {
      const [n, d] = expected[i]!;
      expect(isExactly(ind.share, n, d)).toBe(true);
      expect(ind.shareNumber).toBe(n / d);
    });
    expect(c.variables.map((v) => [v.id, v.dimension, [...v.indicators]])).toEqual([
      ['v1', 0, [0, 1]],
      ['v2', 0, [2]],
      ['v3', 1, [3]],
      ['v4', 1, [4, 5]],
      ['v5', 1, [6]],
    ]);
    expect(c.indicators.map((i) => [i.id, i.dimension, i.variable, i.index])).toEqual([
      ['a', 0, 0, 0],
      ['b', 0, 0, 1],
      ['c', 0, 1, 2],
      ['e', 1, 2, 3],
      ['f', 1, 3, 4],
      ['g', 1, 3, 5],
      ['h', 1, 4, 6],
    ]);
    expect(c.dimensions.map((d) => [d.id, d.name])).toEqual([['d1', 'd1'], ['d2', 'd2']]);
    expect(c.variables.map((v) => v.name)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(c.indicators.map((i) => i.name)).toEqual(['a', 'b', 'c', 'e', 'f', 'g', 'h']);
    expect([...c.byId.entries()]).toEqual([['a', 0], ['b', 1], ['c', 2], ['e', 3], ['f', 4], ['g', 5], ['h', 6]]);
    expect(c.indicators[2]!.path).toBe('dimensions[0].variables[1].indicators[0]');
  });
});

describe('answers in grid units', () => {
  it('levels: the grid has the most decimals of any value; offset and span come from the lowest and highest, in any order', () => {
    const c = compileMethodology(
      flat([ind('a', 100, { kind: 'levels', levels: [{ key: 'p', value: 1 }, { key: 'q', value: 0 }, { key: 'r', value: 2.5 }, { key: 's', value: 2 }] })]),
    );
    // One decimal at most → grid 10: 10, 0, 25, 20; lowest 0, highest 25.
    const a = c.indicators[0]!.answer;
    expect([a.kind, a.grid, a.offset, a.span]).toEqual(['levels', 10, 0, 25]);
    expect([...a.levels!.entries()]).toEqual([['p', 10], ['q', 0], ['r', 25], ['s', 20]]);
    const neg = compileMethodology(flat([ind('a', 100, { kind: 'levels', levels: [{ key: 'p', value: -1 }, { key: 'q', value: -3 }] })])).indicators[0]!.answer;
    expect([neg.grid, neg.offset, neg.span]).toEqual([1, -3, 2]);
  });

  it('interval, ordinal, yes/no and percent', () => {
    const c = compileMethodology(
      flat([
        ind('i', 25, { kind: 'interval', min: -2, max: 3 }),
        ind('o', 25, { kind: 'ordinal', min: 1, max: 4 }),
        ind('y', 25, { kind: 'yesNo' }),
        ind('p', 25, { kind: 'percent', decimals: 1 }),
      ]),
    );
    expect(c.indicators.map((i) => [i.answer.kind, i.answer.grid, i.answer.offset, i.answer.span])).toEqual([
      ['interval', 1, -2, 5],
      ['ordinal', 1, 1, 3],
      ['yesNo', 1, 0, 1],
      ['percent', 10, 0, 1000],
    ]);
    expect(compileMethodology(flat([ind('p', 100, { kind: 'percent' })])).indicators[0]!.answer.grid).toBe(100);
  });
});

describe('the float-integer kernel', () => {
  it('on 0–100: integer multipliers over the common denominator and a reduced affine map', () => {
    const c = compileMethodology(flat([ind('a', 50), ind('b', 30), ind('c', 20, { kind: 'yesNo' })]));
    const k = c.kernel!;
    // Shares 1/2, 3/10, 1/5 over spans 3, 3, 1: coefficients 1/6, 1/10, 1/5, common denominator
    // D = 30, multipliers 5, 3, 6. 100 · score = (100 · 100 · N) / 30 = 1000 · N / 3 (gcd 10).
    expect([...k.mult]).toEqual([5, 3, 6]);
    expect([k.alpha, k.beta, k.q]).toEqual([1000, 0, 3]);
    expect([...k.offset]).toEqual([0, 0, 0]);
    expect([...k.span]).toEqual([3, 3, 1]);
    expect([...k.grid]).toEqual([1, 1, 1]);
    expect([...k.dense]).toEqual([1, 1, 1]);
    expect(k.allDense).toBe(true);
    // a = 2, b = 2, c = no: N = 10 + 6 = 16 → 16000 / 3 = 5333.33… → 53.33.
    expect((k.alpha * 16 + k.beta) / k.q).toBeCloseTo(5333.333, 3);
  });

  it('with a lower bound other than 0: the offset goes into beta', () => {
    const c = compileMethodology(
      methodology([dimension('d', 3, [variable('v', [ind('a', 1, { kind: 'interval', min: 1, max: 4 }), ind('b', 2, { kind: 'interval', min: 0, max: 2 })])])], {
        output: { min: 1, max: 4 },
        scale: scaleOver(1, 4),
        weights: { total: 3 },
      }),
    );
    const k = c.kernel!;
    // Shares 1/3, 2/3 over spans 3, 2: coefficients 1/9, 1/3, D = 9, multipliers 1, 3.
    // alpha = 100 · 3 = 300, beta = 100 · 1 · 9 = 900, q = 9; gcd 3 → 100, 300, 3.
    expect([...k.mult]).toEqual([1, 3]);
    expect([k.alpha, k.beta, k.q]).toEqual([100, 300, 3]);
    expect([...k.offset]).toEqual([1, 0]);
    // Everything at the top: N = 1·3 + 3·2 = 9 → (900 + 300) / 3 = 400 → 4.00; at the bottom 100 → 1.00.
    expect((k.alpha * 9 + k.beta) / k.q).toBe(400);
    expect(k.beta / k.q).toBe(100);
  });

  it('a negative lower bound gives a negative beta', () => {
    const c = compileMethodology(
      flat([ind('a', 50, { kind: 'yesNo' }), ind('b', 50, { kind: 'yesNo' })], { output: { min: -50, max: 50 }, scale: scaleOver(-50, 50), rounding: { mode: 'halfUp', decimals: 0 } }),
    );
    // Coefficients 1/2, D = 2; alpha = 100, beta = −50 · 2 = −100, q = 2; gcd 2 → 50, −50, 1.
    expect([c.kernel!.alpha, c.kernel!.beta, c.kernel!.q]).toEqual([50, -50, 1]);
  });

  it('with fractional bounds: the denominators of the lower bound and the range enter alpha, beta and q', () => {
    const c = compileMethodology(flat([ind('a', 100, { kind: 'yesNo' })], { output: { min: 0.5, max: 1.25 }, scale: scaleOver(0.5, 1.25) }));
    // lo = 1/2, range = 3/4, D = 1: alpha = 100 · 3 · 2 = 600, beta = 100 · 1 · 4 · 1 = 400,
    // q = 2 · 4 · 1 = 8; gcd 8 → 75, 50, 1. Yes: 75 + 50 = 125 → 1.25; no: 50 → 0.50.
    expect([c.kernel!.alpha, c.kernel!.beta, c.kernel!.q]).toEqual([75, 50, 1]);
  });

  it('the common divisor is taken positive, whatever the sign of beta', () => {
    const c = compileMethodology(
      flat([ind('a', 100, { kind: 'interval', min: 0, max: 4 })], { output: { min: -2, max: 4 }, scale: scaleOver(-2, 4), rounding: { mode: 'halfUp', decimals: 0 } }),
    );
    // D = 4; alpha = 6, beta = −2 · 4 = −8, q = 4; gcd 2 → 3, −4, 2. Top: (3 · 4 − 4) / 2 = 4; bottom: −4 / 2 = −2.
    expect([c.kernel!.alpha, c.kernel!.beta, c.kernel!.q]).toEqual([3, -4, 2]);
  });

  it('an indicator is dense when its grid is 1, its levels leave no gap and its range lies within int32', () => {
    const two31 = 2 ** 31;
    const c = compileMethodology(
      flat(
        [
          ind('interval', 1),
          ind('percent', 1, { kind: 'percent' }),
          ind('gap', 1, { kind: 'levels', levels: [{ key: 'x', value: 0 }, { key: 'y', value: 2 }] }),
          ind('noGap', 1, { kind: 'levels', levels: [{ key: 'x', value: 0 }, { key: 'y', value: 1 }, { key: 'z', value: 2 }] }),
          ind('lowIn', 1, { kind: 'interval', min: -two31, max: -two31 + 1 }),
          ind('lowOut', 1, { kind: 'interval', min: -two31 - 1, max: -two31 }),
          ind('highIn', 1, { kind: 'interval', min: two31 - 2, max: two31 - 1 }),
          ind('highOut', 1, { kind: 'interval', min: two31 - 1, max: two31 }),
        ],
        { weights: { renormalize: true } },
      ),
    );
    expect([...c.kernel!.dense]).toEqual([1, 0, 0, 1, 1, 0, 1, 0]);
    expect(c.kernel!.allDense).toBe(false);
    expect([...c.kernel!.grid]).toEqual([1, 100, 1, 1, 1, 1, 1, 1]);
  });

  it('there is none when the common denominator passes 2^53', () => {
    // Spans 10^8 − 1 and 10^8 are coprime: D = 2 · (10^8 − 1) · 10^8 ≈ 2 · 10^16 > 2^53 ≈ 9.007 · 10^15.
    const spec = flat([ind('a', 50, { kind: 'interval', min: 0, max: 1e8 - 1 }), ind('b', 50, { kind: 'interval', min: 0, max: 1e8 })]);
    expect(compileMethodology(spec).kernel).toBeUndefined();
    // Spans 10^7 − 1 and 10^7: D ≈ 2 · 10^14, below 2^53.
    const small = flat([ind('a', 50, { kind: 'interval', min: 0, max: 1e7 - 1 }), ind('b', 50, { kind: 'interval', min: 0, max: 1e7 })]);
    expect(compileMethodology(small).kernel).toBeDefined();
  });

  it('there is none when the affine map passes 2^53, on either side of zero', () => {
    // 0–10^15 at 2 decimals: alpha = 100 · 10^15 = 10^17 > 2^53.
    const wide = flat([ind('a', 100, { kind: 'yesNo' })], { output: { min: 0, max: 1e15 }, scale: scaleOver(0, 1e15) });
    expect(compileMethodology(wide).kernel).toBeUndefined();
    // −10^15 to −10^15 + 1: alpha = 100, but |beta| = 10^17 > 2^53.
    const low = flat([ind('a', 100, { kind: 'yesNo' })], { output: { min: -1e15, max: -1e15 + 1 }, scale: scaleOver(-1e15, -1e15 + 1) });
    expect(compileMethodology(low).kernel).toBeUndefined();
    // 10^15 − 1 to 10^15: alpha = 100 but beta = 100 · (10^15 − 1) ≈ 10^17 > 2^53 (positive this time).
    const high = flat([ind('a', 100, { kind: 'yesNo' })], { output: { min: 1e15 - 1, max: 1e15 }, scale: scaleOver(1e15 - 1, 1e15) });
    expect(compileMethodology(high).kernel).toBeUndefined();
    // 0–5·10^13 over an interval 0–3: alpha = 5·10^15, q = 3 (coprime), alpha · D = 1.5·10^16 > 2^53;
    // 0–10^13: alpha · D = 3·10^15 < 2^53.
    const over3 = (max: number) => flat([ind('a', 100)], { output: { min: 0, max }, scale: scaleOver(0, max) });
    expect(compileMethodology(over3(5e13)).kernel).toBeUndefined();
    expect(compileMethodology(over3(1e13)).kernel).toBeDefined();
    // The same at 0 decimals: alpha = 1, |beta| = 10^15 < 2^53.
    const lowWhole = flat([ind('a', 100, { kind: 'yesNo' })], {
      output: { min: -1e15, max: -1e15 + 1 },
      scale: scaleOver(-1e15, -1e15 + 1),
      rounding: { mode: 'halfUp', decimals: 0 },
    });
    expect(compileMethodology(lowWhole).kernel).toBeDefined();
  });
});

describe('the frozen methodology', () => {
  it('keeps every known field, copies provenance, fills in the defaults and drops unknown fields', () => {
    const provenance = { confidence: 'assumed', source: 'Perka', note: 'n', extra: 1 };
    const spec = {
      id: 'm',
      name: 'M',
      version: '1',
      assessment: 'Penilaian',
      notes: 'top',
      provenance,
      years: { from: 2022, to: 2023, extra: 1 },
      output: { min: 0, max: 100, extra: 1 },
      weights: { total: 100, renormalize: false },
      scale: scales.ombudsman2022,
      unknown: 'dropped',
      dimensions: [
        {
          id: 'd',
          name: 'D',
          nameEn: 'Dim',
          weight: 100,
          notes: 'dn',
          provenance,
          extra: 1,
          variables: [
            {
              id: 'v',
              name: 'V',
              nameEn: 'Var',
              notes: 'vn',
              provenance,
              indicators: [
                { id: 'a', name: 'A', nameEn: 'Ind', weight: -0, answer: { kind: 'yesNo', extra: 1 }, notes: 'an', provenance },
                { id: 'b', name: 'B', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
                { id: 'c', name: 'C', weight: 40, answer: { kind: 'levels', levels: [{ key: 'x', label: 'X', value: 0, extra: 1 }, { key: 'y', value: 1 }] } },
                { id: 'e', name: 'E', weight: 0, answer: { kind: 'percent', decimals: 1 } },
              ],
            },
          ],
        },
      ],
    };
    const m = defineMethodology(spec as never);
    const p = { confidence: 'assumed', source: 'Perka', note: 'n' };
    expect(m).toEqual({
      id: 'm',
      name: 'M',
      version: '1',
      assessment: 'Penilaian',
      years: { from: 2022, to: 2023 },
      output: { min: 0, max: 100 },
      weights: { total: 100, tolerance: 0, renormalize: false },
      rounding: { mode: 'halfUp', decimals: 2 },
      scale: scales.ombudsman2022,
      dimensions: [
        {
          id: 'd',
          name: 'D',
          nameEn: 'Dim',
          weight: 100,
          variables: [
            {
              id: 'v',
              name: 'V',
              nameEn: 'Var',
              indicators: [
                { id: 'a', name: 'A', nameEn: 'Ind', weight: 0, answer: { kind: 'yesNo' }, provenance: p, notes: 'an' },
                { id: 'b', name: 'B', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
                { id: 'c', name: 'C', weight: 40, answer: { kind: 'levels', levels: [{ key: 'x', label: 'X', value: 0 }, { key: 'y', value: 1 }] } },
                { id: 'e', name: 'E', weight: 0, answer: { kind: 'percent', decimals: 1 } },
              ],
              provenance: p,
              notes: 'vn',
            },
          ],
          provenance: p,
          notes: 'dn',
        },
      ],
      provenance: p,
      notes: 'top',
    });
    const a = m.dimensions[0]!.variables[0]!.indicators[0]!;
    // -0 is copied as 0 (JSON cannot keep it); provenance is a frozen copy, not the caller's object.
    expect(Object.is(a.weight, 0)).toBe(true);
    expect(a.provenance).not.toBe(provenance);
    expect(Object.isFrozen(a.provenance)).toBe(true);
    expect(Object.isFrozen(m.years)).toBe(true);
    expect(Object.isFrozen(m.output)).toBe(true);
    expect(Object.isFrozen(m.weights)).toBe(true);
    expect(Object.isFrozen(m.dimensions)).toBe(true);
    expect(Object.isFrozen(m.dimensions[0]!.variables)).toBe(true);
    expect(Object.isFrozen(m.dimensions[0]!.variables[0]!.indicators)).toBe(true);
    const levels = m.dimensions[0]!.variables[0]!.indicators[2]!.answer;
    expect(levels.kind === 'levels' && Object.isFrozen(levels.levels) && Object.isFrozen(levels.levels[0])).toBe(true);
  });

  it('keeps a declared tolerance and total, and renormalize', () => {
    const m = defineMethodology(flat([ind('a', 0.5), ind('b', 0.5)], { weights: { total: 1, tolerance: 0.01, renormalize: true } }));
    expect(m.weights).toEqual({ total: 1, tolerance: 0.01, renormalize: true });
    expect(m.years).toBeUndefined();
    expect('years' in m).toBe(false);
  });

  it('compiling the frozen methodology again returns the same compiled form', () => {
    const m = defineMethodology(flat([ind('a', 100)]));
    expect(compileMethodology(m)).toBe(compileMethodology(m));
  });
});
