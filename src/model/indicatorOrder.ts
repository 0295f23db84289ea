import { compileMethodology } from './internal/compile.js';
import type { Methodology, MethodologySpec } from './methodology.js';

/**
 * The methodology's indicator ids in document order (dimension by dimension, variable by
 * variable): the column order of {@link scoreBatch}'s answer matrix.
 *
 * @param methodology - a defined methodology or a spec (validated on the fly)
 * @returns the indicator ids, frozen
 * @throws {@link KepatuhanError} `INVALID_METHODOLOGY` for a spec with problems
 * @example
 * ```ts
 * import { indicatorOrder, presets } from 'kepatuhan';
 * indicatorOrder(presets.ombudsman2022)[0]; // "input.kompetensi.standarPelayanan"
 * ```
 * @category Model
 */
export function indicatorOrder(methodology: Methodology | MethodologySpec): readonly string[] {
  const c = compileMethodology(methodology);
  return Object.freeze(c.indicators.map((i) => i.id));
}
