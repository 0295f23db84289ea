import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { presets, scales, scoreUnit, type Scale } from '../../src/index.js';
import { answersArbitrary, checkImplementation, checkMethodology, methodologyArbitrary, scoreArbitrary } from '../../src/testing/index.js';
import { referenceImplementation, referenceSurveyImplementation } from './implementations.js';

const SCALES: readonly Scale[] = Object.values(scales);
const scaleArb = fc.constantFrom(...SCALES);

test.prop([scaleArb.chain((s) => fc.tuple(fc.constant(s), scoreArbitrary(s)))])('scoreArbitrary gives reported scores: on the scale\'s two-decimal grid, inside its range', ([s, x]) => {
  expect(x).toBeGreaterThanOrEqual(s.min);
  expect(x).toBeLessThanOrEqual(s.max);
  expect(Number(x.toFixed(s.decimals))).toBe(x);
});

test.prop([scaleArb], { numRuns: 10 })('scoreArbitrary weights the band edges in: every edge and the grid value either side turn up in 3000 draws', (s) => {
  const drawn = new Set(fc.sample(scoreArbitrary(s), { numRuns: 3000, seed: 1 }));
  const step = 10 ** -s.decimals;
  for (const b of s.bands) {
    for (const edge of [b.min, b.max]) {
      for (const x of [edge - step, edge, edge + step].map((v) => Number(v.toFixed(s.decimals))).filter((v) => v >= s.min && v <= s.max)) {
        expect(drawn, `${s.id}: ${x}`).toContain(x);
      }
    }
  }
});

const presetArb = fc.constantFrom(...Object.values(presets));

test.prop([presetArb.chain((m) => fc.tuple(fc.constant(m), answersArbitrary(m, { notApplicable: true })))])(
  'answersArbitrary answers every indicator with a value scoreUnit accepts, and never marks all of them "na"',
  ([m, answers]) => {
    const ids = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
    expect(Object.keys(answers).sort()).toEqual([...ids].sort());
    expect(Object.values(answers).some((a) => a !== 'na')).toBe(true);
    const r = scoreUnit(m, answers);
    expect(r.score).toBeGreaterThanOrEqual(r.range.min);
  },
);

test.prop([methodologyArbitrary()], { numRuns: 30 })('every methodology methodologyArbitrary generates keeps every invariant of checkMethodology', (m) => {
  const r = checkMethodology(m, { seed: 1, numRuns: 15, edgeSearches: 1 });
  expect(r.violations, r.message).toEqual([]);
});

test.prop([methodologyArbitrary()], { numRuns: 30 })(
  'the independent reference scorer (tests/helpers/reference.ts) agrees with kepatuhan on generated methodologies, band edges included',
  (m) => {
    const r = checkImplementation(m, referenceImplementation(m), { seed: 1, numRuns: 20, edgeSearches: 1 });
    expect(r.ok, r.message).toBe(true);
  },
);

test.prop([methodologyArbitrary()], { numRuns: 15 })(
  'the independent reference survey scorer agrees with scoreSurvey on generated methodologies (every answer kind), band edges included',
  (m) => {
    const r = checkImplementation(m, referenceSurveyImplementation(m), { input: 'questionnaires', seed: 1, numRuns: 10, edgeSearches: 1, maxRespondents: 30 });
    expect(r.ok, r.message).toBe(true);
    expect(r.edgeCases).toBeGreaterThan(0);
  },
);

test.prop([methodologyArbitrary({ maxDimensions: 1, maxVariables: 1, maxIndicators: 2, kinds: ['yesNo'] })])('methodologyArbitrary honours its size and kind options', (m) => {
  const inds = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
  expect(m.dimensions).toHaveLength(1);
  expect(inds.length).toBeLessThanOrEqual(2);
  expect(inds.every((i) => i.answer.kind === 'yesNo')).toBe(true);
});
