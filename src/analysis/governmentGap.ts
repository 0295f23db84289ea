import { classifyExact } from '../classification/internal/classifyExact.js';
import { checkScore, methodologyBounds } from '../classification/internal/scoreRange.js';
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, index, isArray, isPlainRecord, own, readArray, readDecimal, readOptions, readRounding } from '../internal/input.js';
import { add, rat, roundToScaled, scaledToNumber, toNumber } from '../internal/rational.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { Methodology } from '../model/methodology.js';
import type { RoundingMode, RoundingRule } from '../rounding/rounding.js';
import type { ScoreInput } from '../numbers/ScoreInput.js';
import { readEntityId } from '../ranking/internal/entityFields.js';
import type { UnitScore } from '../scoring/unitScore.js';
import type { BandStanding, BandTarget, BlockedIndicator, GapToBandOptions, PlanStep } from './bandGap.js';
import { blockedOf, gapPoints } from './internal/planUnit.js';
import { describePlan, readLimits } from './internal/limits.js';
import { bestGain, buildPlanModel, leastTrue, planAt, type PlanModel } from './internal/planner.js';
import { nextBand, readTarget, type Target } from './internal/target.js';
import { readUnitResult, reportedScaled, type UnitState } from './internal/unitState.js';

/**
 * A unit of a government: its {@link scoreUnit} result (then its answers can be planned),
 * or only its published score (then it counts in the mean but cannot be planned).
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit, type GovernmentUnit } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const answers = Object.fromEntries(indicatorOrder(m).map((id) => [id, 2])); // every indicator 2 of 3
 * const planned: GovernmentUnit = { id: 'dinsos', name: 'Dinas Sosial', result: scoreUnit(m, answers) };
 * const published: GovernmentUnit = { id: 'pkm-jombang', name: 'Puskesmas Jombang', score: 97.55 };
 * ```
 * @category Analysis
 */
export type GovernmentUnit =
  | { readonly id: string; readonly name?: string; readonly result: UnitScore }
  | { readonly id: string; readonly name?: string; readonly score: ScoreInput };

/**
 * Options of {@link governmentGap}.
 *
 * @example
 * ```ts
 * import type { GovernmentGapOptions } from 'kepatuhan';
 * const o: GovernmentGapOptions = { target: 'A', locked: ['output.persepsi.imbalan'] };
 * ```
 * @category Analysis
 */
export interface GovernmentGapOptions<Id extends string = string> extends GapToBandOptions<Id> {
  /** The band to reach; default the band just above the government's current one. */
  readonly target?: BandTarget;
  /** Rounding of the government's mean; default the methodology's (half-up to 2 decimals for the Ombudsman). */
  readonly rounding?: RoundingMode | Partial<RoundingRule>;
}

/**
 * How much one unit pulls its government's mean down.
 *
 * @example
 * ```ts
 * import type { UnitDrag } from 'kepatuhan';
 * // Kota Cilegon 2024, Dinas Pendidikan dan Kebudayaan (93.46 of 7 units):
 * const d: UnitDrag = { id: 'disdikbud', name: 'Dinas Pendidikan dan Kebudayaan', score: 93.46, drag: 0.93, withoutUnit: 95.62, plannable: false };
 * ```
 * @category Analysis
 */
export interface UnitDrag {
  readonly id: string;
  readonly name: string | null;
  /** The unit's reported score. */
  readonly score: number;
  /**
   * Points of the government's score lost through this unit: `(max − score) / units`. The
   * drags add up to the points the government lost in all (before rounding each).
   */
  readonly drag: number;
  /** The government's score without this unit (`null` for a single unit). */
  readonly withoutUnit: number | null;
  /** Whether the unit came with its answers (a `result`), so a plan can change it. */
  readonly plannable: boolean;
}

/**
 * The changes one unit makes in a government plan.
 *
 * @example
 * ```ts
 * import type { UnitChange } from 'kepatuhan';
 * const u: UnitChange = { id: 'dinsos', name: 'Dinas Sosial', from: 80.5, to: 84.62, steps: 2, plan: [] };
 * ```
 * @category Analysis
 */
export interface UnitChange {
  readonly id: string;
  readonly name: string | null;
  /** The unit's score now. */
  readonly from: number;
  /** Its score after its plan. */
  readonly to: number;
  readonly steps: number;
  readonly plan: readonly PlanStep[];
}

