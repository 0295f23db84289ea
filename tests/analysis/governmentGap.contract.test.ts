import { describe, expect, it } from 'vitest';
import { governmentGap, presets, scoreUnit } from '../../src/index.js';
import { caught } from '../helpers/errors.js';
import { miniMethodology } from '../helpers/methodologies.js';

/** One indicator answered 0–50: each answer step is worth exactly 2 points of the unit's score. */
const even = miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 50 } }]);
const unitAt = (points: number) => scoreUnit(even, { a: points / 2 });

describe('governmentGap: bad units are refused with a message that says what is wrong', () => {
  const m = presets.ombudsman2022;

  it('units that are not an array', () => {
    expect(caught(() => governmentGap(m, 'x' as never))).toEqual({ code: 'INVALID_TYPE', path: 'units', message: 'units must be an array, got "x"' });
  });

  it('no units at all', () => {
    expect(caught(() => governmentGap(m, []))).toEqual({ code: 'EMPTY_INPUT', path: 'units', message: 'a government needs at least one unit' });
  });

  it('a unit that is not an object names both accepted shapes', () => {
    expect(caught(() => governmentGap(m, [42 as never]))).toEqual({
      code: 'INVALID_TYPE',
      path: 'units[0]',
      message: 'a unit must be { id, name?, result } or { id, name?, score }, got 42',
    });
  });

  it('a name that is not a string', () => {
    expect(caught(() => governmentGap(m, [{ id: 'a', name: 5 as never, score: 90 }]))).toEqual({ code: 'INVALID_TYPE', path: 'units[0].name', message: 'name must be a string, got 5' });
  });

  it('a unit with neither a result nor a score', () => {
    expect(caught(() => governmentGap(m, [{ id: 'a' } as never]))).toEqual({ code: 'MISSING_FIELD', path: 'units[0]', message: 'a unit needs a result (from scoreUnit) or a score' });
  });

  it('a published score outside the methodology’s 0–100 is refused at its path, even when the mean would be in range', () => {
    expect(caught(() => governmentGap(m, [{ id: 'a', score: 0 }, { id: 'b', score: 150 }]))).toEqual({
      code: 'VALUE_OUT_OF_RANGE',
      path: 'units[1].score',
      message: "150.00 lies outside the methodology's range 0–100",
    });
    expect(caught(() => governmentGap(m, [{ id: 'a', score: -0.01 }]))?.path).toBe('units[0].score');
    // The ends themselves are scores a unit can have.
    expect(governmentGap(m, [{ id: 'a', score: 0 }, { id: 'b', score: 100 }]).current.score).toBe(50);
  });

  it('an options.target that cannot be read is reported at options.target', () => {
    const options = {
      get target(): string {
        throw new Error('no');
      },
    };
    expect(caught(() => governmentGap(m, [{ id: 'a', score: 90 }], options))?.path).toBe('options.target');
  });
});

describe('governmentGap: what it echoes', () => {
  it('names the methodology, marks units with answers as plannable, and lists blocked indicators only for plannable units', () => {
    const g = governmentGap(even, [{ id: 'p', score: 40 }, { id: 'r', result: unitAt(50) }], { locked: ['a'] });
    expect(g.methodology).toEqual({ id: 'mini', version: '1' });
    expect(g.drags.map((d) => [d.id, d.plannable])).toEqual([['p', false], ['r', true]]);
    expect(g.blocked).toEqual([{ unit: 'r', indicators: [{ id: 'a', name: 'Indicator a', reason: 'locked' }] }]);
  });
});

describe('governmentGap: drags tie by id', () => {
  // Equal scores pull the mean down equally; the documented tie-break is the id.
  it.each([
    [['b', 'a', 'c']],
    [['a', 'b', 'c']],
    [['c', 'b', 'a']],
  ])('units %j with one score list as a, b, c', (ids) => {
    const g = governmentGap(presets.ombudsman2022, [...ids.map((id) => ({ id, score: 80 })), { id: 'low', score: 50 }]);
    expect(g.drags.map((d) => d.id)).toEqual(['low', 'a', 'b', 'c']);
  });
});

describe('governmentGap: reaching a band exactly at its lowest score (Ombudsman 2022: C starts at 54.00)', () => {
  it('a government exactly at the threshold has reached it: no steps', () => {
    const g = governmentGap(even, [{ id: 'u', result: unitAt(54) }], { target: 'C' });
    expect([g.reached, g.reachable, g.steps, g.changes, g.pointsNeeded]).toEqual([true, true, 0, [], 0]);
  });

  it('a target below the current band is already reached', () => {
    const g = governmentGap(even, [{ id: 'u', result: unitAt(60) }], { target: 'D' });
    expect([g.reached, g.steps, g.changes]).toEqual([true, 0, []]);
  });

  it('the fewest steps land exactly on the threshold: 50 → 54 is two steps of 2 points, not three', () => {
    const g = governmentGap(even, [{ id: 'u', result: unitAt(50) }]);
    expect(g.target).toEqual({ category: 'C', zone: null, minScore: 54 });
    expect(g.steps).toBe(2);
    expect(g.changes.map((c) => [c.id, c.from, c.to, c.steps])).toEqual([['u', 50, 54, 2]]);
    expect(g.projected).toEqual({ score: 54, category: 'C', zone: 'kuning' });
  });

  it('a best score exactly at the threshold is reachable', () => {
    const g = governmentGap(even, [{ id: 'u', result: unitAt(50) }], { caps: { a: 27 } }); // best 54
    expect([g.reachable, g.steps, g.best.score]).toEqual([true, 2, 54]);
  });

  it('an unreachable target plans nothing: no steps, no changes, the government stays where it is', () => {
    const g = governmentGap(even, [{ id: 'u', result: unitAt(50) }], { caps: { a: 26 } }); // best 52
    expect([g.reached, g.reachable, g.steps, g.changes, g.best.score]).toEqual([false, false, 0, [], 52]);
    expect(g.projected).toEqual(g.current);
  });
});

describe('governmentGap: size limits', () => {
  // One indicator answered 0–N: a unit answered 0 has N answer steps to plan over.
  const wide = (n: number) => miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: n } }]);

  it('more than 200,000 answer steps in all is TOO_LARGE, saying how many and the limit', () => {
    const w = wide(200_001);
    expect(caught(() => governmentGap(w, [{ id: 'u', result: scoreUnit(w, { a: 0 }) }]))).toEqual({
      code: 'TOO_LARGE',
      path: 'units',
      message: 'the units have 200001 answer steps to plan over; at most 200000 are allowed',
    });
  });

  it('exactly 200,000 steps are allowed, but a plan table over 20,000,000 cells is TOO_LARGE, saying how many', () => {
    const w = wide(200_000);
    const e = caught(() => governmentGap(w, [{ id: 'u', result: scoreUnit(w, { a: 0 }) }]));
    expect(e?.code).toBe('TOO_LARGE');
    expect(e?.path).toBe('units');
    // Each step adds 100 / 200,000 = 0.0005 points, so the shown score (half-up, 2 decimals) takes every
    // value 0.00, 0.01, …, 100.00: 10,001 choices for the unit, times 200,001 step totals.
    expect(e?.message).toBe(`planning this government needs ${10_001 * 200_001} table cells; at most 20000000 are allowed`);
    // Nothing to plan (the target is already reached): the step limit alone decides, and 200,000 pass.
    expect(governmentGap(w, [{ id: 'u', result: scoreUnit(w, { a: 0 }) }], { target: 'E' }).reached).toBe(true);
  });
});
