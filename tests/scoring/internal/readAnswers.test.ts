import { describe, expect, it } from 'vitest';
import { defineMethodology, scoreUnit } from '../../../src/index.js';
import { caught, thrown } from '../../helpers/errors.js';
import { flat, ind } from '../../helpers/builders.js';

const yesNo = { kind: 'yesNo' } as const;
const levels = { kind: 'levels', levels: [{ key: 'rendah', label: 'Rendah', value: 0 }, { key: 'tinggi', label: 'Tinggi', value: 1 }] } as const;
const percent1 = { kind: 'percent', decimals: 1 } as const;
const oneToFive = { kind: 'interval', min: 1, max: 5 } as const;

/** One indicator `x` (weight 100) with the given answer kind: score = 100 × normalised answer. */
const single = (answer: unknown) => defineMethodology(flat([ind('x', 100, answer)]));
const problem = (answer: unknown, value: unknown) => caught(() => scoreUnit(single(answer), { x: value } as never));

describe('readAnswers: how answers are read', () => {
  it('a yes/no answer may carry spaces and any case ("  Ya " is yes, " TIDAK" is no)', () => {
    expect(scoreUnit(single(yesNo), { x: '  Ya ' }).score).toBe(100);
    expect(scoreUnit(single(yesNo), { x: ' TIDAK' }).score).toBe(0);
  });

  it('a level key may carry surrounding spaces', () => {
    expect(scoreUnit(single(levels), { x: ' tinggi ' }).score).toBe(100);
    expect(scoreUnit(single(levels), { x: 'rendah\t' }).score).toBe(0);
  });

  it('a level may also be answered by its value as a number, as scoreBatch reads it (PEKPPP answers 0–5)', () => {
    const rubric = { kind: 'levels', levels: [0, 1, 2, 3, 4, 5].map((v) => ({ key: String(v), value: v })) } as const;
    // (4 − 0) / 5 = 0.8 → 80, by key and by value alike
    expect(scoreUnit(single(rubric), { x: 4 }).score).toBe(80);
    expect(scoreUnit(single(rubric), { x: '4' }).score).toBe(80);
    // Values, not keys: 0.5 is the level "sebagian"; 1 is the level "penuh", whose key is not "1".
    const named = { kind: 'levels', levels: [{ key: 'tidak', value: 0 }, { key: 'sebagian', value: 0.5 }, { key: 'penuh', value: 2 }] } as const;
    expect(scoreUnit(single(named), { x: 0.5 }).score).toBe(25);
    expect(scoreUnit(single(named), { x: 2 }).score).toBe(100);
    const zero = scoreUnit(single(named), { x: -0 }).dimensions[0]!.variables[0]!.indicators[0]!;
    expect(Object.is(zero.value, 0)).toBe(true);
  });

  it('whole-number answers are read from numbers and from strings alike', () => {
    // 1–5: (4 − 1) / 4 = 0.75 → 75
    expect(scoreUnit(single(oneToFive), { x: 4 }).score).toBe(75);
    expect(scoreUnit(single(oneToFive), { x: '4' }).score).toBe(75);
    expect(scoreUnit(single(oneToFive), { x: ' 4 ' }).score).toBe(75);
  });

  it('an answer of −0 is reported as 0 (results survive JSON unchanged)', () => {
    const r = scoreUnit(single({ kind: 'interval', min: 0, max: 3 }), { x: -0 });
    const x = r.dimensions[0]!.variables[0]!.indicators[0]!;
    expect(Object.is(x.value, 0)).toBe(true);
    expect(Object.is(x.answer, 0)).toBe(true);
    expect(Object.is(x.normalized, 0)).toBe(true);
    expect(Object.is(r.score, 0)).toBe(true);
  });

  it('answers at both ends of the range are accepted, one step past either end refused', () => {
    expect(scoreUnit(single(oneToFive), { x: 1 }).score).toBe(0);
    expect(scoreUnit(single(oneToFive), { x: 5 }).score).toBe(100);
    expect(problem(oneToFive, 0)?.code).toBe('ANSWER_OUT_OF_RANGE');
    expect(problem(oneToFive, 6)?.code).toBe('ANSWER_OUT_OF_RANGE');
  });

  it('an answer just past a bound near 2^53 is refused, not rounded into the range', () => {
    const top = { kind: 'interval', min: Number.MAX_SAFE_INTEGER - 10, max: Number.MAX_SAFE_INTEGER } as const;
    // 2^53 and 2^53 + 1 (which no double can hold) both lie above the maximum 2^53 − 1.
    for (const v of ['9007199254740992', '9007199254740993', '1e400']) expect(problem(top, v)?.code).toBe('ANSWER_OUT_OF_RANGE');
    expect(problem(top, '9007199254740980')?.code).toBe('ANSWER_OUT_OF_RANGE');
    expect(scoreUnit(single(top), { x: '9007199254740991' }).score).toBe(100);
  });
});

