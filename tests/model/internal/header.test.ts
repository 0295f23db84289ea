/**
 * The methodology compiler's top-level fields, one module each (src/model/internal/):
 * `years` (checkIdentity), `output` (readOutput), `weights` (weights), `rounding`
 * (readRoundingRule), `scale` (readScale). Each bad value gives one issue with its code, the
 * path of the field and a message naming the value and the allowed range; each bound is
 * tried on both sides.
 */
import { describe, expect, it } from 'vitest';
import { scales, validateMethodology, type Issue } from '../../../src/index.js';
import { dimension, flat, ind, methodology, variable } from '../../helpers/builders.js';

/** The issues of a spec as [code, path, message]; [] when it is valid. */
function issues(spec: unknown): [string, string, string][] {
  const r = validateMethodology(spec);
  return r.ok ? [] : r.issues.map((i: Issue) => [i.code, i.path, i.message]);
}
/** Two indicators weighing 60 and 40 on 0–100, with `extra` top-level fields. */
const spec = (extra: Record<string, unknown>) => flat([ind('a', 60), ind('b', 40)], extra);
const valid = (extra: Record<string, unknown>) => expect(issues(spec(extra))).toEqual([]);

describe('naming fields', () => {
  it('assessment and notes are optional strings; provenance is checked at the top', () => {
    expect(issues(spec({ assessment: 1, notes: 2, provenance: { confidence: 'sure' } })).map(([c, p]) => [c, p])).toEqual([
      ['INVALID_TYPE', 'assessment'],
      ['INVALID_TYPE', 'notes'],
      ['INVALID_TYPE', 'provenance.confidence'],
    ]);
  });
});

describe('years', () => {
  const bad = (years: unknown, shown: string) =>
    expect(issues(spec({ years }))).toEqual([['INVALID_RANGE', 'years', `years must be { from, to? } with whole years and to ≥ from, got ${shown}`]]);

  it('accepts a start year alone, or a range whose end is not before its start', () => {
    valid({ years: { from: 2022 } });
    valid({ years: { from: 2022, to: 2022 } });
    valid({ years: { from: 2022, to: 2025 } });
  });

  it('rejects anything but an object, a missing or fractional start, and an end that is fractional, not a number or before the start', () => {
    bad(2022, '2022');
    bad({ to: 2022 }, 'an object');
    bad({ from: 2022.5 }, 'an object');
    bad({ from: 2022, to: 2021 }, 'an object');
    bad({ from: 2022, to: 2023.5 }, 'an object');
    bad({ from: 2022, to: '2023' }, 'an object');
  });
});

describe('output', () => {
  it('is required, as an object', () => {
    expect(issues(spec({ output: undefined }))).toEqual([['MISSING_FIELD', 'output', 'output is required (e.g. { min: 0, max: 100 })']]);
    expect(issues(spec({ output: 100 }))).toEqual([['INVALID_TYPE', 'output', 'output must be { min, max }, got 100']]);
  });

  it('bounds are numbers from -1e15 to 1e15, each reported at its own path', () => {
    expect(issues(spec({ output: { min: 'low', max: 1e16 } }))).toEqual([
      ['INVALID_RANGE', 'output.min', 'output.min must be a number from -1e15 to 1e15, got "low"'],
      ['INVALID_RANGE', 'output.max', 'output.max must be a number from -1e15 to 1e15, got 10000000000000000'],
    ]);
    expect(issues(spec({ output: { min: -1e16, max: 100 } }))).toEqual([
      ['INVALID_RANGE', 'output.min', 'output.min must be a number from -1e15 to 1e15, got -10000000000000000'],
    ]);
    expect(issues(spec({ output: { min: 0, max: 'high' } }))).toEqual([
      ['INVALID_RANGE', 'output.max', 'output.max must be a number from -1e15 to 1e15, got "high"'],
    ]);
  });

  it('min must be below max: equal or inverted bounds are one issue at output', () => {
    expect(issues(spec({ output: { min: 100, max: 100 } }))).toEqual([['INVALID_RANGE', 'output', 'output.min (100) must be below output.max (100)']]);
    expect(issues(spec({ output: { min: 100, max: 0 } }))).toEqual([['INVALID_RANGE', 'output', 'output.min (100) must be below output.max (0)']]);
  });

  it('bounds must lie on the rounding grid: more decimals than the rounding keeps is an issue at that bound', () => {
    const scale = { id: 's', name: 'S', min: 0.5, max: 99.5, bands: [{ category: 'X', label: 'X', min: 0.5, max: 99.5 }] };
    const at = (decimals: number) => spec({ output: { min: 0.5, max: 99.5 }, scale, rounding: { mode: 'halfUp', decimals } });
    expect(issues(at(1))).toEqual([]);
    const message = (p: string) => `${p} has more decimals than the rounding keeps (0): a rounded score could fall outside the output range`;
    expect(issues(at(0))).toEqual([
      ['INVALID_RANGE', 'output.min', message('output.min')],
      ['INVALID_RANGE', 'output.max', message('output.max')],
    ]);
  });

  it('a missing output range gives no rounding-grid issue, even at 0 decimals', () => {
    expect(issues(spec({ output: undefined, rounding: { mode: 'halfUp', decimals: 0 } })).map(([c, p]) => [c, p])).toEqual([['MISSING_FIELD', 'output']]);
  });
});

