import { classifyExact } from '../classification/internal/classifyExact.js';
import { add, cmp, mul, rat, roundToScaled, scaledToNumber, sub, ONE, ZERO, type Rational } from '../internal/rational.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { Methodology } from '../model/methodology.js';
import { ANSWERED, normOf, NOT_APPLICABLE_STATUS } from '../scoring/internal/evaluate.js';
import type { UnitScore } from '../scoring/unitScore.js';
import { answerOf } from './internal/limits.js';
import { readUnitResult, reportedScaled } from './internal/unitState.js';

/**
 * Points lost by one dimension or variable of a unit.
 *
 * @example
 * ```ts
 * import type { GroupLoss } from 'kepatuhan';
 * const g: GroupLoss = { id: 'proses', name: 'Proses', nameEn: null, dimension: 'proses', pointsLost: 5.89, maxPoints: 32.37 };
 * ```
 * @category Analysis
 */
export interface GroupLoss {
  readonly id: string;
  /** Official name. */
  readonly name: string;
  /** English name, where the methodology has one. */
  readonly nameEn: string | null;
  /** Id of the dimension (itself, for a dimension). */
  readonly dimension: string;
  /** Points lost, rounded like scores (half-up to 2 decimals for the Ombudsman). */
  readonly pointsLost: number;
  /** Points the node can contribute at most, after not-applicable weight is re-spread. */
  readonly maxPoints: number;
}

/**
 * Points lost by one indicator of a unit: one line of the Ombudsman's "catatan kekurangan".
 *
 * @example
 * ```ts
 * import type { IndicatorLoss } from 'kepatuhan';
 * const i: IndicatorLoss = {
 *   id: 'proses.standar.maklumat', name: 'Substansi Maklumat Pelayanan', nameEn: 'Substance of the service pledge (Maklumat)',
 *   dimension: 'proses', variable: 'proses.standar', status: 'answered', answer: 1, best: 3, stepsToBest: 2,
 *   pointsLost: 1.96, maxPoints: 2.94,
 * };
 * ```
 * @category Analysis
 */
export interface IndicatorLoss {
  readonly id: string;
  /** Official name. */
  readonly name: string;
  /** English name, where the methodology has one. */
  readonly nameEn: string | null;
  /** Id of its dimension. */
  readonly dimension: string;
  /** Id of its variable. */
  readonly variable: string;
  /** `'answered'`, or `'missing'` when a missing answer was scored as zero. */
  readonly status: 'answered' | 'missing';
  /** The answer (number, level key, true/false); `null` when missing. */
  readonly answer: number | string | boolean | null;
  /** The highest answer. */
  readonly best: number | string | boolean;
  /** Answer steps from the answer to the highest one. */
  readonly stepsToBest: number;
  /** Points lost, rounded like scores. */
  readonly pointsLost: number;
  /** Points the indicator can contribute at most (its effective weight × the output range). */
  readonly maxPoints: number;
}

/**
 * The result of {@link explain}: where a unit lost its points, largest first.
 *
 * @example
 * ```ts
 * import { explain, indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * const result = scoreUnit(m, { ...best, 'proses.standar.maklumat': 1 }); // 98.04
 * const e = explain(m, result);
 * e.pointsLost; // 1.96
 * e.indicators.filter((i) => i.pointsLost > 0).map((i) => `${i.name}: −${i.pointsLost}`); // ["Substansi Maklumat Pelayanan: −1.96"]
 * ```
 * @category Analysis
 */
