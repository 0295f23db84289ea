/**
 * Shared fast-check arbitraries: random valid methodologies (dimensions → variables →
 * indicators with weights that pass validation, mixed answer kinds, output ranges with a
 * matching scale) and random answers for them. Reuse them in any property test:
 *
 * ```ts
 * import { test } from '@fast-check/vitest';
 * import { unitCaseArb, answersOf } from '../helpers/arbitraries.js';
 * test.prop([unitCaseArb()])('…', (u) => { scoreUnit(defineMethodology(u.spec), answersOf(u)); });
 * ```
 *
 * Everything here is plain data; expected values come from tests/helpers/reference.ts and
 * tests/helpers/exact.ts, never from src/.
 */
import { fc } from '@fast-check/vitest';
import {
  ROUNDING_MODES,
  scales,
  ZONES,
  type AnswerSpec,
  type AnswerValue,
  type BandSpec,
  type Confidence,
  type DimensionSpec,
  type IndicatorSpec,
  type MethodologySpec,
  type MissingPolicy,
  type RoundingMode,
  type RoundingRule,
  type Scale,
  type ScaleSpec,
  type VariableSpec,
  type Weight,
} from '../../src/index.js';
import { F, fDiv, fMul, fromJs, fSub, fSum, parseText, scaledText, type Frac } from './exact.js';
import { flatIndicators, type RefValue } from './reference.js';

// ---------------------------------------------------------------------------------------
// Answers

/** The answers an indicator accepts, as positions 0 … size − 1 in increasing value. */
export interface AnswerDomain {
  /** Number of distinct answer values. */
  readonly size: number;
  /** The value at a position. */
  value(position: number): Frac;
  /** `(value − min) / (max − min)`, in [0, 1]. */
  norm(position: number): Frac;
  /** The answer as a user may write it; `style` picks one of several equivalent spellings. */
  render(position: number, style: number): AnswerValue;
}

const pick = <T>(xs: readonly T[], i: number): T => xs[((i % xs.length) + xs.length) % xs.length]!;

/** The answer domain of an answer spec (written from the AnswerSpec documentation). */
export function answerDomain(a: AnswerSpec): AnswerDomain {
  switch (a.kind) {
    case 'interval':
    case 'ordinal': {
      const { min, max } = a;
      return {
        size: max - min + 1,
        value: (p) => F(min + p),
        norm: (p) => F(p, max - min),
        render: (p, s) => pick<AnswerValue>([min + p, String(min + p), `${min + p},0`, ` ${min + p} `], s),
      };
    }
    case 'yesNo':
      return {
        size: 2,
        value: (p) => F(p),
        norm: (p) => F(p),
        render: (p, s) => pick<readonly [AnswerValue, AnswerValue]>([[false, true], [0, 1], ['tidak', 'ya'], ['no', 'yes'], ['Tidak', 'YA']], s)[p === 1 ? 1 : 0],
      };
    case 'percent': {
      const d = a.decimals ?? 2;
      const grid = 10n ** BigInt(d);
      return {
        size: 100 * 10 ** d + 1,
        value: (p) => F(BigInt(p), grid),
        norm: (p) => F(BigInt(p), 100n * grid),
        render: (p, s) => {
          const text = scaledText(BigInt(p), d);
          return pick<AnswerValue>([Number(text), text, scaledText(BigInt(p), d, ',')], s);
        },
      };
    }
    case 'levels': {
      const levels = a.levels.map((l) => ({ key: l.key, value: typeof l.value === 'number' ? fromJs(l.value) : parseText(l.value) }));
      const distinct: Frac[] = [];
      for (const l of levels) if (!distinct.some((v) => v.n * l.value.d === l.value.n * v.d)) distinct.push(l.value);
      distinct.sort((x, y) => (x.n * y.d < y.n * x.d ? -1 : x.n * y.d > y.n * x.d ? 1 : 0));
      const lo = distinct[0]!;
      const hi = distinct[distinct.length - 1]!;
      return {
        size: distinct.length,
        value: (p) => distinct[p]!,
        norm: (p) => fDiv(fSub(distinct[p]!, lo), fSub(hi, lo)),
        render: (p, s) => {
          const v = distinct[p]!;
          return pick(levels.filter((l) => l.value.n * v.d === v.n * l.value.d).map((l) => l.key), s);
        },
      };
    }
  }
}

