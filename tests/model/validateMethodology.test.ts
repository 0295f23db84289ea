import { describe, expect, it } from 'vitest';
import { presets, scales, validateMethodology, type Issue, type ValidationResult, type Methodology } from '../../src/index.js';
import { dimension, flat, ind, methodology, variable } from '../helpers/builders.js';

function issuesOf(r: ValidationResult<Methodology>): readonly Issue[] {
  expect(r.ok).toBe(false);
  return r.issues;
}
const codesAndPaths = (spec: unknown) => issuesOf(validateMethodology(spec)).map((i) => [i.code, i.path]);

describe('validateMethodology: valid input', () => {
  it('accepts the built-in preset and returns it', () => {
    const r = validateMethodology(presets.ombudsman2022);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBe(presets.ombudsman2022);
    expect(r.issues).toEqual([]);
  });

  it('fills in the documented defaults (total 100, tolerance 0, no renormalize, half-up to 2 decimals) and freezes the result', () => {
    const r = validateMethodology(flat([ind('a', 60), ind('b', 40)]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.weights).toEqual({ total: 100, tolerance: 0, renormalize: false });
    expect(r.value.rounding).toEqual({ mode: 'halfUp', decimals: 2 });
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value.dimensions[0]!.variables[0]!.indicators[0]!)).toBe(true);
    expect(Object.isFrozen(r.value.dimensions[0]!.variables[0]!.indicators[0]!.answer)).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    for (const bad of [undefined, null, 42, 'methodology', [], true]) {
      const issues = issuesOf(validateMethodology(bad));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'INVALID_TYPE', path: 'methodology' });
    }
  });

  it('does not mutate its input', () => {
    const spec = flat([ind('a', 60), ind('b', 40)]);
    const before = JSON.stringify(spec);
    validateMethodology(spec);
    validateMethodology(flat([ind('a', 60), ind('a', -40)]));
    expect(JSON.stringify(spec)).toBe(before);
  });
});

describe('validateMethodology: duplicate ids', () => {
  it('indicator ids are unique in the whole methodology, not just their variable', () => {
    const spec = methodology([
      dimension('d1', 50, [variable('v1', [ind('same', 100)])]),
      dimension('d2', 50, [variable('v2', [ind('other', 50), ind('same', 50)])]),
    ]);
    expect(codesAndPaths(spec)).toEqual([['DUPLICATE_ID', 'dimensions[1].variables[0].indicators[1].id']]);
  });

  it('dimension ids, variable ids and level keys are unique too', () => {
    const levels = { kind: 'levels', levels: [{ key: 'ada', value: 1 }, { key: 'ada', value: 0 }] };
    const spec = methodology([
      dimension('d', 50, [variable('v', [ind('a', 100)])]),
      dimension('d', 50, [variable('v', [ind('b', 100, levels)])]),
    ]);
    expect(codesAndPaths(spec)).toEqual([
      ['DUPLICATE_ID', 'dimensions[1].id'],
      ['DUPLICATE_ID', 'dimensions[1].variables[0].id'],
      ['DUPLICATE_ID', 'dimensions[1].variables[0].indicators[0].answer.levels[1].key'],
    ]);
  });
});

describe('validateMethodology: empty groups', () => {
  it.each([
    ['no dimensions', methodology([]), 'dimensions'],
    ['a dimension without variables', methodology([dimension('d', 100, [])]), 'dimensions[0].variables'],
    ['a variable without indicators', methodology([dimension('d', 100, [variable('v', [])])]), 'dimensions[0].variables[0].indicators'],
  ])('%s → EMPTY_GROUP', (_what, spec, path) => {
    expect(codesAndPaths(spec)).toEqual([['EMPTY_GROUP', path]]);
  });
});

