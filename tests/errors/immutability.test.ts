/**
 * Inputs are never written to, built-in data cannot be changed, results are plain data of
 * their own, and keys such as `__proto__` are ordinary data.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  aggregate,
  checkReportedScore,
  classify,
  defineMethodology,
  defineScale,
  describeProvenance,
  presets,
  scales,
  scoreBatch,
  scoreSurvey,
  scoreUnit,
  validateMethodology,
} from '../../src/index.js';
import { flat, ind } from '../helpers/builders.js';

/** Freezes `value` and everything reachable from it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Reflect.ownKeys(value).every((k) => isDeepFrozen((value as Record<PropertyKey, unknown>)[k], seen));
}

const spec = () => flat([ind('a', 60), ind('b', 40, { kind: 'yesNo' })]);

describe('inputs are never written to', () => {
  it('every function works on deeply frozen input (a write would throw in strict mode)', () => {
    const m = deepFreeze(spec());
    const answers = deepFreeze({ a: '2', b: 'ya' });
    const d = defineMethodology(m);
    expect(d.id).toBe('test');
    expect(scoreUnit(d, answers, deepFreeze({ missing: 'zero' })).score).toBe(80);
    expect(aggregate(deepFreeze([{ score: 90, weight: 1 }, { score: '80,5', weight: 1 }, { score: 70, weight: 2 }]), deepFreeze({ method: 'weightedMean' })).score).toBe(77.63);
    expect(scoreSurvey(d, deepFreeze([answers, answers])).score).toBe(80);
    expect(classify('88', defineScale(deepFreeze(JSON.parse(JSON.stringify(scales.ombudsman2022))))).category).toBe('A');
    expect(checkReportedScore(deepFreeze({ units: [90, 80], reported: 85 })).consistent).toBe(true);
    expect(Array.from(scoreBatch(d, deepFreeze([3, 1, 0, 0])))).toEqual([100, 0]);
  });

  it('leaves a mutable input exactly as it was (compared with a structured clone)', () => {
    const m = spec();
    const answers = new Map<string, number | string>([['a', 3], ['b', 'na']]);
    const scores = [90, '80,5', { score: 70 }];
    const before = structuredClone({ m, answers, scores });
    scoreUnit(defineMethodology(m), answers);
    aggregate(scores, { scale: scales.ombudsman2022 });
    validateMethodology(m);
    expect({ m, answers, scores }).toEqual(before);
  });
});

describe('built-in data is deeply frozen', () => {
  it('presets, scales and every exported constant', () => {
    expect(isDeepFrozen(presets)).toBe(true);
    expect(isDeepFrozen(scales)).toBe(true);
    for (const [name, value] of Object.entries(api)) if (typeof value === 'object') expect(isDeepFrozen(value), name).toBe(true);
  });

  it('a defined methodology, its validation result value and the issues of a failed one', () => {
    expect(isDeepFrozen(defineMethodology(spec()))).toBe(true);
    const ok = validateMethodology(spec());
    expect(ok.ok && isDeepFrozen(ok.value)).toBe(true);
    const bad = validateMethodology(flat([ind('a', -1)]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.every((i) => Object.isFrozen(i))).toBe(true);
  });
});

describe('results are plain data of their own', () => {
  it('survive a JSON round trip unchanged', () => {
    const m = defineMethodology(spec());
    const results = [
      scoreUnit(m, { a: 3, b: 'na' }),
      aggregate([90, 80], { scale: scales.ombudsman2025, followedUpCorrectiveActions: true }),
      scoreSurvey(m, [{ a: 1, b: true }]),
      describeProvenance(presets.ombudsman2022),
      checkReportedScore({ units: [90, 80], reported: 85.01, methodology: presets.ombudsman2022 }),
    ];
    for (const r of results) expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  });

  it('never hold -0, even from -0 answers, decimals and scores', () => {
    const m = defineMethodology(flat([ind('a', 100, { kind: 'interval', min: -3, max: 0 })], { output: { min: -10, max: 0 }, scale: { id: 's', name: 's', min: -10, max: 0, bands: [{ category: 'x', label: 'x', min: -10, max: 0 }] } }));
    const r = scoreUnit(m, { a: -0 });
    const i = r.dimensions[0]!.variables[0]!.indicators[0]!;
    for (const v of [r.score, r.unrounded, i.value, i.answer, i.points, i.pointsLost, i.normalized, r.classification.value]) expect(Object.is(v, -0)).toBe(false);
    expect(Object.is(aggregate([-0.001, 0]).score, -0)).toBe(false);
    expect(Object.is(aggregate([1], { rounding: { decimals: -0 } }).rounding.decimals, -0)).toBe(false);
  });

  it('are not shared: changing one result does not change the next', () => {
    const m = defineMethodology(spec());
    const first = scoreUnit(m, { a: 3, b: true }) as unknown as { dimensions: { name: string }[] };
    first.dimensions[0]!.name = 'changed';
    expect(scoreUnit(m, { a: 3, b: true }).dimensions[0]!.name).toBe('d');
  });
});

describe('__proto__, constructor and prototype are ordinary data', () => {
  it('as indicator ids, level keys and answer keys (from JSON.parse)', () => {
    const m = defineMethodology(
      flat([
        ind('__proto__', 50),
        ind('constructor', 25, { kind: 'levels', levels: [{ key: 'prototype', value: 0 }, { key: '__proto__', value: 1 }] }),
        ind('prototype', 25, { kind: 'yesNo' }),
      ]),
    );
    const answers = JSON.parse('{"__proto__": 3, "constructor": "__proto__", "prototype": false}') as Record<string, number | string | boolean>;
    const r = scoreUnit(m, answers);
    // 50 % full marks + 25 % at level value 1 of 0–1 + 25 % "no": 75.
    expect(r.score).toBe(75);
    expect(r.dimensions[0]!.variables[0]!.indicators.map((i) => i.id)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });

  it('an unknown __proto__ answer is reported, not followed', () => {
    const answers = JSON.parse('{"a": 3, "b": true, "__proto__": {"polluted": 1}}') as Record<string, number>;
    let code: string | undefined;
    try {
      scoreUnit(defineMethodology(spec()), answers);
    } catch (e) {
      code = (e as api.KepatuhanError).path;
    }
    expect(code).toBe('answers["__proto__"]');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a __proto__ key in a methodology spec neither pollutes nor reaches the frozen copy', () => {
    const raw = JSON.parse(JSON.stringify(spec()).replace('{', '{"__proto__":{"polluted":1},')) as Record<string, unknown>;
    const m = defineMethodology(raw as never);
    expect(Object.prototype.hasOwnProperty.call(m, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
