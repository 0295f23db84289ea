/**
 * The contract of every entry point: it takes a defined scale or methodology only (a built-in,
 * or a defineScale / defineMethodology result). A plain spec, or a copy of a defined one
 * (a JSON round trip, a spread), is NOT_DEFINED at the parameter's path; something that is not
 * an object at all is INVALID_TYPE there. Defined ones, and built-ins, still work.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregateBy,
  checkReportedScore,
  classify,
  compare,
  defineMethodology,
  defineScale,
  describeProvenance,
  explain,
  explainReportedSurvey,
  gapToBand,
  governmentGap,
  indicatorOrder,
  isKepatuhanError,
  presets,
  rank,
  replaySensitivityRun,
  scales,
  scoreBatch,
  scoreSurvey,
  scoreUnit,
  sensitivity,
  summarize,
  type Methodology,
  type MethodologySpec,
  type Scale,
  type ScaleSpec,
} from '../../src/index.js';
import { answersArbitrary, assertImplementation, checkImplementation, scoreArbitrary } from '../../src/testing/index.js';
import { thrown } from '../helpers/errors.js';

const scaleSpec: ScaleSpec = {
  id: 'lulus',
  name: 'Lulus',
  min: 0,
  max: 100,
  bands: [
    { category: 'P', label: 'Lulus', min: 60, max: 100 },
    { category: 'F', label: 'Tidak lulus', min: 0, max: 60, maxInclusive: false },
  ],
};
const definedScale = defineScale(scaleSpec);

const methodologySpec: MethodologySpec = {
  id: 'dua',
  name: 'Dua',
  version: '1',
  output: { min: 25, max: 100 },
  scale: scales.skm2017,
  dimensions: [
    {
      id: 'd',
      name: 'D',
      weight: 100,
      variables: [
        {
          id: 'v',
          name: 'V',
          indicators: [
            { id: 'a', name: 'A', weight: 50, answer: { kind: 'interval', min: 1, max: 4 } },
            { id: 'b', name: 'B', weight: 50, answer: { kind: 'interval', min: 1, max: 4 } },
          ],
        },
      ],
    },
  ],
};
const definedMethodology = defineMethodology(methodologySpec);

/** The ways to pass something that is not a defined scale or methodology, and the code each gets. */
function notDefinedScales(): [string, unknown, string][] {
  return [
    ['a plain spec', scaleSpec, 'NOT_DEFINED'],
    ['a JSON round trip of a defined scale', JSON.parse(JSON.stringify(definedScale)), 'NOT_DEFINED'],
    ['a JSON round trip of a built-in', JSON.parse(JSON.stringify(scales.ombudsman2022)), 'NOT_DEFINED'],
    ['a spread copy of a built-in', { ...scales.ombudsman2022 }, 'NOT_DEFINED'],
    ['null', null, 'INVALID_TYPE'],
    ['a scale id', 'ombudsman2022', 'INVALID_TYPE'],
    ['a number', 42, 'INVALID_TYPE'],
  ];
}
function notDefinedMethodologies(): [string, unknown, string][] {
  return [
    ['a plain spec', methodologySpec, 'NOT_DEFINED'],
    ['a JSON round trip of a defined methodology', JSON.parse(JSON.stringify(definedMethodology)), 'NOT_DEFINED'],
    ['a JSON round trip of a preset', JSON.parse(JSON.stringify(presets.ombudsman2022)), 'NOT_DEFINED'],
    ['a spread copy of a preset', { ...presets.ombudsman2022 }, 'NOT_DEFINED'],
    ['null', null, 'INVALID_TYPE'],
    ['a preset id', 'ombudsman2022', 'INVALID_TYPE'],
    ['a number', 42, 'INVALID_TYPE'],
  ];
}

/** Every entry point that takes a scale: the call with the scale, and the path it must be reported at. */
const scaleCalls: [string, string, (s: Scale) => unknown][] = [
  ['classify', 'scale', (s) => classify(70, s)],
  ['aggregate', 'options.scale', (s) => aggregate([70, 80], { scale: s })],
  ['aggregateBy', 'options.scale', (s) => aggregateBy([{ g: 'x', score: 70 }], { groupBy: (u) => u.g, scale: s })],
  ['rank', 'options.scale', (s) => rank([{ id: 'a', score: 70 }], { scale: s })],
  ['summarize', 'options.scale', (s) => summarize([{ score: 70 }], { scale: s })],
  ['compare (scale)', 'options.scale', (s) => compare([{ id: 'a', score: 70 }], [{ id: 'a', score: 75 }], { scale: s })],
  ['compare (previousScale)', 'options.previousScale', (s) => compare([{ id: 'a', score: 70 }], [{ id: 'a', score: 75 }], { previousScale: s, currentScale: scales.ombudsman2022 })],
  ['compare (currentScale)', 'options.currentScale', (s) => compare([{ id: 'a', score: 70 }], [{ id: 'a', score: 75 }], { previousScale: scales.ombudsman2022, currentScale: s })],
  ['checkReportedScore', 'scale', (s) => checkReportedScore({ units: [70, 80], reported: 75, scale: s })],
  ['scoreArbitrary (kepatuhan/testing)', 'scale', (s) => scoreArbitrary(s)],
  ['checkImplementation (kepatuhan/testing)', 'options.scale', (s) => checkImplementation(presets.skm2017, () => 25, { scale: s, numRuns: 1, edgeSearches: 0, seed: 1 })],
];

const unit = scoreUnit(definedMethodology, { a: 2, b: 1 });
const presetUnit = scoreUnit(presets.skm2017, Object.fromEntries(indicatorOrder(presets.skm2017).map((id) => [id, 3])));
const entities = [{ id: 'x', answers: { a: 2, b: 1 } }];
const run = sensitivity(definedMethodology, entities, { runs: 1, seed: 1 }).runs[0]!;

