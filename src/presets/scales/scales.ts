import { ombudsman2013 } from './ombudsman2013.js';
import { ombudsman2022 } from './ombudsman2022.js';
import { ombudsman2025 } from './ombudsman2025.js';
import { pekppp2022 } from './pekppp2022.js';
import { skm2017 } from './skm2017.js';

/**
 * Every built-in classification scale, by id. Each is deeply frozen and equal to what
 * {@link defineScale} makes of its spec (built without running the validator, which the tests
 * run instead). To bundle one scale only, import it by name from `kepatuhan/scales`
 * (`import { ombudsman2022 } from 'kepatuhan/scales'`).
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify('95,31', scales.ombudsman2022).label; // "Kualitas Tertinggi"
 * Object.keys(scales); // ["ombudsman2013", "ombudsman2022", "ombudsman2025", "pekppp2022", "skm2017"]
 * ```
 * @category Scales
 */
export const scales = /*#__PURE__*/ Object.freeze({ ombudsman2013, ombudsman2022, ombudsman2025, pekppp2022, skm2017 });
