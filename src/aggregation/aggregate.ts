import type { Classification, Classified } from '../classification/classification.js';
import { classifyExact, classifyScaled, readFollowUp } from '../classification/internal/classifyExact.js';
import { requireScale, type CompiledScale } from '../classification/internal/compiledScales.js';
import { checkScore, readRange, scoreBounds, type ScoreBounds } from '../classification/internal/scoreRange.js';
import type { Scale, ScaleCategory, ScaleZoneId } from '../classification/scale.js';
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { callback, describe, index, isArray, isPlainRecord, join, own, readArray, readDecimal, readOptions, readRounding, unreadable } from '../internal/input.js';
import { GRID_MAX, gridOf, gridScale, roundDivNumber } from '../internal/gridNumber.js';
import { add, cmp, div, fromInt, fromNumber, mul, pow10, rat, roundToScaled, scaledToNumber, toNumber, ZERO, sub, type Rational } from '../internal/rational.js';
import type { RoundingMode, RoundingRule } from '../rounding/rounding.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import type { ScoreRange } from '../numbers/ScoreRange.js';
import { readWeight } from '../model/internal/weights.js';
import type { AppliedAdjustment, ScoreAdjustment } from '../scoring/adjustment.js';
import { applyAdjustment, appliedRecord, readAdjustment } from '../scoring/internal/adjust.js';

/**
 * How scores are combined: the arithmetic `'mean'` (the Ombudsman rule), a `'weightedMean'`,
 * the `'median'` (mean of the two middle scores for an even count), or your own function of
 * the (rounded) scores and weights, whose result is then rounded like the others.
 *
 * @example
 * ```ts
 * import { aggregate, type AggregationMethod } from 'kepatuhan';
 * const lowest: AggregationMethod = (scores) => Math.min(...scores);
 * aggregate([90, 80], { method: lowest }).score; // 80
 * ```
 * @category Aggregation
 */
export type AggregationMethod =
  | 'mean'
  | 'weightedMean'
  | 'median'
  | ((scores: readonly number[], weights: readonly number[] | undefined) => number);

/**
 * One input of {@link aggregate}: a score (number or decimal string), or anything with a
 * `score` — a {@link UnitScore}, an {@link AggregateResult} (to roll further up), or
 * `{ score, weight }`.
 *
 * @example
 * ```ts
 * import type { AggregateInput } from 'kepatuhan';
 * const inputs: AggregateInput[] = [97.55, '97,02', { score: 96.29, weight: 2 }];
 * ```
 * @category Aggregation
 */
export type AggregateInput = ScoreInput | { readonly score: ScoreInput; readonly weight?: number | string };

/**
 * Options of {@link aggregate}.
 *
 * @example
 * ```ts
 * import { aggregate, scales, type AggregateOptions } from 'kepatuhan';
 * const o: AggregateOptions = { method: 'mean', scale: scales.ombudsman2022 };
 * aggregate([95.31, 94.01], o).classification?.category; // "A" (o is any AggregateOptions: classification may be absent)
 * ```
 * @category Aggregation
 */
export interface AggregateOptions {
  /** Default `'mean'`. */
  readonly method?: AggregationMethod;
  /**
   * Weights for `'weightedMean'` (or a custom method), one per score, or give each input a
   * `weight`; with `'mean'` or `'median'` weights are refused (`INVALID_OPTION`), not ignored.
   */
  readonly weights?: readonly (number | string)[];
  /** Rounding of the result (and of inputs, see `roundInputs`); default half-up to 2 decimals. */
  readonly rounding?: RoundingMode | Partial<RoundingRule>;
  /**
   * Round every input to `rounding` first, as the Ombudsman does (it averages the units'
   * published two-decimal scores); default true.
   */
  readonly roundInputs?: boolean;
  /**
   * Classify the result on this scale; every score must then lie within the scale's range
   * (`VALUE_OUT_OF_RANGE` otherwise). Entries are combined by their `score` only: a
   * `classification` an entry carries (on whatever scale) is not read.
   */
  readonly scale?: Scale;
  /** The range scores must lie in when no `scale` is given; default 0–100. Not with `scale`. */
  readonly range?: ScoreRange;
  /**
   * A correction and/or cap on the combined score (Ombudsman 2023 "variabel substantif", an
   * entity-level correction); recorded in `adjustment`. `barZone` needs `scale`.
   */
  readonly adjustment?: ScoreAdjustment;
  /** The entity followed up the Ombudsman's corrective actions: adds the scale's qualifier to the label (Ombudsman 2025); needs `scale`. */
  readonly followedUpCorrectiveActions?: boolean;
}

