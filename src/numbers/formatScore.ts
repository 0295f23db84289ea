import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, own, readDecimal, readOptions, readRounding } from '../internal/input.js';
import { roundToScaled, scaledToString } from '../internal/rational.js';
import type { RoundingMode, RoundingRule } from './rounding.js';
import type { ScoreInput } from './ScoreInput.js';

/**
 * Options of {@link formatScore}.
 *
 * @example
 * ```ts
 * import type { FormatScoreOptions } from 'kepatuhan';
 * const opts: FormatScoreOptions = { locale: 'en', rounding: { decimals: 1 } };
 * ```
 * @category Numbers
 */
export interface FormatScoreOptions {
  /** `'id'` (default, "95,31"), `'en'` ("95.31"), or any BCP 47 tag Intl knows. */
  readonly locale?: string;
  /**
   * Rounding applied before formatting, and so the decimals shown (0–20), named and written
   * as everywhere else: a mode name or `{ mode, decimals }`; default half-up to 2 decimals.
   * (This replaces the options `decimals` and `mode`, now refused with a message naming it.)
   */
  readonly rounding?: RoundingMode | Partial<RoundingRule>;
}

const LOCALES: Readonly<Record<string, string>> = { id: 'id-ID', en: 'en-US' };
const formatters = /*#__PURE__*/ new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(own(LOCALES, locale) as string | undefined ?? locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: false,
      });
    } catch {
      throw new KepatuhanError('INVALID_OPTION', `locale must be a language tag such as "id" or "en-US", got ${describe(locale)}`, 'options.locale');
    }
    if (formatters.size >= 64) formatters.clear(); // many distinct locales must not grow memory without bound
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a score for people: rounded exactly first (half-up to 2 decimals by default), then
 * written with the locale's decimal separator via `Intl.NumberFormat` — Indonesian by default.
 *
 * @param value - a number or decimal string
 * @param options - locale (`'id'` default, `'en'`, or a BCP 47 tag), rounding (mode and decimals)
 * @returns the formatted score, e.g. `"95,31"`
 * @throws {@link KepatuhanError} `INVALID_NUMBER` / `INVALID_TYPE` for a bad value,
 *   `INVALID_OPTION` for an unknown locale (or the old options `decimals` / `mode`),
 *   `INVALID_ROUNDING` for a bad rounding
 * @example
 * ```ts
 * import { formatScore } from 'kepatuhan';
 * formatScore(95.305); // "95,31"
 * formatScore(95.305, { locale: 'en' }); // "95.31"
 * formatScore(88, { locale: 'id' }); // "88,00"
 * formatScore(95.319, { rounding: { mode: 'truncate', decimals: 1 } }); // "95,3"
 * ```
 * @category Numbers
 */
export function formatScore(value: ScoreInput, options?: FormatScoreOptions): string {
  const o = readOptions(options);
  const locale = own(o, 'locale', 'options') ?? 'id';
  if (typeof locale !== 'string') throw new KepatuhanError('INVALID_OPTION', `locale must be a string, got ${describe(locale)}`, 'options.locale');
  // `decimals` and `mode` were renamed to `rounding`, the name every other function uses: refused, not ignored.
  for (const old of ['decimals', 'mode'])
    if (own(o, old, 'options') !== undefined)
      throw new KepatuhanError('INVALID_OPTION', `the option ${old} is now rounding.${old}: write { rounding: { ${old}: … } } (or a mode name, rounding: 'truncate')`, `options.${old}`);
  const rule = readRounding(own(o, 'rounding', 'options'), 'options.rounding');
  const k = roundToScaled(readDecimal(value, 'value', 'score'), rule.decimals, rule.mode);
  // Intl formats a decimal string exactly (ES2023); older engines read it as the nearest double,
  // which still prints the same digits for up to 15 decimals.
  return formatter(locale, rule.decimals).format(scaledToString(k, rule.decimals) as unknown as number);
}
