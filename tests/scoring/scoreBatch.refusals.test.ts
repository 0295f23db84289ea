import { describe, expect, it } from 'vitest';
import { defineMethodology, scoreBatch } from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';
import { caught } from '../helpers/errors.js';

// Two 0–3 indicators a, b (equal weights, 0–100): a row is two cells.
const m = defineMethodology(flat([ind('a', 50), ind('b', 50)]));
// p: percent with 1 decimal, x: 0–3.
const mixed = defineMethodology(flat([ind('p', 50, { kind: 'percent', decimals: 1 }), ind('x', 50)]));
// One 0–3 indicator: a row is one cell.
const one = defineMethodology(flat([ind('a', 100)]));

describe('scoreBatch: what it takes as the answer matrix', () => {
  it('refuses anything that is neither a list nor a typed array, saying what it got', () => {
    expect(caught(() => scoreBatch(m, '33' as never))).toEqual({
      code: 'INVALID_TYPE',
      path: 'answers',
      message: 'answers must be an array or typed array of numbers, got "33"',
    });
    expect(caught(() => scoreBatch(m, 3 as never))).toEqual({
      code: 'INVALID_TYPE',
      path: 'answers',
      message: 'answers must be an array or typed array of numbers, got 3',
    });
  });

  it('refuses typed arrays of bigints, naming their kind', () => {
    expect(caught(() => scoreBatch(m, new BigUint64Array(2) as never))).toEqual({
      code: 'INVALID_TYPE',
      path: 'answers',
      message: 'answers must hold numbers, got a BigUint64Array of bigints',
    });
    expect(caught(() => scoreBatch(m, new BigInt64Array(2) as never))?.message).toBe('answers must hold numbers, got a BigInt64Array of bigints');
  });

  it('reads a typed array by its real length, not by an own `length` property', () => {
    const cells = new Float64Array([3, 3, 0, 0]);
    Object.defineProperty(cells, 'length', { value: 2 });
    // Two rows: all 3 → 100, all 0 → 0 (Ombudsman 0–3 on 0–100).
    expect(Array.from(scoreBatch(m, cells))).toEqual([100, 0]);
  });

  it('takes any typed array of numbers, not only a Float64Array', () => {
    expect(Array.from(scoreBatch(m, new Uint8Array([3, 3, 0, 3])))).toEqual([100, 50]);
  });

  it('refuses a length that is not a whole number of rows, saying the row width and the length', () => {
    expect(caught(() => scoreBatch(m, [3, 3, 3]))).toEqual({
      code: 'INVALID_TYPE',
      path: 'answers',
      message: 'answers must hold a whole number of rows of 2 cells, got length 3',
    });
  });
});

describe('scoreBatch: size limits', () => {
  it('refuses more than 10,000,000 units before reading a cell', () => {
    expect(caught(() => scoreBatch(one, new Uint8Array(10_000_001)))).toEqual({
      code: 'TOO_LARGE',
      path: 'answers',
      message: 'at most 10,000,000 units can be scored at once, got 10,000,001',
    });
  });

  // The typed arrays below are never read: the allocation is not touched, so it costs no memory.
  // The one-slot `into` is a safety net: the size limits are checked before it, but if a
  // regression let 2^31 units through, the short output would be refused instead of a 16 GB
  // output being allocated and written.
  const into = new Float64Array(1);
  it('refuses a typed array of more than 2^31 cells as too large, even when it is a whole number of rows', () => {
    expect(caught(() => scoreBatch(one, new Uint8Array(2 ** 31 + 1), { into }))).toEqual({
      code: 'TOO_LARGE',
      path: 'answers',
      message: 'at most 2,147,483,648 cells can be scored at once, got 2,147,483,649',
    });
    // 2^31 cells pass the cell limit; as 2^31 one-cell rows they exceed the unit limit.
    expect(caught(() => scoreBatch(one, new Uint8Array(2 ** 31), { into }))).toEqual({
      code: 'TOO_LARGE',
      path: 'answers',
      message: 'at most 10,000,000 units can be scored at once, got 2,147,483,648',
    });
  });

  // Scoring 10,000,000 rows takes about a second: more than the default 5 s on a busy machine is possible.
  it('scores exactly 10,000,000 units', { timeout: 60_000 }, () => {
    const cells = new Uint8Array(10_000_000);
    cells[9_999_999] = 3;
    const out = scoreBatch(one, cells);
    expect(out.length).toBe(10_000_000);
    expect(out[0]).toBe(0);
    expect(out[9_999_999]).toBe(100);
  });
});