describe('validateMethodology: weights', () => {
  it.each([
    ['negative', -1],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['not a number', 'banyak'],
    ['a fraction over zero', '1/0'],
    ['an object', { value: 1 }],
  ])('a %s weight is INVALID_WEIGHT at its path', (_what, w) => {
    expect(codesAndPaths(flat([ind('a', 100), ind('b', w)]))).toEqual([['INVALID_WEIGHT', 'dimensions[0].variables[0].indicators[1].weight']]);
  });

  it('a missing weight is MISSING_FIELD', () => {
    expect(codesAndPaths(flat([ind('a', 100), { id: 'b', name: 'b', answer: { kind: 'yesNo' } }]))).toEqual([
      ['MISSING_FIELD', 'dimensions[0].variables[0].indicators[1].weight'],
    ]);
  });

  it('an invalid weight is reported once, without a made-up sum mismatch (regression)', () => {
    // Before the fix the sum was checked over the readable weights only ("sum to 75, not 100"),
    // or with a variable's bad weight replaced by its indicators' sum ("sum to 160").
    expect(codesAndPaths(flat([ind('a', 50), ind('b', 25), ind('c', -1)]))).toEqual([['INVALID_WEIGHT', 'dimensions[0].variables[0].indicators[2].weight']]);
    const weighted = methodology([dimension('d', 100, [variable('v1', [ind('a', 100)], -40), variable('v2', [ind('b', 100)], 60)])]);
    expect(codesAndPaths(weighted)).toEqual([['INVALID_WEIGHT', 'dimensions[0].variables[0].weight']]);
  });

  it('sibling weights must sum exactly to the declared total (default 100)', () => {
    const spec = methodology([dimension('d1', 21.85, [variable('v', [ind('a', 100)])]), dimension('d2', 78.14, [variable('w', [ind('b', 100)])])]);
    const issues = issuesOf(validateMethodology(spec));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['WEIGHT_SUM_MISMATCH', 'dimensions']]);
    expect(issues[0]!.message).toContain('99.99');
  });

  it('the sum is exact: 0.1 + 0.2 is 0.3, and "1/3" three times is exactly 1', () => {
    const one = (total: number, weights: unknown[]) =>
      methodology([dimension('d', total, [variable('v', weights.map((w, i) => ind(`i${i}`, w)))])], { weights: { total } });
    expect(validateMethodology(one(0.3, [0.1, 0.2])).ok).toBe(true);
    expect(validateMethodology(one(1, ['1/3', '1/3', '1/3'])).ok).toBe(true);
    expect(validateMethodology(one(1, ['0,25', 0.75])).ok).toBe(true);
    expect(validateMethodology(flat(Array.from({ length: 7 }, (_, i) => ind(`i${i}`, '100/7')))).ok).toBe(true);
    // Rounded sevenths (14.29 × 7 = 100.03) are not exact.
    expect(codesAndPaths(flat(Array.from({ length: 7 }, (_, i) => ind(`i${i}`, 14.29))))).toEqual([['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables']]);
  });

  it('a declared tolerance allows a small difference, inclusive, and no more', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ind(`i${i}`, 14.29)); // sums to 100.03
    expect(validateMethodology(flat(seven, { weights: { tolerance: 0.03 } })).ok).toBe(true);
    expect(validateMethodology(flat(seven, { weights: { tolerance: '0,05' } })).ok).toBe(true);
    expect(codesAndPaths(flat(seven, { weights: { tolerance: 0.029 } }))).toEqual([['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables']]);
  });

  it('a declared total other than 100 is used for every group', () => {
    const spec = methodology([dimension('d1', 0.25, [variable('v', [ind('a', 1)])]), dimension('d2', 0.75, [variable('w', [ind('b', 0.5), ind('c', '1/2')])])], {
      weights: { total: 1 },
    });
    expect(validateMethodology(spec).ok).toBe(true);
    expect(codesAndPaths(flat([ind('a', 60), ind('b', 40)], { weights: { total: 1 } }))).toEqual([
      ['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables'],
      ['WEIGHT_SUM_MISMATCH', 'dimensions'],
    ]);
  });

  it('renormalize: true skips the sum check, but a group of zeros is still an error', () => {
    const relative = flat([ind('a', 3), ind('b', 7), ind('c', 1)]);
    expect(codesAndPaths(relative)).toEqual([['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables']]);
    expect(validateMethodology({ ...relative, weights: { renormalize: true } }).ok).toBe(true);
    expect(codesAndPaths(flat([ind('a', 0), ind('b', 0)], { weights: { renormalize: true } }))).toEqual([['ZERO_WEIGHT_GROUP', 'dimensions[0].variables']]);
  });

  it('variables either all carry weights or none does', () => {
    const spec = methodology([dimension('d', 100, [variable('v1', [ind('a', 100)], 50), variable('v2', [ind('b', 100)])])]);
    expect(codesAndPaths(spec)).toEqual([['MIXED_VARIABLE_WEIGHTS', 'dimensions[0].variables']]);
  });

  it('weighted variables: the variables sum to the total, and inside each variable its indicators do', () => {
    const ok = methodology([dimension('d', 100, [variable('v1', [ind('a', 100)], 40), variable('v2', [ind('b', 50), ind('c', 50)], 60)])]);
    expect(validateMethodology(ok).ok).toBe(true);
    const bad = methodology([dimension('d', 100, [variable('v1', [ind('a', 90)], 40), variable('v2', [ind('b', 50), ind('c', 50)], 50)])]);
    expect(codesAndPaths(bad)).toEqual([
      ['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables[0].indicators'],
      ['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables'],
    ]);
  });

  it('a bad weight policy is reported at weights.*', () => {
    expect(codesAndPaths(flat([ind('a', 100)], { weights: { total: 0, tolerance: -1, renormalize: 'yes' } }))).toEqual([
      ['INVALID_WEIGHT', 'weights.total'],
      ['INVALID_WEIGHT', 'weights.tolerance'],
      ['INVALID_TYPE', 'weights.renormalize'],
    ]);
  });
});

