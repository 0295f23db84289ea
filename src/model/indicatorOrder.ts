import { requireMethodology } from './internal/compiledMethodologies.js';
import type { Methodology } from './methodology.js';

/**
 * The methodology's indicator ids in document order (dimension by dimension, variable by
 * variable): the column order of {@link scoreBatch}'s answer matrix.
 *
 * @param methodology - a preset or a {@link defineMethodology} result
 * @returns the indicator ids, frozen, typed as the methodology's id union (see {@link IndicatorIdOf})
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (a plain spec, a copy), `INVALID_TYPE` for a non-object (path `methodology`)
 * @example
 * ```ts
 * import { indicatorOrder, presets } from 'kepatuhan';
 * indicatorOrder(presets.ombudsman2022)[0]; // "input.kompetensi.standarPelayanan"
 * ```
 * @category Model
 */
export function indicatorOrder<Id extends string>(methodology: Methodology<Id>): readonly Id[] {
  const c = requireMethodology(methodology, 'methodology');
  // The compiled ids are the spec's own, so they are of the spec's id type.
  return Object.freeze(c.indicators.map((i) => i.id as Id));
}
