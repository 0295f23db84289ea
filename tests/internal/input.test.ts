import { describe, expect, it } from 'vitest';
import {
  callback,
  describe as describeValue,
  entriesOf,
  index,
  isArray,
  isMap,
  isPlainRecord,
  isRoundingMode,
  join,
  messageOf,
  own,
  ownKeys,
  readArray,
  readDecimal,
  readOptions,
  readRounding,
  tryDecimal,
  unreadable,
  withinBounds,
} from '../../src/internal/input.js';
import { parseDecimal } from '../../src/internal/rational.js';
import { KepatuhanError } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const boom = (): never => {
  throw new Error('trap');
};
const revoked = (): object => {
  const r = Proxy.revocable([], {});
  r.revoke();
  return r.proxy;
};


describe('describe names a value for a message without reading it', () => {
  it.each([
    [null, 'null'],
    [[1], 'an array'],
    ['abc', '"abc"'],
    ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
    [`${'x'.repeat(40)}`, `"${'x'.repeat(40)}"`],
    ['say "hi"', '"say \\"hi\\""'],
    [42, '42'],
    [-2.5, '-2.5'],
    [Number.NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [{}, 'an object'],
    [new Map(), 'a Map'],
    [undefined, 'undefined'],
    [true, 'true'],
    [false, 'false'],
    [10n, '10n'],
    [Symbol('s'), 'a symbol'],
    [() => 1, 'a function'],
  ])('%s → %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('calls out a revoked Proxy as an object, without throwing', () => {
    expect(describeValue(revoked())).toBe('an object');
    expect(isArray(revoked())).toBe(false);
    expect(isPlainRecord(revoked())).toBe(true);
  });
});

describe('isPlainRecord', () => {
  it('is any non-null, non-array object', () => {
    expect(isPlainRecord({})).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
    expect(isPlainRecord(new Date())).toBe(true);
    expect(isPlainRecord([])).toBe(false);
    expect(isPlainRecord(null)).toBe(false);
    expect(isPlainRecord('x')).toBe(false);
    expect(isPlainRecord(() => 1)).toBe(false);
  });
});

describe('own reads own properties only', () => {
  it('never reaches the prototype', () => {
    expect(own({}, 'toString')).toBeUndefined();
    expect(own({}, '__proto__')).toBeUndefined();
    expect(own(JSON.parse('{"__proto__": 5}') as Record<string, unknown>, '__proto__')).toBe(5);
    expect(own({ a: 1 }, 'a')).toBe(1);
  });

  it('turns a throwing getter into UNREADABLE_INPUT at the joined path', () => {
    const e = thrown(() => own(Object.defineProperty({}, 'x', { get: boom }), 'x', 'options'));
    expect([e.code, e.path]).toEqual(['UNREADABLE_INPUT', 'options.x']);
    expect(e.message).toBe('options.x: the value could not be read: trap');
    expect(thrown(() => own(Object.defineProperty({}, 'x', { get: boom }), 'x')).path).toBe('x');
  });
});

describe('paths', () => {
  it('join uses dots for identifiers and brackets for anything else', () => {
    expect(join('', 'a')).toBe('a');
    expect(join('a', 'b')).toBe('a.b');
    expect(join('a', '$b_1')).toBe('a.$b_1');
    expect(join('a', 'input.standar')).toBe('a["input.standar"]');
    expect(join('a', '1x')).toBe('a["1x"]');
    expect(join('', 'x y')).toBe('["x y"]');
    expect(index('scores', 3)).toBe('scores[3]');
  });
});

describe('readArray copies a list once', () => {
  it('turns holes into undefined and keeps the length', () => {
    const copy = readArray([1, , 3], 'xs', 10);
    expect(copy).toEqual([1, undefined, 3]);
    expect(1 in copy).toBe(true);
  });

  it('reads array-likes', () => {
    expect(readArray({ length: 2, 0: 'a', 1: 'b' }, 'xs', 10)).toEqual(['a', 'b']);
  });

  it('refuses more than max entries before reading any', () => {
    const e = thrown(() => readArray(new Array(2 ** 32 - 1), 'xs', 1000));
    expect([e.code, e.path]).toEqual(['TOO_LARGE', 'xs']);
    expect(e.message).toBe('xs: at most 1,000 entries are allowed, got 4,294,967,295');
    expect(readArray(new Array(1000), 'xs', 1000).length).toBe(1000);
  });

  it('refuses a length that is not a whole non-negative number', () => {
    for (const length of [-1, 1.5, Number.NaN, '2', 2 ** 53]) expect(thrown(() => readArray({ length } as never, 'xs', 10)).code).toBe('INVALID_TYPE');
  });

  it('says what length it got', () => {
    expect(thrown(() => readArray({ length: -1 } as never, 'xs', 10)).message).toBe('xs: a list must have a whole, non-negative length, got -1');
    expect(thrown(() => readArray({ length: '2' } as never, 'xs', 10)).message).toBe('xs: a list must have a whole, non-negative length, got "2"');
  });

  it('reports a throwing length as unreadable (not as a bad length), with the thrown message', () => {
    const e = thrown(() => readArray(Object.defineProperty({}, 'length', { get: boom }) as never, 'xs', 10));
    expect([e.code, e.path, e.message]).toEqual(['UNREADABLE_INPUT', 'xs', 'xs: the value could not be read: trap']);
  });

  it('reports a throwing length or entry at its path', () => {
    expect(thrown(() => readArray(Object.defineProperty({}, 'length', { get: boom }) as never, 'xs', 10)).path).toBe('xs');
    expect(thrown(() => readArray(new Proxy([1, 2], { get: (t, k) => (k === '1' ? boom() : Reflect.get(t, k)) }), 'xs', 10)).path).toBe('xs[1]');
  });
});

