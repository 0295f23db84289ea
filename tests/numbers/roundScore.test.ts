import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUNDING, ROUNDING_MODES, roundScore, type RoundingMode } from '../../src/index.js';

describe('roundScore', () => {
  it('rounds half-up to two decimals by default, exactly: 88.005 → 88.01 and 1.005 → 1.01', () => {
    // Float shortcuts get these wrong: (88.005).toFixed(2) is "88.00", Math.round(1.005 * 100) / 100 is 1.
    expect(roundScore(88.005)).toBe(88.01);
    expect(roundScore(88.004999)).toBe(88);
    expect(roundScore(95.3071428)).toBe(95.31);
    expect(roundScore(1.005)).toBe(1.01);
  });

  it('reads strings with the Indonesian decimal comma', () => {
    expect(roundScore('91,975')).toBe(91.98);
    expect(roundScore(' 88,005 ')).toBe(88.01);
    expect(roundScore('-1,005', 'halfEven')).toBe(-1);
    expect(roundScore('1e2')).toBe(100);
  });

  // Each mode as its definition in rounding.ts states it, on a tie and off a tie, both signs.
  const table: [RoundingMode, number, number, number, number, number][] = [
    //  mode                 2.345  -2.345  2.355  2.346  -2.346
    ['halfUp', 2.35, -2.34, 2.36, 2.35, -2.35],
    ['halfDown', 2.34, -2.35, 2.35, 2.35, -2.35],
    ['halfEven', 2.34, -2.34, 2.36, 2.35, -2.35],
    ['halfAwayFromZero', 2.35, -2.35, 2.36, 2.35, -2.35],
    ['halfTowardZero', 2.34, -2.34, 2.35, 2.35, -2.35],
    ['floor', 2.34, -2.35, 2.35, 2.34, -2.35],
    ['ceil', 2.35, -2.34, 2.36, 2.35, -2.34],
    ['truncate', 2.34, -2.34, 2.35, 2.34, -2.34],
  ];

  it('covers every mode', () => {
    expect(table.map((r) => r[0]).sort()).toEqual([...ROUNDING_MODES].sort());
  });

  it.each(table)('%s', (mode, a, b, c, d, e) => {
    expect([roundScore(2.345, mode), roundScore(-2.345, mode), roundScore(2.355, mode), roundScore(2.346, mode), roundScore(-2.346, mode)]).toEqual([a, b, c, d, e]);
    expect(roundScore('2,345', { mode })).toBe(a);
  });

  it('with 0 decimals', () => {
    const at = (mode: RoundingMode) => [2.5, -2.5, 3.5, 2.4, -2.6].map((v) => roundScore(v, { mode, decimals: 0 }));
    expect(at('halfUp')).toEqual([3, -2, 4, 2, -3]);
    expect(at('halfDown')).toEqual([2, -3, 3, 2, -3]);
    expect(at('halfEven')).toEqual([2, -2, 4, 2, -3]);
    expect(at('halfAwayFromZero')).toEqual([3, -3, 4, 2, -3]);
    expect(at('halfTowardZero')).toEqual([2, -2, 3, 2, -3]);
    expect(at('floor')).toEqual([2, -3, 3, 2, -3]);
    expect(at('ceil')).toEqual([3, -2, 4, 3, -2]);
    expect(at('truncate')).toEqual([2, -2, 3, 2, -2]);
  });

  it('with 4 decimals', () => {
    expect(roundScore(1.23455, { decimals: 4 })).toBe(1.2346);
    expect(roundScore(1.23445, { mode: 'halfEven', decimals: 4 })).toBe(1.2344);
    expect(roundScore(1.23455, { mode: 'halfEven', decimals: 4 })).toBe(1.2346);
    expect(roundScore('0,00005', { decimals: 4 })).toBe(0.0001);
    expect(roundScore(-0.00005, { mode: 'halfDown', decimals: 4 })).toBe(-0.0001);
  });

  it('keeps the default decimals when only a mode is given, and the default mode when only decimals are', () => {
    expect(roundScore(88.005, 'truncate')).toBe(88);
    expect(roundScore(4.505, { mode: 'halfEven', decimals: 2 })).toBe(4.5);
    expect(roundScore(2.45, { decimals: 1 })).toBe(2.5);
    expect(roundScore(88.005, DEFAULT_ROUNDING)).toBe(88.01);
    expect(DEFAULT_ROUNDING).toEqual({ mode: 'halfUp', decimals: 2 });
  });

  it('never returns -0', () => {
    expect(Object.is(roundScore(-0.001), 0)).toBe(true);
    expect(Object.is(roundScore(-0.4, { decimals: 0 }), 0)).toBe(true);
    expect(Object.is(roundScore(-0), 0)).toBe(true);
  });

  it('returns the double that prints as the rounded decimal', () => {
    expect(String(roundScore(0.1 + 0.2))).toBe('0.3');
    expect(String(roundScore(95.305))).toBe('95.31');
    expect(String(roundScore('123456789.123456789', { decimals: 4 }))).toBe('123456789.1235');
  });

  it.each([
    ['NaN', Number.NaN, 'INVALID_NUMBER'],
    ['Infinity', Number.POSITIVE_INFINITY, 'INVALID_NUMBER'],
    ['text', 'delapan puluh', 'INVALID_NUMBER'],
    ['a thousands separator', '1.000,5', 'INVALID_NUMBER'],
    ['an empty string', '', 'INVALID_NUMBER'],
    ['null', null, 'INVALID_TYPE'],
    ['a boolean', true, 'INVALID_TYPE'],
  ])('rejects %s', (_what, value, code) => {
    expect(() => roundScore(value as number)).toThrow(expect.objectContaining({ code, path: 'value' }));
  });

  it.each([
    ['an unknown mode name', 'bankers', 'rule'],
    ['an unknown mode in an object', { mode: 'nearest' }, 'rule.mode'],
    ['negative decimals', { decimals: -1 }, 'rule.decimals'],
    ['more than 20 decimals', { decimals: 21 }, 'rule.decimals'],
    ['fractional decimals', { decimals: 1.5 }, 'rule.decimals'],
    ['a number as the rule', 2, 'rule'],
  ])('rejects a rule with %s (INVALID_ROUNDING)', (_what, rule, path) => {
    expect(() => roundScore(1, rule as RoundingMode)).toThrow(expect.objectContaining({ code: 'INVALID_ROUNDING', path }));
  });

  it('names the score in its messages', () => {
    expect(() => roundScore('x')).toThrow(/^value: score must be a decimal/);
    expect(() => roundScore({} as unknown as number)).toThrow(/^value: score must be a number or a decimal string/);
  });
});
