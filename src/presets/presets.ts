import { ombudsman2013 } from './ombudsman2013.js';
import { ombudsman2022 } from './ombudsman2022.js';
import { ombudsman2023 } from './ombudsman2023.js';
import { ombudsman2025 } from './ombudsman2025.js';
import { pekppp2022 } from './pekppp2022.js';
import { skm2017 } from './skm2017.js';

/**
 * Every built-in methodology, by id: `ombudsman2013` (2013–2021, zones only), `ombudsman2022`
 * (2022, A–E), `ombudsman2023` (2023–2024, A–E, the longer Input list), `ombudsman2025`
 * (from 2025, with public trust), `pekppp2022` (KemenPAN-RB index on 0–5), `skm2017`
 * (satisfaction survey on 25–100). Each is compiled and deeply frozen, equal to what
 * {@link defineMethodology} makes of its spec (built without running the validator, which the
 * tests run instead); to bundle one preset only, import it by name from `kepatuhan/presets`
 * (`import { ombudsman2022 } from 'kepatuhan/presets'`). Its `scale` is an entry of {@link scales} (`ombudsman2022` and `ombudsman2023` share the A–E
 * scale `scales.ombudsman2022`). Every weight, threshold and label carries its `provenance`;
 * {@link describeProvenance} lists which are official and which are assumed.
 * {@link presetForYear} picks one by year.
 *
 * @example
 * ```ts
 * import { presets, scoreUnit } from 'kepatuhan';
 * presets.ombudsman2022.scale.bands.map((b) => b.category); // ["A", "B", "C", "D", "E"]
 * Object.keys(presets); // ["ombudsman2013", "ombudsman2022", "ombudsman2023", "ombudsman2025", "pekppp2022", "skm2017"]
 * ```
 * @category Presets
 */
export const presets = /*#__PURE__*/ Object.freeze({ ombudsman2013, ombudsman2022, ombudsman2023, ombudsman2025, pekppp2022, skm2017 });