describe('readAnswers: what an invalid answer is told', () => {
  it('a yes/no answer that is neither', () => {
    expect(problem(yesNo, 'mungkin')).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers["x"]',
      message: 'the answer for indicator "x" must be true or false (or "ya"/"tidak", 1/0), got "mungkin"',
    });
  });

  it('a level answer lists the keys it could have been', () => {
    expect(problem(levels, 'sedang')).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers["x"]',
      message: 'the answer for indicator "x" must be one of the level keys "rendah", "tinggi", got "sedang"',
    });
  });

  it('a number that is no level value lists the values and says keys work too', () => {
    const named = { kind: 'levels', levels: [{ key: 'tidak', value: 0 }, { key: 'sebagian', value: 0.5 }, { key: 'penuh', value: 2 }] } as const;
    expect(problem(named, 1)).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers["x"]',
      message: 'the answer for indicator "x" must be one of the level values 0, 0.5, 2 (or a level key), got 1',
    });
    expect(problem(named, 0.25)?.code).toBe('INVALID_ANSWER');
    expect(problem(named, Number.NaN)?.code).toBe('INVALID_ANSWER');
    expect(problem(levels, 1e300)?.code).toBe('INVALID_ANSWER');
  });

  it('a number that is not finite, and a string that is not a decimal, are told apart', () => {
    expect(problem(oneToFive, Number.NaN)?.message).toBe('the answer for indicator "x" must be a whole number from 1 to 5, got NaN');
    expect(problem(oneToFive, Number.POSITIVE_INFINITY)?.message).toBe('the answer for indicator "x" must be a whole number from 1 to 5, got Infinity');
    expect(problem(oneToFive, 'empat')?.message).toBe('the answer for indicator "x" must be a whole number from 1 to 5, got "empat"');
    expect(problem(oneToFive, 'empat')?.code).toBe('INVALID_ANSWER');
  });

  it('an answer of another type', () => {
    expect(problem(oneToFive, true)).toEqual({ code: 'INVALID_ANSWER', path: 'answers["x"]', message: 'the answer for indicator "x" must be a whole number from 1 to 5, got true' });
  });

  it('a fraction where whole numbers are expected, and too many decimals for a percent', () => {
    expect(problem(oneToFive, 2.5)?.message).toBe('the answer for indicator "x" must be a whole number from 1 to 5, got 2.5');
    expect(problem(oneToFive, '2.5')?.message).toBe('the answer for indicator "x" must be a whole number from 1 to 5, got "2.5"');
    expect(problem(percent1, 12.34)?.message).toBe('the answer for indicator "x" must be a number from 0 to 100 with at most 1 decimals, got 12.34');
    expect(scoreUnit(single(percent1), { x: 12.5 }).score).toBe(12.5);
  });

  it('an answer out of range names the range in the answer’s own units', () => {
    expect(problem(oneToFive, 6)).toEqual({ code: 'ANSWER_OUT_OF_RANGE', path: 'answers["x"]', message: 'answer 6 for indicator "x" is outside 1–5' });
    expect(problem(oneToFive, '6')?.message).toBe('answer "6" for indicator "x" is outside 1–5');
    expect(problem(percent1, 100.1)?.message).toBe('answer 100.1 for indicator "x" is outside 0–100');
  });

  it('another spelling of "not applicable" is refused, and the message says to write "na"', () => {
    const hint = '; write "na" (NOT_APPLICABLE) for not applicable';
    for (const spelling of ['NA', 'N/A', 'n/a', 'Na', 'n.a.', ' N / A ']) {
      expect(problem(oneToFive, spelling)).toEqual({
        code: 'INVALID_ANSWER',
        path: 'answers["x"]',
        message: `the answer for indicator "x" must be a whole number from 1 to 5, got ${JSON.stringify(spelling)}${hint}`,
      });
      expect(problem(yesNo, spelling)?.message).toBe(`the answer for indicator "x" must be true or false (or "ya"/"tidak", 1/0), got ${JSON.stringify(spelling)}${hint}`);
      expect(problem(levels, spelling)?.message).toBe(`the answer for indicator "x" must be one of the level keys "rendah", "tinggi", got ${JSON.stringify(spelling)}${hint}`);
    }
    // Words that only begin like it get no hint.
    expect(problem(yesNo, 'nanti')?.message).toBe('the answer for indicator "x" must be true or false (or "ya"/"tidak", 1/0), got "nanti"');
  });
});

