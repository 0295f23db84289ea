/**
 * Shared pieces of the gap analyses: reading `locked` / `caps`, writing answers back in the
 * caller's terms, and describing plans.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, entriesOf, isArray, own, readArray } from '../../internal/input.js';
import { rat, roundToScaled, scaledToNumber } from '../../internal/rational.js';
import type { CompiledIndicator, CompiledMethodology } from '../../model/internal/compiled.js';
import { ANSWERED } from '../../scoring/internal/evaluate.js';
import { answerUnits } from '../../scoring/internal/readAnswers.js';
import type { PlanStep } from '../gapToBand.js';
import type { Limits, PlannedChange } from './planner.js';
import type { UnitState } from './unitState.js';

/** Reads `options.locked` (indicator ids) and `options.caps` (id → highest answer allowed). */
export function readLimits(c: CompiledMethodology, o: Record<string, unknown>, path = 'options'): Limits {
  const locked = new Set<number>();
  const caps = new Map<number, number>();
  const lv = own(o, 'locked', path);
  if (lv !== undefined) {
    if (!isArray(lv)) throw new KepatuhanError('INVALID_OPTION', `locked must be an array of indicator ids, got ${describe(lv)}`, `${path}.locked`);
    readArray(lv, `${path}.locked`, c.indicators.length + 1000).forEach((id: unknown, i: number) => {
      const k = typeof id === 'string' ? c.byId.get(id) : undefined;
      if (k === undefined) throw new KepatuhanError('UNKNOWN_INDICATOR', `the methodology ${c.methodology.id} has no indicator ${describe(id)}`, `${path}.locked[${i}]`);
      locked.add(k);
    });
  }
  const cv = own(o, 'caps', path);
  if (cv !== undefined) {
    const entries = entriesOf(cv, `${path}.caps`);
    if (entries === undefined) throw new KepatuhanError('INVALID_OPTION', `caps must be an object or Map of indicator id → highest answer, got ${describe(cv)}`, `${path}.caps`);
    for (const [id, value] of entries) {
      const p = `${path}.caps[${JSON.stringify(typeof id === 'string' ? id : describe(id))}]`;
      const k = typeof id === 'string' ? c.byId.get(id) : undefined;
      if (k === undefined) throw new KepatuhanError('UNKNOWN_INDICATOR', `the methodology ${c.methodology.id} has no indicator ${describe(id)}`, p);
      const u = answerUnits(value, c.indicators[k]!.answer, `indicator ${JSON.stringify(id)}`, 'cap');
      if (typeof u !== 'number')
        throw new KepatuhanError(
          typeof u === 'object' ? u.code : 'INVALID_ANSWER',
          typeof u === 'object' ? u.message : `the cap for indicator ${JSON.stringify(id)} must be an answer of it (not "na" or blank), got ${describe(value)}`,
          p,
        );
      caps.set(k, u);
    }
  }
  return { locked, caps };
}

/** The answer a caller would write for `units` grid units: a level key, true/false, or a number. */
export function answerOf(ind: CompiledIndicator, units: number): number | string | boolean {
  const a = ind.answer;
  if (a.kind === 'yesNo') return units === 1;
  if (a.levels !== undefined) {
    for (const [key, u] of a.levels) if (u === units) return key;
  }
  return units / a.grid + 0; // + 0: never -0 (a unit result may carry -0)
}

/** Describes planned changes in the caller's terms; points rounded by the methodology's rule. */
export function describePlan(c: CompiledMethodology, state: UnitState, D: bigint, plan: readonly PlannedChange[]): PlanStep[] {
  const { decimals, mode } = c.rounding;
  return plan.map((p) => {
    const ind = c.indicators[p.indicator]!;
    return {
      id: ind.id,
      name: ind.name,
      dimension: c.dimensions[ind.dimension]!.id,
      variable: c.variables[ind.variable]!.id,
      from: state.status[p.indicator] === ANSWERED ? answerOf(ind, state.units[p.indicator]!) : null,
      to: answerOf(ind, p.to),
      steps: p.steps,
      pointsGained: scaledToNumber(roundToScaled(rat(p.gain, D), decimals, mode), decimals),
    };
  });
}
