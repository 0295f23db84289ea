/**
 * Structured inputs for the fuzz harness: random valid scales, methodologies and answers
 * (each with what the library must answer), and mutations of valid inputs (a field replaced
 * by a hostile or edge value, deleted, a `__proto__` key added, a list made sparse …).
 */
import fc from 'fast-check';
import { defineMethodology, defineScale, presets, scales, type Methodology, type ScaleSpec } from '../../src/index.js';
import { anyNumber, anyNumericString, anyValue, decimalText, dangerousKey, hostile } from './values.js';

// ---------------------------------------------------------------------------------------
// Mutations of valid inputs

type Slot = { readonly parent: Record<string, unknown> | unknown[]; readonly key: string | number };

/** Whether `v` is an ordinary array or object (not a Proxy trap, class instance …), safely. */
function container(v: unknown): 'array' | 'object' | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  try {
    if (Array.isArray(v)) return Object.getPrototypeOf(v) === Array.prototype ? 'array' : undefined;
    const p: unknown = Object.getPrototypeOf(v);
    return p === Object.prototype || p === null ? 'object' : undefined;
  } catch {
    return undefined;
  }
}

/** Every (container, key) slot of a JSON-like value, breadth first, at most `limit`. */
function slots(root: unknown, limit = 5000): Slot[] {
  const out: Slot[] = [];
  const queue: unknown[] = [root];
  while (queue.length > 0 && out.length < limit) {
    const v = queue.shift();
    const kind = container(v);
    if (kind === undefined) continue;
    const keys = Object.keys(v as object);
    if (kind === 'array' && keys.length > 100) continue; // heavy values: leave them alone
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d === undefined || !('value' in d)) continue;
      out.push({ parent: v as Record<string, unknown>, key: kind === 'array' ? Number(k) : k });
      queue.push(d.value);
    }
  }
  return out;
}

const OPS = ['replace', 'edgeNumber', 'edgeString', 'delete', 'protoKey', 'duplicate', 'empty', 'hostile', 'typeSwap'] as const;
export interface Mutation {
  readonly pick: number;
  readonly op: (typeof OPS)[number];
  readonly value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom(...OPS),
  value: fc.oneof(anyValue, anyNumber, anyNumericString, hostile),
});

/**
 * A mutable deep copy of the plain objects and arrays in `value` (own enumerable keys,
 * `__proto__` included); anything else (Proxies, class instances, deep nesting) is kept as is.
 */
export function plainCopy<T>(value: T, depth = 0): T {
  if (depth > 20 || typeof value !== 'object' || value === null) return value;
  let proto: unknown;
  let array: boolean;
  try {
    array = Array.isArray(value);
    proto = Object.getPrototypeOf(value);
  } catch {
    return value;
  }
  if (array && proto === Array.prototype) return (value as unknown[]).map((v) => plainCopy(v, depth + 1)) as T;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, k);
    if (d === undefined || !('value' in d)) return value; // a getter: keep the object as it is
    setOwn(out, k, plainCopy(d.value as unknown, depth + 1));
  }
  return out as T;
}

function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies mutations to a fresh copy of `base`; returns the mutated value. */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  let root: unknown = plainCopy(base);
  for (const m of mutations) {
    const all = slots(root);
    if (all.length === 0 || m.pick % (all.length + 1) === all.length) {
      // Mutate the root itself.
      if (m.op === 'replace' || m.op === 'hostile' || m.op === 'typeSwap') root = m.value;
      continue;
    }
    const { parent, key } = all[m.pick % (all.length + 1)]!;
    const current = (parent as Record<string | number, unknown>)[key];
    try {
      apply(m, parent, key, current);
    } catch {
      // A frozen value kept by reference: leave it.
    }
  }
  return root;
}

