/**
 * kepatuhan/scales — each built-in classification scale as its own named export, so a page
 * that classifies on one scale bundles that scale alone (the root entry's `scales` object
 * holds all five). The same objects as `scales.<id>` in the root entry.
 *
 * @example
 * ```ts
 * import { classify } from 'kepatuhan';
 * import { ombudsman2022 } from 'kepatuhan/scales';
 * classify('95,31', ombudsman2022).label; // "Kualitas Tertinggi"
 * ```
 *
 * @packageDocumentation
 * @module kepatuhan/scales
 */

export { ombudsman2013 } from './ombudsman2013.js';
export { ombudsman2022 } from './ombudsman2022.js';
export { ombudsman2025 } from './ombudsman2025.js';
export { pekppp2022 } from './pekppp2022.js';
export { skm2017 } from './skm2017.js';
