import { defineMethodology, presets, scales, type Answers, type Methodology } from '../../src/index.js';

/** Every indicator id of a methodology, in order. */
export const indicatorIds = (m: Methodology): string[] => m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));

/** Answers for an Ombudsman preset (default 2022): every indicator at `all`, with overrides. */
export function ombudsmanAnswers(overrides: Record<string, number | string> = {}, all = 3, m: Methodology = presets.ombudsman2022): Answers {
  return Object.fromEntries(indicatorIds(m).map((id) => [id, Object.prototype.hasOwnProperty.call(overrides, id) ? overrides[id]! : all]));
}

/** A one-variable methodology on the Ombudsman 2022 scale with the given indicators. */
export function miniMethodology(indicators: { id: string; weight: number | string; answer: Methodology['dimensions'][number]['variables'][number]['indicators'][number]['answer'] }[]): Methodology {
  return defineMethodology({
    id: 'mini',
    name: 'Mini',
    version: '1',
    output: { min: 0, max: 100 },
    weights: { renormalize: true },
    scale: scales.ombudsman2022,
    dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: indicators.map((i) => ({ ...i, name: `Indicator ${i.id}` })) }] }],
  });
}
