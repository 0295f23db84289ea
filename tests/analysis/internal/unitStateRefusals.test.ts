/**
 * A unit result handed back to explain (read by src/analysis/internal/unitState.ts) must be one
 * scoreUnit could have written under the same methodology. Each refusal below names the
 * offending field in its path and says in its message what was expected; the results that
 * are fine (no adjustment recorded, a zero correction) are read, and an adjustment's clamp to
 * the output minimum is applied as scoreUnit applies it.
 */
import { describe, expect, it } from 'vitest';
import { defineMethodology, explain, isKepatuhanError, scoreUnit, type Methodology } from '../../../src/index.js';

/**
 * Output 25–100 (as the Ombudsman 2013 range), one dimension: a and b on 0–3 weighing 1 and 2,
 * l a levels indicator (0, 0.5, 2) weighing 1. Score = 25 + 75 × (a/3 × 1 + b/3 × 2 + l/2 × 1) / 4.
 */
const m: Methodology = defineMethodology({
  id: 'refusals',
  name: 'Refusals',
  version: '2',
  output: { min: 25, max: 100 },
  weights: { renormalize: true },
  scale: { id: 's', name: 'S', min: 25, max: 100, bands: [{ category: 'all', label: 'All', min: 25, max: 100 }] },
  dimensions: [
    {
      id: 'd',
      name: 'D',
      weight: 1,
      variables: [
        {
          id: 'v',
          name: 'V',
          indicators: [
            { id: 'a', name: 'A', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } },
            { id: 'b', name: 'B', weight: 2, answer: { kind: 'interval', min: 0, max: 3 } },
            { id: 'l', name: 'L', weight: 1, answer: { kind: 'levels', levels: [{ key: 'no', value: 0 }, { key: 'some', value: 0.5 }, { key: 'full', value: 2 }] } },
          ],
        },
      ],
    },
  ],
});

// a = 3, b = 3, l = full: everything at its maximum, 100.
const full = scoreUnit(m, { a: 3, b: 3, l: 'full' });
/** A deep copy of `full` as plain JSON data, edited by `edit`. */
function edited(edit: (r: any) => void): unknown {
  const r = JSON.parse(JSON.stringify(full));
  edit(r);
  return r;
}
const indicator = (r: any, k: number): any => r.dimensions[0].variables[0].indicators[k];
const P = 'unitResult.dimensions[0].variables[0].indicators';

function refusal(result: unknown): { code: string; path: string | undefined; message: string } {
  try {
    explain(m, result as never);
  } catch (e) {
    // The message starts with the path; what follows is what the user is told.
    if (isKepatuhanError(e)) return { code: e.code, path: e.path, message: e.message.startsWith(`${e.path}: `) ? e.message.slice(`${e.path ?? ''}: `.length) : e.message };
    throw e;
  }
  throw new Error('explain accepted the result');
}

it('the starting point is read: 100 with everything at its maximum', () => {
  expect(full.score).toBe(100);
  expect(explain(m, full).score).toBe(100);
});

it('a result that is not an object is INVALID_TYPE and says a unit result must be an object', () => {
  const e = refusal(42);
  expect(e).toMatchObject({ code: 'INVALID_TYPE', path: 'unitResult' });
  expect(e.message).toContain('unit result (from scoreUnit) must be an object');
});

describe('the methodology named in the result', () => {
  it.each([
    ['another id', { id: 'other', version: '2' }],
    ['another version', { id: 'refusals', version: '1' }],
  ])('%s is a mismatch that names both methodologies', (_, methodology) => {
    const e = refusal(edited((r) => (r.methodology = methodology)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.methodology' });
    expect(e.message).toBe(`the unit was scored with "${methodology.id}" version "${methodology.version}", not refusals version 2`);
  });
});

describe('the breakdown', () => {
  it('dimensions that are not an array', () => {
    const e = refusal(edited((r) => (r.dimensions = 'x')));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.dimensions' });
    expect(e.message).toContain('dimensions must be the breakdown array of a unit result');
  });

  it('a dimension without a variables array', () => {
    const e = refusal(edited((r) => delete r.dimensions[0].variables));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.dimensions[0]' });
    expect(e.message).toBe('a dimension of the breakdown has no variables array');
  });

  it('a variable without an indicators array', () => {
    const e = refusal(edited((r) => (r.dimensions[0].variables[0].indicators = null)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.dimensions[0].variables[0]' });
    expect(e.message).toBe('a variable of the breakdown has no indicators array');
  });

  it('an indicator that is not an object', () => {
    const e = refusal(edited((r) => (r.dimensions[0].variables[0].indicators[1] = 7)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: `${P}[1]` });
    expect(e.message).toContain('an indicator of the breakdown must be an object');
  });

  it('an indicator the methodology does not have', () => {
    const e = refusal(edited((r) => (indicator(r, 1).id = 'zz')));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: `${P}[1].id` });
    expect(e.message).toBe('the methodology refusals has no indicator "zz"');
  });

  it('an indicator listed twice', () => {
    const e = refusal(edited((r) => (indicator(r, 1).id = 'a')));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: `${P}[1].id` });
    expect(e.message).toBe('indicator "a" appears twice in the breakdown');
  });

  it('an indicator left out names the one missing', () => {
    const e = refusal(edited((r) => r.dimensions[0].variables[0].indicators.splice(1, 1)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.dimensions' });
    expect(e.message).toBe('indicator "b" of refusals is not in the breakdown');
  });
});

describe('an indicator entry', () => {
  it.each([
    ['below the minimum', -1],
    ['above the maximum', 4],
  ])('a value %s of its answer scale is not an answer', (_, value) => {
    const e = refusal(edited((r) => (indicator(r, 0).value = value)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: `${P}[0].value` });
    expect(e.message).toBe(`the value ${value} is not an answer of indicator "a"`);
  });

  it('a value within the range that is not one of the levels (1 between 0.5 and 2)', () => {
    const e = refusal(edited((r) => (indicator(r, 2).value = 1)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: `${P}[2].value` });
    expect(e.message).toBe('the value 1 is not a level of indicator "l"');
  });

  it('an unknown status is refused at status and lists the three statuses', () => {
    const e = refusal(edited((r) => (indicator(r, 0).status = 'skipped')));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: `${P}[0].status` });
    expect(e.message).toContain('status must be "answered", "notApplicable" or "missing", got "skipped"');
  });

  it('a missing indicator must say whether it was counted', () => {
    const e = refusal(
      edited((r) => {
        indicator(r, 0).status = 'missing';
        indicator(r, 0).counted = 'yes';
      }),
    );
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: `${P}[0].counted` });
    expect(e.message).toContain('counted must be true or false, got "yes"');
  });
});