/** An answer spec of any kind (or of the given kinds). */
export function answerSpecArb(kinds: readonly AnswerSpec['kind'][] = ['interval', 'ordinal', 'yesNo', 'percent', 'levels']): fc.Arbitrary<AnswerSpec> {
  const all: Record<AnswerSpec['kind'], fc.Arbitrary<AnswerSpec>> = {
    interval: fc
      .record({
        min: fc.integer({ min: -2, max: 2 }),
        // Mostly short scales like 0–3; sometimes very wide ones, to push the kernel towards 2^53.
        steps: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 9 }, { arbitrary: fc.integer({ min: 6, max: 1_000_000_000 }), weight: 1 }),
      })
      .map(({ min, steps }) => ({ kind: 'interval', min, max: min + steps })),
    ordinal: fc
      .record({ min: fc.integer({ min: 0, max: 1 }), steps: fc.integer({ min: 2, max: 5 }) })
      .map(({ min, steps }) => ({ kind: 'ordinal', min, max: min + steps })),
    yesNo: fc.constant({ kind: 'yesNo' }),
    percent: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }).map((d) => (d === undefined ? { kind: 'percent' } : { kind: 'percent', decimals: d })),
    levels: fc
      .array(fc.record({ milli: fc.integer({ min: -1000, max: 5000 }), asText: fc.boolean(), label: fc.boolean() }), { minLength: 2, maxLength: 4 })
      .filter((ls) => ls.some((l) => l.milli !== ls[0]!.milli))
      .map((ls) => ({
        kind: 'levels',
        levels: ls.map((l, i) => {
          const text = scaledText(BigInt(l.milli), 3);
          return { key: `level-${i}`, ...(l.label ? { label: `Level ${i}` } : {}), value: l.asText ? text : Number(text) };
        }),
      })),
  };
  return fc.oneof(...kinds.map((k) => all[k]));
}

// ---------------------------------------------------------------------------------------
// Weights

/** How the weights of a generated methodology pass validation. */
export type WeightStyle =
  /** Weights that sum exactly to the declared total (decimals and fractions such as "100/7"). */
  | 'exact'
  /** Relative weights of any size with `weights.renormalize: true`. */
  | 'renormalize'
  /** Two-decimal weights that miss the total by a little, with a declared tolerance. */
  | 'tolerance';

export const WEIGHT_STYLES: readonly WeightStyle[] = ['exact', 'renormalize', 'tolerance'];

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** Decimal text of a fraction when it has a finite expansion (else undefined). */
function decimalTextOf(x: Frac, separator = '.'): string | undefined {
  const g = gcd(x.n, x.d);
  let d = x.d / (g === 0n ? 1n : g);
  let places = 0;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return undefined;
  places = Math.max(twos, fives);
  const k = (x.n * 10n ** BigInt(places)) / x.d;
  return scaledText(k, places, separator);
}

/** Writes an exact non-negative weight in one of the accepted spellings (`spelling` picks). */
export function renderWeight(x: Frac, spelling: number): Weight {
  const g = gcd(x.n, x.d) || 1n;
  const fraction = `${x.n / g}/${x.d / g}`;
  const text = decimalTextOf(x);
  if (text === undefined) return fraction;
  switch (spelling % 4) {
    case 0: {
      const n = Number(text);
      const back = fromJs(n);
      return back.n * x.d === x.n * back.d ? n : text;
    }
    case 1:
      return text;
    case 2:
      return decimalTextOf(x, ',')!;
    default:
      return fraction;
  }
}

// ---------------------------------------------------------------------------------------
// Output range and scale