describe('readDecimal', () => {
  it('reads numbers and decimal strings exactly', () => {
    expect(readDecimal(88.005, 'p')).toEqual(parseDecimal('88.005'));
    expect(readDecimal('95,31', 'p')).toEqual(parseDecimal('95.31'));
  });

  it('says what is wrong, at the path', () => {
    const nan = thrown(() => readDecimal(Number.NaN, 'p', 'score'));
    expect([nan.code, nan.path, nan.message]).toEqual(['INVALID_NUMBER', 'p', 'p: score must be a finite number, got NaN']);
    const text = thrown(() => readDecimal('abc', 'p', 'score'));
    expect([text.code, text.message]).toEqual(['INVALID_NUMBER', 'p: score must be a decimal such as "95.31" or "95,31", got "abc"']);
    const big = thrown(() => readDecimal('1e309', 'p'));
    expect([big.code, big.message]).toEqual(['INVALID_NUMBER', 'p: value is beyond the largest JavaScript number (about 1.8e308), got "1e309"']);
    const type = thrown(() => readDecimal(null, 'p'));
    expect([type.code, type.message]).toEqual(['INVALID_TYPE', 'p: value must be a number or a decimal string, got null']);
  });

  it('accepts the largest double written out, and its negative', () => {
    expect(readDecimal('1.7976931348623157e308', 'p')).toBeDefined();
    expect(readDecimal('-1.7976931348623157e308', 'p')).toBeDefined();
    expect(thrown(() => readDecimal('-1e309', 'p')).code).toBe('INVALID_NUMBER');
  });

  it('tryDecimal answers undefined instead of throwing', () => {
    expect(tryDecimal('1,5')).toEqual(parseDecimal('1.5'));
    expect(tryDecimal(2)).toEqual(parseDecimal('2'));
    expect(tryDecimal('x')).toBeUndefined();
    expect(tryDecimal(Number.NaN)).toBeUndefined();
    expect(tryDecimal({})).toBeUndefined();
  });
});

describe('withinBounds keeps ranges within ±1e15', () => {
  it.each([
    ['1e15', true],
    ['-1e15', true],
    ['1000000000000000.1', false],
    ['-1000000000000000.1', false],
    ['0', true],
    ['-99.5', true],
    // Fractions just inside the bound: the bound scales with the denominator (2·10^15 − 1 halves).
    ['999999999999999.5', true],
    ['-999999999999999.5', true],
    ['999999999999999.99', true],
  ])('%s → %s', (text, ok) => {
    expect(withinBounds(parseDecimal(text)!)).toBe(ok);
  });
});

describe('readRounding', () => {
  const fallback = { mode: 'floor', decimals: 3 } as const;
  it('fills a missing rule, a bare mode and a partial rule from the fallback', () => {
    expect(readRounding(undefined, 'r', fallback)).toBe(fallback);
    expect(readRounding('ceil', 'r', fallback)).toEqual({ mode: 'ceil', decimals: 3 });
    expect(readRounding({ decimals: 1 }, 'r', fallback)).toEqual({ mode: 'floor', decimals: 1 });
    expect(readRounding({ mode: 'halfEven' }, 'r', fallback)).toEqual({ mode: 'halfEven', decimals: 3 });
    expect(readRounding({}, 'r')).toEqual({ mode: 'halfUp', decimals: 2 });
    expect(Object.isFrozen(readRounding('ceil', 'r'))).toBe(true);
  });

  it('accepts decimals 0 to 20 only, as whole numbers', () => {
    expect(readRounding({ decimals: 0 }, 'r').decimals).toBe(0);
    expect(readRounding({ decimals: 20 }, 'r').decimals).toBe(20);
    for (const decimals of [-1, 21, 2.5, '2', Number.NaN]) {
      const e = thrown(() => readRounding({ decimals }, 'r'));
      expect([e.code, e.path]).toEqual(['INVALID_ROUNDING', 'r.decimals']);
    }
  });

  it('says what was given instead of a rule', () => {
    expect(thrown(() => readRounding(5, 'r')).message).toBe('r: rounding must be a mode (halfUp, halfDown, halfEven, halfAwayFromZero, halfTowardZero, floor, ceil, truncate) or { mode, decimals }, got 5');
    expect(thrown(() => readRounding('bankers', 'r')).message).toBe('r: rounding must be a mode (halfUp, halfDown, halfEven, halfAwayFromZero, halfTowardZero, floor, ceil, truncate) or { mode, decimals }, got "bankers"');
  });

  it('says which decimals are allowed and what it got', () => {
    expect(thrown(() => readRounding({ decimals: 21 }, 'r')).message).toBe('r.decimals: decimals must be a whole number from 0 to 20, got 21');
    expect(thrown(() => readRounding({ decimals: '2' }, 'r')).message).toBe('r.decimals: decimals must be a whole number from 0 to 20, got "2"');
  });

  it('names the bad part', () => {
    expect(thrown(() => readRounding('bankers', 'r')).path).toBe('r');
    expect(thrown(() => readRounding(5, 'r')).path).toBe('r');
    expect(thrown(() => readRounding({ mode: 'bankers' }, 'r')).path).toBe('r.mode');
    expect(thrown(() => readRounding({ mode: 'bankers' }, 'r')).message).toContain('halfUp, halfDown, halfEven');
  });

  it('isRoundingMode', () => {
    expect(isRoundingMode('truncate')).toBe(true);
    expect(isRoundingMode('toString')).toBe(false);
    expect(isRoundingMode(1)).toBe(false);
  });
});