/**
 * A government's (or agency's) score built from its units' scores. `C` and `Z` are the
 * category and zone-id unions of the scale it was classified on.
 *
 * @example
 * ```ts
 * import { aggregate } from 'kepatuhan';
 * const r = aggregate([97.55, 97.02, 96.29, 95.22, 93.98, 93.63, 93.46]);
 * r.score; // 95.31
 * r.count; // 7
 * ```
 * @category Aggregation
 */
export interface AggregateResult<C extends string = string, Z extends string = string> {
  /** The combined score, exact and rounded by `rounding`. */
  readonly score: number;
  /** The combined score before rounding (nearest double). */
  readonly unrounded: number;
  /** Number of scores combined. */
  readonly count: number;
  /** Lowest input (after input rounding). */
  readonly min: number;
  /** Highest input (after input rounding). */
  readonly max: number;
  /** The method used (`'custom'` for a function). */
  readonly method: 'mean' | 'weightedMean' | 'median' | 'custom';
  /** The rounding rule applied. */
  readonly rounding: RoundingRule;
  /** Whether inputs were rounded first. */
  readonly roundedInputs: boolean;
  /** Band of the rounded score, when a scale was given. */
  readonly classification?: Classification<C, Z>;
  /** What the caller's adjustment did (present only when `options.adjustment` was given); `score` and `classification` are after it. */
  readonly adjustment?: AppliedAdjustment;
  /** Whether the entity followed up corrective actions, as the caller said (present only when the option was given). */
  readonly followedUpCorrectiveActions?: boolean;
}

/**
 * What {@link aggregate} returns for options `O`: with a `scale`, an {@link AggregateResult}
 * whose `classification` is present and typed by the scale; otherwise a plain one.
 *
 * @example
 * ```ts
 * import { aggregate, scales, type AggregateResultOf } from 'kepatuhan';
 * const o = { scale: scales.ombudsman2022 };
 * const r: AggregateResultOf<typeof o> = aggregate([95.31, 94.01], o);
 * r.classification.category; // "A"
 * ```
 * @category Aggregation
 */
export type AggregateResultOf<O extends AggregateOptions | undefined> = O extends { readonly scale: infer S extends Scale }
  ? AggregateResult<ScaleCategory<S>, ScaleZoneId<S>> & Classified<ScaleCategory<S>, ScaleZoneId<S>>
  : AggregateResult;

/** Largest number of scores {@link aggregate} takes. @internal */
export const MAX_SCORES = 1_000_000;

