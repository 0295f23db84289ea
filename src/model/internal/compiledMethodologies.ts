/**
 * The compiled form of every methodology already defined: built-ins (made by
 * trustedMethodology) and defineMethodology results (made by the validator), keyed by the
 * frozen Methodology object. A module of its own, with no import at run time, so the trusted
 * path does not reach the validator (docs/performance.md, "Bundle sizes").
 *
 * @internal
 */
import type { CompiledMethodology } from './compiled.js';

const compiled = /*#__PURE__*/ new WeakMap<object, CompiledMethodology>();

/** The compiled form of a defined methodology, or undefined for anything else (a spec, a primitive). */
export function compiledMethodologyOf(value: unknown): CompiledMethodology | undefined {
  return compiled.get(value as object);
}

/** Records the compiled form of a methodology just defined; returns it. */
export function rememberMethodology(c: CompiledMethodology): CompiledMethodology {
  compiled.set(c.methodology, c);
  return c;
}
