/**
 * One example per error code in src/errors/codes.ts: how the current core raises it, with
 * the code and the path users see. `Record<ErrorCode, …>` makes a new code without an
 * example a type error, and the last test makes it a test failure too.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  classify,
  defineMethodology,
  defineScale,
  explain,
  gapToBand,
  presets,
  ERROR_CODES,
  formatScore,
  isKepatuhanError,
  KepatuhanError,
  parseScore,
  presetForYear,
  roundScore,
  scales,
  scoreUnit,
  validateMethodology,
  validateScale,
  type ErrorCode,
  type Issue,
  type RoundingMode,
  type Scale,
  type ScaleSpec,
} from '../../src/index.js';
import { dimension, flat, ind, methodology, variable } from '../helpers/builders.js';

/** Where an example finds its code: thrown by a call, or listed by a validator. */
type Example = { readonly throws: () => unknown; readonly path: string } | { readonly validates: () => { ok: boolean; issues: readonly Issue[] }; readonly path: string };

const m = defineMethodology(flat([ind('a', 60), ind('b', 40, { kind: 'yesNo' })]));
const band = (category: string, min: number, max: number, extra: object = {}) => ({ category, label: category, min, max, ...extra });
const scale = (bands: unknown[]): ScaleSpec => ({ id: 's', name: 'S', min: 0, max: 100, bands }) as ScaleSpec;

const examples: Record<ErrorCode, Example> = {
  INVALID_TYPE: { validates: () => validateMethodology(flat([ind('a', 100)], { name: 42 })), path: 'name' },
  MISSING_FIELD: { validates: () => validateMethodology(flat([{ id: 'a', name: 'a', weight: 100 }])), path: 'dimensions[0].variables[0].indicators[0].answer' },
  INVALID_ID: { validates: () => validateMethodology(flat([ind('', 100)])), path: 'dimensions[0].variables[0].indicators[0].id' },
  DUPLICATE_ID: { validates: () => validateMethodology(flat([ind('a', 50), ind('a', 50)])), path: 'dimensions[0].variables[0].indicators[1].id' },
  EMPTY_GROUP: { validates: () => validateMethodology(methodology([dimension('d', 100, [])])), path: 'dimensions[0].variables' },
  INVALID_WEIGHT: {
    validates: () =>
      validateMethodology(methodology([dimension('d1', 50, [variable('v1', [ind('a', 100)])]), dimension('d2', 50, [variable('v2', [ind('b', 25), ind('c', 25), ind('d', 25), ind('e', -25)])])])),
    path: 'dimensions[1].variables[0].indicators[3].weight',
  },
  MIXED_VARIABLE_WEIGHTS: { validates: () => validateMethodology(methodology([dimension('d', 100, [variable('v1', [ind('a', 100)], 50), variable('v2', [ind('b', 100)])])])), path: 'dimensions[0].variables' },
  WEIGHT_SUM_MISMATCH: { validates: () => validateMethodology(methodology([dimension('d1', 21.85, [variable('v', [ind('a', 100)])]), dimension('d2', 78.14, [variable('w', [ind('b', 100)])])])), path: 'dimensions' },
  ZERO_WEIGHT_GROUP: { validates: () => validateMethodology(flat([ind('a', 0), ind('b', 0)], { weights: { renormalize: true } })), path: 'dimensions[0].variables' },
  INVALID_RANGE: { validates: () => validateMethodology(flat([ind('a', 100, { kind: 'interval', min: 3, max: 0 })])), path: 'dimensions[0].variables[0].indicators[0].answer' },
  INVALID_ANSWER_KIND: { validates: () => validateMethodology(flat([ind('a', 100, { kind: 'likert' })])), path: 'dimensions[0].variables[0].indicators[0].answer.kind' },
  INVALID_ROUNDING: { throws: () => roundScore(95.305, 'bankers' as RoundingMode), path: 'rule' },
  SCALE_GAP: { validates: () => validateScale(scale([band('hijau', 81, 100), band('kuning', 51, 80.9), band('merah', 0, 50.99)])), path: 'bands[0]' },
  SCALE_OVERLAP: { validates: () => validateScale(scale([band('hi', 50, 100), band('lo', 0, 50)])), path: 'bands[0]' },
  SCALE_COVERAGE: { validates: () => validateScale(scale([band('hi', 50, 100), band('lo', 1, 50, { maxInclusive: false })])), path: 'bands[1]' },
  SCALE_EMPTY_BAND: { validates: () => validateScale(scale([band('all', 0, 100), band('none', 50.001, 50.004)])), path: 'bands[1]' },
  SCALE_ZONE: {
    validates: () =>
      validateScale({
        ...scale([band('hi', 50, 100, { zone: 'hijau' }), band('lo', 0, 49.99, { zone: 'merah' })]),
        zones: [
          { id: 'hijau', label: 'Zona Hijau' },
          { id: 'merah', label: 'Zona Merah', max: 59.99 },
        ],
      }),
    path: 'zones[1].max',
  },
  SCALE_MISMATCH: { validates: () => validateMethodology(flat([ind('a', 100)], { scale: scales.skm2017 })), path: 'scale' },
  INVALID_METHODOLOGY: { throws: () => defineMethodology(flat([ind('a', 100), ind('b', 'x')])), path: 'dimensions[0].variables[0].indicators[1].weight' },
  INVALID_SCALE: { throws: () => defineScale(scale([band('hi', 50, 100), band('lo', 0, 50)])), path: 'bands[0]' },
  NOT_DEFINED: { throws: () => classify(88, JSON.parse(JSON.stringify(scales.ombudsman2022)) as Scale), path: 'scale' },
  INVALID_NUMBER: { throws: () => parseScore('sembilan puluh'), path: 'input' },
  VALUE_OUT_OF_RANGE: { throws: () => classify(100.01, scales.ombudsman2022), path: 'value' },
  UNKNOWN_INDICATOR: { throws: () => scoreUnit(m, { a: 3, b: true, c: 1 }), path: 'answers["c"]' },
  MISSING_ANSWER: { throws: () => scoreUnit(m, { a: 3 }), path: 'answers["b"]' },
  INVALID_ANSWER: { throws: () => scoreUnit(m, { a: 2.5, b: true }), path: 'answers["a"]' },
  ANSWER_OUT_OF_RANGE: { throws: () => scoreUnit(m, { a: 4, b: true }), path: 'answers["a"]' },
  NO_APPLICABLE_INDICATORS: { throws: () => scoreUnit(m, { a: 'na', b: 'na' }), path: 'answers' },
  EMPTY_INPUT: { throws: () => aggregate([]), path: 'scores' },
  INVALID_OPTION: { throws: () => formatScore(95.31, { locale: 'not a locale!' }), path: 'options.locale' },
  INVALID_SCORE_WEIGHT: { throws: () => aggregate([90, 80], { method: 'weightedMean', weights: [1, -1] }), path: 'options.weights[1]' },
  NO_ASSESSMENT_YEAR: { throws: () => presetForYear(2020), path: 'year' },
  NO_PRESET_FOR_YEAR: { throws: () => presetForYear(2016, 'skm'), path: 'year' },
  METHODOLOGY_MISMATCH: { throws: () => explain(presets.ombudsman2022, scoreUnit(m, { a: 3, b: true })), path: 'unitResult.methodology' },
  UNKNOWN_BAND: { throws: () => gapToBand(m, scoreUnit(m, { a: 3, b: true }), 'Z'), path: 'target' },
  TOO_LARGE: { validates: () => validateScale(scale(Array.from({ length: 1001 }, (_, i) => band(`b${i}`, i / 10, i / 10)))), path: 'bands' },
  UNREADABLE_INPUT: {
    throws: () =>
      roundScore(95.305, {
        get mode(): RoundingMode {
          throw new Error('no access');
        },
      }),
    path: 'rule.mode',
  },
  CALLBACK_FAILED: {
    throws: () =>
      aggregate([90, 80], {
        method: () => {
          throw new Error('custom rule failed');
        },
      }),
    path: 'options.method',
  },
};

