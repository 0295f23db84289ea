/**
 * Small readers shared by the methodology checks: whole numbers, required non-empty lists,
 * and rationals written in messages.
 *
 * @internal
 */
import { describe, isArray, join, own } from '../../internal/input.js';
import type { IssueList } from '../../internal/issues.js';
import { toNumber, type Rational } from '../../internal/rational.js';

/** A safe whole number. */
export const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** The non-empty array at `key` (`what` names its owner in the message), or undefined after adding its issue. */
export function checkArray(obj: Record<string, unknown>, key: string, path: string, issues: IssueList, what: string): unknown[] | undefined {
  const v = own(obj, key);
  const p = join(path, key);
  if (v === undefined) {
    issues.add('MISSING_FIELD', p, `${key} is required`);
    return undefined;
  }
  if (!isArray(v)) {
    issues.add('INVALID_TYPE', p, `${key} must be an array, got ${describe(v)}`);
    return undefined;
  }
  if (v.length === 0) {
    issues.add('EMPTY_GROUP', p, `${what} must have at least one entry`);
    return undefined;
  }
  return v;
}

/** A rational for a message: an integer as is, otherwise to 6 decimals. */
export function fmtRational(r: Rational): string {
  const v = toNumber(r);
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}
