import * as fc from 'fast-check';
import type { Methodology } from '../model/methodology.js';
import type { AnswerSet } from './checkImplementation.js';
import { answersAt, domainsOf } from './internal/domains.js';

/**
 * Options of {@link answersArbitrary}.
 *
 * @example
 * ```ts
 * import type { AnswersArbitraryOptions } from 'kepatuhan/testing';
 * const o: AnswersArbitraryOptions = { notApplicable: true };
 * ```
 * @category Testing
 */
export interface AnswersArbitraryOptions {
  /** Also answer "na" (never every indicator at once); default false. */
  readonly notApplicable?: boolean;
}

/**
 * Valid answers for one unit of a methodology, keyed by indicator id: every indicator
 * answered with a value its answer spec accepts (numbers for interval, ordinal and percent,
 * 1/0 for yes/no, the level key for `levels`), the extremes included; shrinks towards every
 * answer at its minimum.
 *
 * @param methodology - the methodology (a preset or a `defineMethodology` result)
 * @param options - `notApplicable: true` to mix in "na" answers
 * @returns an arbitrary of answer sets that `scoreUnit` accepts
 * @throws `KepatuhanError` `NOT_DEFINED` when the methodology is not a preset or a `defineMethodology` result
 * @example
 * ```ts
 * import { presets, scoreUnit } from 'kepatuhan';
 * import { answersArbitrary } from 'kepatuhan/testing';
 * import fc from 'fast-check';
 * const [answers] = fc.sample(answersArbitrary(presets.skm2017), { seed: 1, numRuns: 1 });
 * Object.keys(answers ?? {}).length; // 9
 * scoreUnit(presets.skm2017, answers ?? {}).score >= 25; // true
 * ```
 * @category Testing
 */
export function answersArbitrary(methodology: Methodology, options: AnswersArbitraryOptions = {}): fc.Arbitrary<AnswerSet> {
  const domains = domainsOf(methodology);
  const na = options.notApplicable === true;
  const positions = fc.tuple(...domains.map((d) => fc.integer({ min: na ? -1 : 0, max: d.size - 1 })));
  return (na ? positions.filter((p) => p.some((x) => x >= 0)) : positions).map((p) => answersAt(domains, p));
}