describe('every error code can be raised, with its path', () => {
  it.each(Object.entries(examples) as [ErrorCode, Example][])('%s', (code, example) => {
    if ('throws' in example) {
      let error: unknown;
      try {
        example.throws();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KepatuhanError);
      expect(isKepatuhanError(error)).toBe(true);
      const k = error as KepatuhanError;
      expect(k.code).toBe(code);
      expect(k.path).toBe(example.path);
      expect(k.name).toBe('KepatuhanError');
      expect(k.issues.length).toBeGreaterThan(0);
      // The message leads with the path, so a log line says where.
      if (example.path !== '') expect(k.message.startsWith(`${example.path}: `)).toBe(true);
    } else {
      const r = example.validates();
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => [i.code, i.path])).toContainEqual([code, example.path]);
    }
  });

  it('ERROR_CODES lists exactly the codes with an example, each with a meaning', () => {
    expect(Object.keys(ERROR_CODES).sort()).toEqual(Object.keys(examples).sort());
    for (const meaning of Object.values(ERROR_CODES)) expect(meaning.length).toBeGreaterThan(10);
    expect(Object.isFrozen(ERROR_CODES)).toBe(true);
  });
});

describe('KepatuhanError', () => {
  it('carries code, path and a single issue by default', () => {
    const e = new KepatuhanError('INVALID_NUMBER', 'bad', 'scores[2]');
    expect(e).toBeInstanceOf(Error);
    expect([e.code, e.path, e.message]).toEqual(['INVALID_NUMBER', 'scores[2]', 'scores[2]: bad']);
    expect(e.issues).toEqual([{ code: 'INVALID_NUMBER', path: 'scores[2]', message: 'bad' }]);
    expect(new KepatuhanError('EMPTY_INPUT', 'none').message).toBe('none');
  });

  it('isKepatuhanError recognises a copy from another bundle by name and code, and nothing else', () => {
    const foreign = Object.assign(new Error('x'), { name: 'KepatuhanError', code: 'EMPTY_INPUT' });
    expect(isKepatuhanError(foreign)).toBe(true);
    expect(isKepatuhanError(new Error('x'))).toBe(false);
    expect(isKepatuhanError({ name: 'KepatuhanError', code: 'EMPTY_INPUT' })).toBe(false);
    expect(isKepatuhanError(undefined)).toBe(false);
  });

  it('isKepatuhanError needs both the name and a string code, and answers false for values it cannot inspect', () => {
    expect(isKepatuhanError(Object.assign(new Error('x'), { name: 'KepatuhanError' }))).toBe(false);
    expect(isKepatuhanError(Object.assign(new Error('x'), { name: 'KepatuhanError', code: 7 }))).toBe(false);
    expect(isKepatuhanError(Object.assign(new Error('x'), { code: 'EMPTY_INPUT' }))).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isKepatuhanError(proxy)).toBe(false);
    const lying = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(isKepatuhanError(lying)).toBe(false);
  });

  it('has a cause only when one was given', () => {
    expect(Object.hasOwn(new KepatuhanError('EMPTY_INPUT', 'none'), 'cause')).toBe(false);
    const original = new Error('boom');
    expect(new KepatuhanError('UNREADABLE_INPUT', 'x', 'a', undefined, original).cause).toBe(original);
  });
});
