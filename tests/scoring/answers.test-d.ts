import { describe, expectTypeOf, it } from 'vitest';
import {
  checkReportedScore,
  describeProvenance,
  explain,
  gapToBand,
  governmentGap,
  indicatorOrder,
  presets,
  scoreBatch,
  scoreSurvey,
  scoreUnit,
  type AnswerValue,
  type Answers,
  type AnswersOf,
  type GapToBandOptions,
  type IndicatorIdOf,
  type Methodology,
  type UnitScore,
} from '../../src/index.js';

type SkmId = 'persyaratan' | 'prosedur' | 'waktu' | 'biaya' | 'produk' | 'kompetensi' | 'perilaku' | 'sarana' | 'pengaduan';

describe('a preset\'s indicator ids are a literal union', () => {
  it('scoreUnit on a preset refuses an unknown indicator id (every preset)', () => {
    scoreUnit(presets.ombudsman2022, { 'input.kompetensi.standarPelayanan': 3 });
    // @ts-expect-error no such indicator in ombudsman2022
    scoreUnit(presets.ombudsman2022, { 'no.such.indicator': 3 });
    // @ts-expect-error the 2023-only recommendations indicator is not in the 2022 list
    scoreUnit(presets.ombudsman2022, { 'input.kompetensi.rekomendasi': 3 });
    scoreUnit(presets.ombudsman2023, { 'input.kompetensi.rekomendasi': 3 });
    // @ts-expect-error no such indicator in ombudsman2023
    scoreUnit(presets.ombudsman2023, { 'no.such.indicator': 3 });
    scoreUnit(presets.pekppp2022, { 'sdm.budayaPelayanan': 5 });
    // @ts-expect-error the old numbered PEKPPP ids are gone
    scoreUnit(presets.pekppp2022, { 'kebijakan.1': 5 });
    scoreUnit(presets.ombudsman2013, { 'penyampaian.biaya': false });
    // @ts-expect-error no such indicator in ombudsman2013
    scoreUnit(presets.ombudsman2013, { 'no.such.indicator': true });
    scoreUnit(presets.ombudsman2025, { 'kepercayaan.survei.indeks': 80, 'input.kompetensi.standarPelayanan': 3 });
    // @ts-expect-error no such indicator in ombudsman2025
    scoreUnit(presets.ombudsman2025, { 'no.such.indicator': 3 });
    scoreUnit(presets.skm2017, { persyaratan: 4 });
    // @ts-expect-error a typo: 'persyaratn'
    scoreUnit(presets.skm2017, { persyaratn: 4 });
  });

  it('IndicatorIdOf names the union, and indicatorOrder returns it', () => {
    expectTypeOf<IndicatorIdOf<typeof presets.skm2017>>().toEqualTypeOf<SkmId>();
    expectTypeOf(indicatorOrder(presets.skm2017)).toEqualTypeOf<readonly SkmId[]>();
    expectTypeOf<'sdm.budayaPelayanan'>().toMatchTypeOf<IndicatorIdOf<typeof presets.pekppp2022>>();
    expectTypeOf<'input.kompetensi.standarPelayanan'>().toMatchTypeOf<IndicatorIdOf<typeof presets.ombudsman2022>>();
    expectTypeOf<string>().not.toMatchTypeOf<IndicatorIdOf<typeof presets.ombudsman2022>>();
    expectTypeOf<IndicatorIdOf<typeof presets.ombudsman2013>>().toExtend<`${'penyampaian' | 'pengelolaan' | 'pendukung'}.${string}`>();
    expectTypeOf<'pendukung.maklumat'>().toExtend<IndicatorIdOf<typeof presets.ombudsman2013>>();
    expectTypeOf<'output.sekunder.bps' | 'kepercayaan.survei.indeks'>().toExtend<IndicatorIdOf<typeof presets.ombudsman2025>>();
    expectTypeOf<'output.persepsi.imbalan'>().not.toExtend<IndicatorIdOf<typeof presets.ombudsman2025>>();
  });

  it('AnswersOf<typeof preset> is an object of optional answers keyed by the preset\'s ids', () => {
    expectTypeOf<AnswersOf<typeof presets.skm2017>>().toEqualTypeOf<{ readonly [K in SkmId]?: AnswerValue }>();
    expectTypeOf<AnswersOf<Methodology>>().toEqualTypeOf<{ readonly [id: string]: AnswerValue }>();
    const answers: AnswersOf<typeof presets.skm2017> = { persyaratan: 4, waktu: 'na', biaya: null };
    // @ts-expect-error 'wakt' is not an element of skm2017
    const typo: AnswersOf<typeof presets.skm2017> = { wakt: 4 };
    void [answers, typo];
  });

  it('UnitScore\'s indicator results, notApplicable and missing carry the id union', () => {
    const r = scoreUnit(presets.skm2017, {});
    expectTypeOf(r).toEqualTypeOf<UnitScore<SkmId>>();
    expectTypeOf(r.dimensions[0]!.variables[0]!.indicators[0]!.id).toEqualTypeOf<SkmId>();
    expectTypeOf(r.notApplicable).toEqualTypeOf<readonly SkmId[]>();
    expectTypeOf(r.missing).toEqualTypeOf<readonly SkmId[]>();
    // Every UnitScore<Id> is a UnitScore: aggregate, explain and friends take it as before.
    expectTypeOf(r).toExtend<UnitScore>();
    explain(presets.skm2017, r);
  });
});