describe('the score', () => {
  it('a score that does not follow from the answers says what they give', () => {
    const e = refusal(edited((r) => (r.score = 99)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.score' });
    expect(e.message).toBe('the score 99 does not follow from the answers in the breakdown, which give 100.00 under refusals version 2');
  });

  it('a score that is not a number names the score in its message', () => {
    const e = refusal(edited((r) => (r.score = 'lots')));
    expect(e).toMatchObject({ code: 'INVALID_NUMBER', path: 'unitResult.score' });
    expect(e.message).toMatch(/^score must be/);
  });
});

describe('a recorded adjustment', () => {
  // a = 3, b = 3, l = full (100), corrected by 5: 95.
  const adjusted = scoreUnit(m, { a: 3, b: 3, l: 'full' }, { adjustment: { correction: 5 } });
  const edit = (f: (adj: any) => void): unknown => {
    const r = JSON.parse(JSON.stringify(adjusted));
    f(r.adjustment);
    return r;
  };

  it('is read and applied: 100 − 5 = 95', () => {
    expect(adjusted.score).toBe(95);
    expect(explain(m, adjusted).score).toBe(95);
  });

  it('null means none was applied', () => {
    expect(explain(m, { ...full, adjustment: null } as never).score).toBe(100);
  });

  it('a correction of 0 is a correction (nothing taken off)', () => {
    const r = scoreUnit(m, { a: 3, b: 3, l: 'full' }, { adjustment: { correction: 0 } });
    expect(r.score).toBe(100);
    expect(explain(m, r).score).toBe(100);
  });

  it('a corrected score is clamped to the output minimum, 25, as scoreUnit clamps it', () => {
    // a = b = 0, l = some: 25 + 75 × (0.25 × 1) / 4 = 29.6875 → 29.69; less 10 would be 19.69, clamped to 25.
    const r = scoreUnit(m, { a: 0, b: 0, l: 'some' }, { adjustment: { correction: 10 } });
    expect(r.score).toBe(25);
    expect(explain(m, r).score).toBe(25);
  });

  it.each([
    ['no correction', (a: any) => delete a.correction],
    ['a negative correction', (a: any) => (a.correction = -1)],
    ['a correction off the reporting grid (0.005 at 2 decimals)', (a: any) => (a.correction = 0.005)],
    ['a correction that is not finite', (a: any) => (a.correction = Number.NaN)],
    ['a cap that is neither a grid number nor null', (a: any) => (a.cap = 'high')],
    ['no score before', (a: any) => delete a.scoreBefore],
    ['a score before that is not finite', (a: any) => (a.scoreBefore = Number.POSITIVE_INFINITY)],
  ])('%s is not the record scoreUnit writes', (_, f) => {
    const e = refusal(edit(f));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.adjustment' });
    expect(e.message).toContain('adjustment must be the record scoreUnit writes ({ correction, cap, scoreBefore, … } on the reporting grid), got');
  });

  it('a score before that does not follow from the answers says what they give', () => {
    const e = refusal(edit((a) => (a.scoreBefore = 90)));
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.adjustment.scoreBefore' });
    expect(e.message).toBe('the score before the adjustment, 90, does not follow from the answers in the breakdown, which give 100.00 under refusals version 2');
  });

  it('a score that does not follow from the answers and the adjustment says both', () => {
    const e = refusal({ ...(JSON.parse(JSON.stringify(adjusted)) as object), score: 100 });
    expect(e).toMatchObject({ code: 'METHODOLOGY_MISMATCH', path: 'unitResult.score' });
    expect(e.message).toBe('the score 100 does not follow from the answers in the breakdown and the adjustment, which give 95.00 under refusals version 2');
  });
});