describe('readOptions', () => {
  it('is {} when absent, the object itself otherwise, INVALID_OPTION for anything else', () => {
    expect(readOptions(undefined)).toEqual({});
    const o = { a: 1 };
    expect(readOptions(o)).toBe(o);
    const e = thrown(() => readOptions(3, 'opts'));
    expect([e.code, e.path, e.message]).toEqual(['INVALID_OPTION', 'opts', 'opts: options must be an object, got 3']);
    expect(thrown(() => readOptions(null)).path).toBe('options');
    expect(thrown(() => readOptions([])).code).toBe('INVALID_OPTION');
  });
});

describe('errors from hostile values', () => {
  it('messageOf never throws', () => {
    expect(messageOf(new Error('m'))).toBe('m');
    expect(messageOf('text')).toBe('"text" was thrown');
    expect(messageOf(revoked())).toBe('an object was thrown');
    expect(messageOf(Object.defineProperty(new Error(), 'message', { get: boom }))).toBe('an object was thrown');
    expect(messageOf(Object.assign(new Error(), { message: 5 }))).toBe('an object was thrown');
  });

  it('unreadable keeps the cause', () => {
    const cause = new Error('c');
    const e = unreadable('a.b', cause);
    expect([e.code, e.path, e.cause, e.message]).toEqual(['UNREADABLE_INPUT', 'a.b', cause, 'a.b: the value could not be read: c']);
  });

  it('ownKeys lists own enumerable keys, or reports the trap', () => {
    expect(ownKeys({ a: 1, b: 2 }, 'x')).toEqual(['a', 'b']);
    const e = thrown(() => ownKeys(new Proxy({}, { ownKeys: boom }), 'x'));
    expect([e.code, e.path]).toEqual(['UNREADABLE_INPUT', 'x']);
  });
});

describe('isMap is a brand check that answers true or false', () => {
  it('is true for real Maps only', () => {
    expect(isMap(new Map())).toBe(true);
    expect(isMap(new (class extends Map {})())).toBe(true);
    for (const value of [{}, [], new Set(), new WeakMap(), Object.create(Map.prototype), new Proxy(new Map(), {}), revoked(), null, undefined, 5, 'm'])
      expect(isMap(value)).toBe(false);
  });
});

describe('entriesOf lists the entries of a Map or an object', () => {
  it('reads a Map and an object the same way', () => {
    expect(entriesOf(new Map<unknown, unknown>([['a', 1], [2, 'b']]), 'caps')).toEqual([['a', 1], [2, 'b']]);
    expect(entriesOf({ a: 1, b: 2 }, 'caps')).toEqual([['a', 1], ['b', 2]]);
  });

  it('has no entries for anything else: arrays, null, primitives', () => {
    for (const value of [[1, 2], null, undefined, 5, 'ab', true]) expect(entriesOf(value, 'caps')).toBeUndefined();
  });

  it('reports a throwing getter at the joined path', () => {
    const e = thrown(() => entriesOf(Object.defineProperty({}, 'x', { enumerable: true, get: boom }), 'caps'));
    expect([e.code, e.path]).toEqual(['UNREADABLE_INPUT', 'caps.x']);
  });
});

describe('callback turns what a caller-given function throws into CALLBACK_FAILED', () => {
  it('passes the arguments and returns the result', () => {
    expect(callback((a: number, b: number) => a + b, [2, 3], 'p')).toBe(5);
  });

  it('names the function ("the function" unless told), keeps the message and the cause', () => {
    const cause = new Error('nope');
    const e = thrown(() =>
      callback(() => {
        throw cause;
      }, [], 'options.method'),
    );
    expect([e.code, e.path, e.message, e.cause]).toEqual(['CALLBACK_FAILED', 'options.method', 'options.method: the function threw: nope', cause]);
    const named = thrown(() => callback(boom, [], 'p', 'the tie rule'));
    expect(named.message).toBe('p: the tie rule threw: trap');
  });
});
