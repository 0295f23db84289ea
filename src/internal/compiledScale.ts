/**
 * `compileScale` behind a lookup by the caller's scale object, for functions called many
 * times with the same scale (a nation's round: `aggregate` per government, `rank`).
 *
 * @internal
 */
import { compileScale, type CompiledScale } from '../classification/internal/compileScale.js';

const compiled = /*#__PURE__*/ new WeakMap<object, CompiledScale>();

/**
 * The compiled scale of `spec` (a {@link Scale} or spec), as `compileScale(spec, path)` gives
 * it — the same object and the same errors (a spec that fails is not remembered). `compileScale`
 * itself caches by object too; this skips the work it does before looking (an issue list per call).
 */
export function compiledScale(spec: unknown, path: string): CompiledScale {
  if (typeof spec !== 'object' || spec === null) return compileScale(spec, path);
  let c = compiled.get(spec);
  if (c === undefined) {
    c = compileScale(spec, path);
    compiled.set(spec, c);
  }
  return c;
}
