import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { explainReportedSurvey, presets, scoreSurvey } from '../../src/index.js';

const m = presets.skm2017;
const ids = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
const questionnaire = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }).map((as) => Object.fromEntries(ids.map((id, i) => [id, as[i]!])));
const survey = fc.array(questionnaire, { minLength: 1, maxLength: 40 });

test.prop([survey])('the regulation reading is what scoreSurvey gives, index and category', (qs) => {
  const s = scoreSurvey(m, qs);
  const e = explainReportedSurvey(qs, { score: s.score, category: s.classification.category });
  expect(e.consistent).toBe(true);
  expect(e.readings[0]).toMatchObject({ convention: 'regulation', score: s.score, category: s.classification.category });
});

test.prop([survey])('the 0.111 and 0.11 readings are what scoreSurvey gives with that element weight (and NRR decimals)', (qs) => {
  const e = explainReportedSurvey(qs, 50);
  const score = (c: string): number => e.readings.find((r) => r.convention === c)!.score;
  expect(score('weight0111')).toBe(scoreSurvey(m, qs, { elementWeight: '0.111' }).score);
  expect(score('weight0111Nrr3')).toBe(scoreSurvey(m, qs, { elementWeight: '0.111', nrrDecimals: 3 }).score);
  expect(score('weight011')).toBe(scoreSurvey(m, qs, { elementWeight: '0.11' }).score);
});

test.prop([survey])('every reading reproduces its own index and category when they are reported', (qs) => {
  for (const r of explainReportedSurvey(qs, 50).readings) {
    const again = explainReportedSurvey(qs, { score: r.score, ...(r.category !== null ? { category: r.category } : {}) });
    const same = again.readings.find((x) => x.convention === r.convention)!;
    expect(same.reproduces).toBe(true);
    // Either the regulation gives it, or this convention is named among the explanations.
    expect(again.consistent || again.explainedBy.includes(r.convention)).toBe(true);
  }
});

test.prop([survey])('the weight conventions never raise an index: 0.11 ≤ 0.111 readings ≤ the regulation (to rounding)', (qs) => {
  const e = explainReportedSurvey(qs, 50);
  const u = (c: string): number => e.readings.find((r) => r.convention === c)!.unrounded;
  expect(u('weight011')).toBeLessThanOrEqual(u('weight0111'));
  expect(u('weight0111')).toBeLessThanOrEqual(u('regulation'));
});
