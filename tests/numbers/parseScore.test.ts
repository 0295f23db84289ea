import { describe, expect, it } from 'vitest';
import { isKepatuhanError, KepatuhanError, parseScore } from '../../src/index.js';

describe('parseScore', () => {
  it.each([
    ['95,31', 95.31],
    ['95.31', 95.31],
    [' 88.00 ', 88],
    ['88,005', 88.005], // not rounded
    ['-0,5', -0.5],
    ['+7', 7],
    ['.5', 0.5],
    [',5', 0.5],
    ['5.', 5],
    ['1e-7', 1e-7],
    ['2,5E2', 250],
    ['0', 0],
    ['100', 100],
  ])('reads %j as %s', (text, value) => {
    expect(parseScore(text)).toBe(value);
  });

  it('passes finite numbers through', () => {
    for (const x of [95.31, 0, -3.5, 1e21, Number.MAX_SAFE_INTEGER]) expect(parseScore(x)).toBe(x);
  });

  it('never returns -0', () => {
    expect(Object.is(parseScore('-0'), 0)).toBe(true);
    expect(Object.is(parseScore('-0,00'), 0)).toBe(true);
  });

  it.each([
    ['a thousands separator (Indonesian)', '1.000,5'],
    ['a thousands separator (English)', '1,000.5'],
    ['two decimal separators', '95,3,1'],
    ['an empty string', ''],
    ['blank text', '   '],
    ['words', 'sembilan puluh'],
    ['a unit', '95,31 poin'],
    ['hexadecimal', '0x10'],
    ['an underscore separator', '1_000'],
    ['a lone sign', '-'],
    ['a lone separator', ','],
    ['Infinity as text', 'Infinity'],
  ])('rejects %s with INVALID_NUMBER', (_what, text) => {
    expect(() => parseScore(text)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: 'input' }));
  });

  it('rejects NaN and ±Infinity with INVALID_NUMBER, other types with INVALID_TYPE', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(() => parseScore(x)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    for (const x of [null, undefined, true, {}, [], 10n]) expect(() => parseScore(x as unknown as number)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: 'input' }));
  });

  it('throws the library error: a KepatuhanError whose message names the value', () => {
    let error: unknown;
    try {
      parseScore('sembilan puluh');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KepatuhanError);
    expect(isKepatuhanError(error)).toBe(true);
    expect((error as Error).message).toContain('sembilan puluh');
    const proper = 'score must be a decimal such as "95.31" or "95,31", got "sembilan puluh"';
    expect((error as Error).message).toBe(`input: ${proper}`);
    expect((error as KepatuhanError).issues).toEqual([{ code: 'INVALID_NUMBER', path: 'input', message: proper }]);
  });

  it('names the score in its messages', () => {
    expect(() => parseScore('x')).toThrow(/^input: score must be a decimal/);
    expect(() => parseScore(Number.NaN)).toThrow(/^input: score must be a finite number/);
    expect(() => parseScore('1e400')).toThrow(/^input: score is beyond the largest JavaScript number/);
  });
});
