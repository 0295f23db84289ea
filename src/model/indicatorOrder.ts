import { requireMethodology } from './internal/compiledMethodologies.js';
import type { Methodology} from './methodology.js';

/**
 * The methodology's indicator ids in document order (dimension by dimension, variable by
 * variable): the column order of {@link scoreBatch}'s answer matrix.
 *
 * @param methodology - a defined methodology or a spec (validated on the fly)
 * @returns the indicator ids, frozen, typed as the methodology's id union (see {@link IndicatorIdOf})
 * @throws {@link KepatuhanError} `INVALID_METHODOLOGY` for a spec with problems
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