/** The built-in scales with their output ranges. */
export const BUILT_IN_RANGES: readonly { readonly output: { readonly min: number; readonly max: number }; readonly scale: Scale }[] = [
  { output: { min: 0, max: 100 }, scale: scales.ombudsman2022 },
  { output: { min: 0, max: 100 }, scale: scales.ombudsman2013 },
  { output: { min: 0, max: 5 }, scale: scales.pekppp2022 },
  { output: { min: 25, max: 100 }, scale: scales.skm2017 },
];

/**
 * A valid scale spec on [min, max] (whole numbers): 1–5 bands cut at random grid values,
 * each boundary written one of three ways (closed above, closed below, or on the grid as
 * "x.99 / y.00"), random decimals 0–3 and rounding mode, bands in random order.
 */
export function scaleSpecArb(min: number, max: number): fc.Arbitrary<ScaleSpec> {
  return fc
    .record({ decimals: fc.integer({ min: 0, max: 3 }), rounding: fc.option(fc.constantFrom(...ROUNDING_MODES), { nil: undefined }) })
    .chain(({ decimals, rounding }) => {
      const unit = 10n ** BigInt(decimals);
      const R = BigInt(max - min) * unit; // grid steps in the range
      const maxCut = Number((R - 1n) / 2n);
      const cuts = maxCut >= 1 ? fc.uniqueArray(fc.integer({ min: 1, max: maxCut }), { maxLength: 4 }) : fc.constant<number[]>([]);
      return fc.record({
        cuts,
        ways: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
        // Zones rise with the score (each zone one run of bands) or are absent: the scale's rule.
        zones: fc.option(
          fc.array(fc.integer({ min: 0, max: ZONES.length - 1 }), { minLength: 5, maxLength: 5 }).map((ix) => [...ix].sort((x, y) => y - x).map((i) => ZONES[i]!)),
          { nil: undefined },
        ),
        reverse: fc.boolean(),
        asText: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 10, maxLength: 10 }),
      }).map(({ cuts, ways, zones, reverse, asText }) => {
        const lo = BigInt(min) * unit;
        const points = [...cuts].sort((a, b) => a - b).map((c) => lo + 2n * BigInt(c));
        let t = 0;
        const write = (g: bigint): number | string => {
          const s = pick([0, 1, 2], asText[t++ % asText.length]!);
          const text = scaledText(g, decimals, s === 2 ? ',' : '.');
          return s === 0 ? Number(scaledText(g, decimals)) : text;
        };
        const bands: BandSpec[] = [];
        const edges = [lo, ...points, lo + R];
        for (let b = 0; b < edges.length - 1; b++) {
          const below = edges[b]!;
          const above = edges[b + 1]!;
          const wayBelow = b === 0 ? -1 : ways[b - 1]!; // how the boundary at `below` is written
          const wayAbove = b === edges.length - 2 ? -1 : ways[b]!;
          // way 0: the upper band owns the cut (lower: max = cut, open); 1: the lower band owns it
          // (upper: min = cut, open); 2: written on the grid (lower: max = cut − 1 step, closed).
          const band: { -readonly [K in keyof BandSpec]: BandSpec[K] } = {
            category: `band-${b}`,
            label: `Band ${b}`,
            min: write(below),
            max: write(wayAbove === 2 ? above - 1n : above),
          };
          if (wayBelow === 1) band.minInclusive = false;
          if (wayAbove === 0) band.maxInclusive = false;
          const zone = zones?.[b];
          if (zone !== undefined) band.zone = zone;
          bands.push(band);
        }
        return {
          id: 'generated',
          name: 'Generated scale',
          min,
          max,
          decimals,
          ...(rounding !== undefined ? { rounding } : {}),
          bands: reverse ? bands.reverse() : bands,
        } satisfies ScaleSpec;
      });
    });
}

/** An output range with a matching scale: a built-in pair or a generated one. */
export function rangeArb(): fc.Arbitrary<{ output: { min: number | string; max: number | string }; scale: Scale | ScaleSpec }> {
  const generated = fc
    .record({ min: fc.integer({ min: -50, max: 50 }), width: fc.integer({ min: 1, max: 200 }), minAsText: fc.boolean() })
    .chain(({ min, width, minAsText }) =>
      scaleSpecArb(min, min + width).map((scale) => ({ output: { min: minAsText ? String(min) : min, max: min + width }, scale })),
    );
  return fc.oneof(fc.constantFrom(...BUILT_IN_RANGES), generated);
}