/**
 * Combines units' scores into one score: by default the Ombudsman rule, the arithmetic mean
 * of the units' two-decimal scores rounded half-up to two decimals — computed exactly, so
 * Kota Cilegon 2024's seven units give 95.31 and Kab. Serang's six give 91.98. Results carry
 * a `score`, so they can be aggregated again (units → agency → government).
 *
 * Every score must lie in range: the value it is shown as (rounded by `rounding`) within
 * `scale`'s min–max, or `range`'s, or 0–100 — as in every function that takes scores. A
 * roll-up reads only each entry's `score` (and `weight`), never its `classification`: to
 * combine results classified on different scales, pass the scale (or range) the combined
 * score is on, and a score outside it is refused rather than averaged.
 *
 * @param scores - numbers, decimal strings (`"95,31"`), or objects with a `score` (unit results, earlier aggregates, `{ score, weight }`)
 * @param options - method (`'mean'` default, `'weightedMean'`, `'median'`, or a function), weights, rounding, roundInputs, scale or range, adjustment, followedUpCorrectiveActions
 * @returns the combined score with count, min, max and, given a scale, its classification
 *   (then present, and typed by the scale: see {@link AggregateResultOf})
 * @throws {@link KepatuhanError} `EMPTY_INPUT` for no scores; `INVALID_NUMBER` /
 *   `INVALID_TYPE` for a bad score (path `scores[i]`); `VALUE_OUT_OF_RANGE` for a score
 *   outside the scale's range, `range` or 0–100 (path `scores[i]` or `scores[i].score`), or
 *   a custom method's result outside it (path `score`); `INVALID_SCORE_WEIGHT` for bad
 *   weights; `INVALID_OPTION` / `INVALID_ROUNDING` for bad options (and for weights given
 *   with `'mean'` or `'median'`, which would ignore them, and for `range` with `scale`);
 *   `INVALID_RANGE` for a bad `range`; `NOT_DEFINED` for a scale that is not a built-in or a {@link defineScale} result (path `options.scale`); `VALUE_OUT_OF_RANGE` for an
 *   adjustment cap outside the range;
 *   `CALLBACK_FAILED` when a custom method throws (its error is `cause`); `TOO_LARGE` for more
 *   than 1,000,000 scores; `UNREADABLE_INPUT` when a getter or Proxy in the input throws
 * @example
 * ```ts
 * import { aggregate, scales } from 'kepatuhan';
 * const cilegon = aggregate(['97,55', '97,02', '96,29', '95,22', '93,98', '93,63', '93,46'], { scale: scales.ombudsman2022 });
 * cilegon.score; // 95.31
 * cilegon.classification.zone; // "hijau"
 * aggregate([80, 90, 100], { method: 'median' }).score; // 90
 * aggregate([80, 90], { method: 'weightedMean', weights: [3, 1] }).score; // 82.5
 * // PEKPPP indices lie in 0–5: say so, and a mistyped 44.4 is refused instead of averaged.
 * aggregate([4.44, 4.2], { range: { min: 0, max: 5 } }).score; // 4.32
 * // Roll up: two agencies into a ministry.
 * aggregate([aggregate([90, 91]), aggregate([80, 85, 86])]).score; // 87.09 (mean of 90.5 and 83.67)
 * ```
 * @category Aggregation
 */
export function aggregate<O extends AggregateOptions = AggregateOptions>(scores: readonly AggregateInput[], options?: O): AggregateResultOf<O> {
  // One implementation for every option type; the scale only narrows the result's type.
  return aggregateAny(scores, options) as AggregateResultOf<O>;
}

