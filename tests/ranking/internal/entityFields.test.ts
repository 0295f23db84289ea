/**
 * The id and group of an entity (src/ranking/internal/entityFields.ts), as every reader of
 * entity lists sees them: rank, compare, summarize, governmentGap, sensitivity and
 * replaySensitivityRun. The same mistake must give the same code, message and path everywhere.
 */
import { describe, expect, it } from 'vitest';
import { compare, governmentGap, isKepatuhanError, presets, rank, replaySensitivityRun, sensitivity, summarize } from '../../../src/index.js';
import { miniMethodology } from '../../helpers/methodologies.js';
import { caught, type Caught } from '../../helpers/errors.js';



const mini = miniMethodology([{ id: 'a', weight: 1, answer: { kind: 'interval', min: 0, max: 3 } }]);
const study = sensitivity(mini, [{ id: 'x', answers: { a: 1 } }], { runs: 1 });

/**
 * Each reader of a list of entities, given records with the fields under test (an id, a
 * group) completed with what that reader needs; the error path is reported relative to the
 * list (`[1].id`), so that readers with different argument names compare.
 */
const readers: Record<string, { list: string; read: (records: Record<string, unknown>[]) => unknown }> = {
  rank: { list: 'entries', read: (rs) => rank(rs.map((r) => ({ score: 90, ...r })) as never) },
  'compare (previous year)': { list: 'previous', read: (rs) => compare(rs.map((r) => ({ score: 90, ...r })) as never, []) },
  'compare (current year)': { list: 'current', read: (rs) => compare([], rs.map((r) => ({ score: 90, ...r })) as never) },
  governmentGap: { list: 'units', read: (rs) => governmentGap(presets.ombudsman2022, rs.map((r) => ({ score: 90, ...r })) as never) },
  sensitivity: { list: 'entities', read: (rs) => sensitivity(mini, rs.map((r) => ({ answers: { a: 1 }, ...r })) as never, { runs: 1 }) },
  replaySensitivityRun: { list: 'entities', read: (rs) => replaySensitivityRun(mini, rs.map((r) => ({ answers: { a: 1 }, ...r })) as never, study.runs[0]!) },
};

function errorsOf(records: Record<string, unknown>[]): Record<string, Caught | undefined> {
  return Object.fromEntries(
    Object.entries(readers).map(([name, { list, read }]) => {
      const c = caught(() => read(records));
      return [name, c === undefined ? undefined : { ...c, path: c.path.startsWith(list) ? c.path.slice(list.length) : `(not under ${list}) ${c.path}` }];
    }),
  );
}

describe('entity ids: one rule (a non-empty string of at most 200 characters, as in a methodology), one error', () => {
  const cases: [string, Record<string, unknown>[], Caught][] = [
    ['an absent id', [{}], { code: 'MISSING_FIELD', message: 'id is required', path: '[0].id' }],
    ['an empty id', [{ id: '' }], { code: 'INVALID_ID', message: 'id must be a non-empty string of at most 200 characters, got ""', path: '[0].id' }],
    ['a blank id', [{ id: '  ' }], { code: 'INVALID_ID', message: 'id must be a non-empty string of at most 200 characters, got "  "', path: '[0].id' }],
    ['a number as id', [{ id: 7 }], { code: 'INVALID_ID', message: 'id must be a non-empty string of at most 200 characters, got 7', path: '[0].id' }],
    ['an id of 201 characters', [{ id: 'x'.repeat(201) }], { code: 'INVALID_ID', message: `id must be a non-empty string of at most 200 characters, got "${'x'.repeat(40)}…"`, path: '[0].id' }],
    ['an id given twice', [{ id: 'a' }, { id: 'a' }], { code: 'DUPLICATE_ID', message: 'id "a" appears twice', path: '[1].id' }],
  ];
  it.each(cases)('%s gets the same code, message and path from every reader', (_what, records, expected) => {
    const errors = errorsOf(records);
    for (const name of Object.keys(readers)) expect({ reader: name, error: errors[name] }).toEqual({ reader: name, error: expected });
  });

  it('an id of exactly 200 characters is accepted everywhere', () => {
    expect(errorsOf([{ id: 'x'.repeat(200) }])).toEqual(Object.fromEntries(Object.keys(readers).map((name) => [name, undefined])));
  });
});

describe('groups: a string, or null / absent for none; anything else is INVALID_TYPE everywhere', () => {
  const groupReaders = { ...readers, summarize: { list: 'results', read: (rs: Record<string, unknown>[]) => summarize(rs.map((r) => ({ score: 90, ...r })) as never, { groupBy: 'group' as never }) } };

  it.each([
    ['a number', 2024, '2024'],
    ['a boolean', true, 'true'],
    ['an object', {}, 'an object'],
  ] as const)('%s as a group field is rejected with the same error by rank, compare, sensitivity and summarize', (_what, group, described) => {
    const expected: Caught = { code: 'INVALID_TYPE', message: `a group must be a string, or null for none, got ${described}`, path: '[0].group' };
    for (const [name, { list, read }] of Object.entries(groupReaders)) {
      if (name === 'governmentGap') continue; // units have no group
      const c = caught(() => read([{ id: 'a', group }]));
      expect({ reader: name, error: c }).toEqual({ reader: name, error: { ...expected, path: `${list}${expected.path}` } });
    }
  });

  it('summarize does not turn a numeric key into a string: grouping by a number field is rejected at that field', () => {
    const rows = [
      { score: 90, year: 2023 },
      { score: 80, year: 2024 },
    ];
    expect(caught(() => summarize(rows as never, { groupBy: 'year' as never }))).toEqual({
      code: 'INVALID_TYPE',
      message: 'a group must be a string, or null for none, got 2023',
      path: 'results[0].year',
    });
    // As a string field it groups as usual.
    expect(summarize(rows.map((r) => ({ ...r, year: String(r.year) })), { groupBy: 'year' }).groups.map((g) => [g.key, g.count])).toEqual([
      ['2023', 1],
      ['2024', 1],
    ]);
  });

  it('a group function returning a non-string is the same INVALID_TYPE, at the function, naming the entry', () => {
    const expected = (path: string, entry: string): Caught => ({
      code: 'INVALID_TYPE',
      message: `a group must be a string, or null for none, got 7 (returned for ${entry})`,
      path,
    });
    const list = [{ id: 'a', score: 90 }];
    expect(caught(() => rank(list, { groupBy: () => 7 as never }))).toEqual(expected('options.groupBy', 'entries[0]'));
    expect(caught(() => compare([], list, { groupBy: () => 7 as never }))).toEqual(expected('options.groupBy', 'current[0]'));
    expect(caught(() => summarize(list, { groupBy: () => 7 as never }))).toEqual(expected('options.groupBy', 'results[0]'));
  });

  it('null and absent groups are "no group" everywhere', () => {
    expect(rank([{ id: 'a', score: 1, group: null }, { id: 'b', score: 2 }]).map((r) => r.group)).toEqual([null, null]);
    expect(summarize([{ score: 1, group: null }, { score: 2 }], { groupBy: 'group' }).groups.map((g) => [g.key, g.count])).toEqual([[null, 2]]);
    expect(sensitivity(mini, [{ id: 'x', group: null, answers: { a: 1 } }, { id: 'y', answers: { a: 2 } }], { runs: 1 }).entities.map((e) => e.group)).toEqual([null, null]);
  });
});