// ---------------------------------------------------------------------------------------
// Methodologies

export interface MethodologyArbOptions {
  readonly maxDimensions?: number;
  readonly maxVariables?: number;
  readonly maxIndicators?: number;
  readonly kinds?: readonly AnswerSpec['kind'][];
  readonly weightStyles?: readonly WeightStyle[];
  /** Allow zero weights (a group never has only zeros); default true. */
  readonly zeroWeights?: boolean;
  /** Give the methodology a rounding rule of random mode and decimals (0–4); default true. */
  readonly randomRounding?: boolean;
}

interface NodeDraft {
  readonly part: number;
  readonly spelling: number;
}
interface IndicatorDraft extends NodeDraft {
  readonly answer: AnswerSpec;
}
interface VariableDraft extends NodeDraft {
  readonly indicators: readonly IndicatorDraft[];
}
interface DimensionDraft extends NodeDraft {
  readonly weightedVariables: boolean;
  readonly variables: readonly VariableDraft[];
}

const CONFIDENCES: readonly Confidence[] = ['regulation', 'multiple-sources', 'single-source', 'inferred', 'assumed'];

/** Turns integer parts into weights for one group of siblings (never all zero). */
function groupWeights(parts: readonly number[], spellings: readonly number[], style: WeightStyle, total: Frac, scale: Frac): Weight[] {
  const ps = parts.map((p) => BigInt(p));
  if (!ps.some((p) => p !== 0n)) ps[0] = 1n;
  const sum = ps.reduce((a, b) => a + b, 0n);
  return ps.map((p, i) => {
    const spelling = spellings[i]!;
    switch (style) {
      case 'renormalize':
        return renderWeight(fMul(F(p), scale), spelling);
      case 'exact':
        return renderWeight(F(total.n * p, total.d * sum), spelling);
      case 'tolerance': {
        // Rounded half-up to 2 decimals: off the total by at most 0.005 per weight.
        const k = (2n * 100n * total.n * p + total.d * sum) / (2n * total.d * sum);
        return renderWeight(F(k, 100n), spelling % 3);
      }
    }
  });
}

/**
 * A random valid {@link MethodologySpec}: 1–3 dimensions of 1–3 variables of 1–4 indicators
 * (by default), mixed answer kinds, weights in one of the {@link WeightStyle}s, dimensions
 * with and without variable weights, an output range with a matching scale, and a random
 * rounding rule.
 */
