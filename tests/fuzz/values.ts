/**
 * Values the fuzz harness feeds the public API: numeric edge values (every band boundary of
 * every built-in scale, ±half a grid step, -0, subnormals, 1e21, 400-digit strings, both
 * decimal separators) and hostile values (throwing getters, Proxies, cycles, deep nesting,
 * sparse and huge arrays, `__proto__` keys, symbols, bigints, class instances, fake Maps).
 */
import fc from 'fast-check';
import { scales } from '../../src/index.js';

/** `k / 10^places` as decimal text, exactly. */
export function decimalText(k: bigint, places: number): string {
  const neg = k < 0n;
  const digits = (neg ? -k : k).toString().padStart(places + 1, '0');
  const body = places === 0 ? digits : `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  return neg ? `-${body}` : body;
}

/** Decimal strings around one boundary `b` of a grid with `d` decimals. */
function around(b: number, d: number): string[] {
  const k = BigInt(Math.round(b * 10 ** d)) * 10n; // b in units of 10^-(d+1)
  const p = d + 1;
  return [
    decimalText(k / 10n, d), // the boundary itself
    decimalText(k - 10n, p), // one grid step below
    decimalText(k + 10n, p), // one grid step above
    decimalText(k - 5n, p), // x.xx5 below: rounds up onto the boundary (half-up)
    decimalText(k + 5n, p), // x.xx5 above
    `${decimalText(k - 5n, p).replace(/5$/, '4')}${'9'.repeat(12)}`, // x.xx4999…: rounds down
    `${decimalText(k + 4n, p)}${'9'.repeat(25)}`, // x.xx4999… above the boundary
    decimalText(k + 1n, p),
    decimalText(k - 1n, p),
  ];
}

/** Every band boundary of every built-in scale, with its neighbours, as decimal strings. */
export const boundaryStrings: readonly string[] = (() => {
  const out = new Set<string>();
  for (const scale of Object.values(scales)) {
    for (const b of scale.bands) {
      for (const v of [b.min, b.max]) for (const s of around(v, scale.decimals)) out.add(s);
    }
    for (const s of around(scale.min, scale.decimals)) out.add(s);
    for (const s of around(scale.max, scale.decimals)) out.add(s);
  }
  return [...out];
})();

/** Numbers that break naive code. */
export const edgeNumbers: readonly number[] = [
  0,
  -0,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308, // smallest normal
  2.225073858507201e-308, // largest subnormal
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  -1e21,
  1e-7,
  0.1 + 0.2,
  88.005,
  1.005,
  4.505,
  99.995,
  100.00000000000001,
  -1e-300,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
  ...boundaryStrings.map(Number),
];

/** Strings that break naive parsers. */
export const edgeStrings: readonly string[] = [
  ...boundaryStrings,
  ...boundaryStrings.filter((s) => s.includes('.')).map((s) => s.replace('.', ',')),
  ...boundaryStrings.slice(0, 20).map((s) => `  ${s}\t`),
  '',
  ' ',
  '-',
  '+',
  '.',
  ',',
  '-0',
  '+0',
  '-0,00',
  '0.',
  '.5',
  ',5',
  '1e',
  'e5',
  '1e400',
  '-1e400',
  '1e-400',
  '1e+21',
  '1E21',
  '1e-324',
  '2e-324',
  '1.7976931348623157e308',
  '1.7976931348623159e308',
  '9'.repeat(308),
  '9'.repeat(309),
  '9'.repeat(400),
  '9'.repeat(401),
  `0.${'0'.repeat(398)}1`,
  `87.${'9'.repeat(397)}`,
  `87,${'9'.repeat(300)}5`,
  '1e99999999999999999999',
  '95,31',
  '95.31',
  '1.000.000',
  '1,000.5',
  '1 000',
  '1_000',
  '0x10',
  '0b1',
  'Infinity',
  '-Infinity',
  'NaN',
  'na',
  'N/A',
  'ya',
  'tidak',
  '１２', // full-width digits
  '٣', // Arabic-Indic digit
  '\u00a095,31', // no-break space
  '95,31\u200b', // zero-width space
  '\ud800', // lone surrogate
  '__proto__',
  'constructor',
  'toString',
];

let heavy: readonly unknown[] | undefined;
/** Large values built once (building them per run would dominate the fuzz time). */
function heavyValues(): readonly unknown[] {
  if (heavy !== undefined) return heavy;
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = [deep];
  let deepObject: unknown = { score: 1 };
  for (let i = 0; i < 100_000; i++) deepObject = { score: deepObject, dimensions: [deepObject] };
  const manyKeys: Record<string, number> = {};
  for (let i = 0; i < 100_000; i++) manyKeys[`k${i}`] = i;
  heavy = [
    deep,
    deepObject,
    manyKeys,
    new Array(2 ** 32 - 1), // the longest array: sparse, nothing to read
    new Array(1_000_001),
    Array.from({ length: 10_001 }, (_, i) => (i * 37) % 101),
    '9'.repeat(1_000_000),
    10n ** 400n,
  ];
  return heavy;
}

const boom = (): never => {
  throw new Error('hostile trap');
};

/** Factories for hostile values; each call builds a fresh one where that matters. */
export const hostileFactories: readonly (() => unknown)[] = [
  () => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
  () => new Proxy([1, 2, 3], { get: boom, getOwnPropertyDescriptor: boom }),
  () => new Proxy([90, 80], { get: (t, k) => (k === 'length' ? 3 : Reflect.get(t, k)) }), // lies about length
  () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  },
  () => {
    const r = Proxy.revocable([], {});
    r.revoke();
    return r.proxy;
  },
  () => {
    const o: Record<string, unknown> = {};
    for (const k of ['score', 'weight', 'id', 'name', 'min', 'max', 'dimensions', 'bands', 'mode', 'decimals', 'method', 'missing', 'locale', 'scale', 'output'])
      Object.defineProperty(o, k, { enumerable: true, get: boom });
    return o;
  },
  () => {
    let n = 0;
    // A getter that answers differently on every read: valid first, hostile after.
    return Object.defineProperty({}, 'score', { enumerable: true, get: () => (n++ === 0 ? 90 : { valueOf: boom }) });
  },
  () => {
    const o: Record<string, unknown> = { id: 'x' };
    o['self'] = o;
    o['score'] = o;
    o['dimensions'] = [o];
    o['bands'] = [o];
    return o;
  },
  () => {
    const a: unknown[] = [];
    a.push(a, a);
    return a;
  },
  () => [90, , 80], // sparse
  () => Object.assign([1, 2], { score: 5 }),
  () => ({ length: 3, 0: 90, 1: 80, 2: 70 }), // array-like, not an array
  () => new Map<unknown, unknown>([[1, 3], [{}, 2], [Symbol('k'), 1], [null, 0]]),
  () => Object.create(Map.prototype) as unknown,
  () => new (class Unit {
    score = 90;
    get weight(): number {
      return boom();
    }
  })(),
  () => new Date(0),
  () => /95,31/,
  () => new Error('not ours'),
  () => Object.freeze({ score: 90, weight: 1 }),
  () => Object.assign(Object.create(null) as object, { score: '95,31', mode: 'halfUp' }),
  () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"score":1}') as unknown,
  () => ({ valueOf: boom, toString: boom, [Symbol.toPrimitive]: boom }),
  () => Symbol('hostile'),
  () => 10n ** 30n,
  () => -1n,
  () => (): number => 42,
  () => boom,
  () => new Number(90), // eslint-disable-line no-new-wrappers
  () => new String('95,31'), // eslint-disable-line no-new-wrappers
  () => new Uint8Array([1, 2, 3]),
  () => new Set([1, 2]),
  () => new WeakMap(),
  () => Promise.resolve(90),
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => () => heavyValues()[i]),
];

/**
 * A hostile value to be built at call time ({@link materialize}): fast-check inspects the
 * values it generates (and prints them), which a revoked Proxy or a 100,000-deep array breaks.
 */
export class Hostile {
  constructor(readonly index: number) {}
  make(): unknown {
    return hostileFactories[this.index]!();
  }
  toString(): string {
    return `hostile#${this.index}`;
  }
  [fc.toStringMethod](): string {
    return this.toString();
  }
}

