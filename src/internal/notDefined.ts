/**
 * The error an entry point throws for a scale or methodology that was not defined (a plain
 * spec, a copy, a JSON round trip, or not an object at all). It names a non-object with
 * input.ts's `describe`, which every entry point bundles anyway.
 *
 * @internal
 */
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe } from './input.js';

/**
 * The error for `value` at `path`, which is not a defined `what`: `NOT_DEFINED` for an object
 * (what to do instead is in the message), `INVALID_TYPE` for anything else.
 */
export function notDefined(value: unknown, path: string, what: 'scale' | 'methodology'): KepatuhanError {
  const define = what === 'scale' ? 'defineScale' : 'defineMethodology';
  const builtIns = what === 'scale' ? 'built-in scales' : 'presets';
  return typeof value === 'object' && value !== null
    ? new KepatuhanError('NOT_DEFINED', `not a defined ${what}: pass ${define}(spec), defined once (${builtIns} are already defined)`, path)
    : new KepatuhanError('INVALID_TYPE', `a ${what} must be ${what === 'scale' ? 'a built-in scale' : 'a preset'} or a ${define} result, got ${describe(value)}`, path);
}