function apply(m: Mutation, parent: Record<string, unknown> | unknown[], key: string | number, current: unknown): void {
  {
    switch (m.op) {
      case 'replace':
      case 'hostile':
        setOwn(parent, key, m.value);
        break;
      case 'edgeNumber':
        setOwn(parent, key, typeof m.value === 'number' ? m.value : -0);
        break;
      case 'edgeString':
        setOwn(parent, key, typeof m.value === 'string' ? m.value : typeof current === 'number' ? String(current).replace('.', ',') : '95,31');
        break;
      case 'delete':
        // On an array this leaves a hole.
        delete (parent as Record<string | number, unknown>)[key];
        break;
      case 'protoKey':
        if (container(current) !== undefined) setOwn(current as object, '__proto__', m.value);
        else setOwn(parent, '__proto__', current);
        break;
      case 'duplicate':
        if (container(parent) === 'array') (parent as unknown[]).push(plainCopy(current ?? null));
        break;
      case 'empty':
        if (container(current) === 'array') (current as unknown[]).length = 0;
        else if (container(current) === 'object') setOwn(parent, key, {});
        break;
      case 'typeSwap':
        setOwn(parent, key, container(current) === 'array' ? { ...(current as unknown[]) } : typeof current === 'number' ? String(current) : [current]);
        break;
    }
  }
}

/** `base` unchanged or mutated 1–3 times. */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([b, ms]) => mutate(b, ms));
}

// ---------------------------------------------------------------------------------------
// Valid scales

/** Writes a grid value (`k` steps of 10^-d) as a number or, sometimes, a decimal string. */
function gridValue(k: number, d: number, asString: boolean, comma: boolean): number | string {
  const text = decimalText(BigInt(k), d);
  if (!asString) return Number(text);
  return comma ? text.replace('.', ',') : text;
}

/** A random valid scale spec: bands that partition the grid of [min, max]. */
export const validScale: fc.Arbitrary<ScaleSpec> = fc
  .record({
    decimals: fc.integer({ min: 0, max: 3 }),
    start: fc.integer({ min: -500, max: 500 }),
    steps: fc.integer({ min: 1, max: 2000 }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 2000 }), { maxLength: 5 }),
    exclusive: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    strings: fc.boolean(),
    comma: fc.boolean(),
    rounding: fc.constantFrom('halfUp', 'halfEven', 'floor', 'ceil', 'truncate', undefined),
    shuffle: fc.boolean(),
  })
  .map(({ decimals, start, steps, cuts, exclusive, strings, comma, rounding, shuffle }) => {
    const inner = [...new Set(cuts.filter((c) => c < steps))].sort((a, b) => a - b);
    const starts = [0, ...inner];
    const v = (k: number): number | string => gridValue(start + k, decimals, strings, comma);
    const bands = starts.map((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! - 1 : steps;
      // Either "min ≤ x ≤ end" or, when the next band starts right after, "x < next start".
      const open = exclusive[i] === true && i + 1 < starts.length;
      return {
        category: `c${i}`,
        label: `Band ${i}`,
        min: v(s),
        max: open ? v(end + 1) : v(end),
        ...(open ? { maxInclusive: false } : {}),
      };
    });
    return {
      id: 'fuzz-scale',
      name: 'Fuzz scale',
      min: v(0),
      max: v(steps),
      decimals,
      ...(rounding !== undefined ? { rounding } : {}),
      bands: shuffle ? bands.reverse() : bands,
    } as ScaleSpec;
  });

/** Built-in scales, valid random scales, their mutations, and anything at all. */
export const anyScale: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(scales)) },
  { weight: 2, arbitrary: validScale },
  // Entry points take defined scales only: a defined one reaches their code past the lookup.
  { weight: 2, arbitrary: validScale.map((s) => defineScale(s as never)) },
  { weight: 3, arbitrary: mutated(fc.oneof(fc.constantFrom(...Object.values(scales)), validScale)) },
  { weight: 1, arbitrary: anyValue },
);

// ---------------------------------------------------------------------------------------
// Valid methodologies

type AnswerShape =
  | { kind: 'interval' | 'ordinal'; min: number; max: number }
  | { kind: 'yesNo' }
  | { kind: 'percent'; decimals?: number }
  | { kind: 'levels'; levels: { key: string; value: number | string }[] };