/** A hostile value (built fresh for every call by {@link materialize}). */
export const hostile: fc.Arbitrary<unknown> = fc.integer({ min: 0, max: hostileFactories.length - 1 }).map((i) => new Hostile(i));

function plainKind(v: object): 'array' | 'object' | 'map' | undefined {
  if (v instanceof Map && Object.getPrototypeOf(v) === Map.prototype) return 'map';
  const p: unknown = Object.getPrototypeOf(v);
  if (Array.isArray(v)) return p === Array.prototype ? 'array' : undefined;
  return p === Object.prototype || p === null ? 'object' : undefined;
}

/** Replaces every {@link Hostile} placeholder in plain arrays, objects and Maps by a fresh hostile value. */
export function materialize(v: unknown, depth = 0): unknown {
  if (v instanceof Hostile) return v.make();
  if (typeof v !== 'object' || v === null || depth > 30) return v;
  const kind = plainKind(v);
  if (kind === 'array') {
    const a = v as unknown[];
    let changed = false;
    const out = new Array<unknown>(a.length);
    for (let i = 0; i < a.length; i++) {
      if (!(i in a)) continue; // keep holes
      out[i] = materialize(a[i], depth + 1);
      changed ||= out[i] !== a[i];
    }
    return changed ? out : v;
  }
  if (kind === 'map') {
    let changed = false;
    const out = new Map<unknown, unknown>();
    for (const [k, x] of v as Map<unknown, unknown>) {
      const mk = materialize(k, depth + 1);
      const mx = materialize(x, depth + 1);
      changed ||= mk !== k || mx !== x;
      out.set(mk, mx);
    }
    return changed ? out : v;
  }
  if (kind === 'object') {
    let changed = false;
    const out = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>;
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      if ('value' in d) {
        const x = materialize(d.value, depth + 1);
        changed ||= x !== d.value;
        d.value = x;
      }
      Object.defineProperty(out, k, d);
    }
    if (!changed) return v;
    if (Object.isFrozen(v)) Object.freeze(out);
    return out;
  }
  return v;
}