describe('scoreBatch: options', () => {
  it('refuses an output array shorter than the number of units, and takes one exactly as long', () => {
    expect(caught(() => scoreBatch(m, [3, 3, 0, 0], { into: new Float64Array(1) }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.into',
      message: 'into must be a Float64Array of length ≥ 2',
    });
    const into = new Float64Array(2);
    expect(scoreBatch(m, [3, 3, 0, 0], { into })).toBe(into);
    expect(Array.from(into)).toEqual([100, 0]);
  });

  it('names options.into when reading it throws', () => {
    const options = Object.defineProperty({}, 'into', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(caught(() => scoreBatch(m, [3, 3], options))).toMatchObject({ code: 'UNREADABLE_INPUT', path: 'options.into' });
  });
});

describe('scoreBatch: a bad cell is reported with its row, its indicator and what is wrong', () => {
  it('a cell that is not a number', () => {
    expect(caught(() => scoreBatch(m, [3, 3, '3', 3] as never))).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers[2]',
      message: 'the answer for indicator "a" in row 1 must be a number (cells hold numbers only), got "3"',
    });
    expect(caught(() => scoreBatch(m, [3, 3, 3, null] as never))?.message).toBe('the answer for indicator "b" in row 1 must be a number (cells hold numbers only), got null');
  });

  it('a missing answer (NaN) under the default policy, with the policies that accept it', () => {
    expect(caught(() => scoreBatch(m, [3, 3, 3, Number.NaN]))).toEqual({
      code: 'MISSING_ANSWER',
      path: 'answers[3]',
      message: 'row 1, indicator "b" has no answer (NaN); choose missing: "zero" or "respread"',
    });
  });

  it('a fraction where whole numbers are expected', () => {
    expect(caught(() => scoreBatch(m, [3, 3, 3, 1.5]))).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers[3]',
      message: 'the answer for indicator "b" in row 1 must be a whole number from 0 to 3, got 1.5',
    });
  });

  it('more decimals than a percent answer takes', () => {
    expect(caught(() => scoreBatch(mixed, [50, 3, 12.34, 3]))).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers[2]',
      message: 'the answer for indicator "p" in row 1 must be a number from 0 to 100 with at most 1 decimals, got 12.34',
    });
  });

  it('a value between two levels', () => {
    const levels = defineMethodology(flat([ind('a', 50), ind('l', 50, { kind: 'levels', levels: [{ key: 'no', value: 0 }, { key: 'some', value: 0.5 }, { key: 'full', value: 2 }] })]));
    expect(caught(() => scoreBatch(levels, [3, 2, 3, 1]))).toEqual({
      code: 'INVALID_ANSWER',
      path: 'answers[3]',
      message: 'the answer for indicator "l" in row 1 must be one of the level values 0, 0.5, 2, got 1',
    });
  });

  it('an answer outside its range, stating the range in answer units', () => {
    expect(caught(() => scoreBatch(m, [3, 3, 3, 4]))).toEqual({
      code: 'ANSWER_OUT_OF_RANGE',
      path: 'answers[3]',
      message: 'answer 4 for indicator "b" in row 1 is outside 0–3',
    });
    expect(caught(() => scoreBatch(mixed, [50, 3, 100.1, 3]))?.message).toBe('answer 100.1 for indicator "p" in row 1 is outside 0–100');
    const skmLike = defineMethodology(flat([ind('a', 50), ind('s', 50, { kind: 'ordinal', min: 1, max: 4 })]));
    expect(caught(() => scoreBatch(skmLike, [3, 4, 3, 5]))?.message).toBe('answer 5 for indicator "s" in row 1 is outside 1–4');
  });
});
