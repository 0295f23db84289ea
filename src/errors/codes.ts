/**
 * Every error and validation code the library uses, with what it means. The codes are
 * stable: match on them, not on messages. docs/errors.md has the same table with examples.
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from 'kepatuhan';
 * ERROR_CODES.WEIGHT_SUM_MISMATCH; // "Sibling weights do not add up to the declared total …"
 * ```
 * @category Errors
 */
export const ERROR_CODES = /*#__PURE__*/ Object.freeze({
  INVALID_TYPE: 'A value has the wrong type (e.g. an object where a number is expected).',
  MISSING_FIELD: 'A required field is absent.',
  INVALID_ID: 'An id is empty, not a string, or longer than 200 characters.',
  DUPLICATE_ID: 'Two items share an id (indicator ids must be unique in the whole methodology).',
  EMPTY_GROUP: 'A methodology, dimension or variable has no children.',
  INVALID_WEIGHT: 'A weight is negative, not finite, or not a decimal.',
  MIXED_VARIABLE_WEIGHTS: 'Some variables of a dimension have weights and others do not.',
  WEIGHT_SUM_MISMATCH: 'Sibling weights do not add up to the declared total within the declared tolerance.',
  ZERO_WEIGHT_GROUP: 'All weights of a group are zero, so it cannot be scored.',
  INVALID_RANGE: 'A range is empty or inverted, a bound is not a number within ±1e15, or a bound has more decimals than its rounding grid.',
  INVALID_ANSWER_KIND: 'An indicator answer kind is unknown or badly specified.',
  INVALID_ROUNDING: 'A rounding rule has an unknown mode or decimals outside 0–20.',
  SCALE_GAP: 'A value on the scale grid falls in no band.',
  SCALE_OVERLAP: 'A value on the scale grid falls in more than one band.',
  SCALE_COVERAGE: 'The bands do not cover the scale range (or reach outside it).',
  SCALE_EMPTY_BAND: 'A band contains no value on the scale grid.',
  SCALE_ZONE:
    "A band names a zone the scale does not declare (or none while the scale declares zones), a zone holds no band or bands that are not adjacent, the zones are not listed best first, or a zone's stated min/max disagree with its bands.",
  SCALE_MISMATCH: "The methodology's scale does not cover its output range.",
  INVALID_METHODOLOGY: 'defineMethodology was given a methodology with problems; see `issues`.',
  INVALID_SCALE: 'A scale has problems; see `issues`.',
  NOT_DEFINED:
    'A scale or methodology was passed that defineScale/defineMethodology did not make (a plain spec, a copy, a JSON round trip): define it once and pass the result; built-ins are already defined.',
  INVALID_NUMBER: 'A number is NaN, ±Infinity, or a string that is not a decimal.',
  VALUE_OUT_OF_RANGE: "A score lies outside its range: the scale's or methodology's, else options.range, else the default 0–100.",
  UNKNOWN_INDICATOR: 'An answer names an indicator the methodology does not have.',
  MISSING_ANSWER: 'An indicator has no answer and the missing policy is "error".',
  INVALID_ANSWER: 'An answer has the wrong type, is off the answer grid, is not a known level, or spells "not applicable" other than "na".',
  ANSWER_OUT_OF_RANGE: "An answer lies outside the indicator's range.",
  NO_APPLICABLE_INDICATORS: 'Every indicator is not applicable or missing, so no score exists.',
  EMPTY_INPUT: 'A list that must have at least one entry is empty.',
  INVALID_OPTION: 'An option has an unknown value or the wrong type.',
  INVALID_SCORE_WEIGHT: 'A weight for a weighted mean is negative or not finite, or all weights are zero.',
  TOO_LARGE: 'The input exceeds a documented size limit.',
  NO_ASSESSMENT_YEAR: 'No assessment round was held that year (Ombudsman: none before 2013 and none in 2020).',
  NO_PRESET_FOR_YEAR: 'A round was held that year, but under a methodology the library does not ship (e.g. PEKPPP before 2022, SKM before 2017).',
  METHODOLOGY_MISMATCH:
    'A unit result does not follow from the methodology given: another methodology or version, a changed breakdown, or a score its answers do not give.',
  UNKNOWN_BAND: 'A target names a category or zone the scale does not have.',
  UNREADABLE_INPUT: 'Reading the input threw (a getter or a Proxy trap failed); the original error is in `cause`.',
  CALLBACK_FAILED: 'A function you passed (a custom aggregation method, tie rule, tie-breaker, groupBy or summary key) threw; its error is in `cause`.',
} as const);

/**
 * A stable error or validation code; see {@link ERROR_CODES} for the meaning of each.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from 'kepatuhan';
 * const code: ErrorCode = 'DUPLICATE_ID';
 * ```
 * @category Errors
 */
export type ErrorCode = keyof typeof ERROR_CODES;
