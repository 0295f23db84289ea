/**
 * kepatuhan — exact, dependency-free scoring of Indonesian public-service compliance
 * assessments (Ombudsman RI Penilaian Kepatuhan, KemenPAN-RB PEKPPP, SKM).
 *
 * @packageDocumentation
 * @module kepatuhan
 */

// Errors
export { ERROR_CODES, type ErrorCode } from './errors/codes.js';
export type { Issue, ValidationResult } from './errors/issue.js';
export { KepatuhanError, isKepatuhanError } from './errors/KepatuhanError.js';

// Numbers
export { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingMode, type RoundingRule } from './rounding/rounding.js';
export type { ScoreInput } from './numbers/ScoreInput.js';
export type { ScoreRange } from './numbers/ScoreRange.js';
export { parseScore } from './numbers/parseScore.js';
export { roundScore } from './numbers/roundScore.js';
export { formatScore, type FormatScoreOptions } from './numbers/formatScore.js';

// Model
export { ANSWER_KINDS, type AnswerSpec, type LevelSpec } from './model/answer.js';
export { CONFIDENCE_LEVELS, type Confidence, type Provenance } from './provenance/provenance.js';
export type {
  DimensionSpec,
  IndicatorIdOf,
  IndicatorSpec,
  Methodology,
  MethodologySpec,
  VariableSpec,
  Weight,
  WeightPolicy,
} from './model/methodology.js';
export { defineMethodology } from './model/defineMethodology.js';
export { validateMethodology } from './model/validateMethodology.js';
export { describeProvenance } from './model/describeProvenance.js';
export type {
  DimensionProvenance,
  ProvenanceEntry,
  ProvenanceReport,
  ProvenanceStatus,
  ProvenanceSubject,
} from './model/provenanceReport.js';
export { indicatorOrder } from './model/indicatorOrder.js';

// Classification
export { CLASSIC_ZONES, ZONES, ZONE_COLORS, type ScaleZone, type Zone, type ZoneSpec } from './classification/zone.js';
export type { Band, BandSpec, Scale, ScaleCategory, ScaleSpec, ScaleSpecCategory, ScaleSpecZoneId, ScaleZoneId } from './classification/scale.js';
export type { OpinionQualifier, OpinionQualifierSpec } from './classification/opinionQualifier.js';
export type { Classification, Classified } from './classification/classification.js';
export { classify, type ClassifyOptions } from './classification/classify.js';
export { defineScale } from './classification/defineScale.js';
export { validateScale } from './classification/validateScale.js';

// Scoring
export {
  MISSING_POLICIES,
  NOT_APPLICABLE,
  type AnswerValue,
  type Answers,
  type AnswersOf,
  type MissingPolicy,
} from './scoring/answers.js';
export type {
  DimensionResult,
  IndicatorResult,
  IndicatorStatus,
  Points,
  UnitScore,
  VariableResult,
} from './scoring/unitScore.js';
export { scoreUnit, type ScoreUnitOptions } from './scoring/scoreUnit.js';
export { scoreBatch, type ScoreBatchOptions } from './scoring/scoreBatch.js';
export type { AppliedAdjustment, ScoreAdjustment } from './scoring/adjustment.js';
export { scoreSurvey, type ScoreSurveyOptions } from './scoring/scoreSurvey.js';
export { explainReportedSurvey } from './scoring/explainReportedSurvey.js';
export {
  SURVEY_CONVENTIONS,
  type ExplainReportedSurveyOptions,
  type ReportedSurvey,
  type ReportedSurveyExplanation,
  type SurveyConvention,
  type SurveyReading,
} from './scoring/reportedSurveyExplanation.js';
export type { SurveyElement, SurveyMissingPolicy, SurveyScore } from './scoring/surveyScore.js';

// Aggregation
export {
  aggregate,
  type AggregateInput,
  type AggregateOptions,
  type AggregateResult,
  type AggregateResultOf,
  type AggregationMethod,
} from './aggregation/aggregate.js';
export { aggregateBy, type AggregateByGroup, type AggregateByOptions } from './aggregation/aggregateBy.js';
export { checkReportedScore } from './aggregation/checkReportedScore.js';
export type {
  CandidateUnitCheck,
  CheckReportedScoreInput,
  GridRange,
  LabelCheck,
  PreviousFigures,
  PreviousYearCheck,
  ReportedFigure,
  ReportedScoreCheck,
  ReportedUnit,
  ScoreCheck,
} from './aggregation/reportedScoreCheck.js';

// Presets
export { scales } from './presets/scales/scales.js';
export { presets } from './presets/presets.js';
export { ASSESSMENTS, presetForYear, type Assessment } from './presets/presetForYear.js';

// Ranking
export { TIE_RULE_NAMES, tieRules, type TiePosition, type TieRule, type TieRuleName } from './ranking/tieRules.js';
export { rank, type RankedEntry, type RankedEntryOf, type RankEntry, type RankOptions } from './ranking/rank.js';

// Analysis
export {
  compare,
  type Change,
  type CompareOptions,
  type ComparedEntity,
  type Comparison,
  type ComparisonOf,
  type MethodologyChange,
  type MethodologyRef,
  type YearStanding,
} from './analysis/compare.js';
export { explain, type Explanation, type GroupLoss, type IndicatorLoss } from './analysis/explain.js';
export { gapToBand } from './analysis/gapToBand.js';
export {
  type BandGap,
  type BandStanding,
  type BandTarget,
  type BlockedIndicator,
  type BlockReason,
  type GapToBandOptions,
  type PlanStep,
} from './analysis/bandGap.js';
export {
  governmentGap,
  type GovernmentGap,
  type GovernmentGapOptions,
  type GovernmentUnit,
  type UnitChange,
  type UnitDrag,
} from './analysis/governmentGap.js';
export {
  summarize,
  type GroupSummary,
  type SummarizeOptions,
  type Summary,
  type SummaryEntry,
  type SummaryKey,
  type SummaryOf,
  type SummaryTable,
  type SummaryTableRow,
} from './analysis/summarize.js';
export { sensitivity } from './analysis/sensitivity.js';
export {
  type PerturbedLevel,
  type RunResult,
  type RunWeight,
  type SensitivityEntity,
  type SensitivityEntityResult,
  type SensitivityOptions,
  type SensitivityResult,
  type SensitivityRun,
} from './analysis/sensitivityResult.js';
export { replaySensitivityRun, type ReplayedRun } from './analysis/replaySensitivityRun.js';
