/**
 * The integer path of `aggregateBy`: a group's mean or median computed as `combine` computes
 * it on its integer path (aggregate.ts, src/internal/gridNumber.ts), reading the group's
 * units straight from the round's list, with no per-group arrays, closures or options, and
 * classified by a template copy (gridClassifier.ts).
 *
 * It takes a group only when `combine` would take its integer path: method `'mean'` or
 * `'median'`, no adjustment, every unit a number (or a `{ score }` record without a weight)
 * on the rounding's grid and in range, and the sum within the integer bounds. Anything else —
 * a string, a number with more decimals, a weight, a score out of range, a unit that cannot be
 * read — hands the group to `combine`, which gives the result or the error. Each unit is read
 * once: the units already read are handed over as records holding what was read (a read that
 * threw, as a getter that throws the same error), the rest as given.
 *
 * tests/aggregation/aggregateBy.test-prop.ts compares every result with `aggregate` on each
 * group's units.
 *
 * @internal
 */
import { classifyExact } from '../../classification/internal/classifyExact.js';
import { GRID_MAX, gridOf, gridScale, roundDivNumber } from '../../internal/gridNumber.js';
import { isPlainRecord } from '../../internal/input.js';
import { pow10, rat } from '../../internal/rational.js';
import type { RoundingMode, RoundingRule } from '../../rounding/rounding.js';
import type { AggregateResult, ReadAggregateOptions } from '../aggregate.js';
import type { Classification } from '../../classification/classification.js';
import { gridClassifier } from './gridClassifier.js';

/** The options of a round, as the integer path needs them. */
export interface GridRound {
  readonly p10: number;
  readonly lo: number;
  readonly hi: number;
  readonly mode: RoundingMode;
  readonly median: boolean;
  readonly rounding: RoundingRule;
  readonly roundInputs: boolean;
  /** Classifies a rounded score `k`; undefined without a scale. */
  readonly classify: ((k: number) => Classification) | undefined;
  readonly followUpGiven: boolean;
  readonly followUp: boolean;
}

