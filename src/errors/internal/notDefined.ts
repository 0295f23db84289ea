/**
 * The error an entry point throws for a scale or methodology that was not defined (a plain
 * spec, a copy, a JSON round trip, or not an object at all). In the errors layer so that
 * compiledScales.ts and compiledMethodologies.ts, which every entry point bundles, need
 * nothing else (docs/performance.md, "Bundle sizes").
 *
 * @internal
 */
import { KepatuhanError } from '../KepatuhanError.js';

/** Names a value that is not an object, the way input.ts's `describe` does. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return String(value); // numbers as written, booleans, undefined
  }
}

/**
 * The error for `value` at `path`, which is not a defined `what`: `NOT_DEFINED` for an object
 * (what to do instead is in the message), `INVALID_TYPE` for anything else.
 */
export function notDefined(value: unknown, path: string, what: 'scale' | 'methodology'): KepatuhanError {
  const define = what === 'scale' ? 'defineScale' : 'defineMethodology';
  const builtIns = what === 'scale' ? 'built-in scales' : 'presets';
  return typeof value === 'object' && value !== null
    ? new KepatuhanError('NOT_DEFINED', `not a defined ${what}: pass ${define}(spec), defined once (${builtIns} are already defined)`, path)
    : new KepatuhanError('INVALID_TYPE', `a ${what} must be ${what === 'scale' ? 'a built-in scale' : 'a preset'} or a ${define} result, got ${kindOf(value)}`, path);
}
