import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { aggregate, rank, scoreUnit, sensitivity, type SensitivityEntity } from '../../src/index.js';
import { miniMethodology } from '../helpers/methodologies.js';

const m = miniMethodology([
  { id: 'a', weight: 5, answer: { kind: 'interval', min: 0, max: 3 } },
  { id: 'b', weight: '1/3', answer: { kind: 'interval', min: 0, max: 3 } },
  { id: 'c', weight: 2.5, answer: { kind: 'yesNo' } },
]);
const answers = fc.record({ a: fc.integer({ min: 0, max: 3 }), b: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant('na')), c: fc.boolean() });
const entities = fc
  .uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,3}$/), group: fc.constantFrom('kota', 'kabupaten'), units: fc.array(answers, { minLength: 1, maxLength: 3 }) }), {
    selector: (e) => e.id,
    minLength: 1,
    maxLength: 6,
  })
  .map((es): SensitivityEntity[] => es.map((e) => (e.units.length === 1 ? { id: e.id, group: e.group, answers: e.units[0]! } : e)));

test.prop([entities, fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom<('mean' | 'median')[]>(['mean'], ['median'])])(
  'sensitivity with zero perturbation returns the unperturbed ranks and categories with probability 1',
  (es, seed, aggregations) => {
    const s = sensitivity(m, es, { runs: 4, seed, weightNoise: 0, aggregations });
    // The unperturbed ranks, computed with the public scoring, aggregation and ranking functions.
    const direct = rank(
      es.map((e) => ({
        id: e.id,
        group: e.group ?? null,
        score: aggregate(('units' in e ? e.units : [e.answers]).map((a) => scoreUnit(m, a).score), { method: aggregations[0]! }).score,
      })),
    );
    for (const e of s.entities) {
      const d = direct.find((x) => x.id === e.id)!;
      expect([e.baseline.rank, e.rank.min, e.rank.low, e.rank.high, e.rank.max]).toEqual([d.rank, d.rank, d.rank, d.rank, d.rank]);
      expect(e.baseline.score).toBe(d.score);
      expect(e.categories.find((c) => c.category === e.baseline.category)!.probability).toBe(1);
      if (e.baseline.zone !== null) expect(e.zones.find((z) => z.zone === e.baseline.zone)!.probability).toBe(1);
    }
  },
);
