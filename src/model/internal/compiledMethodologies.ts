/**
 * The compiled form of every methodology already defined: built-ins (made by
 * trustedMethodology) and defineMethodology results (made by the validator), keyed by the
 * frozen Methodology object. A module of its own, importing nothing at run time but its error, so the trusted
 * path does not reach the validator (docs/performance.md, "Bundle sizes").
 *
 * @internal
 */
import { notDefined } from '../../internal/notDefined.js';
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

/**
 * The compiled form of a methodology an entry point was given (`methodology`,
 * `options.methodology` …). Only defined methodologies are accepted, a preset or a
 * defineMethodology result; anything else is refused unread (`NOT_DEFINED`, or `INVALID_TYPE`
 * for a non-object, at `path`), so an entry point never needs, or bundles, the validator.
 */
export function requireMethodology(value: unknown, path: string): CompiledMethodology {
  const hit = compiled.get(value as object);
  if (hit === undefined) throw notDefined(value, path, 'methodology');
  return hit;
}