export function methodologySpecArb(options: MethodologyArbOptions = {}): fc.Arbitrary<MethodologySpec> {
  const { maxDimensions = 3, maxVariables = 3, maxIndicators = 4, kinds, weightStyles = WEIGHT_STYLES, zeroWeights = true, randomRounding = true } = options;
  const part = zeroWeights ? fc.integer({ min: 0, max: 9 }) : fc.integer({ min: 1, max: 9 });
  const spelling = fc.nat({ max: 3 });
  const indicator: fc.Arbitrary<IndicatorDraft> = fc.record({ part, spelling, answer: answerSpecArb(kinds) });
  const variable: fc.Arbitrary<VariableDraft> = fc.record({ part, spelling, indicators: fc.array(indicator, { minLength: 1, maxLength: maxIndicators }) });
  const dimension: fc.Arbitrary<DimensionDraft> = fc.record({
    part,
    spelling,
    weightedVariables: fc.boolean(),
    variables: fc.array(variable, { minLength: 1, maxLength: maxVariables }),
  });
  return fc
    .record({
      dimensions: fc.array(dimension, { minLength: 1, maxLength: maxDimensions }),
      style: fc.constantFrom(...weightStyles),
      total: fc.constantFrom<{ text: Weight | undefined; value: Frac; decimal: boolean }>(
        { text: undefined, value: F(100), decimal: true },
        { text: 1, value: F(1), decimal: true },
        { text: '10', value: F(10), decimal: true },
        { text: 7, value: F(7), decimal: true },
        { text: '1/3', value: F(1, 3), decimal: false },
        { text: '12,5', value: F(25, 2), decimal: true },
      ),
      relativeScale: fc.constantFrom(F(1), F(1, 2), F(3), F(1, 4)),
      range: rangeArb(),
      rounding: randomRounding
        ? fc.option(fc.record({ mode: fc.constantFrom(...ROUNDING_MODES), decimals: fc.integer({ min: 0, max: 4 }) }), { nil: undefined })
        : fc.constant(undefined),
      extras: fc.record({
        assessment: fc.boolean(),
        years: fc.boolean(),
        provenance: fc.option(fc.constantFrom(...CONFIDENCES), { nil: undefined }),
        nameEn: fc.boolean(),
      }),
    })
    .map(({ dimensions, style, total, relativeScale, range, rounding, extras }) => {
      // Tolerance weights are rounded decimals, so their total must be a decimal too.
      const t = style === 'tolerance' && !total.decimal ? { text: undefined, value: F(100), decimal: true } : total;
      const dimWeights = groupWeights(dimensions.map((d) => d.part), dimensions.map((d) => d.spelling), style, t.value, relativeScale);
      let maxGroup = dimensions.length;
      const dims: DimensionSpec[] = dimensions.map((d, di) => {
        let varWeights: Weight[] | undefined;
        let indWeights: Weight[][];
        if (d.weightedVariables) {
          varWeights = groupWeights(d.variables.map((v) => v.part), d.variables.map((v) => v.spelling), style, t.value, relativeScale);
          indWeights = d.variables.map((v) => groupWeights(v.indicators.map((i) => i.part), v.indicators.map((i) => i.spelling), style, t.value, relativeScale));
          maxGroup = Math.max(maxGroup, d.variables.length, ...d.variables.map((v) => v.indicators.length));
        } else {
          // One group across the dimension's indicators, split back into variables.
          const all = d.variables.flatMap((v) => v.indicators);
          const flat = groupWeights(all.map((i) => i.part), all.map((i) => i.spelling), style, t.value, relativeScale);
          maxGroup = Math.max(maxGroup, all.length);
          let k = 0;
          indWeights = d.variables.map((v) => v.indicators.map(() => flat[k++]!));
        }
        const variables: VariableSpec[] = d.variables.map((v, vi) => ({
          id: `d${di}.v${vi}`,
          name: `Variable ${di}.${vi}`,
          ...(extras.nameEn ? { nameEn: `Variable ${di}.${vi} (en)` } : {}),
          ...(varWeights !== undefined ? { weight: varWeights[vi]! } : {}),
          indicators: v.indicators.map(
            (ind, ii): IndicatorSpec => ({
              id: `d${di}.v${vi}.i${ii}`,
              name: `Indicator ${di}.${vi}.${ii}`,
              weight: indWeights[vi]![ii]!,
              answer: ind.answer,
              ...(extras.provenance !== undefined && ii === 0 ? { provenance: { confidence: extras.provenance, note: 'generated' } } : {}),
            }),
          ),
        }));
        return { id: `d${di}`, name: `Dimension ${di}`, weight: dimWeights[di]!, variables };
      });
      const weights =
        style === 'renormalize'
          ? { renormalize: true }
          : style === 'tolerance'
            ? { ...(t.text !== undefined ? { total: t.text } : {}), tolerance: scaledText(BigInt(maxGroup) * 5n, 3) }
            : t.text !== undefined
              ? { total: t.text }
              : undefined;
      const spec: MethodologySpec = {
        id: 'generated',
        name: 'Generated methodology',
        version: '1',
        ...(extras.assessment ? { assessment: 'test' } : {}),
        ...(extras.years ? { years: { from: 2022, to: 2024 } } : {}),
        output: range.output,
        ...(weights !== undefined ? { weights } : {}),
        ...(rounding !== undefined ? { rounding: rounding satisfies RoundingRule } : {}),
        scale: range.scale,
        dimensions: dims,
        ...(extras.provenance !== undefined ? { provenance: { confidence: extras.provenance, source: 'fast-check' } } : {}),
      };
      return spec;
    });
}

