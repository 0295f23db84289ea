import { describe, expectTypeOf, it } from 'vitest';
import { explainReportedSurvey, SURVEY_CONVENTIONS, type ReportedSurveyExplanation, type SurveyConvention } from '../../src/index.js';

describe('explainReportedSurvey types', () => {
  it('takes an index, a decimal string or { score?, category? }, and returns the explanation', () => {
    expectTypeOf(explainReportedSurvey([], 88.25)).toEqualTypeOf<ReportedSurveyExplanation>();
    explainReportedSurvey([], '88,25');
    explainReportedSurvey([], { score: 88.25, category: 'B' });
    explainReportedSurvey([], { category: 'Baik' }, { conventions: ['weight011'], missing: 'skip', reportedDecimals: 2 });
    expectTypeOf(SURVEY_CONVENTIONS).toEqualTypeOf<readonly SurveyConvention[]>();
    expectTypeOf<ReportedSurveyExplanation['explainedBy'][number]>().toEqualTypeOf<SurveyConvention>();
  });

  it('refuses what is not a report or a convention', () => {
    // @ts-expect-error a boolean is not a reported index
    explainReportedSurvey([], true);
    // @ts-expect-error the category is a string
    explainReportedSurvey([], { category: 2 });
    // @ts-expect-error not a known convention
    explainReportedSurvey([], 90, { conventions: ['exact'] });
  });
});