export interface Explanation {
  readonly methodology: { readonly id: string; readonly version: string };
  /** The unit's reported score. */
  readonly score: number;
  readonly category: string;
  readonly zone: string | null;
  /** `output max − score`: the shown points lost in all. */
  readonly pointsLost: number;
  /** Dimensions, most points lost first (ties in methodology order). */
  readonly dimensions: readonly GroupLoss[];
  /** Variables, most points lost first. */
  readonly variables: readonly GroupLoss[];
  /** Counted indicators, most points lost first; those losing nothing come last. */
  readonly indicators: readonly IndicatorLoss[];
  /** Indicators that did not count: not applicable, or missing with their weight re-spread. */
  readonly notCounted: readonly { readonly id: string; readonly name: string; readonly status: 'notApplicable' | 'missing' }[];
  /**
   * Points taken by the adjustment the result carries (scoreUnit's `adjustment` option: the
   * Ombudsman 2023 "variabel substantif" correction and cap), `null` when there is none.
   * `pointsLost` above includes them; the indicator figures do not.
   */
  readonly adjustment: { readonly correction: number; readonly cap: number | null; readonly pointsLost: number } | null;
}

interface Exact<T> {
  readonly lost: Rational;
  readonly order: number;
  readonly make: (pointsLost: number) => T;
}

function sortedByLoss<T>(items: Exact<T>[], round: (r: Rational) => number): T[] {
  return items
    .sort((a, b) => cmp(b.lost, a.lost) || a.order - b.order)
    .map((x) => x.make(round(x.lost)));
}

/**
 * Explains a unit's score as points lost per indicator, variable and dimension, each list
 * sorted by size, with official names — the Ombudsman's "catatan kekurangan" as data.
 *
 * The figures are exact: the unit is re-scored from its breakdown with the methodology's
 * exact weights (re-spreading not-applicable weight as {@link scoreUnit} does), and each
 * figure is then rounded like scores (half-up to 2 decimals for the Ombudsman). Rounded
 * parts need not add up to the rounded total. Points taken by an adjustment the result
 * carries (a correction or cap from scoreUnit's `adjustment` option) are reported apart, in
 * `adjustment`, and included in the total. The methodology is needed because a
 * {@link UnitScore} names its methodology only by id.
 *
 * @param methodology - the methodology the unit was scored with (a preset or a {@link defineMethodology} result)
 * @param unitResult - the unit's {@link scoreUnit} result
 * @returns the {@link Explanation}
 * @throws {@link KepatuhanError} `METHODOLOGY_MISMATCH` when the result was not scored with
 *   this methodology (or its score does not follow from its breakdown); `INVALID_TYPE` for
 *   something that is not a unit result; `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (path `methodology`)
 * @example
 * ```ts
 * import { defineMethodology, explain, scales, scoreUnit } from 'kepatuhan';
 * const m = defineMethodology({
 *   id: 'mini', name: 'Mini', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
 *   dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [
 *     { id: 'a', name: 'Maklumat pelayanan', weight: 60, answer: { kind: 'interval', min: 0, max: 3 } },
 *     { id: 'b', name: 'Sarana pengaduan', weight: 40, answer: { kind: 'interval', min: 0, max: 3 } },
 *   ] }] }],
 * });
 * const e = explain(m, scoreUnit(m, { a: 2, b: 1 })); // score 53.33
 * e.pointsLost; // 46.67
 * e.indicators.map((i) => [i.name, i.pointsLost]); // [["Sarana pengaduan", 26.67], ["Maklumat pelayanan", 20]]
 * ```
 * @category Analysis
 */