const answerShape: fc.Arbitrary<AnswerShape> = fc.oneof(
  fc
    .tuple(fc.constantFrom('interval' as const, 'ordinal' as const), fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 6 }))
    .map(([kind, min, span]) => ({ kind, min, max: min + span })),
  fc.constant({ kind: 'yesNo' as const }),
  fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }).map((d) => (d === undefined ? { kind: 'percent' as const } : { kind: 'percent' as const, decimals: d })),
  fc
    .uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 4 })
    // Values as numbers and strings (quarter steps: a two-decimal grid); "constructor" is an ordinary key.
    .map((vals) => ({ kind: 'levels' as const, levels: vals.map((v, i) => ({ key: i === 0 ? 'constructor' : `L${i}`, value: i % 2 === 0 ? v / 4 : String(v / 4) })) })),
);

const weight: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.constantFrom('1/3', '2/7', '2,5', '0.125', '1e1'),
);

interface TreeShape {
  readonly dims: readonly { readonly w: number | string; readonly vars: readonly { readonly w: number | string; readonly inds: readonly { readonly w: number | string; readonly answer: AnswerShape }[] }[] }[];
  readonly varWeights: readonly boolean[];
}

const tree: fc.Arbitrary<TreeShape> = fc.record({
  dims: fc.array(
    fc.record({
      w: weight,
      vars: fc.array(fc.record({ w: weight, inds: fc.array(fc.record({ w: weight, answer: answerShape }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  varWeights: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
});

/** Ids that try to reach the prototype are used as ordinary indicator ids. */
const SPECIAL_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/**
 * A random valid methodology spec on a random valid scale. Weights are relative
 * (`renormalize: true`); at least one weight of every group is positive.
 */
export const validMethodologySpec: fc.Arbitrary<Record<string, unknown>> = fc.tuple(tree, validScale, fc.boolean(), fc.integer({ min: 0, max: 2 })).map(([t, scale, specialIds, extraDecimals]) => {
  let n = 0;
  const positive = (w: number | string, i: number): number | string => (i === 0 && (w === 0 || w === '0') ? 1 : w);
  return {
    id: 'fuzz',
    name: 'Fuzz methodology',
    version: '1',
    output: { min: scale.min, max: scale.max },
    scale,
    weights: { renormalize: true },
    // Rounded scores stay on the scale: keep at least the scale's decimals.
    ...(scale.decimals !== undefined && scale.decimals + extraDecimals !== 2 ? { rounding: { mode: 'halfUp', decimals: scale.decimals + extraDecimals } } : {}),
    dimensions: t.dims.map((d, di) => ({
      id: `d${di}`,
      name: `D${di}`,
      weight: positive(d.w, di),
      variables: d.vars.map((v, vi) => ({
        id: `d${di}.v${vi}`,
        name: `V${vi}`,
        ...(t.varWeights[di] === true ? { weight: positive(v.w, vi) } : {}),
        indicators: v.inds.map((ind, ii) => {
          const id = specialIds && n < SPECIAL_IDS.length ? SPECIAL_IDS[n]! : `d${di}.v${vi}.i${ii}`;
          n++;
          return { id, name: `I${ii}`, weight: positive(ind.w, ii), answer: ind.answer };
        }),
      })),
    })),
  };
});

/** The preset as plain, mutable data. */
export const presetSpec = (): unknown => plainCopy(presets.ombudsman2022);

/** Methodologies of every kind: presets, random valid, mutated, anything. */
export const anyMethodology: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(presets.ombudsman2022) },
  { weight: 3, arbitrary: validMethodologySpec },
  // Entry points take defined methodologies only: a defined one reaches their code past the lookup.
  { weight: 2, arbitrary: validMethodologySpec.map((s) => defineMethodology(s as never)) },
  { weight: 4, arbitrary: mutated(fc.oneof(validMethodologySpec, fc.constant(presets.ombudsman2022))) },
  { weight: 1, arbitrary: anyValue },
);

// ---------------------------------------------------------------------------------------
// Answers with their expected meaning

/** What one generated answer means: its normalised value in [0, 1], or how it must be read. */
export type Meaning = { readonly norm: number } | 'na' | 'missing' | 'invalid';

/** A valid or invalid answer for an indicator, with its meaning. */
function answerFor(a: AnswerShape, dirty: boolean): fc.Arbitrary<{ value: unknown; meaning: Meaning; absent?: true }> {
  // Only "na" (NOT_APPLICABLE), spaces aside, marks not applicable; "NA", "N/A" … are refused.
  const na = fc.constantFrom('na', ' na ', '\tna').map((value) => ({ value, meaning: 'na' as const }));
  const naLookalike = fc.constantFrom('NA', ' n/a ', 'N/A', 'Na', 'n.a.').map((value) => ({ value, meaning: 'invalid' as const }));
  const missing = fc.oneof(
    fc.constant({ value: undefined, meaning: 'missing' as const, absent: true as const }),
    fc.constantFrom(null, undefined, '', '   ').map((value) => ({ value, meaning: 'missing' as const })),
  );
  const invalid = fc.oneof(
    naLookalike,
    fc.oneof(hostile, anything()).filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && (v.trim() === '' || v.trim() === 'na'))).map((value) => ({ value, meaning: 'invalid' as const })),
  );
  let valid: fc.Arbitrary<{ value: unknown; meaning: Meaning }>;
  switch (a.kind) {
    case 'interval':
    case 'ordinal':
      valid = fc.integer({ min: a.min, max: a.max }).chain((v) =>
        fc.constantFrom<unknown>(v, String(v), ` ${v} `, `${v},0`, `${v}.00`, v === 0 ? -0 : v).map((value) => ({ value, meaning: { norm: (v - a.min) / (a.max - a.min) } })),
      );
      break;
    case 'yesNo':
      valid = fc.constantFrom<[unknown, number]>([true, 1], [false, 0], [1, 1], [0, 0], [-0, 0], ['ya', 1], ['Tidak', 0], [' YES ', 1], ['no', 0]).map(([value, norm]) => ({ value, meaning: { norm } }));
      break;
    case 'percent': {
      const d = a.decimals ?? 2;
      valid = fc.integer({ min: 0, max: 100 * 10 ** d }).chain((k) => {
        const text = decimalText(BigInt(k), d);
        return fc.constantFrom<unknown>(Number(text), text, text.replace('.', ',')).map((value) => ({ value, meaning: { norm: k / (100 * 10 ** d) } }));
      });
      break;
    }
    case 'levels': {
      const values = a.levels.map((l) => Number(l.value));
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      valid = fc.constantFrom(...a.levels).map((l) => ({ value: l.key, meaning: { norm: (Number(l.value) - lo) / (hi - lo) } }));
      break;
    }
  }
  return dirty
    ? fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: na }, { weight: 1, arbitrary: missing }, { weight: 2, arbitrary: invalid })
    : fc.oneof({ weight: 16, arbitrary: valid }, { weight: 1, arbitrary: na }, { weight: 1, arbitrary: missing });
}

function anything(): fc.Arbitrary<unknown> {
  return anyValue;
}

export interface ScoringCase {
  readonly methodology: Methodology;
  readonly answers: unknown;
  readonly options: unknown;
  /** Per indicator id, what its answer means; undefined when the answers were mutated. */
  readonly meanings?: ReadonlyMap<string, Meaning>;
  readonly missing: 'error' | 'zero' | 'respread';
  readonly extraKeys: boolean;
}

function indicatorsOf(m: Methodology): { id: string; answer: AnswerShape }[] {
  return m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => ({ id: i.id, answer: i.answer as AnswerShape }))));
}

