/**
 * Hostile values at every public entry point: each call must throw the library's own error,
 * with the code and path a user can act on, never a TypeError from inside.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  checkReportedScore,
  classify,
  defineMethodology,
  defineScale,
  formatScore,
  KepatuhanError,
  parseScore,
  presets,
  roundScore,
  scales,
  scoreBatch,
  scoreSurvey,
  scoreUnit,
  validateMethodology,
  validateScale,
  type ErrorCode,
} from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';
import { thrown } from '../helpers/errors.js';

const boom = (): never => {
  throw new Error('hostile');
};
const revoked = (): object => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
/** An object whose every read throws (as a Proxy over a remote or locked object might). */
const trap = (): object => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
const getter = (key: string): object => Object.defineProperty({}, key, { enumerable: true, get: boom });


const m = defineMethodology(flat([ind('a', 60), ind('b', 40, { kind: 'yesNo' })]));

/** [name, call, code, path, code of the first issue when it differs (validation errors wrap it)] */
const cases: [name: string, call: () => unknown, code: ErrorCode, path: string, issue?: ErrorCode][] = [
  ['roundScore: a rule whose mode getter throws', () => roundScore(1, getter('mode') as never), 'UNREADABLE_INPUT', 'rule.mode'],
  ['roundScore: a revoked Proxy as the rule', () => roundScore(1, revoked() as never), 'UNREADABLE_INPUT', 'rule.mode'],
  ['formatScore: options that cannot be read', () => formatScore(1, trap() as never), 'UNREADABLE_INPUT', 'options.locale'],
  ['formatScore: a bigint score', () => formatScore(10n as never), 'INVALID_TYPE', 'value'],
  ['parseScore: a symbol', () => parseScore(Symbol('x') as never), 'INVALID_TYPE', 'input'],
  ['parseScore: a boxed number is not a number', () => parseScore(new Number(5) as never), 'INVALID_TYPE', 'input'],
  ['parseScore: a decimal beyond the largest double', () => parseScore('9'.repeat(400)), 'INVALID_NUMBER', 'input'],
  ['parseScore: more than 400 characters', () => parseScore(`1.${'0'.repeat(400)}`), 'INVALID_NUMBER', 'input'],
  ['defineScale: a scale whose id getter throws', () => defineScale(getter('id') as never), 'INVALID_SCALE', 'id', 'UNREADABLE_INPUT'],
  ['defineScale: a revoked Proxy as the scale', () => defineScale(revoked() as never), 'INVALID_SCALE', 'scale', 'UNREADABLE_INPUT'],
  ['defineScale: bands as a Proxy whose items throw', () => defineScale({ ...scales.ombudsman2022, bands: new Proxy([1, 2], { get: (t, k) => (k === 'length' ? 2 : boom()) }) } as never), 'INVALID_SCALE', 'bands[0]', 'UNREADABLE_INPUT'],
  // An entry point does not read a scale it was not given defined: nothing to throw from.
  ['classify: a scale whose id getter throws', () => classify(50, getter('id') as never), 'NOT_DEFINED', 'scale'],
  ['classify: a revoked Proxy as the scale', () => classify(50, revoked() as never), 'NOT_DEFINED', 'scale'],
  ['scoreUnit: a revoked Proxy as the methodology', () => scoreUnit(revoked() as never, { a: 3, b: true }), 'NOT_DEFINED', 'methodology'],
  ['defineScale: a cyclic band list', () => {
    const bands: unknown[] = [];
    bands.push(bands);
    return defineScale({ id: 's', name: 'S', min: 0, max: 1, bands } as never);
  }, 'INVALID_SCALE', 'bands[0]', 'INVALID_TYPE'],
  ['defineMethodology: dimensions as a huge sparse array', () => defineMethodology({ ...flat([ind('a', 100)]), dimensions: new Array(2 ** 32 - 1) } as never), 'INVALID_METHODOLOGY', 'dimensions', 'TOO_LARGE'],
  ['defineMethodology: a hole in the dimensions', () => defineMethodology({ ...flat([ind('a', 100)]), dimensions: [...flat([ind('a', 100)]).dimensions, ,] } as never), 'INVALID_METHODOLOGY', 'dimensions[1]', 'INVALID_TYPE'],
  ['scoreUnit: answers that cannot be listed', () => scoreUnit(m, trap() as never), 'UNREADABLE_INPUT', 'answers'],
  ['scoreUnit: an answer getter that throws', () => scoreUnit(m, { a: 3, get b(): boolean { return boom(); } }), 'UNREADABLE_INPUT', 'answers["b"]'],
  ['scoreUnit: options that cannot be read', () => scoreUnit(m, { a: 3, b: true }, trap() as never), 'UNREADABLE_INPUT', 'options.missing'],
  ['scoreUnit: answers as a revoked Proxy', () => scoreUnit(m, revoked() as never), 'UNREADABLE_INPUT', 'answers'],
  ['scoreUnit: an answer that is an object', () => scoreUnit(m, { a: { valueOf: () => 3 }, b: true } as never), 'INVALID_ANSWER', 'answers["a"]'],
  ['aggregate: scores as a Proxy whose items throw', () => aggregate(new Proxy([90, 80], { get: (t, k) => (k === 'length' ? 2 : boom()) })), 'UNREADABLE_INPUT', 'scores[0]'],
  ['aggregate: a sparse score list', () => aggregate([90, , 80] as never), 'INVALID_TYPE', 'scores[1]'],
  ['aggregate: more scores than the limit', () => aggregate(new Array(1_000_001)), 'TOO_LARGE', 'scores'],
  ['aggregate: an entry whose score getter throws', () => aggregate([getter('score') as never]), 'UNREADABLE_INPUT', 'scores[0].score'],
  ['aggregate: a custom method that throws', () => aggregate([1, 2], { method: boom }), 'CALLBACK_FAILED', 'options.method'],
  ['aggregate: a custom method that throws a revoked Proxy', () => aggregate([1, 2], { method: () => { throw revoked(); } }), 'CALLBACK_FAILED', 'options.method'],
  ['aggregate: a decimal beyond the largest double', () => aggregate(['1e400']), 'INVALID_NUMBER', 'scores[0]'],
  ['scoreBatch: cells behind a throwing Proxy', () => scoreBatch(m, new Proxy([3, 1], { get: (t, k) => (k === 'length' ? 2 : boom()) })), 'UNREADABLE_INPUT', 'answers[0]'],
  ['scoreBatch: an array-like with a fractional length', () => scoreBatch(m, { length: 1.5 } as never), 'INVALID_TYPE', 'answers'],
  ['scoreBatch: bigint cells', () => scoreBatch(m, new BigInt64Array(2) as never), 'INVALID_TYPE', 'answers'],
  ['scoreBatch: a fake Float64Array as the output buffer', () => scoreBatch(m, [3, 1], { into: Object.create(Float64Array.prototype) as Float64Array }), 'INVALID_OPTION', 'options.into'],
  ['scoreSurvey: a questionnaire that cannot be listed', () => scoreSurvey(m, [trap() as never]), 'UNREADABLE_INPUT', 'questionnaires[0]'],
  ['scoreSurvey: a hole in the questionnaires', () => scoreSurvey(m, [{ a: 3, b: true }, ,] as never), 'INVALID_TYPE', 'questionnaires[1]'],
  ['checkReportedScore: a units Proxy whose items throw', () => checkReportedScore({ reported: 90, units: new Proxy([90], { get: (t, k) => (k === 'length' ? 1 : boom()) }) }), 'UNREADABLE_INPUT', 'units[0]'],
  ['checkReportedScore: a reported figure whose getter throws', () => checkReportedScore({ reported: getter('score') as never }), 'UNREADABLE_INPUT', 'reported.score'],
];