/** Keys that try to reach the prototype. */
export const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__');

/** fast-check's `anything`, with dangerous keys and every exotic container enabled. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 8 }), dangerousKey),
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** One of `values` (cheaper than fc.constantFrom for long lists: no reverse mapping for shrinking). */
export function oneOf<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.integer({ min: 0, max: values.length - 1 }).map((i) => values[i]!);
}

/** Numbers of every kind, edge values first. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: oneOf(edgeNumbers) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.double({ min: -10, max: 110, noNaN: true }) },
);

/** Decimal strings of every kind, with both separators. */
export const anyNumericString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: oneOf(edgeStrings) },
  { weight: 1, arbitrary: anyNumber.map((n) => String(n)) },
  { weight: 1, arbitrary: anyNumber.map((n) => String(n).replace('.', ',')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.array(fc.constantFrom('0', '1', '4', '5', '9'), { minLength: 1, maxLength: 60 }), fc.constantFrom('.', ','))
      .map(([i, f, sep]) => `${i}${sep}${f.join('')}`),
  },
);

/** A score as a user might hand it over, or something hostile in its place. */
export const scoreLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyNumber },
  { weight: 4, arbitrary: anyNumericString },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: anything },
);

/** A hostile or arbitrary value, for any argument position. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: anything },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: anyNumber },
  { weight: 1, arbitrary: anyNumericString },
);