/** A defined methodology with answers for it (as an object or a Map), some mutated or hostile. */
/** Built-in presets and random valid methodologies, defined. */
const definedMethodology: fc.Arbitrary<Methodology> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...Object.values(presets)) },
  { weight: 3, arbitrary: validMethodologySpec.map((s) => defineMethodology(s as never)) },
);

export const scoringCase: fc.Arbitrary<ScoringCase> = definedMethodology
  .chain((methodology) => fc.tuple(fc.constant(methodology), fc.boolean()))
  .chain(([methodology, dirty]) => {
    const inds = indicatorsOf(methodology);
    return fc.record({
      methodology: fc.constant(methodology),
      given: fc.tuple(...inds.map((i) => answerFor(i.answer, dirty))),
      asMap: fc.boolean(),
      extra: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.oneof(dangerousKey, fc.string({ maxLength: 6 })) }),
      missing: fc.constantFrom('error' as const, 'zero' as const, 'respread' as const),
      optionsForm: fc.constantFrom('object', 'object', 'object', 'absent', 'hostile', 'opinion'),
      opinion: fc.record(
        {
          adjustment: fc.oneof(
            fc.record({ correction: fc.oneof(fc.integer({ min: -5, max: 30 }), anyNumericString), cap: fc.oneof(fc.integer({ min: -5, max: 110 }), anyNumber), barZone: fc.constantFrom('hijau', 'kuning', 'merah', 'biru'), reason: fc.oneof(fc.string(), anyValue), extra: anyValue }, { requiredKeys: [] }),
            anyValue,
          ),
          followedUpCorrectiveActions: fc.oneof(fc.boolean(), anyValue),
          missing: fc.constantFrom('error', 'zero', 'respread'),
        },
        { requiredKeys: [] },
      ),
      hostileOptions: anyValue,
      mutations: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) }),
    });
  })
  .map(({ methodology, given, asMap, extra, missing, optionsForm, hostileOptions, opinion, mutations }) => {
    const inds = indicatorsOf(methodology);
    const meanings = new Map<string, Meaning>();
    const entries: [string, unknown][] = [];
    inds.forEach((ind, i) => {
      const g = given[i]!;
      meanings.set(ind.id, g.meaning);
      if (g.absent !== true) entries.push([ind.id, g.value]);
    });
    const extraKeys = extra !== undefined && !inds.some((i) => i.id === extra);
    if (extraKeys) entries.push([extra, 3]);
    let answers: unknown;
    if (asMap) answers = new Map(entries);
    else {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries) setOwn(o, k, v); // own properties, `__proto__` included
      answers = o;
    }
    const effectiveMissing = optionsForm === 'object' ? missing : 'error';
    const options = optionsForm === 'object' ? { missing } : optionsForm === 'absent' ? undefined : optionsForm === 'opinion' ? opinion : hostileOptions;
    if (mutations !== undefined && !asMap) {
      // Mutated answers: only the generic checks apply.
      return { methodology, answers: mutate(answers, mutations), options, missing: effectiveMissing, extraKeys };
    }
    return optionsForm === 'hostile' || optionsForm === 'opinion'
      ? { methodology, answers, options, missing: effectiveMissing, extraKeys }
      : { methodology, answers, options, meanings, missing: effectiveMissing, extraKeys };
  });

