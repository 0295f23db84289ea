/**
 * Reads the `missing` option shared by the scoring functions.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, own, readOptions } from '../../internal/input.js';
import { MISSING_POLICIES, type MissingPolicy } from '../answers.js';

/** The missing-answer policy in `options.missing`; default `'error'`. */
export function readMissing(options: unknown): MissingPolicy {
  const o = readOptions(options);
  const missing = own(o, 'missing', 'options') ?? 'error';
  if (!(MISSING_POLICIES as readonly unknown[]).includes(missing))
    throw new KepatuhanError('INVALID_OPTION', `missing must be one of ${MISSING_POLICIES.join(', ')}, got ${describe(missing)}`, 'options.missing');
  return missing as MissingPolicy;
}
