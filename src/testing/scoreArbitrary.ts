import * as fc from 'fast-check';
import { requireScale } from '../classification/internal/compiledScales.js';
import type { Scale } from '../classification/scale.js';
import { bandEdges } from './internal/edges.js';

/**
 * Reported scores on a scale: values on its grid (`decimals` places) from `min` to `max`,
 * with every band edge and the grid value either side of it weighted in (one case in three),
 * as a report would print them.
 *
 * @param scale - a built-in scale (`scales.skm2017`) or a `defineScale` result
 * @returns an arbitrary of numbers such as 88.31, 88.3, 76.61, 76.6
 * @throws `KepatuhanError` `NOT_DEFINED` when the scale is not a built-in or a `defineScale` result
 * @example
 * ```ts
 * import { scales } from 'kepatuhan';
 * import { scoreArbitrary } from 'kepatuhan/testing';
 * import fc from 'fast-check';
 * fc.sample(scoreArbitrary(scales.skm2017), { seed: 1, numRuns: 5 }).every((s) => s >= 25 && s <= 100); // true
 * ```
 * @category Testing
 */
export function scoreArbitrary(scale: Scale): fc.Arbitrary<number> {
  const s = requireScale(scale, 'scale').scale;
  const unit = 10 ** s.decimals;
  const lo = Math.round(s.min * unit);
  const hi = Math.round(s.max * unit);
  const toScore = (k: number): number => k / unit;
  const near = bandEdges(s)
    .map((e) => Math.round(e * unit))
    .flatMap((k) => [k - 1, k, k + 1])
    .filter((k, i, ks) => k >= lo && k <= hi && ks.indexOf(k) === i);
  return fc.oneof({ arbitrary: fc.integer({ min: lo, max: hi }), weight: 2 }, { arbitrary: fc.constantFrom(...near), weight: 1 }).map(toScore);
}
