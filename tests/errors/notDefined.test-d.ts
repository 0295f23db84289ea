/**
 * Entry points take defined scales and methodologies only, and TypeScript says so: a plain
 * `ScaleSpec` or `MethodologySpec` (written inline, or typed as a spec) does not compile where
 * a `Scale` or `Methodology` is taken, while built-ins and `define…` results do, with their
 * literal types (categories, zones, indicator ids) kept.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  aggregate,
  aggregateBy,
  checkReportedScore,
  compare,
  defineMethodology,
  defineScale,
  describeProvenance,
  explain,
  explainReportedSurvey,
  gapToBand,
  governmentGap,
  indicatorOrder,
  presets,
  rank,
  replaySensitivityRun,
  scales,
  scoreBatch,
  scoreSurvey,
  scoreUnit,
  sensitivity,
  summarize,
  type MethodologySpec,
  type ScaleSpec,
  type SensitivityRun,
  type UnitScore,
} from '../../src/index.js';
import { answersArbitrary, checkImplementation, scoreArbitrary } from '../../src/testing/index.js';

declare const scaleSpec: ScaleSpec;
declare const spec: MethodologySpec;
declare const unit: UnitScore;
declare const run: SensitivityRun;

const literalScale = {
  id: 'lulus',
  name: 'Lulus',
  min: 0,
  max: 100,
  bands: [
    { category: 'P', label: 'Lulus', min: 60, max: 100 },
    { category: 'F', label: 'Gagal', min: 0, max: 60, maxInclusive: false },
  ],
} as const;

const literalMethodology = {
  id: 'dua',
  name: 'Dua',
  version: '1',
  output: { min: 0, max: 100 },
  scale: scales.ombudsman2022,
  dimensions: [{ id: 'd', name: 'D', weight: 100, variables: [{ id: 'v', name: 'V', indicators: [{ id: 'a', name: 'A', weight: 100, answer: { kind: 'yesNo' } }] }] }],
} as const;

describe('a plain scale spec does not compile where a scale is taken', () => {
  it('aggregate, aggregateBy, rank, summarize, compare, checkReportedScore, scoreArbitrary refuse a plain ScaleSpec at compile time', () => {
    // @ts-expect-error a plain spec is not a defined scale
    aggregate([90], { scale: scaleSpec });
    // @ts-expect-error an inline spec is not one either
    aggregate([90], { scale: literalScale });
    // @ts-expect-error a plain spec is not a defined scale
    aggregateBy([{ g: 'a', score: 90 }], { groupBy: (u) => u.g, scale: scaleSpec });
    // @ts-expect-error a plain spec is not a defined scale
    rank([{ id: 'a', score: 90 }], { scale: scaleSpec });
    // @ts-expect-error a plain spec is not a defined scale
    summarize([{ score: 90 }], { scale: scaleSpec });
    // @ts-expect-error a plain spec is not a defined scale
    compare([], [], { previousScale: scaleSpec });
    // @ts-expect-error a plain spec is not a defined scale
    checkReportedScore({ reported: 90, scale: scaleSpec });
    // @ts-expect-error a plain spec is not a defined scale
    scoreArbitrary(scaleSpec);
  });

  it('a defineScale result keeps its literal categories', () => {
    const s = defineScale(literalScale);
    expectTypeOf(aggregate([90], { scale: s }).classification.category).toEqualTypeOf<'P' | 'F'>();
    expectTypeOf(rank([{ id: 'a', score: 90 }], { scale: s })[0]!.classification.category).toEqualTypeOf<'P' | 'F'>();
    expectTypeOf(aggregate([90], { scale: scales.ombudsman2022 }).classification.category).toEqualTypeOf<'A' | 'B' | 'C' | 'D' | 'E'>();
  });
});

describe('a plain methodology spec does not compile where a methodology is taken', () => {
  it('every scoring and analysis function refuses a plain MethodologySpec at compile time', () => {
    // @ts-expect-error a plain spec is not a defined methodology
    scoreUnit(spec, {});
    // @ts-expect-error an inline spec is not one either
    scoreUnit(literalMethodology, {});
    // @ts-expect-error a plain spec is not a defined methodology
    scoreBatch(spec, []);
    // @ts-expect-error a plain spec is not a defined methodology
    scoreSurvey(spec, []);
    // @ts-expect-error a plain spec is not a defined methodology
    explainReportedSurvey([], 90, { methodology: spec });
    // @ts-expect-error a plain spec is not a defined methodology
    checkReportedScore({ reported: 90, methodology: spec });
    // @ts-expect-error a plain spec is not a defined methodology
    indicatorOrder(spec);
    // @ts-expect-error a plain spec is not a defined methodology
    describeProvenance(spec);
    // @ts-expect-error a plain spec is not a defined methodology
    explain(spec, unit);
    // @ts-expect-error a plain spec is not a defined methodology
    gapToBand(spec, unit, 'A');
    // @ts-expect-error a plain spec is not a defined methodology
    governmentGap(spec, []);
    // @ts-expect-error a plain spec is not a defined methodology
    sensitivity(spec, []);
    // @ts-expect-error a plain spec is not a defined methodology
    replaySensitivityRun(spec, [], run);
    // @ts-expect-error a plain spec is not a defined methodology
    answersArbitrary(spec);
    // @ts-expect-error a plain spec is not a defined methodology
    checkImplementation(spec, () => 0);
  });

  it('a defineMethodology result and a preset keep their indicator ids', () => {
    const m = defineMethodology(literalMethodology);
    expectTypeOf(indicatorOrder(m)).toEqualTypeOf<readonly 'a'[]>();
    scoreUnit(m, { a: true });
    // @ts-expect-error an unknown indicator id does not compile
    scoreUnit(m, { b: true });
    expectTypeOf(indicatorOrder(presets.skm2017)[0]).toEqualTypeOf<'persyaratan' | 'prosedur' | 'waktu' | 'biaya' | 'produk' | 'kompetensi' | 'perilaku' | 'sarana' | 'pengaduan' | undefined>();
  });
});
