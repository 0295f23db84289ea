/**
 * Reading ranking entries (src/ranking/internal/readEntries.ts): what a caller is told, and
 * where, when the list, an entry, its score or the groupBy option is wrong. Seen through `rank`
 * (path `entries`, option `options.groupBy`).
 */
import { describe, expect, it } from 'vitest';
import { isKepatuhanError, rank } from '../../../src/index.js';
import { caught } from '../../helpers/errors.js';



describe('the list and its entries', () => {
  it('a list that is not an array is refused, saying what was given', () => {
    expect(caught(() => rank({ length: 1 } as never))).toEqual({
      code: 'INVALID_TYPE',
      path: 'entries',
      message: 'entries must be an array, got an object',
    });
  });
  it('an entry that is not an object is refused, with the shape it must have', () => {
    expect(caught(() => rank([{ id: 'a', score: 1 }, 7 as never]))).toEqual({
      code: 'INVALID_TYPE',
      path: 'entries[1]',
      message: 'an entry must be an object { id, score, group? }, got 7',
    });
  });
});

describe('the score of an entry', () => {
  it('a missing score is reported as required, at the score field', () => {
    expect(caught(() => rank([{ id: 'a' } as never]))).toEqual({
      code: 'MISSING_FIELD',
      path: 'entries[0].score',
      message: 'score is required',
    });
  });
  it('a bad score is named "score" in the message', () => {
    const e = caught(() => rank([{ id: 'a', score: 'sembilan' }]));
    expect(e?.code).toBe('INVALID_NUMBER');
    expect(e?.message).toMatch(/^score must be a decimal/);
    expect(caught(() => rank([{ id: 'a', score: true } as never]))?.message).toBe('score must be a number or a decimal string, got true');
  });
});

describe('the groupBy option', () => {
  it('something other than a function is refused, with the signature it must have', () => {
    expect(caught(() => rank([{ id: 'a', score: 1 }], { groupBy: 'province' as never }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'options.groupBy',
      message: 'groupBy must be a function (entry) => string, got "province"',
    });
  });
  it('a groupBy that throws is reported as groupBy failing, with its message', () => {
    const e = caught(() =>
      rank([{ id: 'a', score: 1 }], {
        groupBy: () => {
          throw new Error('no province');
        },
      }),
    );
    expect(e).toEqual({ code: 'CALLBACK_FAILED', path: 'options.groupBy', message: 'groupBy threw: no province' });
  });
});
