import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe } from '../internal/input.js';
import type { Methodology } from '../model/methodology.js';
import { ombudsman2013 } from './ombudsman2013.js';
import { ombudsman2022 } from './ombudsman2022.js';
import { ombudsman2023 } from './ombudsman2023.js';
import { ombudsman2025 } from './ombudsman2025.js';
import { pekppp2022 } from './pekppp2022.js';
import { skm2017 } from './skm2017.js';

/**
 * An assessment family with built-in presets: the Ombudsman RI compliance assessment,
 * KemenPAN-RB's PEKPPP, and the SKM satisfaction survey.
 *
 * @example
 * ```ts
 * import type { Assessment } from 'kepatuhan';
 * const a: Assessment = 'pekppp';
 * ```
 * @category Presets
 */
export type Assessment = 'ombudsman' | 'pekppp' | 'skm';

/**
 * Every assessment family {@link presetForYear} knows.
 *
 * @example
 * ```ts
 * import { ASSESSMENTS } from 'kepatuhan';
 * ASSESSMENTS; // ["ombudsman", "pekppp", "skm"]
 * ```
 * @category Presets
 */
export const ASSESSMENTS: readonly Assessment[] = /*#__PURE__*/ Object.freeze(['ombudsman', 'pekppp', 'skm']);

/** Newest first: the first whose `years.from` ≤ year applies. */
const ERAS: Readonly<Record<Assessment, readonly Methodology[]>> = {
  ombudsman: [ombudsman2025, ombudsman2023, ombudsman2022, ombudsman2013],
  pekppp: [pekppp2022],
  skm: [skm2017],
};

const BEFORE: Readonly<Record<Assessment, string>> = {
  ombudsman: 'the Ombudsman RI compliance assessment started in 2013',
  pekppp: 'PEKPPP before 2022 followed PermenPANRB 17/2017, whose weights are not known, so no preset covers it',
  skm: 'SKM before 2017 followed KepMenPAN 25/2004 (14 elements), which no preset covers',
};

/**
 * The built-in methodology in force in a year: Ombudsman 2013–2021 → `ombudsman2013`,
 * 2022 → `ombudsman2022`, 2023–2024 → `ombudsman2023` (same dimensions, weights and A–E scale;
 * the Input list grew from 5 + 8 to 6 + 9 indicators), 2025 onward → `ombudsman2025`; PEKPPP 2022 onward →
 * `pekppp2022`; SKM 2017 onward → `skm2017`. There was no Ombudsman round in 2020.
 *
 * @param year - a whole year, e.g. `2023`
 * @param assessment - `'ombudsman'` (default), `'pekppp'` or `'skm'`
 * @returns the preset (deeply frozen), the same object as in {@link presets}
 * @throws {@link KepatuhanError} `NO_ASSESSMENT_YEAR` for a year without a round (Ombudsman:
 *   2020 and before 2013); `NO_PRESET_FOR_YEAR` for a year whose methodology is not shipped
 *   (PEKPPP before 2022, SKM before 2017); `INVALID_TYPE` for a year that is not a whole
 *   number; `INVALID_OPTION` for an unknown assessment
 * @example
 * ```ts
 * import { classify, presetForYear } from 'kepatuhan';
 * presetForYear(2019).id; // "ombudsman2013"
 * presetForYear(2022).id; // "ombudsman2022"
 * presetForYear(2023).id; // "ombudsman2023"
 * presetForYear(2024, 'pekppp').id; // "pekppp2022"
 * classify(80.5, presetForYear(2019).scale).label; // "Kepatuhan Sedang"
 * presetForYear(2020); // throws KepatuhanError NO_ASSESSMENT_YEAR
 * ```
 * @category Presets
 */
export function presetForYear(year: number, assessment: Assessment = 'ombudsman'): Methodology {
  if (typeof year !== 'number' || !Number.isSafeInteger(year))
    throw new KepatuhanError('INVALID_TYPE', `year must be a whole number such as 2023, got ${describe(year)}`, 'year');
  if (typeof assessment !== 'string' || !Object.prototype.hasOwnProperty.call(ERAS, assessment))
    throw new KepatuhanError('INVALID_OPTION', `assessment must be one of ${ASSESSMENTS.join(', ')}, got ${describe(assessment)}`, 'assessment');
  if (assessment === 'ombudsman' && year === 2020)
    throw new KepatuhanError('NO_ASSESSMENT_YEAR', 'the Ombudsman RI held no compliance assessment in 2020', 'year');
  for (const m of ERAS[assessment]) if (year >= m.years!.from) return m;
  throw new KepatuhanError(assessment === 'ombudsman' ? 'NO_ASSESSMENT_YEAR' : 'NO_PRESET_FOR_YEAR', `no ${assessment} methodology for ${year}: ${BEFORE[assessment]}`, 'year');
}
