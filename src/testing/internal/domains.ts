/**
 * The answers each indicator of a methodology accepts, as positions 0 … size − 1 in
 * increasing value, and how a position is written as an answer a consumer's code reads.
 *
 * @internal
 */
import { scaledToNumber } from '../../internal/rational.js';
import { requireMethodology } from '../../model/internal/compiledMethodologies.js';
import type { Methodology } from '../../model/methodology.js';
import type { AnswerValue } from '../../scoring/answers.js';

/** One indicator's answers by position. */
export interface IndicatorDomain {
  readonly id: string;
  /** Number of distinct answer values (≥ 2). */
  readonly size: number;
  /** The answer at a position: a number (yes/no as 1/0), or a level key. */
  answer(position: number): AnswerValue;
  /** The answer at a position in grid units above the indicator's minimum (0 … span). */
  units(position: number): number;
}

/** The domains of every indicator, in document order (throws `NOT_DEFINED` for a methodology not defined). */
export function domainsOf(methodology: Methodology): readonly IndicatorDomain[] {
  return requireMethodology(methodology, 'methodology').indicators.map((ind) => {
    const a = ind.answer;
    if (a.levels !== undefined) {
      // Positions run over the distinct values in increasing order; each is written as the
      // first key (in declaration order) that has that value.
      const byUnits = new Map<number, string>();
      for (const [key, units] of a.levels) if (!byUnits.has(units)) byUnits.set(units, key);
      const sorted = [...byUnits.keys()].sort((x, y) => x - y);
      return { id: ind.id, size: sorted.length, answer: (p: number) => byUnits.get(sorted[p]!)!, units: (p: number) => sorted[p]! - a.offset };
    }
    const decimals = Math.round(Math.log10(a.grid));
    return { id: ind.id, size: a.span + 1, answer: (p: number) => scaledToNumber(BigInt(a.offset + p), decimals), units: (p: number) => p };
  });
}

/** Answers keyed by indicator id for positions (`'na'` where a position is −1). */
export function answersAt(domains: readonly IndicatorDomain[], positions: readonly number[]): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  domains.forEach((d, i) => {
    const p = positions[i] ?? 0;
    out[d.id] = p < 0 ? 'na' : d.answer(p);
  });
  return out;
}
