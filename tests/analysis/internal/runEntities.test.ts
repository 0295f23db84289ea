/**
 * Reading and scoring the entities of a sensitivity study, through `sensitivity`: the errors a
 * caller sees for malformed entities, and the baseline figures checked against `scoreUnit`
 * and hand computation.
 */
import { describe, expect, it } from 'vitest';
import { defineMethodology, scoreUnit, sensitivity } from '../../../src/index.js';
import { flat, ind } from '../../helpers/builders.js';
import { codeOf } from '../../helpers/errors.js';

// a (60) and b (40) on the 0–3 interval.
const m = defineMethodology(flat([ind('a', 60), ind('b', 40)]));
const study = (entities: unknown, options: object = {}) => () => sensitivity(m, entities as never, { runs: 1, weightNoise: 0, ...options });

describe('sensitivity: malformed entities', () => {
  it('entities must be a non-empty list', () => {
    expect(codeOf(study({ id: 'x' }))).toMatch(/^INVALID_TYPE @ entities: .*entities must be an array, got /);
    expect(codeOf(study([]))).toMatch(/^EMPTY_INPUT @ entities: .*there are no entities to study$/);
    expect(codeOf(study(new Array(1_000_001)))).toMatch(/^TOO_LARGE @ entities: /);
  });

  it('an entity must be a record with either answers or units, not both, not neither', () => {
    expect(codeOf(study([7]))).toMatch(/^INVALID_TYPE @ entities\[0\]: .*an entity must be \{ id, group\?, answers \} or \{ id, group\?, units \}, got /);
    const both = 'MISSING_FIELD @ entities[0]: entities[0]: an entity needs either answers or units (not both)';
    expect(codeOf(study([{ id: 'x', answers: { a: 1, b: 1 }, units: [{ a: 1, b: 1 }] }]))).toBe(both);
    expect(codeOf(study([{ id: 'x' }]))).toBe(both);
  });

  it('names the entity field at fault: group, units, or an answer inside one unit', () => {
    expect(codeOf(study([{ id: 'x', group: 5, answers: { a: 1, b: 1 } }]))).toMatch(/^\w+ @ entities\[0\]\.group: /);
    expect(codeOf(study([{ id: 'x', units: { a: 1 } }]))).toMatch(/^INVALID_TYPE @ entities\[0\]\.units: .*units must be an array of answer sets, got /);
    expect(codeOf(study([{ id: 'x', units: [] }]))).toMatch(/^EMPTY_INPUT @ entities\[0\]\.units: .*an entity needs at least one unit$/);
    expect(codeOf(study([{ id: 'x', units: new Array(1_000_001) }]))).toMatch(/^TOO_LARGE @ entities\[0\]\.units: /);
    const bad = codeOf(study([{ id: 'x', units: [{ a: 1, b: 1 }, { a: 9, b: 1 }] }]));
    expect(bad).toMatch(/^ANSWER_OUT_OF_RANGE @ entities\[0\]\.units\[1\]\["a"\]: /);
    expect(codeOf(study([{ id: 'x', answers: { a: 9, b: 1 } }]))).toMatch(/^ANSWER_OUT_OF_RANGE @ entities\[0\]\.answers\["a"\]: /);
  });

  it('an answer that cannot be read (a throwing getter) is UNREADABLE_INPUT at that answer of that entity', () => {
    const answers = { a: 1 } as Record<string, unknown>;
    Object.defineProperty(answers, 'b', { enumerable: true, get: () => { throw new RangeError('boom'); } });
    expect(codeOf(study([{ id: 'x', answers }]))).toMatch(/^UNREADABLE_INPUT @ entities\[0\]\.answers\["b"\]: .*boom/);
  });
});

describe('sensitivity: baseline figures', () => {
  it('a missing answer scored as zero (missing: "zero") still counts in the denominator', () => {
    // a = 3 of 3, b missing → 0: 60.00, as scoreUnit says; had b not counted, it would be 100.
    const s = sensitivity(m, [{ id: 'x', answers: { a: 3 } }], { runs: 1, weightNoise: 0, missing: 'zero' });
    expect(s.entities[0]!.baseline.score).toBe(scoreUnit(m, { a: 3 }, { missing: 'zero' }).score);
    expect(s.entities[0]!.baseline.score).toBe(60);
  });

  it('the median of the units of an entity is the middle score, or the mean of the two middle ones', () => {
    // Unit scores (a 60, b 40 points): 100, 0, 60, 20, given out of order.
    const units = [{ a: 3, b: 3 }, { a: 0, b: 0 }, { a: 3, b: 0 }, { a: 1, b: 0 }];
    const median = (us: object[]) => sensitivity(m, [{ id: 'x', units: us } as never], { runs: 1, weightNoise: 0, aggregations: ['median'] }).entities[0]!.baseline.score;
    expect(median(units.slice(0, 3))).toBe(60); // 0, 60, 100
    expect(median(units)).toBe(40); // 0, 20 | 60, 100 → (20 + 60) / 2
    expect(median([units[2]!, units[3]!, units[1]!, units[0]!])).toBe(40);
  });
});
