import { describe, expect, it } from 'vitest';
import { checkBoolean, checkId, checkProvenance, checkString, IssueList } from '../../src/internal/issues.js';
import { CONFIDENCE_LEVELS } from '../../src/index.js';

/** Runs a check on a fresh list; gives its result and the issues it recorded. */
function run<T>(check: (issues: IssueList) => T): { result: T; issues: { code: string; path: string; message: string }[] } {
  const issues = new IssueList();
  const result = check(issues);
  return { result, issues: issues.items.map((i) => ({ ...i })) };
}

describe('IssueList', () => {
  it('keeps issues in the order they were added, frozen', () => {
    const list = new IssueList();
    list.add('MISSING_FIELD', 'a', 'first');
    list.add('INVALID_TYPE', 'b', 'second');
    expect(list.size).toBe(2);
    expect(list.items).toEqual([
      { code: 'MISSING_FIELD', path: 'a', message: 'first' },
      { code: 'INVALID_TYPE', path: 'b', message: 'second' },
    ]);
    expect(Object.isFrozen(list.items[0])).toBe(true);
  });
});

describe('checkString', () => {
  it('returns a present string and records nothing', () => {
    expect(run((i) => checkString({ name: 'Dinas' }, 'name', 'unit', i))).toEqual({ result: 'Dinas', issues: [] });
  });

  it('a required field that is absent is MISSING_FIELD at its path', () => {
    expect(run((i) => checkString({}, 'name', 'unit', i))).toEqual({
      result: undefined,
      issues: [{ code: 'MISSING_FIELD', path: 'unit.name', message: 'name is required' }],
    });
  });

  it('a value that is not a string is INVALID_TYPE, saying what it got', () => {
    expect(run((i) => checkString({ name: 5 }, 'name', 'unit', i))).toEqual({
      result: undefined,
      issues: [{ code: 'INVALID_TYPE', path: 'unit.name', message: 'name must be a string, got 5' }],
    });
  });

  it('a required string that is empty or only blanks is MISSING_FIELD', () => {
    for (const blank of ['', '   ', '\t\n']) {
      expect(run((i) => checkString({ name: blank }, 'name', 'unit', i))).toEqual({
        result: undefined,
        issues: [{ code: 'MISSING_FIELD', path: 'unit.name', message: 'name must not be empty' }],
      });
    }
  });

  it('a string with blanks around text is kept as it is', () => {
    expect(run((i) => checkString({ name: ' a ' }, 'name', 'unit', i))).toEqual({ result: ' a ', issues: [] });
  });

  it('an optional field may be absent or empty, but must still be a string', () => {
    expect(run((i) => checkString({}, 'note', '', i, false))).toEqual({ result: undefined, issues: [] });
    expect(run((i) => checkString({ note: '' }, 'note', '', i, false))).toEqual({ result: '', issues: [] });
    expect(run((i) => checkString({ note: true }, 'note', '', i, false)).issues).toEqual([
      { code: 'INVALID_TYPE', path: 'note', message: 'note must be a string, got true' },
    ]);
  });
});

describe('checkId', () => {
  it('accepts a non-empty string of at most 200 characters', () => {
    expect(run((i) => checkId({ id: 'x'.repeat(200) }, 'm', i)).issues).toEqual([]);
    expect(run((i) => checkId({ code: 'A1' }, 'm', i, 'code'))).toEqual({ result: 'A1', issues: [] });
  });

  it('refuses a blank or too long id with INVALID_ID, and a missing one with MISSING_FIELD', () => {
    expect(run((i) => checkId({ id: ' ' }, 'm', i)).issues.map((x) => [x.code, x.path])).toEqual([['INVALID_ID', 'm.id']]);
    expect(run((i) => checkId({ id: 'x'.repeat(201) }, 'm', i)).issues.map((x) => x.code)).toEqual(['INVALID_ID']);
    expect(run((i) => checkId({}, 'm', i)).issues).toEqual([{ code: 'MISSING_FIELD', path: 'm.id', message: 'id is required' }]);
  });
});

describe('checkBoolean', () => {
  it('returns the value, or the fallback when absent', () => {
    expect(run((i) => checkBoolean({ on: false }, 'on', 'w', i, true))).toEqual({ result: false, issues: [] });
    expect(run((i) => checkBoolean({}, 'on', 'w', i, true))).toEqual({ result: true, issues: [] });
  });

  it('a value that is not true or false is INVALID_TYPE at its path, and the fallback is used', () => {
    expect(run((i) => checkBoolean({ renormalize: 'yes' }, 'renormalize', 'weights', i, false))).toEqual({
      result: false,
      issues: [{ code: 'INVALID_TYPE', path: 'weights.renormalize', message: 'renormalize must be true or false, got "yes"' }],
    });
  });
});

describe('checkProvenance', () => {
  it('accepts an absent provenance and a complete one', () => {
    expect(run((i) => checkProvenance({}, 'd', i)).issues).toEqual([]);
    const provenance = { confidence: 'regulation', source: 'PermenPAN-RB 29/2022', note: '' };
    expect(run((i) => checkProvenance({ provenance }, 'd', i)).issues).toEqual([]);
  });

  it('reads the field named provenance unless told another key', () => {
    const bad = { provenance: 5, origin: 5 };
    expect(run((i) => checkProvenance(bad, 'd', i)).issues.map((x) => x.path)).toEqual(['d.provenance']);
    expect(run((i) => checkProvenance(bad, 'd', i, 'origin')).issues.map((x) => x.path)).toEqual(['d.origin']);
  });

  it('a provenance that is not an object is INVALID_TYPE, and nothing inside it is checked', () => {
    for (const [value, got] of [
      [5, '5'],
      [['regulation'], 'an array'],
      [null, 'null'],
    ] as const) {
      expect(run((i) => checkProvenance({ provenance: value }, 'd', i)).issues).toEqual([
        { code: 'INVALID_TYPE', path: 'd.provenance', message: `provenance must be an object, got ${got}` },
      ]);
    }
  });

  it('a confidence outside the levels is INVALID_TYPE, listing every level', () => {
    const expected = `confidence must be one of regulation, multiple-sources, single-source, inferred, disputed, assumed, got "sure"`;
    expect(CONFIDENCE_LEVELS.join(', ')).toBe('regulation, multiple-sources, single-source, inferred, disputed, assumed');
    expect(run((i) => checkProvenance({ provenance: { confidence: 'sure' } }, 'd', i)).issues).toEqual([
      { code: 'INVALID_TYPE', path: 'd.provenance.confidence', message: expected },
    ]);
    expect(run((i) => checkProvenance({ provenance: {} }, 'd', i)).issues.map((x) => [x.path, x.message])).toEqual([
      ['d.provenance.confidence', expected.replace('"sure"', 'undefined')],
    ]);
  });

  it('source and note are optional strings, checked at their own paths', () => {
    const provenance = { confidence: 'assumed', source: 5, note: false };
    expect(run((i) => checkProvenance({ provenance }, 'd', i)).issues).toEqual([
      { code: 'INVALID_TYPE', path: 'd.provenance.source', message: 'source must be a string, got 5' },
      { code: 'INVALID_TYPE', path: 'd.provenance.note', message: 'note must be a string, got false' },
    ]);
    expect(run((i) => checkProvenance({ provenance: { confidence: 'assumed', source: '', note: '' } }, 'd', i)).issues).toEqual([]);
  });
});
