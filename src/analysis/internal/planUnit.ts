/**
 * The plan of one unit towards a target, and helpers shared by `gapToBand` and
 * `governmentGap`.
 *
 * @internal
 */
import { classifyExact } from '../../classification/internal/classifyExact.js';
import type { CompiledScale } from '../../classification/internal/compiledScales.js';
import { add, rat, roundToScaled, scaledToNumber, sub } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import type { BandGap, BandStanding, BlockedIndicator, PlanStep } from '../bandGap.js';
import { describePlan } from './limits.js';
import { fewestSteps, leastTrue, planAt, type PlanModel } from './planner.js';
import { toScaleGrid, type Target } from './target.js';
import { reportedScaled, type UnitState } from './unitState.js';

/** Standing of a reported score `k / 10^decimals`. */
export function standingOf(c: CompiledMethodology, k: bigint): BandStanding {
  const { decimals } = c.rounding;
  const cl = classifyExact(rat(k, 10n ** BigInt(decimals)), c.scale, 'score');
  return { score: scaledToNumber(k, decimals), category: cl.category, zone: cl.zone ?? null };
}

/** `a − b` for values on two decimal grids, exact, floored at 0. */
export function gapPoints(targetK: bigint, scale: CompiledScale, scoreK: bigint, decimals: number): number {
  const d = Math.max(scale.decimals, decimals);
  const diff = sub(rat(targetK, 10n ** BigInt(scale.decimals)), rat(scoreK, 10n ** BigInt(decimals)));
  return diff.n <= 0n ? 0 : scaledToNumber(roundToScaled(diff, d, 'halfUp'), d);
}

/** The blocked list in the caller's terms. */
export function blockedOf(c: CompiledMethodology, model: PlanModel): BlockedIndicator[] {
  return model.blocked.map((b) => ({ id: c.indicators[b.indicator]!.id, name: c.indicators[b.indicator]!.name, reason: b.reason }));
}

/** The plan of one unit towards `t`. */
export function planUnit(c: CompiledMethodology, state: UnitState, model: PlanModel, t: Target): BandGap {
  const { rounding, scale } = c;
  // What the unit would report with `g` more points (× D): rounded, then adjusted like the result.
  const reportedWith = (g: bigint): bigint => reportedScaled(c, state.adjustment, add(state.exact, rat(g, model.D)));
  const ok = (k: bigint): boolean => toScaleGrid(k, rounding, scale) >= t.threshold;
  const bestK = reportedWith(model.totalGain);
  const reached = ok(state.scaled);
  const reachable = reached || ok(bestK);
  let plan: PlanStep[] = [];
  let steps = 0;
  let gain = 0n;
  if (!reached && reachable) {
    const need = leastTrue(model.totalGain, (g) => ok(reportedWith(g)));
    steps = fewestSteps(model, need)!;
    const changes = planAt(model, state, steps);
    gain = changes.reduce((s, x) => s + x.gain, 0n);
    plan = describePlan(c, state, model.D, changes);
  }
  const adj = state.adjustment;
  return {
    methodology: { id: c.methodology.id, version: c.methodology.version },
    target: { category: t.category, zone: t.zone, minScore: scaledToNumber(t.threshold, scale.decimals) },
    current: standingOf(c, state.scaled),
    reached,
    reachable,
    pointsNeeded: gapPoints(t.threshold, scale, state.scaled, rounding.decimals),
    steps,
    pointsGained: scaledToNumber(roundToScaled(rat(gain, model.D), rounding.decimals, rounding.mode), rounding.decimals),
    plan,
    projected: standingOf(c, reportedWith(gain)),
    best: standingOf(c, bestK),
    blocked: blockedOf(c, model),
    adjustment:
      adj === null
        ? null
        : { correction: scaledToNumber(adj.correction, rounding.decimals), cap: adj.cap === undefined ? null : scaledToNumber(adj.cap, rounding.decimals) },
  };
}