describe('weights (the policy)', () => {
  it('must be an object', () => {
    expect(issues(spec({ weights: true }))).toEqual([['INVALID_TYPE', 'weights', 'weights must be { total?, tolerance?, renormalize? }, got true']]);
  });

  it('total is a positive number, decimal or fraction', () => {
    for (const [total, shown] of [[0, '0'], [-100, '-100'], ['lots', '"lots"'], ['1/0', '"1/0"']] as const)
      expect(issues(spec({ weights: { total } }))).toEqual([['INVALID_WEIGHT', 'weights.total', `weights.total must be a positive number, got ${shown}`]]);
    const totalling = (total: unknown, weights: unknown[]) =>
      methodology([dimension('d', total, [variable('v', weights.map((w, i) => ind(`i${i}`, w)))])], { weights: { total } });
    expect(issues(totalling(1, [0.6, 0.4]))).toEqual([]);
    expect(issues(totalling('1/2', ['1/3', '1/6']))).toEqual([]);
  });

  it('tolerance is a non-negative number', () => {
    for (const [tolerance, shown] of [[-0.5, '-0.5'], ['some', '"some"']] as const)
      expect(issues(spec({ weights: { tolerance } }))).toEqual([
        ['INVALID_WEIGHT', 'weights.tolerance', `weights.tolerance must be a non-negative number, got ${shown}`],
      ]);
    valid({ weights: { tolerance: 0 } });
  });

  it('renormalize is true or false', () => {
    expect(issues(spec({ weights: { renormalize: 'yes' } }))).toEqual([
      ['INVALID_TYPE', 'weights.renormalize', 'renormalize must be true or false, got "yes"'],
    ]);
  });

  it('a bad policy field leaves the default policy in force (total 100), so the sums are checked against 100', () => {
    // 60 + 40 = 100: only the bad field is reported, no sum mismatch against a bad total.
    expect(issues(spec({ weights: { total: 0 } })).map(([c, p]) => [c, p])).toEqual([['INVALID_WEIGHT', 'weights.total']]);
    expect(issues(spec({ weights: { total: 50, tolerance: -1 } })).map(([c, p]) => [c, p])).toEqual([['INVALID_WEIGHT', 'weights.tolerance']]);
    expect(issues(flat([ind('a', 30), ind('b', 20)], { weights: { total: 50, tolerance: -1 } })).map(([c, p]) => [c, p])).toEqual([
      ['INVALID_WEIGHT', 'weights.tolerance'],
      ['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables'],
    ]);
  });
});

describe('rounding', () => {
  it('is an object { mode, decimals }', () => {
    expect(issues(spec({ rounding: 'halfUp' }))).toEqual([['INVALID_ROUNDING', 'rounding', 'rounding must be { mode, decimals }, got "halfUp"']]);
  });

  it('mode is one of the rounding modes', () => {
    expect(issues(spec({ rounding: { mode: 'up', decimals: 2 } }))).toEqual([
      [
        'INVALID_ROUNDING',
        'rounding.mode',
        'mode must be one of halfUp, halfDown, halfEven, halfAwayFromZero, halfTowardZero, floor, ceil, truncate, got "up"',
      ],
    ]);
  });

  it('decimals is a whole number from 0 to 20', () => {
    for (const [decimals, shown] of [[-1, '-1'], [21, '21'], [1.5, '1.5'], ['2', '"2"']] as const)
      expect(issues(spec({ rounding: { mode: 'halfUp', decimals } }))).toEqual([
        ['INVALID_ROUNDING', 'rounding.decimals', `decimals must be a whole number from 0 to 20, got ${shown}`],
      ]);
    valid({ rounding: { mode: 'halfUp', decimals: 0 } });
    valid({ rounding: { mode: 'halfUp', decimals: 20 } });
  });

  it('is kept as given, -0 decimals as 0, and defaults to half-up to 2 decimals', () => {
    const read = (rounding: unknown) => {
      const r = validateMethodology(spec(rounding === undefined ? {} : { rounding }));
      return r.ok ? r.value.rounding : undefined;
    };
    expect(read({ mode: 'floor', decimals: 3 })).toEqual({ mode: 'floor', decimals: 3 });
    expect(Object.is(read({ mode: 'ceil', decimals: -0 })!.decimals, 0)).toBe(true);
    expect(read(undefined)).toEqual({ mode: 'halfUp', decimals: 2 });
  });
});

describe('scale', () => {
  it('is required', () => {
    expect(issues(spec({ scale: undefined }))).toEqual([['MISSING_FIELD', 'scale', 'scale is required (e.g. scales.ombudsman2022)']]);
  });

  it('must span the output range exactly: either bound differing is SCALE_MISMATCH', () => {
    const mismatch = (min: number, max: number) => [
      ['SCALE_MISMATCH', 'scale', `the scale spans 0–100 but the output range is ${min}–${max}`],
    ];
    expect(issues(spec({ output: { min: 0, max: 50 }, scale: scales.ombudsman2022 }))).toEqual(mismatch(0, 50));
    expect(issues(spec({ output: { min: 10, max: 100 }, scale: scales.ombudsman2022 }))).toEqual(mismatch(10, 100));
  });

  it('a bad output range is not compared with the scale', () => {
    expect(issues(spec({ output: { min: 0, max: 'x' } })).map(([c]) => c)).toEqual(['INVALID_RANGE']);
    expect(issues(spec({ output: { min: 'x', max: 100 } })).map(([c]) => c)).toEqual(['INVALID_RANGE']);
  });
});