export function explain(methodology: Methodology, unitResult: UnitScore): Explanation {
  const c = requireMethodology(methodology, 'methodology');
  const state = readUnitResult(c, unitResult);
  const { decimals, mode } = c.rounding;
  const round = (r: Rational): number => scaledToNumber(roundToScaled(r, decimals, mode), decimals);
  const range = sub(c.hi, c.lo);
  // English names, in the compiled order (dimensions → variables → indicators).
  const m = c.methodology;
  const dimEn = m.dimensions.map((d) => d.nameEn ?? null);
  const varEn = m.dimensions.flatMap((d) => d.variables.map((v) => v.nameEn ?? null));
  const indEn = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.nameEn ?? null)));

  const indLost: Rational[] = [];
  const indMax: Rational[] = [];
  const indicators: Exact<IndicatorLoss>[] = [];
  const notCounted: { id: string; name: string; status: 'notApplicable' | 'missing' }[] = [];
  for (const ind of c.indicators) {
    const i = ind.index;
    const a = ind.answer;
    if (state.counts[i] !== 1) {
      indLost.push(ZERO);
      indMax.push(ZERO);
      notCounted.push({ id: ind.id, name: ind.name, status: state.status[i] === NOT_APPLICABLE_STATUS ? 'notApplicable' : 'missing' });
      continue;
    }
    const max = mul(state.shares[i]!, range);
    const lost = mul(max, sub(ONE, normOf(state.units[i]!, a.offset, a.span)));
    indLost.push(lost);
    indMax.push(max);
    const top = a.offset + a.span;
    const cur = state.units[i]!;
    const stepsToBest = a.levels === undefined ? top - cur : new Set([...a.levels.values()].filter((u) => u > cur)).size;
    const answered = state.status[i] === ANSWERED;
    indicators.push({
      lost,
      order: i,
      make: (pointsLost) => ({
        id: ind.id,
        name: ind.name,
        nameEn: indEn[i] ?? null,
        dimension: c.dimensions[ind.dimension]!.id,
        variable: c.variables[ind.variable]!.id,
        status: answered ? 'answered' : 'missing',
        answer: answered ? answerOf(ind, cur) : null,
        best: answerOf(ind, top),
        stepsToBest,
        pointsLost,
        maxPoints: round(max),
      }),
    });
  }
  const variables: Exact<GroupLoss>[] = [];
  const varTotals = c.variables.map((v) => ({
    lost: v.indicators.reduce((s, i) => add(s, indLost[i]!), ZERO),
    max: v.indicators.reduce((s, i) => add(s, indMax[i]!), ZERO),
    counted: v.indicators.some((i) => state.counts[i] === 1),
  }));
  c.variables.forEach((v, vi) => {
    const t = varTotals[vi]!;
    if (!t.counted) return;
    variables.push({
      lost: t.lost,
      order: vi,
      make: (pointsLost) => ({ id: v.id, name: v.name, nameEn: varEn[vi] ?? null, dimension: c.dimensions[v.dimension]!.id, pointsLost, maxPoints: round(t.max) }),
    });
  });
  const dimensions: Exact<GroupLoss>[] = [];
  c.dimensions.forEach((d, di) => {
    const ts = d.variables.map((vi) => varTotals[vi]!);
    if (!ts.some((t) => t.counted)) return;
    const lost = ts.reduce((s, t) => add(s, t.lost), ZERO);
    const max = ts.reduce((s, t) => add(s, t.max), ZERO);
    dimensions.push({ lost, order: di, make: (pointsLost) => ({ id: d.id, name: d.name, nameEn: dimEn[di] ?? null, dimension: d.id, pointsLost, maxPoints: round(max) }) });
  });
  const shown = rat(state.scaled, 10n ** BigInt(decimals));
  const cl = classifyExact(shown, c.scale, 'unitResult.score');
  return {
    methodology: { id: m.id, version: m.version },
    score: scaledToNumber(state.scaled, decimals),
    category: cl.category,
    zone: cl.zone ?? null,
    pointsLost: round(sub(c.hi, shown)),
    dimensions: sortedByLoss(dimensions, round),
    variables: sortedByLoss(variables, round),
    indicators: sortedByLoss(indicators, round),
    notCounted,
    adjustment:
      state.adjustment === null
        ? null
        : {
            correction: scaledToNumber(state.adjustment.correction, decimals),
            cap: state.adjustment.cap === undefined ? null : scaledToNumber(state.adjustment.cap, decimals),
            pointsLost: scaledToNumber(reportedScaled(c, null, state.exact) - state.scaled, decimals),
          },
  };
}
