/**
 * The compiled form of a methodology whose structure has been read: shares set, the frozen
 * methodology, the integer kernel, remembered by the methodology object. One place for the
 * validator (compile.ts) and the trusted builder of built-ins (trusted.ts), so the two cannot
 * drift apart.
 *
 * @internal
 */
import type { CompiledScale } from '../../classification/internal/compiledScales.js';
import { sub, toNumber, type Rational } from '../../internal/rational.js';
import type { RoundingRule } from '../../rounding/rounding.js';
import type { CompiledDimension, CompiledIndicator, CompiledMethodology, CompiledVariable } from './compiled.js';
import { rememberMethodology } from './compiledMethodologies.js';
import { freezeMethodology } from './freeze.js';
import { buildKernel } from './kernel.js';
import { setShares } from './shares.js';
import type { WeightPolicy } from './weights.js';

/** The parts of a read structure that the compiled form is made of. */
export interface ReadParts {
  readonly spec: Record<string, unknown>;
  readonly policy: WeightPolicy;
  readonly rounding: RoundingRule;
  readonly scale: CompiledScale;
  readonly lo: Rational;
  readonly hi: Rational;
  readonly dimensions: readonly CompiledDimension[];
  readonly variables: readonly CompiledVariable[];
  readonly indicators: CompiledIndicator[];
  readonly byId: ReadonlyMap<string, number>;
}

/** Sets the shares, freezes the methodology and its compiled form, and remembers it. */
export function assembleCompiled(p: ReadParts): CompiledMethodology {
  const { dimensions, variables, indicators, lo, hi, rounding, scale } = p;
  setShares(dimensions, variables, indicators);
  const methodology = freezeMethodology(p.spec, p.policy, rounding, scale);
  return rememberMethodology(
    Object.freeze({
      methodology,
      indicators: Object.freeze(indicators.map((i) => Object.freeze(i))),
      variables: Object.freeze(variables.map((v) => Object.freeze({ ...v, indicators: Object.freeze(v.indicators) }))),
      dimensions: Object.freeze(dimensions.map((d) => Object.freeze({ ...d, variables: Object.freeze(d.variables) }))),
      byId: p.byId,
      lo,
      hi,
      loNumber: toNumber(lo),
      rangeNumber: toNumber(sub(hi, lo)),
      rounding,
      scale,
      kernel: buildKernel(indicators, lo, hi, rounding),
    }),
  );
}
