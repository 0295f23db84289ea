/**
 * The compiled form of a methodology: flat arrays the scoring code walks without lookups,
 * and an optional float-integer kernel.
 *
 * @internal
 */
import type { CompiledScale } from '../../classification/internal/compiledScales.js';
import type { Rational } from '../../internal/rational.js';
import type { RoundingRule } from '../../rounding/rounding.js';
import type { AnswerSpec } from '../answer.js';
import type { Methodology } from '../methodology.js';

export interface CompiledAnswer {
  readonly kind: AnswerSpec['kind'];
  /** Answers are read in grid units: value × grid must be a whole number. */
  readonly grid: number;
  /** min × grid. */
  readonly offset: number;
  /** (max − min) × grid, > 0. */
  readonly span: number;
  /** For `levels`: key → grid units. */
  readonly levels?: ReadonlyMap<string, number>;
}

export interface CompiledIndicator {
  readonly id: string;
  readonly name: string;
  readonly index: number;
  readonly dimension: number;
  readonly variable: number;
  readonly path: string;
  readonly weight: Rational;
  readonly answer: CompiledAnswer;
  /** Share of the whole score when every indicator counts (product of the three levels' shares). */
  readonly share: Rational;
  readonly shareNumber: number;
}

export interface CompiledVariable {
  readonly id: string;
  readonly name: string;
  readonly index: number;
  readonly dimension: number;
  /** Declared weight, or the sum of its indicators' weights. */
  readonly weight: Rational;
  readonly indicators: readonly number[];
  readonly shareNumber: number;
}

export interface CompiledDimension {
  readonly id: string;
  readonly name: string;
  readonly index: number;
  readonly weight: Rational;
  readonly variables: readonly number[];
  readonly shareNumber: number;
}

/**
 * Float-integer kernel: with answers `a[i]` in grid units,
 * `N = Σ mult[i]·(a[i] − offset[i])` and `10^decimals · score = (alpha·N + beta) / q`,
 * every intermediate a whole number below 2^53, so the doubles are exact.
 */
export interface Kernel {
  readonly mult: Float64Array;
  readonly offset: Float64Array;
  readonly span: Float64Array;
  readonly grid: Float64Array;
  /** 1 where every whole number in range is a valid answer (grid 1, no gaps between levels) and the range lies within int32. */
  readonly dense: Uint8Array;
  /** True when every indicator is dense: a row can be checked with integer tests alone. */
  readonly allDense: boolean;
  readonly alpha: number;
  readonly beta: number;
  readonly q: number;
}

export interface CompiledMethodology {
  readonly methodology: Methodology;
  readonly indicators: readonly CompiledIndicator[];
  readonly variables: readonly CompiledVariable[];
  readonly dimensions: readonly CompiledDimension[];
  readonly byId: ReadonlyMap<string, number>;
  readonly lo: Rational;
  readonly hi: Rational;
  readonly loNumber: number;
  readonly rangeNumber: number;
  readonly rounding: RoundingRule;
  readonly scale: CompiledScale;
  readonly kernel: Kernel | undefined;
}
