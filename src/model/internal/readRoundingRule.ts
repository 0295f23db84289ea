/**
 * Reads the methodology's rounding rule (`rounding: { mode, decimals }`).
 *
 * @internal
 */
import { describe, isPlainRecord, isRoundingMode, own } from '../../internal/input.js';
import type { IssueList } from '../../internal/issues.js';
import { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingRule } from '../../rounding/rounding.js';
import { isWhole } from './fields.js';

/** The rounding rule (default half-up to 2 decimals); the default after adding the issue of a bad one. */
export function readRoundingRule(spec: Record<string, unknown>, issues: IssueList): RoundingRule {
  let rounding: RoundingRule = DEFAULT_ROUNDING;
  const rv = own(spec, 'rounding');
  if (rv !== undefined) {
    const mode = isPlainRecord(rv) ? own(rv, 'mode') : undefined;
    const decimals = isPlainRecord(rv) ? own(rv, 'decimals') : undefined;
    if (!isPlainRecord(rv)) issues.add('INVALID_ROUNDING', 'rounding', `rounding must be { mode, decimals }, got ${describe(rv)}`);
    else if (!isRoundingMode(mode)) issues.add('INVALID_ROUNDING', 'rounding.mode', `mode must be one of ${ROUNDING_MODES.join(', ')}, got ${describe(mode)}`);
    else if (!isWhole(decimals) || decimals < 0 || decimals > 20)
      issues.add('INVALID_ROUNDING', 'rounding.decimals', `decimals must be a whole number from 0 to 20, got ${describe(decimals)}`);
    else rounding = Object.freeze({ mode, decimals: decimals + 0 }); // + 0: never -0
  }
  return rounding;
}
