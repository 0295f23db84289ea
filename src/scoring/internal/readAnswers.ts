/**
 * Reads a unit's answers into grid units, collecting every problem.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, isArray, isMap, isPlainRecord, ownKeys, unreadable } from '../../internal/input.js';
import { IssueList } from '../../internal/issues.js';
import { fromNumber, parseDecimal } from '../../internal/rational.js';
import type { CompiledAnswer, CompiledMethodology } from '../../model/internal/compiled.js';
import { NOT_APPLICABLE, type MissingPolicy } from '../answers.js';
import { ANSWERED, MISSING_RESPREAD, MISSING_ZERO, NOT_APPLICABLE_STATUS } from './evaluate.js';

export interface ReadAnswers {
  /** The answers as read, once, by indicator index (undefined where none was given). */
  readonly given: readonly unknown[];
  /** Answers in grid units (the minimum for missing-as-zero, unused otherwise). */
  readonly units: Float64Array;
  readonly status: Uint8Array;
  /** Whether every indicator counts (no N/A, no re-spread missing). */
  readonly allCount: boolean;
}

const YES = /*#__PURE__*/ new Set(['ya', 'yes', 'y', '1', 'true']);
const NO = /*#__PURE__*/ new Set(['tidak', 'no', 'n', '0', 'false']);

/**
 * Whether an answer marks "not applicable": exactly `"na"` ({@link NOT_APPLICABLE}),
 * surrounding spaces ignored. Other spellings are refused (see {@link NA_HINT}): in R and
 * spreadsheet exports `"NA"` usually means a missing value, which is scored differently.
 */
export function isNotApplicable(value: string): boolean {
  return value.trim() === NOT_APPLICABLE;
}

/** Spellings of "not applicable" that are not accepted (`"NA"`, `"N/A"`, `"n.a."` …): their message says what to write. */
const NA_LOOKALIKE = /^\s*n\s*[/.]?\s*a\.?\s*$/i;

/** What a refused answer's message adds when the answer looks like "not applicable". */
export function naHint(value: unknown): string {
  return typeof value === 'string' && NA_LOOKALIKE.test(value) ? `; write "${NOT_APPLICABLE}" (NOT_APPLICABLE) for not applicable` : '';
}

/** Why an answer was refused: a code and a message naming the value, the place and what is allowed. */
export interface AnswerProblem {
  readonly code: 'INVALID_ANSWER' | 'ANSWER_OUT_OF_RANGE';
  readonly message: string;
}

/**
 * Reads one answer to grid units; returns a number, `'na'`, `'missing'`, or the problem.
 * `place` names where the answer belongs (`indicator "a"`) and `noun` what it is (`answer`,
 * `cap`), for messages such as `answer 4 for indicator "a" is outside 0–3`.
 */