// ---------------------------------------------------------------------------------------
// Batches and surveys

/** A valid answer for an indicator: the value scoreUnit takes and the number scoreBatch takes. */
function validCell(a: AnswerShape): fc.Arbitrary<{ value: unknown; cell: number }> {
  switch (a.kind) {
    case 'interval':
    case 'ordinal':
      return fc.integer({ min: a.min, max: a.max }).map((v) => ({ value: v, cell: v }));
    case 'yesNo':
      return fc.constantFrom(0, 1).map((v) => ({ value: v === 1, cell: v }));
    case 'percent': {
      const d = a.decimals ?? 2;
      return fc.integer({ min: 0, max: 100 * 10 ** d }).map((k) => ({ value: Number(decimalText(BigInt(k), d)), cell: Number(decimalText(BigInt(k), d)) }));
    }
    case 'levels':
      return fc.constantFrom(...a.levels).map((l) => ({ value: l.key, cell: Number(l.value) }));
  }
}

/** A cell that is missing (NaN) or off the answer grid, passed the same way to scoreUnit. */
const badCell: fc.Arbitrary<{ value: unknown; cell: number }> = fc.oneof(
  fc.constant({ value: undefined, cell: Number.NaN }),
  fc.constantFrom(-1, 0.5, 4, 101, 1e9, Infinity, -Infinity, 2.25, 1e-7).map((v) => ({ value: v, cell: v })),
);

