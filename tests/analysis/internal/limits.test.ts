import { describe, expect, it } from 'vitest';
import { gapToBand, governmentGap, scoreUnit } from '../../../src/index.js';
import { adjusted } from '../../helpers/adjusted.js';
import { caught } from '../../helpers/errors.js';
import { miniMethodology } from '../../helpers/methodologies.js';

const m = miniMethodology([
  { id: 'a', weight: 50, answer: { kind: 'interval', min: 0, max: 3 } },
  { id: 'b', weight: 30, answer: { kind: 'interval', min: 0, max: 3 } },
  { id: 'c', weight: 20, answer: { kind: 'yesNo' } },
]);
const r = scoreUnit(m, { a: 1, b: 1, c: false }); // 50/3 + 10 = 26.67
const gap = (options: object) => gapToBand(m, r, 'A', options as never);

describe('options.locked', () => {
  it('must be an array: anything else is INVALID_OPTION at options.locked, saying what it got', () => {
    expect(caught(() => gap({ locked: 'a' }))).toEqual({ code: 'INVALID_OPTION', path: 'options.locked', message: 'locked must be an array of indicator ids, got "a"' });
  });

  it('an unknown indicator is refused at its index, naming the methodology and the id', () => {
    expect(caught(() => gap({ locked: ['a', 'zz'] }))).toEqual({ code: 'UNKNOWN_INDICATOR', path: 'options.locked[1]', message: 'the methodology mini has no indicator "zz"' });
  });

  it('a list far longer than the methodology’s indicators is TOO_LARGE at options.locked', () => {
    expect(caught(() => gap({ locked: new Array(5000) }))).toMatchObject({ code: 'TOO_LARGE', path: 'options.locked' });
  });

  it('applies to every unit of a government', () => {
    const g = governmentGap(m, [{ id: 'x', result: r }], { locked: ['a'] });
    expect(g.blocked).toEqual([{ unit: 'x', indicators: [{ id: 'a', name: 'Indicator a', reason: 'locked' }] }]);
  });
});

describe('options.caps', () => {
  it('must be an object or a Map: anything else is INVALID_OPTION at options.caps, saying what it got', () => {
    expect(caught(() => gap({ caps: 5 }))).toEqual({ code: 'INVALID_OPTION', path: 'options.caps', message: 'caps must be an object or Map of indicator id → highest answer, got 5' });
  });

  it('an unknown indicator is refused at options.caps["id"], naming the methodology and the id', () => {
    expect(caught(() => gap({ caps: { zz: 1 } }))).toEqual({ code: 'UNKNOWN_INDICATOR', path: 'options.caps["zz"]', message: 'the methodology mini has no indicator "zz"' });
  });

  it('a Map key that is not a string is described in the path, quoted', () => {
    expect(caught(() => gap({ caps: new Map([[5, 1]]) }))).toMatchObject({ code: 'UNKNOWN_INDICATOR', path: 'options.caps["5"]' });
  });

  it('a cap that cannot be read is reported at options.caps…, not at the bare key', () => {
    const caps = {
      get a(): number {
        throw new Error('no');
      },
    };
    expect(caught(() => gap({ caps }))?.path).toMatch(/^options\.caps/);
  });

  it('a cap out of the answer’s range keeps the answer reader’s code, and its message names the cap, the indicator and the range', () => {
    const e = caught(() => gap({ caps: { a: 9 } }));
    expect(e?.code).toBe('ANSWER_OUT_OF_RANGE');
    expect(e?.path).toBe('options.caps["a"]');
    expect(e?.message).toBe('cap 9 for indicator "a" is outside 0–3');
  });

  it('a cap that is no answer at all (null, "na") is INVALID_ANSWER, saying a cap must be an answer', () => {
    expect(caught(() => gap({ caps: { a: null } }))).toEqual({ code: 'INVALID_ANSWER', path: 'options.caps["a"]', message: 'the cap for indicator "a" must be an answer of it (not "na" or blank), got null' });
    expect(caught(() => gap({ caps: { c: 'na' } }))).toEqual({ code: 'INVALID_ANSWER', path: 'options.caps["c"]', message: 'the cap for indicator "c" must be an answer of it (not "na" or blank), got "na"' });
  });
});

describe('plan steps in the caller’s terms', () => {
  it('an indicator counted as 0 because it was missing is planned from null (no answer), not from 0', () => {
    const z = scoreUnit(m, { a: 3, b: 3 }, { missing: 'zero' }); // c missing, counted as 0: 80
    const g = gapToBand(m, z, 'A');
    expect(g.plan.map((s) => [s.id, s.from, s.to])).toEqual([['c', null, true]]);
  });
});

describe('gapToBand echoes the methodology and the adjustment', () => {
  it('names the methodology it planned with', () => {
    expect(gapToBand(m, r, 'A').methodology).toEqual({ id: 'mini', version: '1' });
  });

  it('an adjustment without a cap is reported with cap null', () => {
    const g = gapToBand(m, adjusted(r, 5, null), 'A');
    expect(g.adjustment).toEqual({ correction: 5, cap: null });
    expect(g.current.score).toBe(21.67); // 26.67 − 5
  });
});
