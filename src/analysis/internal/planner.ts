/**
 * The fewest-answer-steps planner behind `gapToBand` and `governmentGap`.
 *
 * A unit's score is linear in its answers once it is fixed which indicators count
 * (not-applicable ones stay not applicable, so the re-spread shares do not move): raising
 * indicator i by one grid unit adds `share_i × (max − min) / span_i` points exactly. Every
 * gain is kept as a whole number over one common denominator `D`, so the search is exact.
 *
 * - Indicators answered on an even grid (interval, ordinal, yes/no, percent) are "runs" of
 *   equal steps: with j such steps, the most points come from taking the j largest steps
 *   (greedy, best gain first); that is optimal because every step costs one and no step
 *   depends on another.
 * - `levels` indicators step from one level to the next higher distinct level value; the
 *   gains of consecutive steps differ, so they are combined by a grouped-knapsack table
 *   `dp[k]` = most points from at most k level steps.
 *
 * best(T) = max over k of dp[k] + greedy(T − k) is the most points reachable with at most T
 * steps; it never decreases in T, so the fewest steps reaching a needed gain is found by
 * binary search, and the plan at that T has the most points among plans that short.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { div, fromInt, lcm, mul, sub, type Rational } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import { NOT_APPLICABLE_STATUS } from '../../scoring/internal/evaluate.js';
import type { BlockReason } from '../bandGap.js';
import type { UnitState } from './unitState.js';

export interface Limits {
  /** Indicator indices that must not change. */
  readonly locked: ReadonlySet<number>;
  /** Highest answer allowed per indicator index, in grid units. */
  readonly caps: ReadonlyMap<number, number>;
}

interface Run {
  readonly indicator: number;
  /** Gain of one step, × D. */
  readonly gain: bigint;
  readonly count: number;
}

interface Group {
  readonly indicator: number;
  /** Answer (grid units) after t steps, at index t − 1. */
  readonly targets: readonly number[];
  /** Cumulative gain × D after t steps, at index t (gains[0] = 0). */
  readonly gains: readonly bigint[];
}

export interface PlanModel {
  readonly D: bigint;
  readonly runs: readonly Run[];
  /** Steps before run r (length runs + 1). */
  readonly runSteps: readonly number[];
  /** Gain × D before run r (length runs + 1). */
  readonly runGains: readonly bigint[];
  readonly groups: readonly Group[];
  /** Most gain × D from at most k level steps. */
  readonly dp: readonly bigint[];
  /** choice[g][k]: steps taken on group g in the best use of at most k steps over groups 0…g. */
  readonly choice: readonly Int32Array[];
  readonly totalSteps: number;
  /** Gain × D with every improvable indicator at its highest allowed answer. */
  readonly totalGain: bigint;
  readonly blocked: readonly { readonly indicator: number; readonly reason: BlockReason }[];
}

export interface PlannedChange {
  readonly indicator: number;
  readonly steps: number;
  /** Answer after the change, in grid units. */
  readonly to: number;
  /** Gain × D. */
  readonly gain: bigint;
}

/** Largest grouped-knapsack table the planner builds (cells × choices). */
export const MAX_PLAN_WORK = 20_000_000;