export function answerUnits(value: unknown, a: CompiledAnswer, place: string, noun = 'answer'): number | 'na' | 'missing' | AnswerProblem {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'missing';
    if (isNotApplicable(value)) return 'na';
  }
  const invalid = (allowed: string): AnswerProblem => ({ code: 'INVALID_ANSWER', message: `the ${noun} for ${place} must be ${allowed}, got ${describe(value)}${naHint(value)}` });
  const lo = a.offset / a.grid;
  const hi = (a.offset + a.span) / a.grid;
  let units: number;
  switch (a.kind) {
    case 'yesNo': {
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (value === 1 || value === 0) return value === 1 ? 1 : 0; // never -0
      if (typeof value === 'string') {
        const s = value.trim().toLowerCase();
        if (YES.has(s)) return 1;
        if (NO.has(s)) return 0;
      }
      return invalid('true or false (or "ya"/"tidak", 1/0)');
    }
    case 'levels': {
      if (typeof value === 'string') {
        const u = a.levels!.get(value) ?? a.levels!.get(value.trim());
        if (u !== undefined) return u;
      }
      if (typeof value === 'number') {
        // A number is read as a level's value, as scoreBatch reads its cells: 5 answers the
        // PEKPPP level { key: '5', value: 5 } (domain reference §5, answers 0–5).
        const r = fromNumber(value);
        const scaled = r === undefined ? 0n : r.n * BigInt(a.grid);
        if (r !== undefined && scaled % r.d === 0n) {
          const u = Number(scaled / r.d);
          for (const v of a.levels!.values()) if (v === u) return u === 0 ? 0 : u; // never -0
        }
        return invalid(`one of the level values ${[...new Set(a.levels!.values())].map((v) => v / a.grid).join(', ')} (or a level key)`);
      }
      return invalid(`one of the level keys ${[...a.levels!.keys()].map((k) => JSON.stringify(k)).join(', ')}`);
    }
    default: {
      const allowed = a.grid === 1 ? `a whole number from ${lo} to ${hi}` : `a number from ${lo} to ${hi} with at most ${Math.log10(a.grid)} decimals`;
      if (typeof value === 'number' && a.grid === 1 && Number.isInteger(value)) {
        units = value; // -0 becomes 0 on return
      } else if (typeof value === 'number' || typeof value === 'string') {
        // Exact: the answer is read as the decimal it shows, then put on the grid.
        const r = typeof value === 'number' ? fromNumber(value) : parseDecimal(value);
        if (r === undefined) return invalid(allowed);
        const scaled = r.n * BigInt(a.grid);
        if (scaled % r.d !== 0n)
          return invalid(allowed);
        const u = scaled / r.d;
        // The bounds are safe integers, so Number() keeps u on the same side of them (a huge u
        // rounds to at least 2^53, or Infinity): the range check below refuses it.
        units = Number(u);
      } else {
        return invalid(allowed);
      }
    }
  }
  if (!(units >= a.offset && units <= a.offset + a.span))
    return { code: 'ANSWER_OUT_OF_RANGE', message: `${noun} ${describe(value)} for ${place} is outside ${lo}–${hi}` };
  return units === 0 ? 0 : units; // never -0: results must survive JSON unchanged
}

/**
 * The usual answer read without answerUnits: a whole number within the range of a dense
 * answer (grid 1, every whole number in range a valid answer: `kernel.dense`), which is its
 * own value in grid units. Undefined for anything else (answerUnits reads it). Pinned to
 * answerUnits by tests/scoring/readAnswers.test-prop.ts.
 */
export function wholeUnits(value: unknown, a: CompiledAnswer): number | undefined {
  if (typeof value !== 'number' || (value | 0) !== value || !(value >= a.offset && value <= a.offset + a.span)) return undefined;
  return value === 0 ? 0 : value; // never -0
}

/**
 * Whether `value` is a non-array object whose prototype is `Object.prototype` or null (object
 * literals, `JSON.parse`, `Object.fromEntries`): such an object is read as a record without the
 * Map brand check, which throws (slowly) for every non-Map. A Proxy is asked its prototype once;
 * if that trap throws, the object takes the general path, which reports it. (A real Map whose
 * prototype was set to `Object.prototype` is read as the record of its own keys.)
 */
function isOrdinaryRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || isArray(value)) return false;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}

const answerPath = (id: string): string => `answers[${JSON.stringify(id)}]`;

/**
 * Reads one set of answers (an object or a Map keyed by indicator id) once: the values of the
 * methodology's indicators, and an UNKNOWN_INDICATOR issue (at most 100 in all) for any other
 * key. Returns undefined when `answers` is neither. A Map is read through Map.prototype itself,
 * so an overridden `get` cannot answer differently; anything failing the Map brand check is
 * read as an object. Throwing getters and Proxy traps become UNREADABLE_INPUT at `base`.
 */
export function collectAnswers(c: CompiledMethodology, answers: unknown, base: string, issues: IssueList): Map<string, unknown> | undefined {
  const given = new Map<string, unknown>();
  const path = (key: string): string => `${base}[${JSON.stringify(key)}]`;
  const unknownKey = (key: unknown): void => {
    if (issues.size >= 100) return;
    issues.add(
      'UNKNOWN_INDICATOR',
      typeof key === 'string' ? path(key) : base,
      `the methodology ${c.methodology.id} has no indicator ${typeof key === 'string' ? JSON.stringify(key) : describe(key)}`,
    );
  };
  if (!isOrdinaryRecord(answers) && isMap(answers)) {
    try {
      Map.prototype.forEach.call(answers, (value: unknown, key: unknown) => {
        if (typeof key === 'string' && c.byId.has(key)) given.set(key, value);
        else unknownKey(key);
      });
    } catch (e) {
      throw unreadable(base, e);
    }
    return given;
  }
  if (!isPlainRecord(answers)) return undefined;
  for (const key of ownKeys(answers, base)) {
    if (!c.byId.has(key)) unknownKey(key);
    else {
      try {
        given.set(key, answers[key]); // an own key: Object.keys lists nothing else
      } catch (e) {
        throw unreadable(path(key), e);
      }
    }
  }
  return given;
}