function aggregateAny(scores: readonly AggregateInput[], options?: AggregateOptions): AggregateResult {
  const o = readOptions(options);
  if (!isArray(scores)) throw new KepatuhanError('INVALID_TYPE', `scores must be an array, got ${describe(scores)}`, 'scores');
  // A dense copy read once: holes are undefined (reported as bad scores), getters cannot change it.
  const list = readArray(scores, 'scores', MAX_SCORES);
  if (list.length === 0) throw new KepatuhanError('EMPTY_INPUT', 'there are no scores to aggregate', 'scores');
  return combine(list, readAggregateOptions(o), scorePath, () => own(o, 'weights', 'options'));
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Path of `scores[i]`. */
const scorePath = (i: number): string => index('scores', i);

/**
 * The options of {@link aggregate}, read and checked once (per call, or per round in `aggregateBy`).
 *
 * @internal
 */
export interface ReadAggregateOptions {
  readonly rounding: RoundingRule;
  readonly roundInputs: boolean;
  readonly methodOpt: AggregationMethod;
  readonly scale: CompiledScale | undefined;
  readonly bounds: GridBounds;
  readonly adjustment: ReturnType<typeof readAdjustment>;
  readonly followUpGiven: boolean;
  readonly followUp: boolean;
}

/**
 * Reads every option but `weights` (read after the scores, as it always was), in this order.
 *
 * @internal
 */
export function readAggregateOptions(o: Record<string, unknown>): ReadAggregateOptions {
  const rounding = readRounding(own(o, 'rounding', 'options'), 'options.rounding');
  const roundInputs = own(o, 'roundInputs', 'options') ?? true;
  if (typeof roundInputs !== 'boolean') throw new KepatuhanError('INVALID_OPTION', `roundInputs must be true or false, got ${describe(roundInputs)}`, 'options.roundInputs');
  const methodOpt = own(o, 'method', 'options') ?? 'mean';
  if (methodOpt !== 'mean' && methodOpt !== 'weightedMean' && methodOpt !== 'median' && typeof methodOpt !== 'function')
    throw new KepatuhanError('INVALID_OPTION', `method must be "mean", "weightedMean", "median" or a function, got ${describe(methodOpt)}`, 'options.method');
  const scaleOpt = own(o, 'scale', 'options');
  const scale = scaleOpt === undefined ? undefined : requireScale(scaleOpt, 'options.scale');
  // Every score must show inside the scale's range, else options.range, else 0–100 (scoreRange.ts).
  const range = readRange(o);
  const bounds = range === undefined ? sharedBounds(scale, rounding) : withGrid(scoreBounds(scale, range, rounding));
  // Opinion options: a correction stops at the lowest shown score, a cap lies within the range.
  const adjustment = readAdjustment(o, rounding.decimals, bounds.lo, bounds.hi, scale);
  const followUpGiven = own(o, 'followedUpCorrectiveActions', 'options') !== undefined;
  const followUp = readFollowUp(o, scale);
  return { rounding, roundInputs, methodOpt: methodOpt as AggregationMethod, scale, bounds, adjustment, followUpGiven, followUp };
}

/**
 * Combines the scores of `list` (already copied, non-empty) by options read once; `at(i)`
 * is the path of entry `i` in messages, `weightsOption` reads `options.weights`.
 *
 * @internal
 */
export function combine(list: readonly unknown[], opts: ReadAggregateOptions, at: (i: number) => string, weightsOption: () => unknown): AggregateResult {
  const { rounding, roundInputs, methodOpt, scale, bounds, adjustment, followUpGiven, followUp } = opts;
  const scaleD = pow10(rounding.decimals);
  const lo = bounds.lo;

  // Each score is read once. On the exact integer path (gridNumber.ts) it is kept as the
  // integer k of its shown value k / 10^decimals; otherwise (more decimals than shown without
  // rounding, or beyond 2^49) as an exact rational, and then every score is.
  const n = list.length;
  const p10 = gridScale(rounding.decimals);
  const grid = bounds.grid;
  const ks: number[] = new Array<number>(n);
  let exact: Rational[] | undefined;
  let maxAbs = 0;
  // Each entry's own weight, kept only once one has a weight.
  let entryWeights: (unknown | undefined)[] | undefined;
  for (let i = 0; i < n; i++) {
    const s: unknown = list[i];
    let v: unknown = s;
    let w: unknown;
    const entry = isPlainRecord(s);
    if (entry) {
      // own(s, key, at(i)), with the path built only for an error.
      try {
        v = hasOwn.call(s, 'score') ? s['score'] : undefined;
      } catch (e) {
        throw unreadable(join(at(i), 'score'), e);
      }
      try {
        w = hasOwn.call(s, 'weight') ? s['weight'] : undefined;
      } catch (e) {
        throw unreadable(join(at(i), 'weight'), e);
      }
      if (v === undefined) throw new KepatuhanError('MISSING_FIELD', 'an entry must be a score or an object with a score', at(i));
      if (w !== undefined && entryWeights === undefined) entryWeights = new Array<unknown>(n);
    }
    if (entryWeights !== undefined) entryWeights[i] = w;
    let k = typeof v === 'number' && p10 !== undefined && grid !== undefined ? gridOf(v, p10) : undefined;
    if (k !== undefined && k >= grid!.lo && k <= grid!.hi) {
      // On the grid and in range: read exactly as k / 10^decimals, whatever the rounding mode.
      ks[i] = k;
      if (exact !== undefined) exact.push(rat(BigInt(k), scaleD));
    } else {
      const sp = entry ? `${at(i)}.score` : at(i);
      let r = readDecimal(v, sp, 'score');
      const shown = checkScore(r, bounds, sp);
      if (roundInputs) r = rat(shown, scaleD);
      k = Number(shown);
      if (exact === undefined && (!roundInputs || p10 === undefined || shown > BigInt(GRID_MAX) || shown < -BigInt(GRID_MAX)))
        exact = ks.slice(0, i).map((x) => rat(BigInt(x), scaleD));
      if (exact !== undefined) exact.push(r);
      ks[i] = k;
    }
    if (k > maxAbs) maxAbs = k;
    else if (-k > maxAbs) maxAbs = -k;
  }

  if ((methodOpt === 'mean' || methodOpt === 'median') && entryWeights !== undefined)
    throw new KepatuhanError(
      'INVALID_OPTION',
      `scores carry weights but the method is "${methodOpt}", which ignores them; use method: "weightedMean" (or drop the weights)`,
      'options.method',
    );
  const wRaw = weightsOption();
  if ((methodOpt === 'mean' || methodOpt === 'median') && wRaw !== undefined)
    throw new KepatuhanError(
      'INVALID_OPTION',
      `weights were given but the method is "${methodOpt}", which ignores them; use method: "weightedMean" (or drop the weights)`,
      'options.weights',
    );

  // The mean and median on the integer path: sums of at most 10^6 integers below 2^49 / 10^6 · 2^4 stay exact.
  if (exact === undefined && p10 !== undefined && (methodOpt === 'mean' || methodOpt === 'median') && maxAbs * n <= GRID_MAX * 16 && adjustment === undefined) {
    let min = ks[0]!;
    let max = min;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const k = ks[i]!;
      sum += k;
      if (k < min) min = k;
      if (k > max) max = k;
    }
    // The result is num / (den · 10^decimals), both exact safe integers.
    let num = sum;
    let den = n;
    if (methodOpt === 'median') {
      const sorted = Float64Array.from(ks).sort();
      const mid = n >> 1;
      num = n % 2 === 1 ? sorted[mid]! : sorted[mid - 1]! + sorted[mid]!;
      den = n % 2 === 1 ? 1 : 2;
    }
    const whole = den * p10;
    if (whole <= Number.MAX_SAFE_INTEGER) {
      const k = roundDivNumber(num, den, rounding.mode);
      return result(
        BigInt(k),
        k / p10,
        // One correctly rounded division of exact doubles: toNumber of the exact rational.
        num === 0 ? 0 : num / whole,
        n,
        min / p10,
        max / p10,
        methodOpt,
        rounding,
        roundInputs,
        scale,
        followUpGiven,
        followUp,
      );
    }
  }
  const values = exact ?? ks.map((k) => rat(BigInt(k), scaleD));

  let weights: Rational[] | undefined;
  if (methodOpt === 'weightedMean' || (typeof methodOpt === 'function' && (wRaw !== undefined || entryWeights !== undefined))) {
    const wOpt = isArray(wRaw) ? readArray(wRaw, 'options.weights', MAX_SCORES) : wRaw;
    if (wOpt !== undefined && (!isArray(wOpt) || wOpt.length !== list.length))
      throw new KepatuhanError('INVALID_SCORE_WEIGHT', `weights must be an array with one weight per score (${list.length}), got ${describe(wOpt)}`, 'options.weights');
    weights = values.map((_, i) => {
      const raw = wOpt !== undefined ? wOpt[i] : entryWeights?.[i];
      const path = wOpt !== undefined ? index('options.weights', i) : `${at(i)}.weight`;
      if (raw === undefined)
        throw new KepatuhanError('INVALID_SCORE_WEIGHT', 'a weighted mean needs a weight for every score (options.weights or each entry\'s weight)', path);
      const r = readWeight(raw);
      if (r === undefined || r.n < 0n)
        throw new KepatuhanError('INVALID_SCORE_WEIGHT', `a weight must be a finite, non-negative number, decimal or fraction such as "1/9", got ${describe(raw)}`, path);
      return r;
    });
  }

  let min = values[0]!;
  let max = values[0]!;
  for (const v of values) {
    if (cmp(v, min) < 0) min = v;
    if (cmp(v, max) > 0) max = v;
  }

  let result_: Rational;
  let method: AggregateResult['method'];
  if (typeof methodOpt === 'function') {
    method = 'custom';
    const custom = methodOpt as (scores: readonly number[], weights: readonly number[] | undefined) => unknown;
    const out: unknown = callback(custom, [values.map(toNumber), weights?.map(toNumber)], 'options.method', 'the custom aggregation method');
    if (typeof out !== 'number' || !Number.isFinite(out))
      throw new KepatuhanError('INVALID_NUMBER', `the custom aggregation returned ${describe(out)}, not a finite number`, 'options.method');
    result_ = fromNumber(out)!;
    // Means and medians of in-range scores stay in range; a function's result may not
    // (reported at "score", like a result outside the scale always was).
    checkScore(result_, bounds, 'score');
  } else if (methodOpt === 'median') {
    method = 'median';
    const sorted = [...values].sort(cmp);
    const mid = sorted.length >> 1;
    result_ = sorted.length % 2 === 1 ? sorted[mid]! : div(add(sorted[mid - 1]!, sorted[mid]!), fromInt(2));
  } else if (methodOpt === 'weightedMean') {
    method = 'weightedMean';
    let sw = ZERO;
    let s = ZERO;
    values.forEach((v, i) => {
      sw = add(sw, weights![i]!);
      s = add(s, mul(v, weights![i]!));
    });
    if (sw.n === 0n) throw new KepatuhanError('INVALID_SCORE_WEIGHT', 'the weights are all zero', 'options.weights');
    result_ = div(s, sw);
  } else {
    method = 'mean';
    // All inputs share the denominator 10^decimals when rounded: sum numerators directly.
    let s = ZERO;
    for (const v of values) s = add(s, v);
    result_ = div(s, fromInt(values.length));
  }
  let k = roundToScaled(result_, rounding.decimals, rounding.mode);
  let unrounded = toNumber(result_);
  let adjusted: AppliedAdjustment | undefined;
  if (adjustment !== undefined) {
    const before = k;
    const applied = applyAdjustment(k, adjustment, lo);
    k = applied.k;
    // Exact: the corrected mean, not a float subtraction.
    unrounded = toNumber(applied.capped || applied.clamped ? rat(k, scaleD) : sub(result_, rat(adjustment.correction, scaleD)));
    adjusted = appliedRecord(adjustment, before, scale === undefined ? null : classifyExact(rat(before, scaleD), scale, 'score'), applied);
  }
  return result(k, scaledToNumber(k, rounding.decimals), unrounded, values.length, toNumber(min), toNumber(max), method, rounding, roundInputs, scale, followUpGiven, followUp, adjusted);
}

