import { describe, expect, it } from 'vitest';
import { formatScore, type RoundingMode } from '../../src/index.js';
import { caught } from '../helpers/errors.js';

describe('formatScore', () => {
  it('writes Indonesian by default ("95,31") and English on request ("95.31")', () => {
    expect(formatScore(95.31)).toBe('95,31');
    expect(formatScore(95.31, { locale: 'id' })).toBe('95,31');
    expect(formatScore(95.31, { locale: 'en' })).toBe('95.31');
    expect(formatScore('95,31', { locale: 'en' })).toBe('95.31');
  });

  it('rounds exactly before formatting: 88.005 is "88,01", 95.305 is "95,31"', () => {
    expect(formatScore(88.005)).toBe('88,01');
    expect(formatScore(95.305)).toBe('95,31');
    expect(formatScore(95.305, { locale: 'en' })).toBe('95.31');
    expect(formatScore(88.004999)).toBe('88,00');
  });

  it('always shows the decimals asked for', () => {
    expect(formatScore(88)).toBe('88,00');
    expect(formatScore(95.3)).toBe('95,30');
    expect(formatScore(95.31, { rounding: { decimals: 0 } })).toBe('95');
    expect(formatScore(95.5, { rounding: { decimals: 0 } })).toBe('96');
    expect(formatScore('88,00005', { rounding: { decimals: 4 } })).toBe('88,0001');
    expect(formatScore(1, { rounding: { decimals: 4 }, locale: 'en' })).toBe('1.0000');
  });

  it('uses the rounding mode given', () => {
    const modes: [RoundingMode, string][] = [
      ['halfUp', '2,35'],
      ['halfEven', '2,34'],
      ['truncate', '2,34'],
      ['ceil', '2,35'],
    ];
    for (const [mode, text] of modes) expect(formatScore(2.345, { rounding: mode })).toBe(text);
    expect(formatScore(95.319, { rounding: 'truncate' })).toBe('95,31');
  });

  it('negative values keep their sign; values that round to zero do not', () => {
    expect(formatScore(-1.005)).toBe('-1,00'); // half-up: ties toward +∞
    expect(formatScore(-1.006, { locale: 'en' })).toBe('-1.01');
    expect(formatScore(-0.004)).toBe('0,00');
  });

  it('does not group thousands (scores are not money)', () => {
    expect(formatScore(1234567.891)).toBe('1234567,89');
    expect(formatScore(1234567.891, { locale: 'en' })).toBe('1234567.89');
  });

  it('keeps every digit of a long decimal (no detour through a double)', () => {
    expect(formatScore('0.123456789012345678', { rounding: { decimals: 18 }, locale: 'en' })).toBe('0.123456789012345678');
  });

  it('rejects a bad value, locale, mode or decimals with a path', () => {
    expect(() => formatScore('sembilan')).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: 'value' }));
    expect(() => formatScore(Number.NaN)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: 'value' }));
    expect(() => formatScore(null as unknown as number)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: 'value' }));
    expect(() => formatScore(1, { locale: 'not a locale!' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: 'options.locale' }));
    expect(() => formatScore(1, { locale: 7 as unknown as string })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: 'options.locale' }));
    expect(() => formatScore(1, { rounding: { decimals: 21 } })).toThrow(expect.objectContaining({ code: 'INVALID_ROUNDING', path: 'options.rounding.decimals' }));
    expect(() => formatScore(1, { rounding: { mode: 'round' as RoundingMode } })).toThrow(expect.objectContaining({ code: 'INVALID_ROUNDING', path: 'options.rounding.mode' }));
    expect(() => formatScore(1, 'round' as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: 'options' }));
    // The old option names (before `rounding`) are refused with the new name, not silently ignored.
    for (const old of ['decimals', 'mode'] as const) {
      const e = caught(() => formatScore(1, { [old]: old === 'decimals' ? 0 : 'truncate' } as never));
      expect([e?.code, e?.path]).toEqual(['INVALID_OPTION', `options.${old}`]);
      expect(e?.message).toContain(`rounding.${old}`);
    }
    expect(() => formatScore(1, 'en' as unknown as object)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: 'options' }));
  });

  it('says in the message what was wrong: the score, the locale and its type', () => {
    expect(() => formatScore('sembilan')).toThrow(/^value: score must be a decimal .*"sembilan"/);
    expect(() => formatScore(null as unknown as number)).toThrow(/^value: score must be a number or a decimal string/);
    expect(() => formatScore(1, { locale: 'not a locale!' })).toThrow(/^options.locale: locale must be a language tag such as "id" or "en-US", got "not a locale!"$/);
    expect(() => formatScore(1, { locale: 7 as unknown as string })).toThrow(/^options.locale: locale must be a string, got 7$/);
  });

  it('turns a throwing getter on an option into UNREADABLE_INPUT at that option', () => {
    for (const key of ['locale', 'mode', 'decimals']) {
      const options = Object.defineProperty({}, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      expect(() => formatScore(1, options)).toThrow(expect.objectContaining({ code: 'UNREADABLE_INPUT', path: `options.${key}` }));
    }
  });

  it('formats the same value the same way after many distinct locales (the formatter cache stays correct)', () => {
    const tags = ['de-DE', 'fr-FR', 'ms-MY', 'nl-NL', 'es-ES', 'pt-BR', 'it-IT', 'sv-SE'];
    for (let decimals = 0; decimals <= 20; decimals++) for (const tag of tags) formatScore(1, { locale: tag, rounding: { decimals } });
    expect(formatScore(95.305)).toBe('95,31');
    expect(formatScore(95.305, { locale: 'en', rounding: { decimals: 3 } })).toBe('95.305');
  });
});
