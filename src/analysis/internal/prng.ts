/**
 * The seeded pseudo-random generator of `sensitivity`: mulberry32 (Tommy Ettinger, public
 * domain), a 32-bit generator whose every step is an integer operation (`Math.imul`, `>>>`,
 * `^`), so the same seed gives the same stream in every JavaScript engine, Node or browser.
 * Run seeds are derived from the caller's seed and the run index with the MurmurHash3
 * finaliser, so any run can be replayed on its own.
 *
 * @internal
 */

/** A generator of unsigned 32-bit integers. */
export type Random = () => number;

/** mulberry32 seeded with `seed` (any 32-bit value). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** MurmurHash3's 32-bit finaliser: a bijection of 32-bit values that mixes every bit. */
export function fmix32(h: number): number {
  h >>>= 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seed of run `index` (0-based) of a study seeded with `seed`. */
export function runSeed(seed: number, index: number): number {
  return fmix32((seed >>> 0) ^ fmix32(Math.imul(index + 1, 0x9e3779b9)));
}

const TWO32 = 4294967296;

/** A uniform whole number in [0, n) (1 ≤ n ≤ 2^32), without modulo bias (rejection sampling). */
export function uniformInt(next: Random, n: number): number {
  const limit = TWO32 - (TWO32 % n);
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}
