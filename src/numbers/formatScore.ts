import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, own, readDecimal, readOptions, readRounding } from '../internal/input.js';
import { roundToScaled, scaledToString } from '../internal/rational.js';
import type { RoundingMode } from './rounding.js';
import type { ScoreInput } from './ScoreInput.js';

/**
 * Options of {@link formatScore}.
 *
 * @example
 * ```ts
 * import type { FormatScoreOptions } from 'kepatuhan';
 * const opts: FormatScoreOptions = { locale: 'en', decimals: 2 };
 * ```
 * @category Numbers
 */
export interface FormatScoreOptions {
  /** `'id'` (default, "95,31"), `'en'` ("95.31"), or any BCP 47 tag Intl knows. */
  readonly locale?: string;
  /** Decimals shown, 0–20; default 2. */
  readonly decimals?: number;
  /** Rounding applied before formatting; default `'halfUp'`. */
  readonly mode?: RoundingMode;
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
 * @param options - locale (`'id'` default, `'en'`, or a BCP 47 tag), decimals, rounding mode
 * @returns the formatted score, e.g. `"95,31"`
 * @throws {@link KepatuhanError} `INVALID_NUMBER` / `INVALID_TYPE` for a bad value,
 *   `INVALID_OPTION` for an unknown locale, `INVALID_ROUNDING` for bad decimals or mode
 * @example
 * ```ts
 * import { formatScore } from 'kepatuhan';
 * formatScore(95.305); // "95,31"
 * formatScore(95.305, { locale: 'en' }); // "95.31"
 * formatScore(88, { locale: 'id' }); // "88,00"
 * ```
 * @category Numbers
 */
export function formatScore(value: ScoreInput, options?: FormatScoreOptions): string {
  const o = readOptions(options);
  const locale = own(o, 'locale', 'options') ?? 'id';
  if (typeof locale !== 'string') throw new KepatuhanError('INVALID_OPTION', `locale must be a string, got ${describe(locale)}`, 'options.locale');
  const rule = readRounding({ mode: own(o, 'mode', 'options'), decimals: own(o, 'decimals', 'options') }, 'options');
  const k = roundToScaled(readDecimal(value, 'value', 'score'), rule.decimals, rule.mode);
  // Intl formats a decimal string exactly (ES2023); older engines read it as the nearest double,
  // which still prints the same digits for up to 15 decimals.
  return formatter(locale, rule.decimals).format(scaledToString(k, rule.decimals) as unknown as number);
}