// ---------------------------------------------------------------------------------------
// Units: a methodology with answers

/** How an indicator is answered in a generated unit. */
export type Status = 'answered' | 'na' | 'missing';

/** A methodology spec with one unit's answers, as positions in each indicator's answer domain. */
export interface UnitCase {
  readonly spec: MethodologySpec;
  /** Per indicator (document order): position in its {@link AnswerDomain}. */
  readonly positions: readonly number[];
  /** Per indicator: which spelling of the answer to use. */
  readonly styles: readonly number[];
  /** Per indicator: answered, not applicable or missing. */
  readonly statuses: readonly Status[];
}

export interface UnitCaseOptions {
  /** Chance weight of "na" per indicator (0 = never); default 0. */
  readonly na?: number;
  /** Chance weight of a missing answer per indicator (0 = never); default 0. */
  readonly missing?: number;
}

/** Answers (positions, spellings, statuses) for a given spec. */
export function unitOfArb(spec: MethodologySpec, options: UnitCaseOptions = {}): fc.Arbitrary<UnitCase> {
  const inds = flatIndicators(spec);
  const { na = 0, missing = 0 } = options;
  const status: fc.Arbitrary<Status> = fc.oneof(
    { arbitrary: fc.constant<Status>('answered'), weight: 4 },
    ...(na > 0 ? [{ arbitrary: fc.constant<Status>('na'), weight: na }] : []),
    ...(missing > 0 ? [{ arbitrary: fc.constant<Status>('missing'), weight: missing }] : []),
  );
  return fc.record({
    spec: fc.constant(spec),
    positions: fc.tuple(...inds.map((i) => fc.integer({ min: 0, max: answerDomain(i.answer).size - 1 }))),
    styles: fc.tuple(...inds.map(() => fc.nat({ max: 4 }))),
    statuses: fc.tuple(...inds.map(() => status)),
  });
}

/** A random methodology with one unit's answers. */
export function unitCaseArb(options: MethodologyArbOptions & UnitCaseOptions = {}): fc.Arbitrary<UnitCase> {
  return methodologySpecArb(options).chain((spec) => unitOfArb(spec, options));
}

/** How "not applicable" may be written: "na" (NOT_APPLICABLE) with or without spaces around it ("NA", "N/A" are refused). */
const NA_SPELLINGS: readonly AnswerValue[] = ['na', ' na ', 'na ', ' na', '\tna\n'];
const MISSING_SPELLINGS = ['absent', null, undefined, '', '  '] as const;

/** The unit's answers as a user writes them (an object keyed by indicator id). */
export function answersOf(u: Pick<UnitCase, 'spec' | 'positions' | 'styles' | 'statuses'>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const ind of flatIndicators(u.spec)) {
    const i = ind.index;
    const st = u.statuses[i] ?? 'answered';
    const style = u.styles[i] ?? 0;
    if (st === 'na') out[ind.id] = pick(NA_SPELLINGS, style);
    else if (st === 'missing') {
      const m = pick(MISSING_SPELLINGS, style);
      if (m !== 'absent') out[ind.id] = m;
    } else out[ind.id] = answerDomain(ind.answer).render(u.positions[i]!, style);
  }
  return out;
}

/** The normalised values the reference scorer needs, under a missing policy. */
export function refValuesOf(u: Pick<UnitCase, 'spec' | 'positions' | 'statuses'>, missing: MissingPolicy = 'error'): RefValue[] {
  return flatIndicators(u.spec).map((ind) => {
    const st = u.statuses[ind.index] ?? 'answered';
    if (st === 'na') return 'skip';
    if (st === 'missing') return missing === 'zero' ? F(0) : 'skip';
    return answerDomain(ind.answer).norm(u.positions[ind.index]!);
  });
}

/** A rounding mode. */
export const roundingModeArb: fc.Arbitrary<RoundingMode> = fc.constantFrom(...ROUNDING_MODES);

/** Sum of fractions (re-exported for tests that build expected values). */
export { fSum };