describe('validateMethodology: indicator answer ranges', () => {
  it.each([
    ['an empty interval (3–3)', { kind: 'interval', min: 3, max: 3 }, 'INVALID_RANGE', '.answer'],
    ['an inverted interval (3–0)', { kind: 'interval', min: 3, max: 0 }, 'INVALID_RANGE', '.answer'],
    ['an ordinal range with fractional bounds', { kind: 'ordinal', min: 1, max: 4.5 }, 'INVALID_RANGE', '.answer'],
    ['an interval with a missing max', { kind: 'interval', min: 0 }, 'INVALID_RANGE', '.answer'],
    ['a single level', { kind: 'levels', levels: [{ key: 'ada', value: 1 }] }, 'INVALID_RANGE', '.answer.levels'],
    ['levels that all have the same value', { kind: 'levels', levels: [{ key: 'a', value: 1 }, { key: 'b', value: '1,0' }] }, 'INVALID_RANGE', '.answer.levels'],
    ['a level without a numeric value', { kind: 'levels', levels: [{ key: 'a', value: 1 }, { key: 'b', value: 'tinggi' }] }, 'INVALID_RANGE', '.answer.levels[1].value'],
    ['a level key reserved for "not applicable"', { kind: 'levels', levels: [{ key: 'a', value: 1 }, { key: 'N/A', value: 0 }] }, 'INVALID_ID', '.answer.levels[1].key'],
    ['an unknown kind', { kind: 'likert' }, 'INVALID_ANSWER_KIND', '.answer.kind'],
    ['percent with 7 decimals', { kind: 'percent', decimals: 7 }, 'INVALID_ANSWER_KIND', '.answer.decimals'],
    ['an answer that is not an object', 'interval', 'INVALID_ANSWER_KIND', '.answer'],
  ])('%s', (_what, answer, code, suffix) => {
    expect(codesAndPaths(flat([ind('a', 50), ind('b', 50, answer)]))).toEqual([[code, `dimensions[0].variables[0].indicators[1]${suffix}`]]);
  });

  it('a missing answer spec is MISSING_FIELD', () => {
    expect(codesAndPaths(flat([ind('a', 50), { id: 'b', name: 'b', weight: 50 }]))).toEqual([['MISSING_FIELD', 'dimensions[0].variables[0].indicators[1].answer']]);
  });
});

