/**
 * Freezes a valid methodology spec into the `Methodology` the library hands out.
 *
 * @internal
 */
import type { CompiledScale } from '../../classification/internal/compiledScales.js';
import { copyProvenance } from '../../classification/internal/copyProvenance.js';
import { isArray, isPlainRecord, own } from '../../internal/input.js';
import type { RoundingRule } from '../../rounding/rounding.js';
import type { Methodology } from '../methodology.js';
import type { WeightPolicy } from './weights.js';

/** A deep frozen copy of a valid spec with defaults filled in; unknown fields dropped. */
export function freezeMethodology(spec: Record<string, unknown>, policy: WeightPolicy, rounding: RoundingRule, scale: CompiledScale): Methodology {
  const pick = (obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = own(obj, k);
      // `v === 0` also holds for -0, which JSON cannot keep: copy it as 0.
      if (v !== undefined) out[k] = k === 'provenance' ? copyProvenance(v) : v === 0 ? 0 : v;
    }
    return out;
  };
  const answerCopy = (a: Record<string, unknown>): unknown =>
    Object.freeze({
      ...pick(a, ['kind', 'min', 'max', 'decimals']),
      ...(isArray(own(a, 'levels'))
        ? { levels: Object.freeze((own(a, 'levels') as Record<string, unknown>[]).map((l) => Object.freeze(pick(l, ['key', 'label', 'value'])))) }
        : {}),
    });
  const wp = own(spec, 'weights');
  const years = own(spec, 'years') as Record<string, unknown> | undefined;
  const out = {
    ...pick(spec, ['id', 'name', 'version', 'assessment']),
    ...(years !== undefined ? { years: Object.freeze(pick(years, ['from', 'to'])) } : {}),
    output: Object.freeze(pick(own(spec, 'output') as Record<string, unknown>, ['min', 'max'])),
    weights: Object.freeze({
      total: 100,
      tolerance: 0,
      ...(isPlainRecord(wp) ? pick(wp, ['total', 'tolerance']) : {}),
      renormalize: policy.renormalize,
    }),
    rounding,
    scale: scale.scale,
    dimensions: Object.freeze(
      (own(spec, 'dimensions') as Record<string, unknown>[]).map((d) =>
        Object.freeze({
          ...pick(d, ['id', 'name', 'nameEn', 'weight']),
          variables: Object.freeze(
            (own(d, 'variables') as Record<string, unknown>[]).map((v) =>
              Object.freeze({
                ...pick(v, ['id', 'name', 'nameEn', 'weight']),
                indicators: Object.freeze(
                  (own(v, 'indicators') as Record<string, unknown>[]).map((i) =>
                    Object.freeze({
                      ...pick(i, ['id', 'name', 'nameEn', 'weight']),
                      answer: answerCopy(own(i, 'answer') as Record<string, unknown>),
                      ...pick(i, ['provenance', 'notes']),
                    }),
                  ),
                ),
                ...pick(v, ['provenance', 'notes']),
              }),
            ),
          ),
          ...pick(d, ['provenance', 'notes']),
        }),
      ),
    ),
    ...pick(spec, ['provenance', 'notes']),
  };
  return Object.freeze(out) as unknown as Methodology;
}