function libraryErrorsOnly(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (isKepatuhanError(e)) throw e;
  }
}

/** Every entry point that takes a methodology (an SKM-shaped survey, so explainReportedSurvey takes it too); `unitOf` gives a unit result of that methodology. */
const methodologyCalls: [string, string, (m: Methodology, unitOf: () => typeof unit) => unknown][] = [
  ['scoreUnit', 'methodology', (m) => scoreUnit(m, { a: 2, b: 1 })],
  ['scoreBatch', 'methodology', (m) => scoreBatch(m, [2, 1])],
  ['scoreSurvey', 'methodology', (m) => scoreSurvey(m, [{ a: 2, b: 1 }])],
  ['explainReportedSurvey', 'options.methodology', (m) => explainReportedSurvey([{ a: 2, b: 1 }], 50, { methodology: m })],
  ['checkReportedScore', 'methodology', (m) => checkReportedScore({ units: [70, 80], reported: 75, methodology: m })],
  ['indicatorOrder', 'methodology', (m) => indicatorOrder(m)],
  ['describeProvenance', 'methodology', (m) => describeProvenance(m)],
  ['explain', 'methodology', (m, unitOf) => explain(m, unitOf())],
  ['gapToBand', 'methodology', (m, unitOf) => gapToBand(m, unitOf(), 'A')],
  ['governmentGap', 'methodology', (m, unitOf) => governmentGap(m, [{ id: 'u', result: unitOf() }])],
  ['sensitivity', 'methodology', (m) => sensitivity(m, entities, { runs: 1 })],
  ['replaySensitivityRun', 'methodology', (m) => replaySensitivityRun(m, entities, run)],
  ['answersArbitrary (kepatuhan/testing)', 'methodology', (m) => answersArbitrary(m)],
  ['checkImplementation (kepatuhan/testing)', 'methodology', (m) => checkImplementation(m, () => 50, { numRuns: 1, edgeSearches: 0, seed: 1 })],
  // A disagreement is thrown as a plain Error; only the library's errors matter here.
  ['assertImplementation (kepatuhan/testing)', 'methodology', (m) => libraryErrorsOnly(() => assertImplementation(m, () => 0, { numRuns: 1, edgeSearches: 0, seed: 1 }))],
];

describe.each(scaleCalls)('%s takes defined scales only', (_name, path, call) => {
  // compare reads a null previousScale or currentScale as absent (the shared `scale` applies).
  const cases = path === 'options.previousScale' || path === 'options.currentScale' ? notDefinedScales().filter(([, v]) => v !== null) : notDefinedScales();
  it.each(cases)(`refuses %s at ${path}`, (_what, value, code) => {
    const e = thrown(() => call(value as Scale));
    expect([e.code, e.path]).toEqual([code, path]);
    expect(e.message.startsWith(`${path}: `)).toBe(true);
    if (code === 'NOT_DEFINED') expect(e.message).toContain('pass defineScale(spec)');
  });

  it('accepts a defineScale result and a built-in', () => {
    expect(() => call(definedScale)).not.toThrow();
    expect(() => call(scales.ombudsman2022)).not.toThrow();
  });
});

describe.each(methodologyCalls)('%s takes defined methodologies only', (_name, path, call) => {
  it.each(notDefinedMethodologies())(`refuses %s at ${path}`, (_what, value, code) => {
    const e = thrown(() => call(value as Methodology, () => unit));
    expect([e.code, e.path]).toEqual([code, path]);
    expect(e.message.startsWith(`${path}: `)).toBe(true);
    if (code === 'NOT_DEFINED') expect(e.message).toContain('pass defineMethodology(spec)');
  });

  it('accepts a defineMethodology result, also one defined again from its JSON', () => {
    expect(() => call(definedMethodology, () => unit)).not.toThrow();
    const again = defineMethodology(JSON.parse(JSON.stringify(definedMethodology)) as MethodologySpec);
    expect(() => call(again, () => scoreUnit(again, { a: 2, b: 1 }))).not.toThrow();
  });

  it('accepts a preset (its other arguments are for another methodology: any refusal comes after the contract check)', () => {
    let error: unknown;
    try {
      call(presets.skm2017, () => presetUnit);
    } catch (e) {
      error = e;
    }
    expect(error === undefined || isKepatuhanError(error)).toBe(true);
    expect(isKepatuhanError(error) ? error.path : 'none').not.toBe(path);
  });
});

describe('the message says what to do', () => {
  it('a plain scale spec in options', () => {
    expect(thrown(() => aggregate([70], { scale: scaleSpec as Scale })).message).toBe(
      'options.scale: not a defined scale: pass defineScale(spec), defined once (built-in scales are already defined)',
    );
  });

  it('a plain methodology spec', () => {
    expect(thrown(() => scoreUnit(methodologySpec as Methodology, {})).message).toBe(
      'methodology: not a defined methodology: pass defineMethodology(spec), defined once (presets are already defined)',
    );
  });

  it('something that is not an object', () => {
    expect(thrown(() => classify(70, null as never)).message).toBe('scale: a scale must be a built-in scale or a defineScale result, got null');
    expect(thrown(() => scoreUnit('skm2017' as never, {})).message).toBe('methodology: a methodology must be a preset or a defineMethodology result, got "skm2017"');
  });

  it('a spec is never read: a throwing getter on it is not called', () => {
    let reads = 0;
    const hostile = new Proxy(scaleSpec, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(thrown(() => classify(70, hostile as Scale)).code).toBe('NOT_DEFINED');
    expect(reads).toBe(0);
  });
});