describe('validateMethodology: output range and scale', () => {
  it('an inverted or empty output range is INVALID_RANGE at output', () => {
    expect(codesAndPaths(flat([ind('a', 100)], { output: { min: 100, max: 0 } }))).toEqual([['INVALID_RANGE', 'output']]);
    expect(codesAndPaths(flat([ind('a', 100)], { output: { min: 5, max: '5,0' } }))).toEqual([['INVALID_RANGE', 'output']]);
    expect(codesAndPaths(flat([ind('a', 100)], { output: { min: 'nol', max: 100 } }))).toEqual([['INVALID_RANGE', 'output.min']]);
  });

  it("a scale that does not span the output range is SCALE_MISMATCH (the SKM scale starts at 25)", () => {
    expect(codesAndPaths(flat([ind('a', 100)], { scale: scales.skm2017 }))).toEqual([['SCALE_MISMATCH', 'scale']]);
    expect(validateMethodology(flat([ind('a', 100)], { scale: scales.skm2017, output: { min: 25, max: 100 } })).ok).toBe(true);
    expect(validateMethodology(flat([ind('a', 100)], { scale: scales.pekppp2022, output: { min: '0', max: '5,00' } })).ok).toBe(true);
  });

  it('a scale with a gap (the loose "80,9 / 50,9" rendering of the 2013 zones) is SCALE_GAP inside scale.bands', () => {
    const loose = {
      id: 'loose', name: 'Loose 2013 zones', min: 0, max: 100,
      bands: [
        { category: 'hijau', label: 'Kepatuhan Tinggi', min: 81, max: 100 },
        { category: 'kuning', label: 'Kepatuhan Sedang', min: 51, max: 80.9 },
        { category: 'merah', label: 'Kepatuhan Rendah', min: 0, max: 50.9 },
      ],
    };
    // 50.91–50.99 and 80.91–80.99 fall in no band (domain reference §1).
    const issues = issuesOf(validateMethodology(flat([ind('a', 100)], { scale: loose })));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['SCALE_GAP', 'scale.bands[1]'],
      ['SCALE_GAP', 'scale.bands[0]'],
    ]);
    expect(issues[0]!.message).toContain('50.91–50.99');
    expect(issues[1]!.message).toContain('80.91–80.99');
  });

  it('a scale with overlapping bands, or bands that do not cover the range, is reported', () => {
    const overlap = { id: 's', name: 'S', min: 0, max: 100, bands: [{ category: 'hi', label: 'Hi', min: 50, max: 100 }, { category: 'lo', label: 'Lo', min: 0, max: 50 }] };
    expect(codesAndPaths(flat([ind('a', 100)], { scale: overlap }))).toEqual([['SCALE_OVERLAP', 'scale.bands[0]']]);
    const short = { id: 's', name: 'S', min: 0, max: 100, bands: [{ category: 'hi', label: 'Hi', min: 50, max: 99 }, { category: 'lo', label: 'Lo', min: 0, max: 50, maxInclusive: false }] };
    expect(codesAndPaths(flat([ind('a', 100)], { scale: short }))).toEqual([['SCALE_COVERAGE', 'scale.bands[0]']]);
  });

  it('a missing scale is MISSING_FIELD, a bad rounding rule INVALID_ROUNDING', () => {
    const { scale: _omit, ...noScale } = flat([ind('a', 100)]);
    expect(codesAndPaths(noScale)).toEqual([['MISSING_FIELD', 'scale']]);
    expect(codesAndPaths(flat([ind('a', 100)], { rounding: { mode: 'bankers', decimals: 2 } }))).toEqual([['INVALID_ROUNDING', 'rounding.mode']]);
    expect(codesAndPaths(flat([ind('a', 100)], { rounding: { mode: 'halfUp', decimals: 21 } }))).toEqual([['INVALID_ROUNDING', 'rounding.decimals']]);
    expect(codesAndPaths(flat([ind('a', 100)], { rounding: 'halfUp' }))).toEqual([['INVALID_ROUNDING', 'rounding']]);
  });
});

describe('validateMethodology reports every issue at once, in document order', () => {
  it('an empty object lists every missing required field', () => {
    expect(codesAndPaths({})).toEqual([
      ['MISSING_FIELD', 'id'],
      ['MISSING_FIELD', 'name'],
      ['MISSING_FIELD', 'version'],
      ['MISSING_FIELD', 'output'],
      ['MISSING_FIELD', 'scale'],
      ['MISSING_FIELD', 'dimensions'],
    ]);
  });

  it('problems spread over the tree come back together, in the order they appear', () => {
    const spec = methodology(
      [
        dimension('input', 21.85, [variable('kompetensi', [ind('a', 50), ind('b', -50)])]),
        dimension('proses', 'tiga puluh', [variable('standar', [ind('c', 100, { kind: 'interval', min: 3, max: 0 })])]),
        dimension('output', 24.24, [variable('persepsi', [ind('a', 100)]), variable('kosong', [])]),
      ],
      { id: '', rounding: { mode: 'halfUp', decimals: -1 } },
    );
    expect(codesAndPaths(spec)).toEqual([
      ['INVALID_ID', 'id'],
      ['INVALID_ROUNDING', 'rounding.decimals'],
      ['INVALID_WEIGHT', 'dimensions[0].variables[0].indicators[1].weight'],
      ['INVALID_WEIGHT', 'dimensions[1].weight'],
      ['INVALID_RANGE', 'dimensions[1].variables[0].indicators[0].answer'],
      ['DUPLICATE_ID', 'dimensions[2].variables[0].indicators[0].id'],
      ['EMPTY_GROUP', 'dimensions[2].variables[1].indicators'],
    ]);
  });

  it('every issue has a code, a path and a message a person can read', () => {
    for (const issue of issuesOf(validateMethodology({ dimensions: [{}] }))) {
      expect(typeof issue.code).toBe('string');
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(10);
    }
  });
});
