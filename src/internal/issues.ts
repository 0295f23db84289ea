/**
 * Collects validation issues in document order.
 *
 * @internal
 */
import type { ErrorCode } from '../errors/codes.js';
import type { Issue } from '../errors/issue.js';
import { CONFIDENCE_LEVELS } from '../provenance/provenance.js';
import { describe, isPlainRecord, join, own } from './input.js';

export class IssueList {
  readonly items: Issue[] = [];
  add(code: ErrorCode, path: string, message: string): void {
    this.items.push(Object.freeze({ code, path, message }));
  }
  get size(): number {
    return this.items.length;
  }
}

/** Checks a required non-empty string field; returns it or undefined (issue recorded). */
export function checkString(obj: Record<string, unknown>, key: string, path: string, issues: IssueList, required = true): string | undefined {
  const v = own(obj, key);
  const p = join(path, key);
  if (v === undefined) {
    if (required) issues.add('MISSING_FIELD', p, `${key} is required`);
    return undefined;
  }
  if (typeof v !== 'string') {
    issues.add('INVALID_TYPE', p, `${key} must be a string, got ${describe(v)}`);
    return undefined;
  }
  if (required && v.trim() === '') {
    issues.add('MISSING_FIELD', p, `${key} must not be empty`);
    return undefined;
  }
  return v;
}

/** Checks an id: a non-empty string of at most 200 characters. */
export function checkId(obj: Record<string, unknown>, path: string, issues: IssueList, key = 'id'): string | undefined {
  const v = own(obj, key);
  const problem = idProblem(v, key);
  if (problem === undefined) return v as string;
  issues.add(problem[0], join(path, key), problem[1]);
  return undefined;
}

/**
 * What is wrong with an id read from `key` ({@link checkId}'s rule: a non-empty string of at
 * most 200 characters): its code and message, or undefined for a valid id. For readers that
 * throw at the first problem and need no issue list.
 */
export function idProblem(v: unknown, key = 'id'): readonly [ErrorCode, string] | undefined {
  if (v === undefined) return ['MISSING_FIELD', `${key} is required`];
  if (typeof v !== 'string' || v.trim() === '' || v.length > 200) return ['INVALID_ID', `${key} must be a non-empty string of at most 200 characters, got ${describe(v)}`];
  return undefined;
}

/** Checks an optional boolean field; returns the value or the fallback. */
export function checkBoolean(obj: Record<string, unknown>, key: string, path: string, issues: IssueList, fallback: boolean): boolean {
  const v = own(obj, key);
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') {
    issues.add('INVALID_TYPE', join(path, key), `${key} must be true or false, got ${describe(v)}`);
    return fallback;
  }
  return v;
}

/** Checks an optional provenance record (at `key`, default `provenance`). */
export function checkProvenance(obj: Record<string, unknown>, path: string, issues: IssueList, key = 'provenance'): void {
  const v = own(obj, key);
  if (v === undefined) return;
  const p = join(path, key);
  if (!isPlainRecord(v)) {
    issues.add('INVALID_TYPE', p, `provenance must be an object, got ${describe(v)}`);
    return;
  }
  const c = own(v, 'confidence');
  if (typeof c !== 'string' || !(CONFIDENCE_LEVELS as readonly string[]).includes(c))
    issues.add('INVALID_TYPE', join(p, 'confidence'), `confidence must be one of ${CONFIDENCE_LEVELS.join(', ')}, got ${describe(c)}`);
  checkString(v, 'source', p, issues, false);
  checkString(v, 'note', p, issues, false);
}