export interface BatchCase {
  readonly methodology: Methodology;
  readonly cells: unknown;
  readonly options: unknown;
  /** The same answers as scoreUnit answer objects, one per row. */
  readonly rows: readonly Record<string, unknown>[];
  readonly missing: 'error' | 'zero' | 'respread';
}

/** A defined methodology with a matrix of answers (typed array or plain array) and the same rows as objects. */
export const batchCase: fc.Arbitrary<BatchCase> = definedMethodology
  .chain((methodology) => {
    const inds = indicatorsOf(methodology);
    const row = fc.tuple(...inds.map((i) => fc.oneof({ weight: 12, arbitrary: validCell(i.answer) }, { weight: 1, arbitrary: badCell })));
    return fc.record({
      methodology: fc.constant(methodology),
      rows: fc.array(row, { minLength: 0, maxLength: 5 }),
      typed: fc.boolean(),
      missing: fc.constantFrom('error' as const, 'zero' as const, 'respread' as const),
      into: fc.boolean(),
    });
  })
  .map(({ methodology, rows, typed, missing, into }) => {
    const inds = indicatorsOf(methodology);
    const flat = rows.flatMap((r) => r.map((c) => c.cell));
    const objects = rows.map((r) => {
      const o: Record<string, unknown> = {};
      r.forEach((c, i) => {
        const a = inds[i]!.answer;
        // A "bad" number that happens to be a level value is that level for scoreBatch: give scoreUnit its key.
        const level = a.kind === 'levels' && typeof c.value === 'number' ? a.levels.find((l) => Number(l.value) === c.value) : undefined;
        if (c.value !== undefined) setOwn(o, inds[i]!.id, level !== undefined ? level.key : c.value);
      });
      return o;
    });
    return {
      methodology,
      cells: typed ? Float64Array.from(flat) : flat,
      options: { missing, ...(into ? { into: new Float64Array(rows.length + 1) } : {}) },
      rows: objects,
      missing,
    };
  });

export interface SurveyCase {
  readonly methodology: Methodology;
  readonly questionnaires: readonly unknown[];
  readonly options: unknown;
  /** Every respondent answered every element validly and the options are the defaults. */
  readonly complete: boolean;
}

/** A survey: questionnaires for a methodology (SKM mostly), complete or with N/A, blanks and bad answers. */
export const surveyCase: fc.Arbitrary<SurveyCase> = fc
  .oneof({ weight: 2, arbitrary: fc.constant(presets.skm2017) }, { weight: 1, arbitrary: definedMethodology })
  .chain((methodology) => {
    const inds = indicatorsOf(methodology);
    const questionnaire = (dirty: boolean) => fc.tuple(...inds.map((i) => answerFor(i.answer, dirty)));
    return fc.record({
      methodology: fc.constant(methodology),
      dirty: fc.boolean(),
      answers: fc.boolean().chain((dirty) => fc.array(questionnaire(dirty), { minLength: 1, maxLength: 5 })),
      options: fc.oneof(
        fc.constant(undefined),
        fc.record(
          {
            missing: fc.constantFrom('error', 'skip', 'zero'),
            elementWeight: fc.oneof(fc.constantFrom('1/9', 0.111, '0,111', 0, -1, '1/0'), anyValue),
            nrrDecimals: fc.oneof(fc.integer({ min: -1, max: 11 }), anyValue),
          },
          { requiredKeys: [] },
        ),
      ),
    });
  })
  .map(({ methodology, answers, options }) => {
    const inds = indicatorsOf(methodology);
    const questionnaires = answers.map((q) => {
      const o: Record<string, unknown> = {};
      q.forEach((g, i) => {
        if (g.absent !== true) setOwn(o, inds[i]!.id, g.value);
      });
      return o;
    });
    const complete = options === undefined && answers.every((q) => q.every((g) => typeof g.meaning === 'object'));
    return { methodology, questionnaires, options, complete };
  });
