/**
 * Builds a built-in methodology without validating it: the trusted construction path of the
 * presets. It reads the weights, answers and structure of a spec known to be valid, computes
 * the same shares and float-integer kernel, and freezes the same methodology (with
 * freeze.ts and kernel.ts, shared with the validator) as compile.ts, then records the
 * compiled form in compiledMethodologies.ts. So importing a preset runs no validation, and a
 * bundle of presets carries none of the validation code (docs/performance.md, "Bundle sizes").
 * Only for the presets: tests/presets/trusted.test.ts proves that every built-in built here
 * equals what defineMethodology makes of the same spec, compiled form included. Anything a
 * user defines goes through defineMethodology and the full validator.
 *
 * @internal
 */
import { compiledScaleOf } from '../../classification/internal/compiledScales.js';
import { index, join, tryDecimal } from '../../internal/input.js';
import { decimalPlaces, fromInt, pow10, ZERO } from '../../internal/rational.js';
import { DEFAULT_ROUNDING } from '../../rounding/rounding.js';
import type { AnswerSpec } from '../answer.js';
import type { Methodology, MethodologySpec } from '../methodology.js';
import type { CompiledAnswer, CompiledDimension, CompiledIndicator, CompiledVariable } from './compiled.js';
import { assembleCompiled } from './assemble.js';
import { readWeight, sumOf } from './weights.js';


/** The compiled answer of a valid answer spec (as compile.ts's checkAnswer returns it). */
function answerOf(a: AnswerSpec): CompiledAnswer {
  switch (a.kind) {
    case 'interval':
    case 'ordinal':
      return Object.freeze({ kind: a.kind, grid: 1, offset: a.min, span: a.max - a.min });
    case 'yesNo':
      return Object.freeze({ kind: a.kind, grid: 1, offset: 0, span: 1 });
    case 'percent': {
      const grid = 10 ** (a.decimals ?? 2);
      return Object.freeze({ kind: a.kind, grid, offset: 0, span: 100 * grid });
    }
    case 'levels': {
      const values = a.levels.map((l) => tryDecimal(l.value)!);
      const gridBig = pow10(Math.max(0, ...values.map((v) => decimalPlaces(v)!)));
      const units = values.map((v) => (v.n * gridBig) / v.d);
      const lo = units.reduce((x, y) => (y < x ? y : x));
      const hi = units.reduce((x, y) => (y > x ? y : x));
      return Object.freeze({
        kind: a.kind,
        grid: Number(gridBig),
        offset: Number(lo),
        span: Number(hi - lo),
        levels: new Map(a.levels.map((l, i) => [l.key, Number(units[i]!)])),
      });
    }
  }
}

/** The methodology a trusted spec defines: as {@link defineMethodology} would return it, unchecked. */
export function trustedMethodology<const Id extends string = string>(spec: MethodologySpec<Id>): Methodology<Id> {
  // A preset's scale is a built-in scale, already compiled by trustedScale.
  const scale = compiledScaleOf(spec.scale)!;
  const lo = tryDecimal(spec.output.min)!;
  const hi = tryDecimal(spec.output.max)!;
  const rounding = spec.rounding === undefined ? DEFAULT_ROUNDING : Object.freeze({ mode: spec.rounding.mode, decimals: spec.rounding.decimals });
  const dimensions: (CompiledDimension & { variables: number[] })[] = [];
  const variables: CompiledVariable[] = [];
  const indicators: CompiledIndicator[] = [];
  const byId = new Map<string, number>();
  spec.dimensions.forEach((d, di) => {
    const dp = index('dimensions', di);
    const dimension = { id: d.id, name: d.name, index: di, weight: readWeight(d.weight)!, variables: [] as number[], shareNumber: 0 };
    dimensions.push(dimension);
    d.variables.forEach((v, vi) => {
      const vp = index(join(dp, 'variables'), vi);
      const members: number[] = [];
      for (const [ii, ind] of v.indicators.entries()) {
        byId.set(ind.id, indicators.length);
        members.push(indicators.length);
        indicators.push({
          id: ind.id,
          name: ind.name,
          index: indicators.length,
          dimension: di,
          variable: variables.length,
          path: index(join(vp, 'indicators'), ii),
          weight: readWeight(ind.weight)!,
          answer: answerOf(ind.answer),
          share: ZERO,
          shareNumber: 0,
        });
      }
      const weight = v.weight !== undefined ? readWeight(v.weight)! : sumOf(members.map((i) => indicators[i]!.weight));
      dimension.variables.push(variables.length);
      variables.push({ id: v.id, name: v.name, index: variables.length, dimension: di, weight, indicators: members, shareNumber: 0 });
    });
  });
  const policy = { total: fromInt(100), tolerance: ZERO, renormalize: spec.weights?.renormalize ?? false };
  const spec0 = spec as unknown as Record<string, unknown>;
  return assembleCompiled({ spec: spec0, policy, rounding, scale, lo, hi, dimensions, variables, indicators, byId }).methodology as Methodology<Id>;
}
