import { describe, expect, it } from 'vitest';
import { mulberry32, runSeed, uniformInt } from '../../../src/analysis/internal/prng.js';

/** mulberry32 as first published (Tommy Ettinger; the widely copied JavaScript version), returning floats in [0, 1). */
function canonical(a: number): () => number {
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same algorithm in BigInt arithmetic modulo 2^32, written independently of the library. */
function bigintMulberry(seed: number): () => number {
  const M = 0xffffffffn;
  const mul = (x: bigint, y: bigint): bigint => (x * y) & M;
  let a = BigInt(seed >>> 0);
  return () => {
    a = (a + 0x6d2b79f5n) & M;
    let t = mul(a ^ (a >> 15n), a | 1n);
    t = (t ^ ((t + mul(t ^ (t >> 7n), t | 61n)) & M)) & M;
    return Number((t ^ (t >> 14n)) & M);
  };
}

describe('mulberry32', () => {
  it.each([0, 1, 42, 2024, 0x7fffffff, 0xffffffff])('seed %i: equals the published algorithm and a BigInt re-implementation for 10,000 draws', (seed) => {
    const draw = (next: () => number) => Array.from({ length: 10_000 }, next);
    const lib = draw(mulberry32(seed));
    const ref = canonical(seed);
    expect(lib).toEqual(draw(() => ref() * 4294967296));
    expect(lib).toEqual(draw(bigintMulberry(seed)));
  });
});

describe('uniformInt', () => {
  it('rejects the biased top of the range instead of folding it', () => {
    // For n = 3 the accepted values are 0 … 2^32 − 2 (2^32 − 1 = 3 · 1431655765, remainder 1).
    const values = [4294967295, 4294967294, 5];
    const next = () => values.shift()!;
    expect(uniformInt(next, 3)).toBe(4294967294 % 3);
    expect(uniformInt(next, 3)).toBe(2);
  });
  it('stays in range', () => {
    const next = mulberry32(7);
    for (const n of [1, 2, 3, 10, 2_000_001, 4294967296]) {
      const xs = Array.from({ length: 1000 }, () => uniformInt(next, n));
      expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x < n)).toBe(true);
    }
  });
});

describe('runSeed', () => {
  it('gives every run of a study its own seed (an injective function of the index)', () => {
    for (const seed of [0, 1, 99]) {
      const seen = new Set<number>();
      for (let i = 0; i < 20_000; i++) seen.add(runSeed(seed, i));
      expect(seen.size).toBe(20_000);
    }
  });
});
