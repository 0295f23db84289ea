import * as fc from 'fast-check';
import type { Scale } from '../classification/scale.js';
import type { AnswerSpec } from '../model/answer.js';
import { defineMethodology } from '../model/defineMethodology.js';
import type { DimensionSpec, IndicatorSpec, Methodology, MethodologySpec, VariableSpec } from '../model/methodology.js';
import { ROUNDING_MODES } from '../rounding/rounding.js';
import { scales } from '../presets/scales/scales.js';

/**
 * Options of {@link methodologyArbitrary}.
 *
 * @example
 * ```ts
 * import type { MethodologyArbitraryOptions } from 'kepatuhan/testing';
 * const o: MethodologyArbitraryOptions = { maxIndicators: 2, kinds: ['ordinal', 'yesNo'] };
 * ```
 * @category Testing
 */
export interface MethodologyArbitraryOptions {
  /** Most dimensions; default 3. */
  readonly maxDimensions?: number;
  /** Most variables per dimension; default 3. */
  readonly maxVariables?: number;
  /** Most indicators per variable; default 4. */
  readonly maxIndicators?: number;
  /** Answer kinds to use; default all five. */
  readonly kinds?: readonly AnswerSpec['kind'][];
}

/** The built-in scales with the output range each belongs to. */
const RANGES: readonly { readonly min: number; readonly max: number; readonly scale: Scale }[] = [
  { min: 0, max: 100, scale: scales.ombudsman2022 },
  { min: 0, max: 100, scale: scales.ombudsman2013 },
  { min: 0, max: 5, scale: scales.pekppp2022 },
  { min: 25, max: 100, scale: scales.skm2017 },
];

const answerSpec = (kinds: readonly AnswerSpec['kind'][]): fc.Arbitrary<AnswerSpec> => {
  const all: Record<AnswerSpec['kind'], fc.Arbitrary<AnswerSpec>> = {
    interval: fc.record({ min: fc.integer({ min: 0, max: 1 }), steps: fc.integer({ min: 1, max: 5 }) }).map(({ min, steps }) => ({ kind: 'interval', min, max: min + steps })),
    ordinal: fc.integer({ min: 2, max: 4 }).map((steps) => ({ kind: 'ordinal', min: 1, max: 1 + steps })),
    yesNo: fc.constant({ kind: 'yesNo' }),
    percent: fc.integer({ min: 0, max: 2 }).map((decimals) => ({ kind: 'percent', decimals })),
    levels: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 4 }).map((quarters) => ({
      kind: 'levels',
      levels: quarters.map((q, i) => ({ key: `level-${i}`, value: q / 4 })),
    })),
  };
  return fc.oneof(...kinds.map((k) => all[k]));
};

/**
 * Weights for a group of siblings, written as exact fractions of 100 (`"300/7"`) that sum
 * to exactly 100, or as the whole-number parts themselves when they already do.
 */
const weightsOf = (parts: readonly number[]): (number | string)[] => {
  const sum = parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => ((p * 100) % sum === 0 ? (p * 100) / sum : `${p * 100}/${sum}`));
};

/**
 * Random valid methodologies for property tests: 1–3 dimensions of 1–3 variables of 1–4
 * indicators, every answer kind, positive weights that sum exactly to 100 in each group of
 * siblings (dimensions, the variables of a dimension, the indicators of a variable)
 * (fractions such as `"100/3"` where needed), one of the built-in scales with its output
 * range (0–100, 0–5 or 25–100), and a rounding mode on the scale's grid. Every methodology it
 * produces passes {@link checkMethodology}.
 *
 * @param options - `maxDimensions`, `maxVariables`, `maxIndicators`, `kinds`
 * @returns an arbitrary of defined methodologies
 * @example
 * ```ts
 * import { scoreUnit } from 'kepatuhan';
 * import { answersArbitrary, methodologyArbitrary } from 'kepatuhan/testing';
 * import fc from 'fast-check';
 * fc.assert(fc.property(methodologyArbitrary().chain((m) => fc.tuple(fc.constant(m), answersArbitrary(m))), ([m, answers]) => {
 *   const s = scoreUnit(m, answers).score;
 *   return s >= Number(m.output.min) && s <= Number(m.output.max);
 * }), { seed: 1, numRuns: 20 });
 * ```
 * @category Testing
 */
export function methodologyArbitrary(options: MethodologyArbitraryOptions = {}): fc.Arbitrary<Methodology> {
  const kinds = options.kinds ?? ['interval', 'ordinal', 'yesNo', 'percent', 'levels'];
  const indicator = fc.record({ part: fc.integer({ min: 1, max: 9 }), answer: answerSpec(kinds) });
  const variable = fc.array(indicator, { minLength: 1, maxLength: options.maxIndicators ?? 4 });
  const dimension = fc.record({
    part: fc.integer({ min: 1, max: 9 }),
    variables: fc.array(fc.record({ part: fc.integer({ min: 1, max: 9 }), indicators: variable }), { minLength: 1, maxLength: options.maxVariables ?? 3 }),
  });
  return fc
    .record({
      range: fc.constantFrom(...RANGES),
      mode: fc.constantFrom(...ROUNDING_MODES),
      dimensions: fc.array(dimension, { minLength: 1, maxLength: options.maxDimensions ?? 3 }),
    })
    .map(({ range, mode, dimensions }) => {
      let n = 0;
      const dimensionWeights = weightsOf(dimensions.map((d) => d.part));
      const dims: DimensionSpec[] = dimensions.map((d, di) => {
        const variableWeights = weightsOf(d.variables.map((v) => v.part));
        return {
        id: `d${di + 1}`,
        name: `Dimension ${di + 1}`,
        weight: dimensionWeights[di]!,
        variables: d.variables.map(({ indicators: inds }, vi): VariableSpec => {
          const weights = weightsOf(inds.map((i) => i.part));
          return {
            id: `d${di + 1}.v${vi + 1}`,
            name: `Variable ${di + 1}.${vi + 1}`,
            weight: variableWeights[vi]!,
            indicators: inds.map((ind, ii): IndicatorSpec => {
              n++;
              return { id: `i${n}`, name: `Indicator ${n}`, weight: weights[ii]!, answer: ind.answer };
            }),
          };
        }),
        };
      });
      const spec: MethodologySpec = {
        id: 'generated',
        name: 'Generated methodology',
        version: '1',
        output: { min: range.min, max: range.max },
        rounding: { mode, decimals: range.scale.decimals },
        scale: range.scale,
        dimensions: dims,
      };
      return defineMethodology(spec);
    });
}