describe('hostile values give the library’s error with a code and a path', () => {
  it.each(cases)('%s', (_name, call, code, path, issue) => {
    const e = thrown(call);
    expect([e.code, e.path]).toEqual([code, path]);
    expect([e.issues[0]?.code, e.issues[0]?.path]).toEqual([issue ?? code, path]);
  });

  it('keeps the thrown error as the cause of UNREADABLE_INPUT and CALLBACK_FAILED', () => {
    const original = new Error('no access');
    const read = thrown(() => roundScore(1, Object.defineProperty({}, 'mode', { get: () => { throw original; } }) as never));
    expect(read.cause).toBe(original);
    const callback = thrown(() => aggregate([1], { method: () => { throw original; } }));
    expect(callback.cause).toBe(original);
    expect(callback.message).toContain('no access');
  });

  it('validators turn unreadable input into issues instead of throwing', () => {
    const r = validateMethodology({ ...flat([ind('a', 100)]), dimensions: [trap()] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ code: 'UNREADABLE_INPUT', path: 'dimensions[0].id' })]);
    const s = validateScale(revoked());
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.issues.map((i) => [i.code, i.path])).toEqual([['UNREADABLE_INPUT', 'scale']]);
  });

  it('reads a getter once: a value that changes on a second read cannot slip past validation', () => {
    let reads = 0;
    const answers = Object.defineProperty({ b: true }, 'a', {
      enumerable: true,
      get: () => (reads++ === 0 ? 3 : 'not an answer'),
    });
    const r = scoreUnit(m, answers);
    expect(reads).toBe(1);
    expect(r.score).toBe(100);
    expect(r.dimensions[0]!.variables[0]!.indicators[0]!.answer).toBe(3);
  });

  it('reads a methodology field once: the frozen result holds what was validated', () => {
    let reads = 0;
    const spec = flat([ind('a', 100)]);
    const weird = Object.defineProperty({ ...spec }, 'name', { enumerable: true, get: () => (reads++ === 0 ? 'Valid name' : 42) });
    const defined = defineMethodology(weird as never);
    expect(defined.name).toBe('Valid name');
    expect(reads).toBe(1);
  });

  it('reads a Map answer set through Map.prototype: an overridden get cannot answer differently', () => {
    class Lying extends Map<string, number | boolean> {
      override get(): number {
        return -99; // never read: the Map is read through Map.prototype
      }
    }
    const r = scoreUnit(m, new Lying([['a', 2], ['b', false]]) as never);
    expect(r.dimensions[0]!.variables[0]!.indicators.map((i) => i.value)).toEqual([2, 0]);
    // An object that only inherits from Map.prototype is no Map: it is read as an (empty) object.
    expect(thrown(() => scoreUnit(m, Object.create(Map.prototype) as never)).code).toBe('MISSING_ANSWER');
  });

  it('reports Map keys that are not strings as unknown indicators at "answers"', () => {
    const e = thrown(() => scoreUnit(m, new Map<unknown, unknown>([['a', 3], ['b', true], [1, 3], [Symbol('s'), 2]]) as never));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_INDICATOR', 'answers'],
      ['UNKNOWN_INDICATOR', 'answers'],
    ]);
  });
});
