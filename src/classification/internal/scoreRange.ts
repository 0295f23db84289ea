/**
 * The one check of a score against its range, shared by every public function that takes
 * scores (classify, aggregate, checkReportedScore, rank, compare, summarize, governmentGap),
 * so the same score gets the same answer, code, message and path everywhere.
 *
 * The rule: a score is in range when the value it is shown as — rounded by the function's
 * rounding rule (for `classify`, the scale's own grid) — lies within the range, exactly.
 * The range is, in this order: the scale's `min`–`max` when a scale is given (for
 * `governmentGap`, the methodology's output range), the caller's `options.range`, or the
 * default 0–100 (the Ombudsman and PEKPPP-index range, domain reference §1). `-0` is 0.
 *
 * A mean, median or weighted mean of in-range scores is in range again (rounding is
 * monotone, so the values that show inside the range form an interval), which is why the
 * inputs are all that is checked; a custom aggregation's result is checked too.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, isPlainRecord, join, own, ownKeys, tryDecimal, withinBounds } from '../../internal/input.js';
import { cmp, fromInt, pow10, roundDiv, roundToScaled, scaledToString, toNumber, type Rational } from '../../internal/rational.js';
import type { RoundingMode, RoundingRule } from '../../rounding/rounding.js';
import type { CompiledScale } from './compiledScales.js';

/** The range a score must lie in, on the grid it is shown on. */
export interface ScoreBounds {
  /** Lowest and highest shown value, in grid units (`k / 10^decimals`). */
  readonly lo: bigint;
  readonly hi: bigint;
  readonly decimals: number;
  readonly mode: RoundingMode;
  /** Where the range comes from, for messages: `the scale ombudsman2022 (0–100)`, `the default range 0–100`. */
  readonly what: string;
}

/** The range that applies without a scale or `options.range`. */
export const DEFAULT_RANGE: { readonly min: Rational; readonly max: Rational } = /*#__PURE__*/ Object.freeze({ min: { n: 0n, d: 1n }, max: { n: 100n, d: 1n } });

/** A range read from `options.range`: `{ min, max }`, exact. */
export interface ReadRange {
  readonly min: Rational;
  readonly max: Rational;
}

/**
 * Reads `options.range`: `{ min, max }` with numbers or decimal strings, `min < max`, both
 * within ±1e15. Undefined when absent. `INVALID_OPTION` for a value that is not such an
 * object (or has other fields), `INVALID_RANGE` for a bad or inverted bound.
 */
export function readRange(options: Record<string, unknown>, path = 'options'): ReadRange | undefined {
  const value = own(options, 'range', path);
  if (value === undefined) return undefined;
  const p = join(path, 'range');
  if (!isPlainRecord(value)) throw new KepatuhanError('INVALID_OPTION', `range must be an object { min, max }, got ${describe(value)}`, p);
  for (const key of ownKeys(value, p))
    if (key !== 'min' && key !== 'max') throw new KepatuhanError('INVALID_OPTION', `range has no field ${JSON.stringify(key)} (use min and max)`, `${p}[${JSON.stringify(key)}]`);
  const bound = (key: 'min' | 'max'): Rational => {
    const v = own(value, key, p);
    if (v === undefined) throw new KepatuhanError('MISSING_FIELD', `range.${key} is required`, `${p}.${key}`);
    const r = tryDecimal(v);
    if (r === undefined || !withinBounds(r))
      throw new KepatuhanError('INVALID_RANGE', `range.${key} must be a number or decimal string from -1e15 to 1e15, got ${describe(v)}`, `${p}.${key}`);
    return r;
  };
  const min = bound('min');
  const max = bound('max');
  if (cmp(min, max) >= 0) throw new KepatuhanError('INVALID_RANGE', `range.min must be below range.max, got ${toNumber(min)}–${toNumber(max)}`, p);
  return { min, max };
}

/** Text of an exact bound: shortest decimal for terminating ones (all bounds the readers accept). */
const boundText = (r: Rational): string => String(toNumber(r));

/** Bounds of exact `min`–`max` on the grid of `rounding`. */
function onGrid(min: Rational, max: Rational, rounding: RoundingRule, what: string): ScoreBounds {
  const D = pow10(rounding.decimals);
  return {
    lo: roundDiv(min.n * D, min.d, 'ceil'),
    hi: roundDiv(max.n * D, max.d, 'floor'),
    decimals: rounding.decimals,
    mode: rounding.mode,
    what,
  };
}

/** The range of a scale as messages name it: `the scale ombudsman2022 (0–100)`. */
export const scaleWhat = (scale: CompiledScale): string => `the scale ${scale.scale.id} (${scale.scale.min}–${scale.scale.max})`;

const scaleBoundsCache = /*#__PURE__*/ new WeakMap<CompiledScale, ScoreBounds>();

/** The bounds of a scale on its own grid (what `classify` checks). */
export function scaleBounds(scale: CompiledScale): ScoreBounds {
  let b = scaleBoundsCache.get(scale);
  if (b === undefined) {
    b = { lo: scale.lo, hi: scale.hi, decimals: scale.decimals, mode: scale.mode, what: scaleWhat(scale) };
    scaleBoundsCache.set(scale, b);
  }
  return b;
}

/**
 * The bounds a function checks its scores against, shown with `rounding`: the scale's range
 * when a scale is given, else `range`, else the default 0–100. Giving both a scale and a
 * range is refused (`INVALID_OPTION` at `rangePath`): the range would be ignored.
 */
export function scoreBounds(scale: CompiledScale | undefined, range: ReadRange | undefined, rounding: RoundingRule, rangePath = 'options.range'): ScoreBounds {
  if (scale !== undefined) {
    if (range !== undefined)
      throw new KepatuhanError('INVALID_OPTION', `range was given with a scale, whose own range ${scale.scale.min}–${scale.scale.max} applies; give one of them`, rangePath);
    return onGrid(scale.min, scale.max, rounding, scaleBounds(scale).what);
  }
  if (range !== undefined) return onGrid(range.min, range.max, rounding, `the range ${boundText(range.min)}–${boundText(range.max)}`);
  return onGrid(DEFAULT_RANGE.min, DEFAULT_RANGE.max, rounding, 'the default range 0–100 (pass options.scale or options.range for another)');
}

/** Bounds of a methodology's output range `lo`–`hi` shown with `rounding`. */
export function methodologyBounds(lo: Rational, hi: Rational, rounding: RoundingRule): ScoreBounds {
  return onGrid(lo, hi, rounding, `the methodology's range ${boundText(lo)}–${boundText(hi)}`);
}

/** Checks a value already shown on the bounds' grid (`k / 10^decimals`); returns it. */
export function checkShown<K extends bigint | number>(k: K, b: ScoreBounds, path: string): K {
  if (k < b.lo || k > b.hi) throw new KepatuhanError('VALUE_OUT_OF_RANGE', `${scaledToString(k, b.decimals)} lies outside ${b.what}`, path);
  return k;
}

/** Checks an exact score: rounds it to the bounds' grid and checks the shown value; returns it in grid units. */
export function checkScore(value: Rational, b: ScoreBounds, path: string): bigint {
  return checkShown(roundToScaled(value, b.decimals, b.mode), b, path);
}
