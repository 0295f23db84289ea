import { describe, expect, it } from 'vitest';
import { aggregate, ASSESSMENTS, classify, presetForYear, presets } from '../../src/index.js';
import { seeds, sumut2022 } from '../helpers/fixtures.js';
import { thrown as error } from '../helpers/errors.js';

describe('presetForYear: the methodology in force in a year', () => {
  it.each([
    [2013, 'ombudsman2013'],
    [2019, 'ombudsman2013'],
    [2021, 'ombudsman2013'],
    [2022, 'ombudsman2022'],
    [2023, 'ombudsman2023'],
    [2024, 'ombudsman2023'],
    [2025, 'ombudsman2025'],
    [2031, 'ombudsman2025'],
  ])('Ombudsman %i → %s', (year, id) => {
    expect(presetForYear(year).id).toBe(id);
    expect(presetForYear(year, 'ombudsman')).toBe(presets[id as keyof typeof presets]);
  });

  it('tells the 2022 Input list (5 + 8 indicators) from the 2023–2024 one (6 + 9); both classify on the same A–E scale', () => {
    const inputCounts = (year: number) => presetForYear(year).dimensions[0]!.variables.map((v) => v.indicators.length);
    expect(inputCounts(2022)).toEqual([5, 8]);
    expect(inputCounts(2023)).toEqual([6, 9]);
    expect(inputCounts(2024)).toEqual([6, 9]);
    expect(presetForYear(2022).scale).toBe(presetForYear(2023).scale);
    expect(presetForYear(2022).dimensions.map((d) => d.weight)).toEqual(presetForYear(2024).dimensions.map((d) => d.weight));
  });

  it('finds PEKPPP from 2022 and SKM from 2017', () => {
    expect(presetForYear(2022, 'pekppp')).toBe(presets.pekppp2022);
    expect(presetForYear(2024, 'pekppp')).toBe(presets.pekppp2022);
    expect(presetForYear(2017, 'skm')).toBe(presets.skm2017);
    expect(presetForYear(2025, 'skm')).toBe(presets.skm2017);
    expect(ASSESSMENTS).toEqual(['ombudsman', 'pekppp', 'skm']);
  });

  it('agrees with each preset\'s declared years', () => {
    for (const m of Object.values(presets)) {
      const a = m.assessment as (typeof ASSESSMENTS)[number];
      for (let y = m.years!.from; y <= (m.years!.to ?? m.years!.from + 5); y++) if (!(a === 'ombudsman' && y === 2020)) expect(presetForYear(y, a)).toBe(m);
    }
  });

  it('says clearly that no Ombudsman round was held in 2020 or before 2013', () => {
    const e2020 = error(() => presetForYear(2020));
    expect(e2020.code).toBe('NO_ASSESSMENT_YEAR');
    expect(e2020.path).toBe('year');
    expect(e2020.message).toMatch(/no compliance assessment in 2020/);
    const e2012 = error(() => presetForYear(2012));
    expect(e2012.code).toBe('NO_ASSESSMENT_YEAR');
    expect(e2012.message).toMatch(/started in 2013/);
  });

  it('says when a round was held under a methodology the library does not ship', () => {
    expect(error(() => presetForYear(2021, 'pekppp')).code).toBe('NO_PRESET_FOR_YEAR');
    expect(error(() => presetForYear(2016, 'skm')).code).toBe('NO_PRESET_FOR_YEAR');
  });

  it('rejects years that are not whole numbers and unknown assessments', () => {
    expect(error(() => presetForYear(2023.5)).code).toBe('INVALID_TYPE');
    expect(error(() => presetForYear('2023' as never)).code).toBe('INVALID_TYPE');
    expect(error(() => presetForYear(Number.NaN)).code).toBe('INVALID_TYPE');
    expect(error(() => presetForYear(2023, 'lapor' as never))).toMatchObject({ code: 'INVALID_OPTION', path: 'assessment' });
    expect(error(() => presetForYear(2023, 'toString' as never)).code).toBe('INVALID_OPTION');
  });
});

describe('presetForYear: the visible fixtures classify correctly through presetForYear(year).scale', () => {
  const norm = (s: string) => s.trim().toLowerCase();

  it.each(sumut2022().map((r) => [`${r.entity} (${r.type})`, r] as const))('Sumatera Utara 2022: %s', (_name, r) => {
    const c = classify(r.score, presetForYear(r.year).scale);
    expect(c.category).toBe(r.category);
    expect(c.zone).toBe(r.zone);
  });

  it.each(seeds().regions.filter((r) => r.units.length > 0).map((r) => [`${r.region} ${r.year}`, r] as const))('%s (from its units)', (_name, r) => {
    const scale = presetForYear(r.year).scale;
    const c = aggregate(r.units.map((u) => u.score), { scale }).classification!;
    if (r.reported.score !== undefined) expect(classify(r.reported.score, scale)).toEqual(c);
    if (r.reported.category !== undefined) expect(c.category).toBe(r.reported.category);
    if (r.reported.zone !== undefined) expect(c.zone).toBe(r.reported.zone);
    if (r.reported.opinion !== undefined) expect(norm(c.label)).toBe(norm(r.reported.opinion));
  });

  it.each(seeds().provinceRankings.flatMap((p) => p.results.map((r) => [`${r.region} ${p.year}`, p.year, r] as const)))('%s', (_name, year, r) => {
    const c = classify(r.score, presetForYear(year).scale);
    expect(c.zone).toBe(r.zone);
    expect(norm(c.label)).toBe(norm(r.opinion));
  });
});