/** The result record, its fields always in the same order. */
function result(
  k: bigint,
  score: number,
  unrounded: number,
  count: number,
  min: number,
  max: number,
  method: AggregateResult['method'],
  rounding: RoundingRule,
  roundedInputs: boolean,
  scale: CompiledScale | undefined,
  followUpGiven: boolean,
  followUp: boolean,
  adjusted?: AppliedAdjustment,
): AggregateResult {
  if (scale === undefined && adjusted === undefined && !followUpGiven) return { score, unrounded, count, min, max, method, rounding, roundedInputs };
  // The rounded score classified on the scale's own grid (the same k when the decimals agree).
  const classification =
    scale === undefined
      ? undefined
      : scale.decimals === rounding.decimals
        ? classifyScaled(k, scale, 'score', followUp)
        : classifyExact(rat(k, pow10(rounding.decimals)), scale, 'score', followUp);
  if (adjusted === undefined && !followUpGiven) return { score, unrounded, count, min, max, method, rounding, roundedInputs, classification: classification! };
  return {
    ...{ score, unrounded, count, min, max, method, rounding, roundedInputs },
    ...(classification !== undefined ? { classification } : {}),
    ...(adjusted !== undefined ? { adjustment: adjusted } : {}),
    ...(followUpGiven ? { followedUpCorrectiveActions: followUp } : {}),
  };
}

