/**
 * An independent reference scorer for tests: reads a methodology spec (or a defined
 * methodology) directly and computes a unit's exact score from the formula in the domain
 * reference §2 ("presumed formula"): dimension score = Σ wᵢ · normalisedᵢ over its
 * indicators, unit score = Σ W_d · dimension score, every weight taken as a share of its
 * siblings' sum. An indicator that does not count (not applicable, or missing with the
 * "respread" policy) drops out of its group and the group's remaining weights are used as
 * shares; a group left with nothing (or only zero weights) drops out of its parent in turn.
 *
 * It shares no code with src/ (only types), so agreement with `scoreUnit` is evidence.
 */
import type { AnswerSpec, DimensionSpec, MethodologySpec } from '../../src/index.js';
import { F, fAdd, fDiv, fMul, fromJs, fSub, fSum, parseText, parseWeightText, type Frac } from './exact.js';

/** An indicator's normalised value in [0, 1], or that it does not count. */
export type RefValue = Frac | 'skip';

export interface FlatIndicator {
  readonly id: string;
  readonly answer: AnswerSpec;
  readonly dimension: number;
  readonly variable: number;
  /** Position among all indicators, in document order. */
  readonly index: number;
}

/** Every indicator of a spec in document order. */
export function flatIndicators(spec: Pick<MethodologySpec, 'dimensions'>): FlatIndicator[] {
  const out: FlatIndicator[] = [];
  spec.dimensions.forEach((d, di) =>
    d.variables.forEach((v, vi) => v.indicators.forEach((i) => out.push({ id: i.id, answer: i.answer, dimension: di, variable: vi, index: out.length }))),
  );
  return out;
}

const num = (x: number | string): Frac => (typeof x === 'number' ? fromJs(x) : parseText(x));

/** Weighted mean over the parts that count; undefined when nothing (of positive weight) counts. */
function weightedMean(parts: readonly { weight: Frac; value: Frac | undefined }[]): Frac | undefined {
  const counted = parts.filter((p): p is { weight: Frac; value: Frac } => p.value !== undefined);
  const total = fSum(counted.map((p) => p.weight));
  if (total.n === 0n) return undefined;
  return fDiv(fSum(counted.map((p) => fMul(p.weight, p.value))), total);
}

function variableWeight(v: DimensionSpec['variables'][number]): Frac {
  return v.weight !== undefined ? parseWeightText(v.weight) : fSum(v.indicators.map((i) => parseWeightText(i.weight)));
}

/**
 * The exact unit score, or `undefined` when no indicator counts. `values[i]` belongs to
 * the i-th indicator in document order.
 */
export function referenceScore(spec: Pick<MethodologySpec, 'dimensions' | 'output'>, values: readonly RefValue[]): Frac | undefined {
  let k = 0;
  const dims = spec.dimensions.map((d) => {
    const vars = d.variables.map((v) => {
      const inds = v.indicators.map((i) => {
        const value = values[k++];
        if (value === undefined) throw new Error('too few values');
        return { weight: parseWeightText(i.weight), value: value === 'skip' ? undefined : value };
      });
      return { weight: variableWeight(v), value: weightedMean(inds) };
    });
    return { weight: parseWeightText(d.weight), value: weightedMean(vars) };
  });
  const total = weightedMean(dims);
  if (total === undefined) return undefined;
  const lo = num(spec.output.min);
  const hi = num(spec.output.max);
  return fAdd(lo, fMul(fSub(hi, lo), total));
}

/** Each indicator's share of the whole when every indicator counts (product of the three levels' shares). */
export function referenceShares(spec: Pick<MethodologySpec, 'dimensions'>): Frac[] {
  const out: Frac[] = [];
  const dTotal = fSum(spec.dimensions.map((d) => parseWeightText(d.weight)));
  for (const d of spec.dimensions) {
    const dShare = fDiv(parseWeightText(d.weight), dTotal);
    const vTotal = fSum(d.variables.map(variableWeight));
    for (const v of d.variables) {
      const vShare = fMul(dShare, fDiv(variableWeight(v), vTotal));
      const iTotal = fSum(v.indicators.map((i) => parseWeightText(i.weight)));
      for (const i of v.indicators) out.push(iTotal.n === 0n ? F(0) : fMul(vShare, fDiv(parseWeightText(i.weight), iTotal)));
    }
  }
  return out;
}