describe('answers from run-time data, Maps, and widening to Methodology', () => {
  const m = presets.ombudsman2013;

  it('a Map of answers compiles, whatever its keys', () => {
    scoreUnit(m, new Map<string, AnswerValue>([['penyampaian.biaya', true]]));
    scoreUnit(m, new Map([['read.from.a.file', 1]]));
    scoreUnit(presets.skm2017, new Map<SkmId, number>([['waktu', 3]]));
  });

  it('answers read at run time (Record<string, AnswerValue>, Object.fromEntries, Answers) compile, and are checked when scoring', () => {
    const fromJson = JSON.parse('{"penyampaian.biaya": true}') as Record<string, AnswerValue>;
    scoreUnit(m, fromJson);
    scoreUnit(m, Object.fromEntries(indicatorOrder(m).map((id) => [id, true])));
    const any: Answers = fromJson;
    scoreUnit(m, any);
    // Spreading run-time answers into a literal still checks the literal's own keys.
    scoreUnit(m, { ...fromJson, 'pendukung.khusus': 'na' });
    // @ts-expect-error 'pendukung.khusu' is a typo
    scoreUnit(m, { ...fromJson, 'pendukung.khusu': 'na' });
  });

  it('widening a preset to Methodology still works, and then any id compiles', () => {
    const wide: Methodology = m;
    expectTypeOf(m).toExtend<Methodology>();
    scoreUnit(wide, { 'no.such.indicator': 3 });
    // Or pass `string` as the type argument to keep the preset's type.
    scoreUnit<string>(m, { 'no.such.indicator': 3 });
    // Functions that only read the methodology take any of them.
    describeProvenance(m);
    scoreBatch(m, new Float64Array(17));
    checkReportedScore({ units: [90, 80], reported: 85, methodology: m });
  });

  it('an unknown id in gapToBand locked or caps does not compile; ids read at run time go through <string>', () => {
    const r = scoreUnit(m, {});
    gapToBand(m, r, 'hijau', { locked: ['pendukung.khusus'], caps: { 'penyampaian.biaya': false } });
    // @ts-expect-error 'pendukung.khusu' is a typo
    gapToBand(m, r, 'hijau', { locked: ['pendukung.khusu'] });
    // @ts-expect-error no such indicator
    gapToBand(m, r, 'hijau', { caps: { 'no.such.indicator': 1 } });
    const lockedFromConfig: string[] = JSON.parse('[]') as string[];
    gapToBand<string>(m, r, 'hijau', { locked: lockedFromConfig });
    expectTypeOf<GapToBandOptions<IndicatorIdOf<typeof m>>['locked']>().toEqualTypeOf<readonly IndicatorIdOf<typeof m>[] | undefined>();
    // @ts-expect-error no such indicator
    governmentGap(m, [{ id: 'u', score: 80 }], { locked: ['no.such.indicator'] });
  });

  it('scoreSurvey questionnaires are keyed by the element ids', () => {
    scoreSurvey(presets.skm2017, [{ persyaratan: 4 }, new Map([['prosedur', 3]])]);
    // @ts-expect-error 'persyaratn' is a typo
    scoreSurvey(presets.skm2017, [{ persyaratn: 4 }]);
  });
});

describe('README quick start', () => {
  it('fills a preset\'s ids from indicatorOrder, typed as AnswersOf, and scores them', () => {
    // The snippet proposed for README.md's quick start, verbatim (its values: the README block, run by tests/docs/markdown.test.ts).
    const m = presets.ombudsman2022;
    const ids = indicatorOrder(m); // every indicator id, in order
    const answers: AnswersOf<typeof m> = { ...Object.fromEntries(ids.map((id) => [id, 3])), 'input.kompetensi.standarPelayanan': 2 };
    const unit = scoreUnit(m, answers);
    console.log(unit.score, unit.classification.label); // 99.11 Kualitas Tertinggi
    expectTypeOf(ids).toEqualTypeOf<readonly IndicatorIdOf<typeof m>[]>();
  });
});