export function buildPlanModel(c: CompiledMethodology, state: UnitState, limits: Limits): PlanModel {
  const range = sub(c.hi, c.lo);
  const blocked: { indicator: number; reason: BlockReason }[] = [];
  const per: { indicator: number; unit: Rational; cap: number }[] = [];
  for (const ind of c.indicators) {
    const i = ind.index;
    if (state.counts[i] !== 1) {
      blocked.push({ indicator: i, reason: state.status[i] === NOT_APPLICABLE_STATUS ? 'notApplicable' : 'notCounted' });
      continue;
    }
    const a = ind.answer;
    const top = a.offset + a.span;
    if (limits.locked.has(i)) {
      if (state.units[i]! < top) blocked.push({ indicator: i, reason: 'locked' });
      continue;
    }
    const capRaw = limits.caps.get(i);
    const cap = capRaw === undefined ? top : Math.min(top, capRaw);
    if (cap < top) blocked.push({ indicator: i, reason: 'capped' });
    const share = state.shares[i]!;
    if (cap <= state.units[i]! || share.n === 0n) continue;
    per.push({ indicator: i, unit: div(mul(share, range), fromInt(a.span)), cap });
  }
  let D = 1n;
  for (const p of per) D = lcm(D, p.unit.d);
  const runs: Run[] = [];
  const groups: Group[] = [];
  for (const p of per) {
    const g = p.unit.n * (D / p.unit.d);
    const a = c.indicators[p.indicator]!.answer;
    const cur = state.units[p.indicator]!;
    if (a.levels === undefined) {
      runs.push({ indicator: p.indicator, gain: g, count: p.cap - cur });
    } else {
      const targets = [...new Set(a.levels.values())].filter((u) => u > cur && u <= p.cap).sort((x, y) => x - y);
      if (targets.length === 0) continue;
      groups.push({ indicator: p.indicator, targets, gains: [0n, ...targets.map((t) => g * BigInt(t - cur))] });
    }
  }
  runs.sort((x, y) => (x.gain !== y.gain ? (x.gain > y.gain ? -1 : 1) : x.indicator - y.indicator));
  const runSteps = [0];
  const runGains = [0n];
  for (const r of runs) {
    runSteps.push(runSteps[runSteps.length - 1]! + r.count);
    runGains.push(runGains[runGains.length - 1]! + r.gain * BigInt(r.count));
  }
  const groupSteps = groups.reduce((s, g) => s + g.targets.length, 0);
  const work = groups.reduce((s, g) => s + (groupSteps + 1) * (g.targets.length + 1), 0);
  if (work > MAX_PLAN_WORK)
    throw new KepatuhanError('TOO_LARGE', `planning over ${groups.length} level-answered indicators needs a table of ${work} cells; at most ${MAX_PLAN_WORK} are allowed`, 'methodology');
  let dp: bigint[] = new Array<bigint>(groupSteps + 1).fill(0n);
  const choice: Int32Array[] = [];
  for (const g of groups) {
    const u = g.targets.length;
    const next: bigint[] = new Array<bigint>(groupSteps + 1);
    const ch = new Int32Array(groupSteps + 1);
    for (let k = 0; k <= groupSteps; k++) {
      let best = dp[k]!;
      let bt = 0;
      for (let t = 1; t <= u && t <= k; t++) {
        const v = dp[k - t]! + g.gains[t]!;
        if (v > best) {
          best = v;
          bt = t;
        }
      }
      next[k] = best;
      ch[k] = bt;
    }
    dp = next;
    choice.push(ch);
  }
  const linearSteps = runSteps[runs.length]!;
  return {
    D,
    runs,
    runSteps,
    runGains,
    groups,
    dp,
    choice,
    totalSteps: linearSteps + groupSteps,
    totalGain: runGains[runs.length]! + dp[groupSteps]!,
    blocked,
  };
}

/** Most gain × D from `j` even-grid steps (greedy: largest steps first). */
function linearGain(m: PlanModel, j: number): bigint {
  const R = m.runs.length;
  if (j >= m.runSteps[R]!) return m.runGains[R]!;
  // Largest r with runSteps[r] <= j.
  let lo = 0;
  let hi = R;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.runSteps[mid]! <= j) lo = mid;
    else hi = mid - 1;
  }
  return m.runGains[lo]! + m.runs[lo]!.gain * BigInt(j - m.runSteps[lo]!);
}

/** The best split of at most `T` steps: level steps k and the gain. Ties: fewest level steps. */
function bestSplit(m: PlanModel, T: number): { k: number; gain: bigint } {
  const K = Math.min(T, m.dp.length - 1);
  let best = -1n;
  let bk = 0;
  for (let k = 0; k <= K; k++) {
    const v = m.dp[k]! + linearGain(m, T - k);
    if (v > best) {
      best = v;
      bk = k;
    }
  }
  return { k: bk, gain: best };
}

/** Most gain × D reachable with at most `T` answer steps. */
export function bestGain(m: PlanModel, T: number): bigint {
  return bestSplit(m, T).gain;
}

/** Fewest steps whose best gain × D reaches `need`, or undefined when even every step falls short. */
export function fewestSteps(m: PlanModel, need: bigint): number | undefined {
  if (need <= 0n) return 0;
  if (m.totalGain < need) return undefined;
  let lo = 1;
  let hi = m.totalSteps;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (bestGain(m, mid) >= need) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The plan with the most gain among plans of at most `T` steps, one change per indicator, by gain (desc) then methodology order. */
export function planAt(m: PlanModel, state: UnitState, T: number): PlannedChange[] {
  const { k } = bestSplit(m, T);
  const out: PlannedChange[] = [];
  let j = Math.min(T - k, m.runSteps[m.runs.length]!);
  for (const r of m.runs) {
    if (j === 0) break;
    const s = Math.min(j, r.count);
    j -= s;
    out.push({ indicator: r.indicator, steps: s, to: state.units[r.indicator]! + s, gain: r.gain * BigInt(s) });
  }
  let rest = k;
  for (let g = m.groups.length - 1; g >= 0; g--) {
    const t = m.choice[g]![rest]!;
    if (t > 0) {
      const grp = m.groups[g]!;
      out.push({ indicator: grp.indicator, steps: t, to: grp.targets[t - 1]!, gain: grp.gains[t]! });
    }
    rest -= t;
  }
  return out.sort((a, b) => (a.gain !== b.gain ? (a.gain > b.gain ? -1 : 1) : a.indicator - b.indicator));
}

/** Fewest whole-number `g ≥ 0` with `ok(g)` true, for a predicate that never turns false again as g grows; `ok(hi)` must hold. */
export function leastTrue(hi: bigint, ok: (g: bigint) => boolean): bigint {
  let lo = 0n;
  while (lo < hi) {
    const mid = lo + (hi - lo) / 2n;
    if (ok(mid)) hi = mid;
    else lo = mid + 1n;
  }
  return lo;
}