/** Bounds, with their grid as numbers, per scale (or none) and rounding: the same for every call of a round. */
interface GridBounds extends ScoreBounds {
  /** `lo`/`hi` as exact integers when within 2^49 (the integer path), else undefined. */
  readonly grid: { readonly lo: number; readonly hi: number } | undefined;
}
const NO_SCALE = {};
const boundsCache = /*#__PURE__*/ new WeakMap<object, Map<string, GridBounds>>();
/** The bounds asked for last (rounding rules are frozen: the same object is the same rule). */
let last: { readonly scale: CompiledScale | undefined; readonly rounding: RoundingRule; readonly bounds: GridBounds } | undefined;

function withGrid(b: ScoreBounds): GridBounds {
  const max = BigInt(GRID_MAX);
  return { ...b, grid: b.lo >= -max && b.hi <= max ? { lo: Number(b.lo), hi: Number(b.hi) } : undefined };
}

/** `scoreBounds(scale, undefined, rounding)`, computed once per scale and rounding. */
function sharedBounds(scale: CompiledScale | undefined, rounding: RoundingRule): GridBounds {
  // A round asks for the same bounds thousands of times in a row.
  if (last !== undefined && last.scale === scale && last.rounding === rounding) return last.bounds;
  const key = scale ?? NO_SCALE;
  let byRounding = boundsCache.get(key);
  if (byRounding === undefined) boundsCache.set(key, (byRounding = new Map()));
  const name = `${rounding.mode} ${rounding.decimals}`;
  let b = byRounding.get(name);
  if (b === undefined) byRounding.set(name, (b = withGrid(scoreBounds(scale, undefined, rounding))));
  last = { scale, rounding, bounds: b };
  return b;
}