describe('readAnswers: unknown keys, missing answers and the error that lists them', () => {
  const m = defineMethodology(flat([ind('a', 50), ind('b', 50)]));

  it('answers that are neither an object nor a Map are refused as a whole', () => {
    expect(caught(() => scoreUnit(m, 42 as never))).toEqual({ code: 'INVALID_TYPE', path: 'answers', message: 'answers must be an object or a Map keyed by indicator id, got 42' });
  });

  it('an unknown key of a Map is refused, with its path', () => {
    expect(caught(() => scoreUnit(m, new Map<unknown, unknown>([['a', 1], ['b', 2], ['zz', 3]]) as never))).toEqual({
      code: 'UNKNOWN_INDICATOR',
      path: 'answers["zz"]',
      message: 'the methodology test has no indicator "zz"',
    });
  });

  it('a Map key that is not a string is described, at the answers themselves', () => {
    expect(caught(() => scoreUnit(m, new Map<unknown, unknown>([['a', 1], ['b', 2], [7, 3]]) as never))).toEqual({
      code: 'UNKNOWN_INDICATOR',
      path: 'answers',
      message: 'the methodology test has no indicator 7',
    });
  });

  it('a missing answer says how to resolve it', () => {
    expect(caught(() => scoreUnit(m, { a: 1 }))).toEqual({
      code: 'MISSING_ANSWER',
      path: 'answers["b"]',
      message: 'indicator "b" (b) has no answer; answer it, mark it "na", or choose missing: "zero" or "respread"',
    });
  });

  it('one problem: the message is that problem alone; several: it counts the others', () => {
    const one = thrown(() => scoreUnit(m, { a: 1 }));
    expect(one.issues).toHaveLength(1);
    expect(caught(() => scoreUnit(m, { a: 1 }))?.message).toBe(one.issues[0]!.message);
    const three = thrown(() => scoreUnit(m, { a: 9, zz: 1 }));
    expect(three.issues.map((i) => i.code)).toEqual(['UNKNOWN_INDICATOR', 'ANSWER_OUT_OF_RANGE', 'MISSING_ANSWER']);
    expect(caught(() => scoreUnit(m, { a: 9, zz: 1 }))?.message).toBe('the methodology test has no indicator "zz" (and 2 more problems; see error.issues)');
  });

  it('lists at most 100 unknown keys, then still reports the other problems', () => {
    const answers: Record<string, number> = { a: 1 };
    for (let i = 0; i < 150; i++) answers[`k${i}`] = 1;
    const e = thrown(() => scoreUnit(m, answers));
    const codes = e.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'UNKNOWN_INDICATOR')).toHaveLength(100);
    expect(codes.at(-1)).toBe('MISSING_ANSWER');
  });
});

describe('readMissing: the missing option', () => {
  it('refuses an unknown policy, listing the known ones', () => {
    const m = defineMethodology(flat([ind('a', 100)]));
    expect(caught(() => scoreUnit(m, { a: 1 }, { missing: 'skip' } as never))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.missing',
      message: 'missing must be one of error, zero, respread, got "skip"',
    });
  });
});

describe('readAnswers: the fast read of ordinary records keeps the general reading', () => {
  const m = defineMethodology(flat([ind('a', 60), ind('b', 40, yesNo)]));
  const reads: string[] = [];
  const logged = (key: string, value: unknown) => ({ enumerable: true, get: () => (reads.push(key), value) });

  it('reads each getter once, in key order, whether the keys follow the indicator order or not', () => {
    reads.length = 0;
    expect(scoreUnit(m, Object.defineProperties({}, { a: logged('a', 3), b: logged('b', true) })).score).toBe(100);
    expect(scoreUnit(m, Object.defineProperties({}, { b: logged('b', false), a: logged('a', 3) })).score).toBe(60);
    expect(reads).toEqual(['a', 'b', 'b', 'a']);
  });

  it('with an unknown key, reads each value once and reports the key as before', () => {
    reads.length = 0;
    const e = caught(() => scoreUnit(m, Object.defineProperties({}, { a: logged('a', 3), c: logged('c', 1), b: logged('b', true) }) as never));
    expect(e).toEqual({ code: 'UNKNOWN_INDICATOR', path: 'answers["c"]', message: expect.stringContaining('"c"') as unknown });
    expect(reads).toEqual(['a', 'b']);
  });

  it('a getter that throws is UNREADABLE_INPUT at its key, on either order', () => {
    const boom = { enumerable: true, get: (): never => { throw new Error('hostile'); } };
    expect(caught(() => scoreUnit(m, Object.defineProperties({}, { a: { value: 3, enumerable: true }, b: boom }))))
      .toMatchObject({ code: 'UNREADABLE_INPUT', path: 'answers["b"]' });
    expect(caught(() => scoreUnit(m, Object.defineProperties({}, { b: boom, a: { value: 3, enumerable: true } }))))
      .toMatchObject({ code: 'UNREADABLE_INPUT', path: 'answers["b"]' });
  });

  it('an object without prototype, a Proxy that claims Object.prototype, and a class instance read alike', () => {
    const plain = { a: 2, b: 'ya' };
    const expected = scoreUnit(m, plain);
    expect(scoreUnit(m, Object.assign(Object.create(null) as object, plain) as never)).toEqual(expected);
    expect(scoreUnit(m, new Proxy({ ...plain }, {}))).toEqual(expected);
    expect(scoreUnit(m, Object.assign(new (class Answers {})(), plain) as never)).toEqual(expected);
    // A Proxy whose getPrototypeOf trap throws takes the general path: its keys are still read.
    expect(scoreUnit(m, new Proxy({ ...plain }, { getPrototypeOf: () => { throw new Error('hostile'); } }))).toEqual(expected);
  });
});
