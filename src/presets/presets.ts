import { ombudsman2022 } from './ombudsman2022.js';

/**
 * Every built-in methodology, by id. Each is defined (validated, compiled) and deeply
 * frozen; its `scale` is the matching entry of {@link scales}.
 *
 * @example
 * ```ts
 * import { presets, scoreUnit } from 'kepatuhan';
 * presets.ombudsman2022.scale.bands.map((b) => b.category); // ["A", "B", "C", "D", "E"]
 * ```
 * @category Presets
 */
export const presets = Object.freeze({ ombudsman2022 });
