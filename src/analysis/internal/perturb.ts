/**
 * Weight perturbation for `sensitivity`: which weights exist, how a run draws its factors,
 * and how a perturbed methodology is rebuilt (through `defineMethodology`, with
 * `weights.renormalize: true`, so perturbed weights are used as shares of their siblings).
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, index, isArray, isPlainRecord, own, readArray } from '../../internal/input.js';
import { add, decimalPlaces, fromInt, mul, rat, scaledToString, ONE, type Rational } from '../../internal/rational.js';
import { defineMethodology } from '../../model/defineMethodology.js';
import { readWeight } from '../../model/internal/weights.js';
import type { Methodology, MethodologySpec } from '../../model/methodology.js';
import { mulberry32, runSeed, uniformInt } from './prng.js';

export type WeightLevel = 'dimension' | 'variable' | 'indicator';

export interface WeightNode {
  readonly level: WeightLevel;
  readonly id: string;
  readonly weight: Rational;
}

/** Every declared weight, depth first: a dimension, then each of its variables (when weighted) followed by its indicators. */
export function weightNodes(m: Methodology): WeightNode[] {
  const out: WeightNode[] = [];
  for (const d of m.dimensions) {
    out.push({ level: 'dimension', id: d.id, weight: readWeight(d.weight)! });
    for (const v of d.variables) {
      if (v.weight !== undefined) out.push({ level: 'variable', id: v.id, weight: readWeight(v.weight)! });
      for (const i of v.indicators) out.push({ level: 'indicator', id: i.id, weight: readWeight(i.weight)! });
    }
  }
  return out;
}

/** Resolution of the factor draw: factor = 1 + noise · k / STEPS, k uniform in [−STEPS, STEPS]. */
export const STEPS = 1_000_000;

/** Exact text of a weight: a decimal when it has a short one, otherwise a fraction "n/d". */
export function weightText(r: Rational): string {
  const places = decimalPlaces(r);
  if (places !== undefined && places <= 30) return scaledToString((r.n * 10n ** BigInt(places)) / r.d, places);
  return `${r.n}/${r.d}`;
}

export interface DrawnRun {
  readonly seed: number;
  readonly factors: readonly Rational[];
  readonly weights: readonly Rational[];
  readonly aggregation: number;
}

/** Draws run `i`: one factor per perturbed node (in node order), then the aggregation index when there is a choice. */
export function drawRun(nodes: readonly WeightNode[], seed: number, i: number, noise: Rational, levels: ReadonlySet<WeightLevel>, aggregations: number): DrawnRun {
  const s = runSeed(seed, i);
  const next = mulberry32(s);
  const factors: Rational[] = [];
  const weights: Rational[] = [];
  const steps = fromInt(STEPS);
  for (const node of nodes) {
    let f = ONE;
    if (levels.has(node.level)) {
      const k = uniformInt(next, 2 * STEPS + 1) - STEPS;
      f = add(ONE, mul(noise, rat(BigInt(k), steps.n)));
    }
    factors.push(f);
    weights.push(mul(node.weight, f));
  }
  const aggregation = aggregations > 1 ? uniformInt(next, aggregations) : 0;
  return { seed: s, factors, weights, aggregation };
}

/** The methodology with `weights` (one per node, in node order) in place of its own. */
export function perturbedMethodology(m: Methodology, weights: readonly string[], version: string): Methodology {
  let k = 0;
  const take = (): string => weights[k++]!;
  const spec: MethodologySpec = {
    ...m,
    version,
    weights: { total: 100, tolerance: 0, renormalize: true },
    dimensions: m.dimensions.map((d) => {
      const dw = take();
      return {
        ...d,
        weight: dw,
        variables: d.variables.map((v) => {
          const vw = v.weight !== undefined ? take() : undefined;
          return {
            ...v,
            ...(vw !== undefined ? { weight: vw } : {}),
            indicators: v.indicators.map((ind) => ({ ...ind, weight: take() })),
          };
        }),
      };
    }),
  };
  return defineMethodology(spec);
}

/** Reads a run's recorded weights back, checking they belong to `nodes`. */
export function readRunWeights(nodes: readonly WeightNode[], value: unknown, path: string): string[] {
  const list = isArray(value) ? readArray(value, path, 1_000_000) : undefined;
  if (list === undefined || list.length !== nodes.length)
    throw new KepatuhanError('INVALID_OPTION', `run.weights must list the ${nodes.length} weights of the methodology, got ${describe(value)}`, path);
  return list.map((w: unknown, i: number) => {
    const p = index(path, i);
    const node = nodes[i]!;
    if (!isPlainRecord(w) || own(w, 'level', p) !== node.level || own(w, 'id', p) !== node.id)
      throw new KepatuhanError('INVALID_OPTION', `expected the ${node.level} ${JSON.stringify(node.id)} here, got ${describe(w)}`, p);
    const text = own(w, 'weight', p);
    const r = readWeight(text);
    if (typeof text !== 'string' || r === undefined || r.n < 0n)
      throw new KepatuhanError('INVALID_WEIGHT', `weight must be a non-negative decimal or fraction string, got ${describe(text)}`, `${p}.weight`);
    return text;
  });
}
