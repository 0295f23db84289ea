/**
 * Reads an indicator's answer spec (`interval`, `ordinal`, `yesNo`, `percent`, `levels`)
 * into its compiled grid form, reporting every problem.
 *
 * @internal
 */
import { describe, index, isArray, isPlainRecord, join, own, tryDecimal } from '../../internal/input.js';
import { checkId, checkString, type IssueList } from '../../internal/issues.js';
import { decimalPlaces, MAX_SAFE, pow10, type Rational } from '../../internal/rational.js';
import { ANSWER_KINDS } from '../answer.js';
import type { CompiledAnswer } from './compiled.js';
import { isWhole } from './fields.js';
import { isReservedKey } from './reservedKey.js';

/** The compiled answer of `spec` (at `path`), or undefined after adding its issues. */
export function checkAnswer(spec: unknown, path: string, issues: IssueList): CompiledAnswer | undefined {
  if (spec === undefined) {
    issues.add('MISSING_FIELD', path, 'answer is required (e.g. { kind: "interval", min: 0, max: 3 })');
    return undefined;
  }
  if (!isPlainRecord(spec)) {
    issues.add('INVALID_ANSWER_KIND', path, `answer must be an object such as { kind: "interval", min: 0, max: 3 }, got ${describe(spec)}`);
    return undefined;
  }
  const kind = own(spec, 'kind');
  switch (kind) {
    case 'interval':
    case 'ordinal': {
      const min = own(spec, 'min');
      const max = own(spec, 'max');
      if (!isWhole(min) || !isWhole(max)) {
        issues.add('INVALID_RANGE', path, `${kind} answers need whole-number min and max, got ${describe(min)} and ${describe(max)}`);
        return undefined;
      }
      if (min >= max) {
        issues.add('INVALID_RANGE', path, `${kind} range ${min}–${max} is ${min === max ? 'empty' : 'inverted'}: min must be below max`);
        return undefined;
      }
      if (max - min > 1e9) {
        issues.add('INVALID_RANGE', path, `${kind} range ${min}–${max} is too wide (at most 1,000,000,000 steps)`);
        return undefined;
      }
      return Object.freeze({ kind, grid: 1, offset: min, span: max - min });
    }
    case 'yesNo':
      return Object.freeze({ kind, grid: 1, offset: 0, span: 1 });
    case 'percent': {
      const d = own(spec, 'decimals') ?? 2;
      if (!isWhole(d) || d < 0 || d > 6) {
        issues.add('INVALID_ANSWER_KIND', join(path, 'decimals'), `percent decimals must be a whole number from 0 to 6, got ${describe(d)}`);
        return undefined;
      }
      const grid = 10 ** d;
      return Object.freeze({ kind, grid, offset: 0, span: 100 * grid });
    }
    case 'levels': {
      const levels = own(spec, 'levels');
      const lp = join(path, 'levels');
      if (!isArray(levels) || levels.length < 2) {
        issues.add('INVALID_RANGE', lp, `levels must be an array of at least two { key, value } entries, got ${describe(levels)}`);
        return undefined;
      }
      const n0 = issues.size;
      const read: { key: string; value: Rational }[] = [];
      const keys = new Set<string>();
      let places = 0;
      levels.forEach((l: unknown, i: number) => {
        const p = index(lp, i);
        if (!isPlainRecord(l)) {
          issues.add('INVALID_TYPE', p, `a level must be an object { key, value }, got ${describe(l)}`);
          return;
        }
        const key = checkId(l, p, issues, 'key');
        checkString(l, 'label', p, issues, false);
        if (key !== undefined) {
          if (isReservedKey(key)) issues.add('INVALID_ID', join(p, 'key'), `level key ${JSON.stringify(key)} is reserved for "not applicable"`);
          else if (keys.has(key)) issues.add('DUPLICATE_ID', join(p, 'key'), `level key ${JSON.stringify(key)} appears twice`);
          keys.add(key);
        }
        const v = own(l, 'value');
        const value = tryDecimal(v);
        const dp = value === undefined ? undefined : decimalPlaces(value);
        if (value === undefined || dp === undefined || dp > 6) {
          issues.add('INVALID_RANGE', join(p, 'value'), `level value must be a finite number with at most 6 decimals, got ${describe(v)}`);
          return;
        }
        places = Math.max(places, dp);
        if (key !== undefined) read.push({ key, value });
      });
      if (issues.size > n0) return undefined;
      const gridBig = pow10(places);
      const units = read.map((l) => ({ key: l.key, units: (l.value.n * gridBig) / l.value.d }));
      let lo = units[0]!.units;
      let hi = lo;
      for (const u of units) {
        if (u.units < lo) lo = u.units;
        if (u.units > hi) hi = u.units;
      }
      if (lo === hi) {
        issues.add('INVALID_RANGE', lp, 'levels must not all have the same value (the range would be empty)');
        return undefined;
      }
      if (hi - lo > MAX_SAFE || lo < -MAX_SAFE || hi > MAX_SAFE) {
        issues.add('INVALID_RANGE', lp, 'level values are too far apart');
        return undefined;
      }
      return Object.freeze({
        kind,
        grid: Number(gridBig),
        offset: Number(lo),
        span: Number(hi - lo),
        levels: new Map(units.map((u) => [u.key, Number(u.units)])),
      });
    }
    default:
      issues.add('INVALID_ANSWER_KIND', join(path, 'kind'), `answer kind must be one of ${ANSWER_KINDS.join(', ')}, got ${describe(kind)}`);
      return undefined;
  }
}
