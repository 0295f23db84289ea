/**
 * The float-integer kernel's bound (src/model/internal/kernel.ts): a methodology gets a kernel
 * only when every intermediate of its affine map, alpha·D + |beta| + q, stays below 2^53,
 * where doubles still hold every integer exactly. Tried at the bound and one below it.
 */
import { describe, expect, it } from 'vitest';
import { rat, type Rational } from '../../../src/internal/rational.js';
import type { CompiledIndicator } from '../../../src/model/internal/compiled.js';
import { buildKernel } from '../../../src/model/internal/kernel.js';

/** One yes/no indicator that carries the whole score (share 1, span 1): D = 1, mult = 1. */
const whole: CompiledIndicator = {
  id: 'a',
  name: 'a',
  index: 0,
  dimension: 0,
  variable: 0,
  path: 'dimensions[0].variables[0].indicators[0]',
  weight: rat(1n),
  answer: { kind: 'yesNo', grid: 1, offset: 0, span: 1 },
  share: rat(1n),
  shareNumber: 1,
};

const rounding = { mode: 'halfUp', decimals: 0 } as const;
const kernelFor = (lo: Rational, hi: Rational) => buildKernel([whole], lo, hi, rounding);

describe('buildKernel: the 2^53 bound', () => {
  // Output 0…H on 0 decimals: alpha = H, beta = 0, q = 1, so alpha·D + |beta| + q = H + 1.
  it('builds a kernel when alpha·D + |beta| + q is 2^53 − 1, and none when it is exactly 2^53', () => {
    const below = kernelFor(rat(0n), rat(2n ** 53n - 2n));
    expect(below).toBeDefined();
    expect(below?.alpha).toBe(2 ** 53 - 2);
    expect(below?.q).toBe(1);
    expect(kernelFor(rat(0n), rat(2n ** 53n - 1n))).toBeUndefined();
  });

  it('counts |beta| too: a negative lower bound of the same size moves the sum to the bound', () => {
    // Output −L…0: alpha = L, beta = −L, q = 1, so the sum is 2L + 1.
    const L = (2n ** 53n - 2n) / 2n; // 2L + 1 = 2^53 − 1
    expect(kernelFor(rat(-L), rat(0n))).toBeDefined();
    expect(kernelFor(rat(-(L + 1n)), rat(0n))).toBeUndefined(); // 2L + 3 > 2^53
  });
});