/**
 * The result of {@link governmentGap}.
 *
 * @example
 * ```ts
 * import { governmentGap, indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const dinsos = scoreUnit(m, Object.fromEntries(indicatorOrder(m).map((id) => [id, 2]))); // 66.67
 * const g = governmentGap(m, [{ id: 'dinsos', result: dinsos }, { id: 'pkm-jombang', score: 80 }]); // mean 73.34, C
 * g.drags[0]?.id; // "dinsos": the unit pulling the mean down most
 * g.target?.category; // "B": the next band
 * g.changes; // fewest answer steps, unit by unit, lifting the government to the next band
 * ```
 * @category Analysis
 */
export interface GovernmentGap {
  readonly methodology: { readonly id: string; readonly version: string };
  /** The government's score now: the mean of its units' reported scores. */
  readonly current: BandStanding;
  /** The band to reach, `null` when the government is in the top band and no target was given. */
  readonly target: { readonly category: string | null; readonly zone: string | null; readonly minScore: number } | null;
  readonly reached: boolean;
  readonly reachable: boolean;
  /** `minScore − current.score`, never below 0. */
  readonly pointsNeeded: number;
  /** Units by how much they pull the mean down, most first (ties by id). */
  readonly drags: readonly UnitDrag[];
  /** Total answer steps of the plan over all units. */
  readonly steps: number;
  /** The units that change, in input order; the fewest answer steps in all, then the highest government score. */
  readonly changes: readonly UnitChange[];
  /** The government after the plan. */
  readonly projected: BandStanding;
  /** The best the government can reach (every plannable unit at its best). */
  readonly best: BandStanding;
  /** Indicators that cannot gain points, per plannable unit (units with none are left out). */
  readonly blocked: readonly { readonly unit: string; readonly indicators: readonly BlockedIndicator[] }[];
}

/** Largest total of answer steps over all units the government planner tabulates. */
const MAX_GOVERNMENT_STEPS = 200_000;
const MAX_GOVERNMENT_WORK = 20_000_000;

interface ReadUnit {
  readonly id: string;
  readonly name: string | null;
  readonly scaled: bigint;
  readonly plan?: { readonly state: UnitState; readonly model: PlanModel };
}

/**
 * For a government (or any body scored as the mean of its units, the Ombudsman rule: the mean
 * of the units' two-decimal scores, rounded half-up): which units pull its score down most,
 * and the smallest unit-level changes that lift it into the next band (or a `target`). The
 * plan has the fewest answer steps over all units together, ties broken by the highest
 * resulting government score; each unit's part is itself the best plan of that many steps
 * for that unit (see {@link gapToBand}). Everything is exact, including the rounding of
 * each unit's score and of the mean; a unit result scored with an adjustment keeps it.
 *
 * @param methodology - the methodology the units were scored with (a preset or a {@link defineMethodology} result)
 * @param units - `{ id, name?, result }` with a {@link scoreUnit} result, or `{ id, name?, score }` with a published score only (counted, not planned)
 * @param options - `target`, `rounding` of the mean, `locked` / `caps` (applied to every unit; ids of the methodology's id union, see {@link GapToBandOptions})
 * @returns the {@link GovernmentGap}
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (path `methodology`);
 *   `EMPTY_INPUT` for no units; `INVALID_TYPE` / `INVALID_ID` /
 *   `DUPLICATE_ID` / `MISSING_FIELD` / `INVALID_NUMBER` for a bad unit (path `units[i]…`;
 *   ids as in {@link rank}); `VALUE_OUT_OF_RANGE` for a published score outside the
 *   methodology's output range (path `units[i].score`);
 *   `METHODOLOGY_MISMATCH` for a result of another methodology; `UNKNOWN_BAND`;
 *   `INVALID_OPTION` / `INVALID_ROUNDING`; `TOO_LARGE` when the units have more than
 *   200,000 answer steps to plan over
 * @example
 * ```ts
 * import { governmentGap, presets } from 'kepatuhan';
 * // Kota Cilegon 2024, published unit scores only: who pulls the 95.31 down?
 * const g = governmentGap(presets.ombudsman2022, [
 *   { id: 'pkm-jombang', score: 97.55 }, { id: 'pkm-citangkil-2', score: 97.02 }, { id: 'dinkes', score: 96.29 },
 *   { id: 'disdukcapil', score: 95.22 }, { id: 'dpmptsp', score: 93.98 }, { id: 'dinsos', score: 93.63 },
 *   { id: 'disdikbud', score: 93.46 },
 * ]);
 * g.current.score; // 95.31
 * g.drags[0]; // { id: 'disdikbud', drag: 0.93, withoutUnit: 95.62, … }
 * g.target; // null: A is the top band
 * ```
 * @category Analysis
 */
