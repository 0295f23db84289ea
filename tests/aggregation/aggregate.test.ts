import { describe, expect, it } from 'vitest';
import { aggregate, scales } from '../../src/index.js';
import { seeds } from '../helpers/fixtures.js';

describe('aggregate reproduces published regional scores (../shared/fixtures/seed-results.json)', () => {
  const regions = seeds().regions.filter((r) => r.units.length > 0);

  it.each(regions.filter((r) => r.reported.score !== undefined).map((r) => [r.region, r] as const))(
    '%s: the mean of its units equals the published score',
    (_name, region) => {
      const r = aggregate(region.units.map((u) => u.score), { scale: scales.ombudsman2022 });
      expect(r.score).toBe(region.reported.score);
      expect(r.count).toBe(region.units.length);
      if (region.reported.category !== undefined) expect(r.classification?.category).toBe(region.reported.category);
      if (region.reported.zone !== undefined) expect(r.classification?.zone).toBe(region.reported.zone);
    },
  );

  it('Kab. Serang computes 91.98 from its six units, not the headline "91"', () => {
    const serang = regions.find((r) => r.region === 'Kabupaten Serang')!;
    const r = aggregate(serang.units.map((u) => u.score), { scale: scales.ombudsman2022 });
    expect(r.score).toBe(91.98);
    expect(r.classification?.zone).toBe(serang.reported.zone);
  });
});