/** The integer path for these options, or undefined when `combine` would never take its own. */
export function gridRound(opts: ReadAggregateOptions): GridRound | undefined {
  const { rounding, methodOpt, scale, bounds, adjustment, followUp } = opts;
  const p10 = gridScale(rounding.decimals);
  const grid = bounds.grid;
  if ((methodOpt !== 'mean' && methodOpt !== 'median') || adjustment !== undefined || p10 === undefined || grid === undefined) return undefined;
  let classify: ((k: number) => Classification) | undefined;
  if (scale !== undefined) {
    // aggregate.ts `result`: on the scale's own grid when the decimals agree, else exactly.
    const onGrid = scale.decimals === rounding.decimals ? gridClassifier(scale, followUp) : undefined;
    const D = pow10(rounding.decimals);
    classify = onGrid ?? ((k) => classifyExact(rat(BigInt(k), D), scale, 'score', followUp));
  }
  return {
    p10,
    lo: grid.lo,
    hi: grid.hi,
    mode: rounding.mode,
    median: methodOpt === 'median',
    rounding,
    roundInputs: opts.roundInputs,
    classify,
    followUpGiven: opts.followUpGiven,
    followUp,
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The result of the group `list[from] … list[to - 1]`, or,
 * when the group is not for the integer path, its entries for `combine`. `ks` is scratch
 * space of at least `to - from` numbers.
 */
export function groupOnGrid(r: GridRound, list: readonly unknown[], from: number, to: number, ks: Float64Array): AggregateResult | unknown[] {
  const { p10, lo, hi } = r;
  const n = to - from;
  let maxAbs = 0;
  for (let j = 0; j < n; j++) {
    const u = list[from + j];
    let v: unknown = u;
    if (isPlainRecord(u)) {
      // As `combine` reads an entry: own `score`, then own `weight`.
      let hasScore = false;
      let hasWeight = false;
      let w: unknown;
      try {
        hasScore = hasOwn.call(u, 'score');
        v = hasScore ? u['score'] : undefined;
      } catch (e) {
        return handOver(list, from, to, ks, p10, j, throwing('score', e));
      }
      try {
        hasWeight = hasOwn.call(u, 'weight');
        w = hasWeight ? u['weight'] : undefined;
      } catch (e) {
        return handOver(list, from, to, ks, p10, j, throwing('weight', e, hasScore, v));
      }
      if (w !== undefined || typeof v !== 'number') return handOver(list, from, to, ks, p10, j, record(hasScore, v, hasWeight, w));
    } else if (typeof v !== 'number') return handOver(list, from, to, ks, p10, j, u);
    const k = gridOf(v as number, p10);
    if (k === undefined || k < lo || k > hi) return handOver(list, from, to, ks, p10, j, u === v ? u : record(true, v, false, undefined));
    ks[j] = k;
    if (k > maxAbs) maxAbs = k;
    else if (-k > maxAbs) maxAbs = -k;
  }
  // combine's bounds for exact Number sums and quotients.
  if (maxAbs * n > GRID_MAX * 16) return handOver(list, from, to, ks, p10, n, undefined);
  let min = ks[0]!;
  let max = min;
  let num = 0;
  let den = n;
  if (r.median) {
    const sorted = ks.slice(0, n).sort();
    const mid = n >> 1;
    min = sorted[0]!;
    max = sorted[n - 1]!;
    num = n % 2 === 1 ? sorted[mid]! : sorted[mid - 1]! + sorted[mid]!;
    den = n % 2 === 1 ? 1 : 2;
  } else {
    for (let j = 0; j < n; j++) {
      const k = ks[j]!;
      num += k;
      if (k < min) min = k;
      if (k > max) max = k;
    }
  }
  const whole = den * p10;
  if (whole > Number.MAX_SAFE_INTEGER) return handOver(list, from, to, ks, p10, n, undefined);
  const k = roundDivNumber(num, den, r.mode);
  const score = k / p10;
  // One correctly rounded division of exact doubles: toNumber of the exact rational.
  const unrounded = num === 0 ? 0 : num / whole;
  const count = n;
  const minScore = min / p10;
  const maxScore = max / p10;
  const method = r.median ? 'median' : 'mean';
  const { rounding, roundInputs: roundedInputs } = r;
  // aggregate.ts `result`: the same fields in the same order.
  if (r.classify === undefined) {
    if (!r.followUpGiven) return { score, unrounded, count, min: minScore, max: maxScore, method, rounding, roundedInputs };
    return { score, unrounded, count, min: minScore, max: maxScore, method, rounding, roundedInputs, followedUpCorrectiveActions: r.followUp };
  }
  const classification = r.classify(k);
  if (!r.followUpGiven) return { score, unrounded, count, min: minScore, max: maxScore, method, rounding, roundedInputs, classification };
  return { score, unrounded, count, min: minScore, max: maxScore, method, rounding, roundedInputs, classification, followedUpCorrectiveActions: r.followUp };
}

/**
 * The group's entries for `combine`: members before `j` as read (numbers, or `{ score }`
 * records of the number read), member `j` as `at` (what was read of it; with `j === n`, none),
 * the rest as given.
 */
function handOver(list: readonly unknown[], from: number, to: number, ks: Float64Array, p10: number, j: number, at: unknown): unknown[] {
  const n = to - from;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const u = list[from + i];
    // A record read before j held the number ks[i] / p10 (gridOf: exactly, but for -0, read the same).
    out[i] = i < j ? (isPlainRecord(u) ? { score: ks[i]! / p10 } : u) : i === j ? at : u;
  }
  return out;
}

/** A record holding what was read of an entry (own `score` and `weight` only when present). */
function record(hasScore: boolean, v: unknown, hasWeight: boolean, w: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (hasScore) o['score'] = v;
  if (hasWeight) o['weight'] = w;
  return o;
}

/** A record whose `key` throws `error` when read (after `score`, when that was read). */
function throwing(key: 'score' | 'weight', error: unknown, hasScore = false, v?: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (hasScore) o['score'] = v;
  Object.defineProperty(o, key, {
    enumerable: true,
    get() {
      throw error;
    },
  });
  return o;
}