export function governmentGap<Id extends string>(
  methodology: Methodology<Id>,
  units: readonly GovernmentUnit[],
  options?: GovernmentGapOptions<NoInfer<Id>>,
): GovernmentGap {
  const c = requireMethodology(methodology, 'methodology');
  const o = readOptions(options);
  const rounding = readRounding(own(o, 'rounding', 'options'), 'options.rounding', c.rounding);
  const limits = readLimits(c, o);
  if (!isArray(units)) throw new KepatuhanError('INVALID_TYPE', `units must be an array, got ${describe(units)}`, 'units');
  const list = readArray(units, 'units', 100_000); // read once; holes are undefined units
  if (list.length === 0) throw new KepatuhanError('EMPTY_INPUT', 'a government needs at least one unit', 'units');
  const dm = c.rounding.decimals;
  // A published score outside the methodology's output range would skew the mean and give negative drags.
  const bounds = methodologyBounds(c.lo, c.hi, c.rounding);
  const hiScaled = bounds.hi;
  const seen = new Set<string>();
  const read: ReadUnit[] = list.map((u: unknown, i: number) => {
    const p = index('units', i);
    if (!isPlainRecord(u)) throw new KepatuhanError('INVALID_TYPE', `a unit must be { id, name?, result } or { id, name?, score }, got ${describe(u)}`, p);
    const id = readEntityId(u, p, seen);
    const name = own(u, 'name', p);
    if (name !== undefined && typeof name !== 'string') throw new KepatuhanError('INVALID_TYPE', `name must be a string, got ${describe(name)}`, `${p}.name`);
    const result = own(u, 'result', p);
    if (result !== undefined) {
      const state = readUnitResult(c, result, `${p}.result`);
      return { id, name: name ?? null, scaled: state.scaled, plan: { state, model: buildPlanModel(c, state, limits) } };
    }
    const score = own(u, 'score', p);
    if (score === undefined) throw new KepatuhanError('MISSING_FIELD', 'a unit needs a result (from scoreUnit) or a score', p);
    const scaled = checkScore(readDecimal(score, `${p}.score`, 'score'), bounds, `${p}.score`);
    return { id, name: name ?? null, scaled };
  });

  const n = BigInt(read.length);
  const unitD = 10n ** BigInt(dm);
  const govD = 10n ** BigInt(rounding.decimals);
  const meanScaled = (sum: bigint, count: bigint): bigint => roundToScaled(rat(sum, count * unitD), rounding.decimals, rounding.mode);
  const standing = (sum: bigint): BandStanding => {
    const k = meanScaled(sum, n);
    const cl = classifyExact(rat(k, govD), c.scale, 'score');
    return { score: scaledToNumber(k, rounding.decimals), category: cl.category, zone: cl.zone ?? null };
  };
  const toScale = (sum: bigint): bigint => roundToScaled(rat(meanScaled(sum, n), govD), c.scale.decimals, c.scale.mode);
  const S0 = read.reduce((s, u) => s + u.scaled, 0n);

  // Drags: (max − score) / n, and the mean without the unit.
  const drags: UnitDrag[] = read
    .map((u) => ({
      id: u.id,
      name: u.name,
      score: scaledToNumber(u.scaled, dm),
      drag: scaledToNumber(roundToScaled(rat(hiScaled - u.scaled, n * unitD), rounding.decimals, rounding.mode), rounding.decimals),
      dragExact: hiScaled - u.scaled,
      withoutUnit: read.length > 1 ? scaledToNumber(meanScaled(S0 - u.scaled, n - 1n), rounding.decimals) : null,
      plannable: u.plan !== undefined,
    }))
    .sort((a, b) => (a.dragExact !== b.dragExact ? (a.dragExact > b.dragExact ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ dragExact: _, ...d }) => d);

  const targetOpt = own(o, 'target', 'options');
  const t: Target | undefined = targetOpt !== undefined ? readTarget(c.scale, targetOpt, 'options.target') : nextBand(c.scale, toScale(S0));

  // Each plannable unit's best shown gain (in reporting-grid units) per number of steps, kept where it rises.
  const totalSteps = read.reduce((s, u) => s + (u.plan?.model.totalSteps ?? 0), 0);
  if (totalSteps > MAX_GOVERNMENT_STEPS)
    throw new KepatuhanError('TOO_LARGE', `the units have ${totalSteps} answer steps to plan over; at most ${MAX_GOVERNMENT_STEPS} are allowed`, 'units');
  const choices: { k: number; g: bigint }[][] = read.map((u) => {
    const out = [{ k: 0, g: 0n }];
    if (u.plan === undefined) return out;
    const { state, model } = u.plan;
    let last = 0n;
    for (let k = 1; k <= model.totalSteps; k++) {
      const shown = reportedScaled(c, state.adjustment, add(state.exact, rat(bestGain(model, k), model.D))) - state.scaled;
      if (shown > last) {
        out.push({ k, g: shown });
        last = shown;
      }
    }
    return out;
  });
  const Smax = S0 + choices.reduce((s, ch) => s + ch[ch.length - 1]!.g, 0n);
  const reached = t === undefined || toScale(S0) >= t.threshold;
  const reachable = reached || toScale(Smax) >= t.threshold;

  let picks: number[] = read.map(() => 0);
  let steps = 0;
  if (!reached && reachable) {
    const need = leastTrue(Smax - S0, (x) => toScale(S0 + x) >= t!.threshold);
    const work = choices.reduce((s, ch) => s + ch.length, 0) * (totalSteps + 1);
    if (work > MAX_GOVERNMENT_WORK) throw new KepatuhanError('TOO_LARGE', `planning this government needs ${work} table cells; at most ${MAX_GOVERNMENT_WORK} are allowed`, 'units');
    // dp[T] = most shown gain with at most T steps over the units so far; pick[u][T] = choice index.
    let dp: bigint[] = new Array<bigint>(totalSteps + 1).fill(0n);
    const pick: Int32Array[] = [];
    for (const ch of choices) {
      const next: bigint[] = new Array<bigint>(totalSteps + 1);
      const pk = new Int32Array(totalSteps + 1);
      for (let T = 0; T <= totalSteps; T++) {
        let best = dp[T]!;
        let bi = 0;
        for (let j = 1; j < ch.length && ch[j]!.k <= T; j++) {
          const v = dp[T - ch[j]!.k]! + ch[j]!.g;
          if (v > best) {
            best = v;
            bi = j;
          }
        }
        next[T] = best;
        pk[T] = bi;
      }
      dp = next;
      pick.push(pk);
    }
    let T = 0;
    while (dp[T]! < need) T++;
    picks = new Array<number>(read.length).fill(0);
    let rest = T;
    for (let u = read.length - 1; u >= 0; u--) {
      const j = pick[u]![rest]!;
      picks[u] = j;
      rest -= choices[u]![j]!.k;
    }
    steps = T - rest;
  }

  const changes: UnitChange[] = [];
  let S1 = S0;
  read.forEach((u, i) => {
    const choice = choices[i]![picks[i]!]!;
    if (choice.k === 0 || u.plan === undefined) return;
    const { state, model } = u.plan;
    const plan = planAt(model, state, choice.k);
    const gain = plan.reduce((s, x) => s + x.gain, 0n);
    const to = reportedScaled(c, state.adjustment, add(state.exact, rat(gain, model.D)));
    S1 += to - u.scaled;
    changes.push({
      id: u.id,
      name: u.name,
      from: scaledToNumber(u.scaled, dm),
      to: scaledToNumber(to, dm),
      steps: plan.reduce((s, x) => s + x.steps, 0),
      plan: describePlan(c, state, model.D, plan),
    });
  });

  return {
    methodology: { id: c.methodology.id, version: c.methodology.version },
    current: standing(S0),
    target: t === undefined ? null : { category: t.category, zone: t.zone, minScore: scaledToNumber(t.threshold, c.scale.decimals) },
    reached,
    reachable,
    pointsNeeded: t === undefined ? 0 : gapPoints(t.threshold, c.scale, meanScaled(S0, n), rounding.decimals),
    drags,
    steps,
    changes,
    projected: standing(S1),
    best: standing(Smax),
    blocked: read.flatMap((u) => {
      const b = u.plan === undefined ? [] : blockedOf(c, u.plan.model);
      return b.length === 0 ? [] : [{ unit: u.id, indicators: b }];
    }),
  };
}
