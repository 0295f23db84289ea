/**
 * kepatuhan/testing — check your own scoring code and your own methodologies against
 * kepatuhan, property-based (needs the optional peer dependency fast-check). The root entry
 * `kepatuhan` never loads this.
 *
 * @packageDocumentation
 * @module kepatuhan/testing
 */

export {
  assertImplementation,
  checkImplementation,
  type AnswerSet,
  type CheckImplementationOptions,
  type ImplementationReport,
  type ImplementationResult,
  type SurveyImplementation,
  type UnitImplementation,
} from './checkImplementation.js';
export {
  assertMethodology,
  checkMethodology,
  METHODOLOGY_INVARIANTS,
  type CheckMethodologyOptions,
  type MethodologyInvariant,
  type MethodologyReport,
  type MethodologyViolation,
} from './checkMethodology.js';
export { answersArbitrary, type AnswersArbitraryOptions } from './answersArbitrary.js';
export { methodologyArbitrary, type MethodologyArbitraryOptions } from './methodologyArbitrary.js';
export { scoreArbitrary } from './scoreArbitrary.js';