/**
 * The fast read of an ordinary record whose keys are all indicator ids (the usual case): the
 * values by indicator index, each read once in key order, as collectAnswers reads them. Returns
 * undefined, having read no value, when some key is not an indicator: collectAnswers then
 * reads the record and reports the keys.
 */
function readKnownRecord(c: CompiledMethodology, answers: Record<string, unknown>): unknown[] | undefined {
  const n = c.indicators.length;
  const keys = ownKeys(answers, 'answers');
  // Records written in indicator order (Object.fromEntries over indicatorOrder, a JSON row)
  // need no lookup; any other order is looked up by id.
  let inOrder = keys.length <= n;
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j]!;
    if (inOrder && c.indicators[j]!.id === key) continue;
    inOrder = false;
    if (!c.byId.has(key)) return undefined;
  }
  const values = new Array<unknown>(n).fill(undefined);
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j]!;
    try {
      values[inOrder ? j : c.byId.get(key)!] = answers[key]; // an own key: Object.keys lists nothing else
    } catch (e) {
      throw unreadable(answerPath(key), e);
    }
  }
  return values;
}

/**
 * Buffers a caller may lend readAnswers (at least as long as the methodology has indicators):
 * the caller must be done with them before it lends them again.
 */
export interface AnswerBuffers {
  readonly units: Float64Array;
  readonly status: Uint8Array;
}

/**
 * Reads a unit's answers; throws one KepatuhanError listing every problem. The units and
 * statuses go into `into` when given (entries past the methodology's indicators are left as
 * they are), else into new arrays.
 */
export function readAnswers(c: CompiledMethodology, answers: unknown, missing: MissingPolicy, into?: AnswerBuffers): ReadAnswers {
  const n = c.indicators.length;
  const units = into === undefined ? new Float64Array(n) : into.units;
  const status = into === undefined ? new Uint8Array(n) : into.status;
  const issues = new IssueList();
  const known = isOrdinaryRecord(answers) ? readKnownRecord(c, answers as Record<string, unknown>) : undefined;
  const given = known ?? collectAnswers(c, answers, 'answers', issues);
  if (given === undefined)
    throw new KepatuhanError('INVALID_TYPE', `answers must be an object or a Map keyed by indicator id, got ${describe(answers)}`, 'answers');
  const values = known ?? c.indicators.map((ind) => (given as Map<string, unknown>).get(ind.id));
  let allCount = true;
  const dense = c.kernel?.dense;
  for (let i = 0; i < n; i++) {
    const ind = c.indicators[i]!;
    const v = values[i];
    if (dense !== undefined && dense[i] === 1) {
      const u = wholeUnits(v, ind.answer);
      if (u !== undefined) {
        units[i] = u;
        status[i] = ANSWERED;
        continue;
      }
    }
    const r = answerUnits(v, ind.answer, `indicator ${JSON.stringify(ind.id)}`);
    if (typeof r === 'number') {
      units[i] = r;
      status[i] = ANSWERED;
    } else if (r === 'na') {
      units[i] = 0;
      status[i] = NOT_APPLICABLE_STATUS;
      allCount = false;
    } else if (r === 'missing') {
      if (missing === 'error') issues.add('MISSING_ANSWER', answerPath(ind.id), `indicator ${JSON.stringify(ind.id)} (${ind.name}) has no answer; answer it, mark it "na", or choose missing: "zero" or "respread"`);
      else if (missing === 'zero') {
        units[i] = ind.answer.offset;
        status[i] = MISSING_ZERO;
      } else {
        units[i] = 0;
        status[i] = MISSING_RESPREAD;
        allCount = false;
      }
    } else {
      issues.add(r.code, answerPath(ind.id), r.message);
    }
  }
  if (issues.size > 0) {
    const first = issues.items[0]!;
    throw new KepatuhanError(first.code, `${first.message}${issues.size > 1 ? ` (and ${issues.size - 1} more problems; see error.issues)` : ''}`, first.path, issues.items);
  }
  return { given: values, units, status, allCount };
}
