/**
 * kepatuhan/presets — each built-in methodology as its own named export, so a page that
 * scores with one preset bundles that preset (and its scale) alone (the root entry's
 * `presets` object holds all six). The same objects as `presets.<id>` in the root entry.
 *
 * @example
 * ```ts
 * import { scoreUnit } from 'kepatuhan';
 * import { skm2017 } from 'kepatuhan/presets';
 * const answers = Object.fromEntries(skm2017.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => [i.id, 4]))));
 * scoreUnit(skm2017, answers).score; // 100
 * ```
 *
 * @packageDocumentation
 * @module kepatuhan/presets
 */

export { ombudsman2013 } from './ombudsman2013.js';
export { ombudsman2022 } from './ombudsman2022.js';
export { ombudsman2023 } from './ombudsman2023.js';
export { ombudsman2025 } from './ombudsman2025.js';
export { pekppp2022 } from './pekppp2022.js';
export { skm2017 } from './skm2017.js';
