import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { presets, scoreSurvey, scoreUnit } from '../../src/index.js';

const m = presets.skm2017;
const ids = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
const questionnaire = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }).map((as) => Object.fromEntries(ids.map((id, i) => [id, as[i]!])));
const survey = fc.array(questionnaire, { minLength: 1, maxLength: 40 });

test.prop([survey])('the SKM index equals (Σ NRR / 9) × 25, computed independently and rounded half-up', (qs) => {
  const total = BigInt(qs.reduce((s, q) => s + ids.reduce((t, id) => t + q[id]!, 0), 0));
  const n = BigInt(qs.length);
  // (total / n / 9) × 25 in hundredths, half-up: (2 · 2500 · total + 9n) / (2 · 9n)
  const h = (2n * 2500n * total + 9n * n) / (2n * 9n * n);
  expect(scoreSurvey(m, qs).score).toBe(Number(h) / 100);
});

test.prop([survey, fc.integer()])('the order of the questionnaires does not change anything', (qs, seed) => {
  const shuffled = [...qs].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 17 + seed) % 7));
  expect(scoreSurvey(m, shuffled)).toEqual(scoreSurvey(m, qs));
});

test.prop([questionnaire])('a survey of one questionnaire scores the same as scoreUnit of it', (q) => {
  const s = scoreSurvey(m, [q]);
  const u = scoreUnit(m, q);
  expect(s.score).toBe(u.score);
  expect(s.classification).toEqual(u.classification);
});

test.prop([survey])('an element weight of exactly 1/9 reproduces the exact rule when every element is answered', (qs) => {
  expect(scoreSurvey(m, qs, { elementWeight: '1/9' }).score).toBe(scoreSurvey(m, qs).score);
});
