/**
 * The fuzz harness: one entry per public function (name, argument arbitrary, result checks),
 * shared by the vitest fuzz suite (tests/fuzz/fuzz.test-prop.ts, a few hundred runs each) and
 * `npm run fuzz` (scripts/fuzz.ts, a million inputs).
 *
 * Every call is checked the same way ({@link runCase}):
 * - it returns, or throws a KepatuhanError with a known code, a non-empty path and issues
 *   (validators must not throw at all); any other exception is "unexpected";
 * - the result is plain data: no NaN, ±Infinity, -0 or undefined anywhere, no Map, class
 *   instance, function, bigint or symbol, no holes; it survives a JSON round trip unchanged;
 * - the arguments are unchanged (a fingerprint taken before the call), Object.prototype is
 *   not polluted, and the target's own checks (an independent oracle where one exists) pass.
 *
 * Adding a function: append a {@link FuzzTarget} to {@link targets}. A test fails when a
 * function exported from src/index.ts has no entry.
 */
import fc from 'fast-check';
import {
  aggregate,
  aggregateBy,
  ASSESSMENTS,
  checkReportedScore,
  explainReportedSurvey,
  classify,
  describeProvenance,
  indicatorOrder,
  presetForYear,
  scoreBatch,
  scoreSurvey,
  SURVEY_CONVENTIONS,
  defineMethodology,
  defineScale,
  ERROR_CODES,
  formatScore,
  isKepatuhanError,
  KepatuhanError,
  parseScore,
  presets,
  ROUNDING_MODES,
  roundScore,
  scales,
  scoreUnit,
  validateMethodology,
  validateScale,
  type AggregateResult,
  type Classification,
  type Methodology,
  type ReportedScoreCheck,
  type Scale,
  type SurveyScore,
  type ReportedSurveyExplanation,
  type UnitScore,
} from '../../src/index.js';
import { analysisTargets } from './analysisTargets.js';
import { anyMethodology, anyScale, batchCase, mutated, scoringCase, surveyCase, validMethodologySpec, validScale, type ScoringCase } from './inputs.js';
import { anyNumber, anyNumericString, anyValue, hostile, materialize, scoreLike } from './values.js';

// ---------------------------------------------------------------------------------------
// Targets

/** One generated call: its arguments and, when the input is known, what must come out. */
export interface FuzzCase {
  readonly args: readonly unknown[];
  /** Returns a violation message, or undefined when the outcome is right. */
  readonly oracle?: (outcome: Outcome) => string | undefined;
}

/** One public function under fuzz. */
export interface FuzzTarget {
  /** The function's name as exported from src/index.ts. */
  readonly name: string;
  /** Generated calls. */
  readonly cases: fc.Arbitrary<FuzzCase>;
  /** Calls the function with the generated arguments. */
  readonly call: (args: readonly unknown[]) => unknown;
  /** Checks every result (not only known inputs): returns a violation message or undefined. */
  readonly check?: (result: unknown, args: readonly unknown[]) => string | undefined;
  /** Validators and predicates: any exception, even a KepatuhanError, is a violation. */
  readonly neverThrows?: boolean;
  /** Arguments the function writes to by design (scoreBatch's `options.into`): not checked for mutation. */
  readonly writes?: readonly number[];
  /** Turns a result that is not plain data by design (scoreBatch's Float64Array) into data for the checks. */
  readonly toData?: (result: unknown) => unknown;
}

export type Outcome = { readonly kind: 'result'; readonly value: unknown } | { readonly kind: 'error'; readonly error: unknown };


/** Whether a generated value is a plain object (to read an option from it). */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const plain = (args: fc.Arbitrary<readonly unknown[]>): fc.Arbitrary<FuzzCase> => args.map((a) => ({ args: a }));

const roundingRule: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom(...ROUNDING_MODES) },
  {
    weight: 2,
    arbitrary: fc.record(
      { mode: fc.constantFrom(...ROUNDING_MODES), decimals: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(-1, 21, 2.5, -0, NaN, '2')) },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** Reads a decimal string the way JavaScript does (`,` as `.`) for the oracles; undefined when not a plain decimal. */
function jsNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (!/^[+-]?(\d+[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A rounding result is within one step of the input, and rounding it again changes nothing. */
function checkRounded(result: unknown, args: readonly unknown[]): string | undefined {
  const x = jsNumber(args[0]);
  if (typeof result !== 'number' || x === undefined) return undefined;
  const rule = args[1];
  const decimals = typeof rule === 'object' && rule !== null && typeof (rule as { decimals?: unknown }).decimals === 'number' ? (rule as { decimals: number }).decimals : 2;
  if (Math.abs(result - x) > 10 ** -decimals * (1 + 1e-9) + Math.abs(x) * 1e-15) return `roundScore(${String(args[0])}) = ${result} is more than one step away`;
  if (roundScore(result, rule as never) !== result) return `rounding ${result} again gives ${roundScore(result, rule as never)}`;
  return undefined;
}

/** The value lies in the returned band, and the band belongs to the scale. */
function checkClassification(c: Classification, scale: Scale | undefined): string | undefined {
  const { min, max, minInclusive, maxInclusive } = c.bounds;
  if (c.value < min || c.value > max || (!minInclusive && c.value === min) || (!maxInclusive && c.value === max))
    return `classified ${c.value} as ${c.category} whose bounds are ${min}–${max}`;
  if (scale !== undefined && !scale.bands.some((b) => b.category === c.category)) return `category ${c.category} is not a band of ${scale.id}`;
  return undefined;
}

function weightValue(w: unknown): number {
  if (typeof w === 'number') return w;
  const s = String(w).replace(',', '.');
  const f = /^(.+)\/(.+)$/.exec(s);
  return f !== null ? Number(f[1]) / Number(f[2]) : Number(s);
}

/**
 * The unit score computed independently, in floating point, from the rule in the docs
 * (domain reference §2): weighted means of normalised answers per variable, dimension and
 * methodology; indicators that do not count pass their weight to their siblings.
 */
export function floatScore(m: Methodology, norms: ReadonlyMap<string, number | undefined>): number | undefined {
  let total = 0;
  let totalW = 0;
  for (const d of m.dimensions) {
    let dSum = 0;
    let dW = 0;
    for (const v of d.variables) {
      let vSum = 0;
      let vW = 0;
      for (const i of v.indicators) {
        const n = norms.get(i.id);
        if (n === undefined) continue;
        vSum += weightValue(i.weight) * n;
        vW += weightValue(i.weight);
      }
      if (vW === 0) continue;
      const vw = v.weight !== undefined ? weightValue(v.weight) : v.indicators.reduce((s, i) => s + weightValue(i.weight), 0);
      dSum += vw * (vSum / vW);
      dW += vw;
    }
    if (dW === 0) continue;
    total += weightValue(d.weight) * (dSum / dW);
    totalW += weightValue(d.weight);
  }
  if (totalW === 0) return undefined;
  const lo = weightValue(m.output.min);
  const hi = weightValue(m.output.max);
  return lo + (hi - lo) * (total / totalW);
}

function scoringOracle(c: ScoringCase): ((o: Outcome) => string | undefined) | undefined {
  const meanings = c.meanings;
  if (meanings === undefined) return undefined;
  const values = [...meanings.values()];
  if (values.includes('invalid')) return undefined; // an "invalid" draw may happen to be valid
  const norms = new Map<string, number | undefined>();
  let anyMissing = false;
  for (const [id, m] of meanings) {
    if (m === 'na') norms.set(id, undefined);
    else if (m === 'missing') {
      anyMissing = true;
      norms.set(id, c.missing === 'zero' ? 0 : undefined);
    } else if (m !== 'invalid') norms.set(id, m.norm);
  }
  const expected = c.missing === 'error' && anyMissing ? 'MISSING_ANSWER' : floatScore(c.methodology, norms);
  return (o) => {
    if (c.extraKeys) return o.kind === 'error' && (o.error as KepatuhanError).code === 'UNKNOWN_INDICATOR' ? undefined : 'an unknown answer key was not reported';
    if (expected === 'MISSING_ANSWER')
      return o.kind === 'error' && (o.error as KepatuhanError).code === 'MISSING_ANSWER' ? undefined : 'a missing answer was not reported';
    if (expected === undefined)
      return o.kind === 'error' && (o.error as KepatuhanError).code === 'NO_APPLICABLE_INDICATORS' ? undefined : 'no indicator counts, yet no NO_APPLICABLE_INDICATORS';
    if (o.kind === 'error') return `valid answers were rejected: ${(o.error as Error).message}`;
    const r = o.value as UnitScore;
    const range = r.range.max - r.range.min;
    if (Math.abs(r.unrounded - expected) > range * 1e-9) return `unrounded ${r.unrounded} but the independent computation gives ${expected}`;
    if (Math.abs(r.score - expected) > 10 ** -r.rounding.decimals * (1 + 1e-9) + range * 1e-9) return `score ${r.score} is not ${expected} rounded`;
    return undefined;
  };
}

function checkUnitScore(result: unknown, args: readonly unknown[]): string | undefined {
  const r = result as UnitScore;
  const m = args[0] as Methodology;
  if (r.score < r.range.min || r.score > r.range.max) return `score ${r.score} outside ${r.range.min}–${r.range.max}`;
  const c = classify(r.score, m.scale);
  if (c.category !== r.classification.category) return `score ${r.score} classified ${r.classification.category}, classify() says ${c.category}`;
  const cls = checkClassification(r.classification, m.scale);
  if (cls !== undefined) return cls;
  const weights = r.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.filter((i) => i.counted).map((i) => i.effectiveWeight)));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9) return `effective weights of counted indicators sum to ${sum}`;
  for (const d of r.dimensions)
    for (const v of d.variables)
      for (const i of v.indicators) if (i.normalized !== null && (i.normalized < 0 || i.normalized > 1)) return `indicator ${i.id} normalised to ${i.normalized}`;
  return undefined;
}

/** Half-up rounding to 2 decimals done on the text of a non-negative decimal with at most 3 decimals ("68.975", "68,97"). */
function roundHalfUp2(text: string): number {
  const [int = '0', frac = ''] = text.replace(',', '.').split('.');
  const thousandths = BigInt(int + frac.padEnd(3, '0'));
  return Number((thousandths + 5n) / 10n) / 100;
}

function aggregateOracle(scores: readonly unknown[], options: Record<string, unknown>): (o: Outcome) => string | undefined {
  return (o) => {
    if (o.kind === 'error') return `valid scores were rejected: ${(o.error as Error).message}`;
    const r = o.value as AggregateResult;
    if (r.count !== scores.length) return `count ${r.count} for ${scores.length} scores`;
    const xs = scores.map((s) => roundHalfUp2(String(typeof s === 'object' && s !== null ? (s as { score: unknown }).score : s)));
    const method = options['method'] ?? 'mean';
    const sorted = [...xs].sort((a, b) => a - b);
    const expected =
      method === 'median'
        ? sorted.length % 2 === 1
          ? sorted[sorted.length >> 1]!
          : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
        : xs.reduce((a, b) => a + b, 0) / xs.length;
    if (Math.abs(r.score - expected) > 0.005 + 1e-9) return `${String(method)} of ${xs.join(', ')} is ${expected}, got ${r.score}`;
    if (r.score < r.min || r.score > r.max) return `score ${r.score} outside min ${r.min} / max ${r.max}`;
    return undefined;
  };
}

const validScore = fc.oneof(
  fc.integer({ min: 0, max: 10000 }).map((k) => k / 100),
  fc.integer({ min: 0, max: 10000 }).map((k) => (k / 100).toFixed(2).replace('.', ',')),
  fc.integer({ min: 0, max: 100000 }).map((k) => ({ score: k / 1000 })),
);

/** A score within a whole-number range, written like {@link validScore} (three decimals still show within it). */
const scoreWithin = (r: { readonly min: number; readonly max: number }) =>
  fc.oneof(
    fc.integer({ min: r.min * 100, max: r.max * 100 }).map((k) => k / 100),
    fc.integer({ min: r.min * 100, max: r.max * 100 }).map((k) => (k / 100).toFixed(2).replace('.', ',')),
    fc.integer({ min: r.min * 1000, max: r.max * 1000 }).map((k) => ({ score: k / 1000 })),
  );

const scoresArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(anyNumber, anyNumericString, validScore), { minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: mutated(fc.array(validScore, { minLength: 1, maxLength: 12 })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(scoreLike, fc.record({ score: scoreLike, weight: fc.oneof(anyNumber, anyNumericString, anyValue) }, { requiredKeys: [] })), { maxLength: 6 }) },
  { weight: 1, arbitrary: anyValue },
);

const customMethod: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant((s: readonly number[]) => Math.min(...s)),
  fc.constant(() => {
    throw new Error('user function failed');
  }),
  fc.constant(() => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
  }),
  fc.func(fc.oneof(anyNumber, anyValue)),
);

const aggregateOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        method: fc.oneof(fc.constantFrom('mean', 'weightedMean', 'median', 'max'), customMethod),
        weights: fc.oneof(fc.array(fc.oneof(anyNumber, anyNumericString), { maxLength: 12 }), anyValue),
        rounding: roundingRule,
        roundInputs: fc.oneof(fc.boolean(), anyValue),
        scale: anyScale,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** The core functions (numbers, model, classification, scoring, aggregation, presets). */
const coreTargets: readonly FuzzTarget[] = [
  {
    name: 'parseScore',
    cases: plain(fc.tuple(scoreLike)),
    call: ([v]) => parseScore(v as never),
    check: (result, [v]) => {
      // Oracle: JavaScript's own parser, on a "." decimal (the comma read as ".").
      const x = jsNumber(v);
      if (x === undefined || typeof result !== 'number') return undefined;
      const expected = x === 0 ? 0 : x;
      return Object.is(result, expected) ? undefined : `parseScore(${JSON.stringify(v)}) = ${result}, Number() reads ${expected}`;
    },
  },
  {
    name: 'roundScore',
    cases: plain(fc.tuple(scoreLike, roundingRule)),
    call: ([v, rule]) => roundScore(v as never, rule as never),
    check: checkRounded,
  },
  {
    name: 'formatScore',
    cases: plain(
      fc.tuple(
        scoreLike,
        fc.oneof(
          fc.constant(undefined),
          fc.record(
            { locale: fc.oneof(fc.constantFrom('id', 'en', 'de-DE', 'ar-EG', 'zz', '__proto__', 'toString', ''), anyValue), rounding: fc.oneof(fc.constantFrom(...ROUNDING_MODES), fc.record({ decimals: fc.oneof(fc.integer({ min: -1, max: 21 }), anyValue), mode: fc.oneof(fc.constantFrom(...ROUNDING_MODES), anyValue) }, { requiredKeys: [] }), anyValue) },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      ),
    ),
    call: ([v, o]) => formatScore(v as never, o as never),
    check: (result, [v, o]) => {
      if (typeof result !== 'string') return 'formatScore did not return a string';
      if (o !== undefined || jsNumber(v) === undefined) return undefined;
      // Default: Indonesian, two decimals, half-up: the same digits as roundScore.
      const rounded = roundScore(v as never);
      return Number(result.replace(',', '.')) === rounded ? undefined : `formatScore(${JSON.stringify(v)}) = ${result} but roundScore gives ${rounded}`;
    },
  },
  {
    name: 'classify',
    cases: plain(fc.tuple(scoreLike, anyScale, fc.oneof(fc.constant(undefined), fc.record({ followedUpCorrectiveActions: fc.oneof(fc.boolean(), anyValue) }, { requiredKeys: [] }), anyValue))),
    call: ([v, s, o]) => classify(v as never, s as never, o as never),
    check: (result, [, s]) => checkClassification(result as Classification, (Object.values(scales) as readonly Scale[]).includes(s as Scale) ? (s as Scale) : undefined),
  },
  {
    name: 'defineScale',
    cases: fc.oneof(
      plain(fc.tuple(anyScale)),
      validScale.map((s) => ({ args: [s], oracle: (o: Outcome) => (o.kind === 'error' ? `a valid scale was rejected: ${(o.error as Error).message}` : undefined) })),
    ),
    call: ([s]) => defineScale(s as never),
    check: (result) => (isDeepFrozen(result) ? undefined : 'the defined scale is not deeply frozen'),
  },
  {
    name: 'validateScale',
    cases: plain(fc.tuple(anyScale)),
    call: ([s]) => validateScale(s),
    neverThrows: true,
    check: (result) => checkValidation(result),
  },
  {
    name: 'defineMethodology',
    cases: fc.oneof(
      plain(fc.tuple(anyMethodology)),
      validMethodologySpec.map((s) => ({ args: [s], oracle: (o: Outcome) => (o.kind === 'error' ? `a valid methodology was rejected: ${(o.error as Error).message}` : undefined) })),
    ),
    call: ([m]) => defineMethodology(m as never),
    check: (result) => (isDeepFrozen(result) ? undefined : 'the defined methodology is not deeply frozen'),
  },
  {
    name: 'validateMethodology',
    cases: plain(fc.tuple(anyMethodology)),
    call: ([m]) => validateMethodology(m),
    neverThrows: true,
    check: (result) => checkValidation(result),
  },
  {
    name: 'scoreUnit',
    cases: fc.oneof(
      { weight: 4, arbitrary: scoringCase.map((c): FuzzCase => ({ args: [c.methodology, c.answers, c.options], ...withOracle(scoringOracle(c)) })) },
      { weight: 1, arbitrary: plain(fc.tuple(anyMethodology, fc.oneof(anyValue, hostile), anyValue)) },
    ),
    call: ([m, a, o]) => scoreUnit(m as never, a as never, o as never),
    check: checkUnitScore,
  },
  {
    name: 'aggregate',
    cases: fc.oneof(
      { weight: 3, arbitrary: plain(fc.tuple(scoresArb, aggregateOptions)) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.array(validScore, { minLength: 1, maxLength: 30 }), fc.constantFrom('mean', 'median'))
          .map(([s, method]) => ({ args: [s, { method }], oracle: aggregateOracle(s, { method }) })),
      },
    ),
    call: ([s, o]) => aggregate(s as never, o as never),
    check: (result) => {
      const r = result as AggregateResult;
      if (r.count < 1) return 'count below 1';
      return r.classification === undefined ? undefined : checkClassification(r.classification, undefined);
    },
  },
  {
    name: 'aggregateBy',
    cases: fc.oneof(
      {
        weight: 3,
        arbitrary: plain(
          fc.tuple(
            fc.oneof(scoresArb, fc.array(fc.record({ g: fc.oneof(fc.constantFrom('a', 'b'), anyValue), score: fc.oneof(validScore, anyValue) }, { requiredKeys: [] }), { maxLength: 12 })),
            fc.oneof(
              anyValue,
              aggregateOptions.map((o) => ({ ...(typeof o === 'object' && o !== null ? o : {}), groupBy: (u: unknown) => (typeof u === 'object' && u !== null ? (u as { g?: unknown }).g : 'x') })),
              fc.record({ groupBy: fc.oneof(customMethod, anyValue) }, { requiredKeys: [] }),
            ),
          ),
        ),
      },
      {
        weight: 1,
        // Oracle: each group is what aggregate gives for its scores (a separate entry point).
        arbitrary: fc
          .tuple(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 10000 }).map((k) => k / 100)), { maxLength: 20 }), fc.constantFrom('mean', 'median'))
          .map(([us, method]) => ({
            args: [us.map(([g, score]) => ({ g, score })), { method, groupBy: (u: { g: string }) => u.g }],
            oracle: (o: Outcome): string | undefined => {
              if (o.kind !== 'result') return `threw ${String(o.error)}`;
              for (const { group, result } of o.value as { group: string; result: AggregateResult }[])
                if (result.score !== aggregate(us.filter(([x]) => x === group).map(([, s]) => s), { method }).score) return `group ${group} differs from aggregate`;
              return undefined;
            },
          })),
      },
    ),
    call: ([u, o]) => aggregateBy(u as never, o as never),
    check: (result) => (Array.isArray(result) ? undefined : 'not a list'),
  },
  {
    name: 'scoreBatch',
    cases: fc.oneof(
      {
        weight: 4,
        arbitrary: batchCase.map(({ methodology, cells, options, rows, missing }) => ({
          args: [methodology, cells, options],
          // Oracle: every row scores what scoreUnit gives for the same answers (a separate code path).
          oracle: (o: Outcome): string | undefined => {
            const unit = rows.map((r) => {
              try {
                return { score: scoreUnit(methodology, r as never, { missing }).score };
              } catch (e) {
                return { code: (e as KepatuhanError).code, message: (e as KepatuhanError).message };
              }
            });
            if (o.kind === 'error') {
              // The codes may differ for the same bad cell (a yes/no cell of 4 is out of range for
              // scoreBatch, not a yes/no answer for scoreUnit): some row must be rejected.
              const code = (o.error as KepatuhanError).code;
              return unit.some((u) => u.code !== undefined) ? undefined : `scoreBatch threw ${code}, but scoreUnit scores every row (${JSON.stringify(unit)})`;
            }
            const out = Array.from(o.value as Float64Array);
            const bad = unit.findIndex((u, i) => u.score !== out[i]);
            return bad === -1 ? undefined : `row ${bad}: scoreBatch ${out[bad]}, scoreUnit ${JSON.stringify(unit[bad])}`;
          },
        })),
      },
      { weight: 1, arbitrary: plain(fc.tuple(anyMethodology, fc.oneof(anyValue, hostile, fc.array(anyNumber, { maxLength: 40 })), fc.oneof(anyValue, fc.record({ missing: anyValue, into: anyValue }, { requiredKeys: [] })))) },
    ),
    call: ([m, a, o]) => scoreBatch(m as never, a as never, o as never),
    writes: [2],
    toData: (r) => (r instanceof Float64Array ? Array.from(r) : r),
  },
  {
    name: 'scoreSurvey',
    cases: fc.oneof(
      {
        weight: 3,
        arbitrary: surveyCase.map(({ methodology, questionnaires, options, complete }) => ({
          args: [methodology, questionnaires, options],
          ...(complete
            ? {
                // Oracle: with every element answered by every respondent, the survey score is the
                // mean of the respondents' unit scores (the score is linear in the answers).
                oracle: (o: Outcome): string | undefined => {
                  if (o.kind === 'error') return `complete questionnaires were rejected: ${(o.error as Error).message}`;
                  const r = o.value as SurveyScore;
                  const each = questionnaires.map((q) => scoreUnit(methodology, q as never).unrounded);
                  const mean = each.reduce((a, b) => a + b, 0) / each.length;
                  return Math.abs(r.unrounded - mean) <= (r.range.max - r.range.min) * 1e-9 ? undefined : `survey score ${r.unrounded}, mean of unit scores ${mean}`;
                },
              }
            : {}),
        })),
      },
      { weight: 1, arbitrary: plain(fc.tuple(anyMethodology, fc.oneof(anyValue, hostile, fc.array(fc.oneof(anyValue, hostile), { maxLength: 4 })), anyValue)) },
    ),
    call: ([m, q, o]) => scoreSurvey(m as never, q as never, o as never),
    check: (result) => {
      const r = result as SurveyScore;
      if (r.score < r.range.min || r.score > r.range.max) return `survey score ${r.score} outside ${r.range.min}–${r.range.max}`;
      return checkClassification(r.classification, undefined);
    },
  },
  {
    name: 'explainReportedSurvey',
    cases: fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            surveyCase,
            fc.oneof(anyNumber, anyNumericString, fc.record({ score: fc.oneof(anyNumber, anyNumericString), category: fc.constantFrom('A', 'B', 'Baik', ' c ', 'X') }, { requiredKeys: [] })),
            fc.record({ reportedDecimals: fc.integer({ min: -1, max: 21 }), conventions: fc.oneof(fc.subarray([...SURVEY_CONVENTIONS]), anyValue) }, { requiredKeys: [] }),
          )
          .map(([{ methodology, questionnaires, options }, reported, extra]) => ({
            args: [questionnaires, reported, { methodology, ...(isRecord(options) && 'missing' in options ? { missing: options['missing'] } : {}), ...extra }],
            // Oracle: the regulation's reading is scoreSurvey's index at 2 decimals (for a 2-decimal report).
            oracle: (o: Outcome): string | undefined => {
              if (o.kind === 'error') return undefined;
              const e = o.value as ReportedSurveyExplanation;
              if (e.reported.decimals !== 2) return undefined;
              const exact = scoreSurvey(methodology, questionnaires as never, isRecord(options) && 'missing' in options ? { missing: options['missing'] as never } : {}).score;
              return e.readings[0]?.score === exact ? undefined : `regulation reading ${e.readings[0]?.score}, scoreSurvey ${exact}`;
            },
          })),
      },
      { weight: 1, arbitrary: plain(fc.tuple(fc.oneof(anyValue, hostile, fc.array(fc.oneof(anyValue, hostile), { maxLength: 4 })), anyValue, anyValue)) },
    ),
    call: ([q, r, o]) => explainReportedSurvey(q as never, r as never, o as never),
    check: (result) => {
      const e = result as ReportedSurveyExplanation;
      if (e.readings[0]?.convention !== 'regulation') return 'the regulation is not the first reading';
      if (e.consistent !== e.readings[0].reproduces) return 'consistent differs from the regulation reading';
      return e.explainedBy.every((c) => e.readings.some((r) => r.convention === c && r.reproduces)) ? undefined : 'an explanation that does not reproduce the report';
    },
  },
  {
    name: 'checkReportedScore',
    cases: fc.oneof(
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(undefined, ...Object.values(presets))
          // Units within the methodology's output range (0–100 without one): every score is checked against it.
          .chain((methodology) => fc.tuple(fc.array(scoreWithin({ min: Number(methodology?.output.min ?? 0), max: Number(methodology?.output.max ?? 100) }), { minLength: 1, maxLength: 12 }), fc.constantFrom('mean', 'median'), fc.boolean(), fc.constant(methodology)))
          .map(([units, method, exact, methodology]) => {
            const truth = aggregate(units, { method, ...(methodology !== undefined ? { rounding: methodology.rounding } : {}) }).score;
            const max = Number(methodology?.output.max ?? 100);
            const reported = exact ? truth : truth + 1 <= max ? truth + 1 : truth - 1;
            return {
              args: [{ units, reported, method, ...(methodology !== undefined ? { methodology } : {}) }],
              // Oracle: the figure aggregate() computes is consistent, one point off is not.
              oracle: (o: Outcome): string | undefined => {
                if (o.kind === 'error') return `a plain check was rejected: ${(o.error as Error).message}`;
                return (o.value as ReportedScoreCheck).consistent === exact ? undefined : `reported ${reported} for computed ${truth}: consistent should be ${exact}`;
              },
            };
          }),
      },
      {
        weight: 2,
        arbitrary: plain(
          fc.tuple(
            mutated(
              fc.record(
                {
                  units: fc.array(validScore, { maxLength: 8 }),
                  reported: fc.oneof(anyNumber, anyNumericString, fc.record({ score: fc.oneof(anyNumber, anyNumericString), category: fc.constantFrom('A', 'B', 'C', 'hijau', ' a '), zone: fc.constantFrom('hijau', 'kuning', 'merah'), label: fc.string() }, { requiredKeys: [] })),
                  methodology: fc.constantFrom(...Object.values(presets)),
                  scale: fc.constantFrom(...Object.values(scales)),
                  method: fc.constantFrom('mean', 'weightedMean', 'median'),
                  weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), anyNumericString), { maxLength: 8 }),
                  rounding: roundingRule,
                  roundInputs: fc.boolean(),
                  reportedDecimals: fc.integer({ min: -1, max: 21 }),
                  candidateUnits: fc.array(fc.oneof(validScore, fc.record({ name: fc.string(), score: validScore })), { maxLength: 3 }),
                  previous: fc.record({ score: fc.oneof(validScore, anyNumericString), units: fc.array(validScore, { maxLength: 4 }), year: fc.integer({ min: 2013, max: 2030 }) }, { requiredKeys: [] }),
                },
                { requiredKeys: ['reported'] },
              ),
            ),
          ),
        ),
      },
      { weight: 1, arbitrary: plain(fc.tuple(anyValue)) },
    ),
    call: ([input]) => checkReportedScore(input as never),
  },
  {
    name: 'presetForYear',
    cases: plain(fc.tuple(fc.oneof(fc.integer({ min: 1990, max: 2100 }), anyNumber, anyValue), fc.oneof(fc.constantFrom(undefined, ...ASSESSMENTS, '__proto__', 'toString', 'constructor'), anyValue))),
    call: ([year, assessment]) => presetForYear(year as never, assessment as never),
    check: (result) => ((Object.values(presets) as readonly Methodology[]).includes(result as Methodology) ? undefined : 'presetForYear returned something that is not a preset'),
  },
  {
    name: 'indicatorOrder',
    cases: plain(fc.tuple(anyMethodology)),
    call: ([m]) => indicatorOrder(m as never),
    check: (result, [m]) => {
      const ids = result as readonly string[];
      if (!Object.isFrozen(ids) || new Set(ids).size !== ids.length) return 'indicatorOrder is not a frozen list of distinct ids';
      // The order is the document order of the (validated) methodology.
      const doc = defineMethodology(m as never).dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
      return deepEqual(doc, [...ids]) ? undefined : 'indicatorOrder differs from the document order';
    },
  },
  {
    name: 'describeProvenance',
    cases: plain(fc.tuple(anyMethodology)),
    call: ([m]) => describeProvenance(m as never),
  },
  {
    name: 'isKepatuhanError',
    cases: plain(fc.tuple(fc.oneof(anyValue, hostile, fc.constant(new KepatuhanError('INVALID_TYPE', 'x')), fc.constant(new TypeError('x'))))),
    call: ([v]) => isKepatuhanError(v),
    neverThrows: true,
    check: (result, [v]) => (typeof result === 'boolean' && result === safeInstanceOf(v) ? undefined : `isKepatuhanError gave ${String(result)}`),
  },
];

/** Every public function, with how to call it and what to check. */
export const targets: readonly FuzzTarget[] = [...coreTargets, ...analysisTargets];

function safeInstanceOf(v: unknown): boolean {
  try {
    return v instanceof KepatuhanError;
  } catch {
    return false;
  }
}

function withOracle(oracle: ((o: Outcome) => string | undefined) | undefined): { oracle?: (o: Outcome) => string | undefined } {
  return oracle === undefined ? {} : { oracle };
}

function checkValidation(result: unknown): string | undefined {
  const r = result as { ok: unknown; issues: unknown; value?: unknown };
  if (r.ok === true) return isDeepFrozen(r.value) ? undefined : 'the validated value is not deeply frozen';
  if (r.ok !== false || !Array.isArray(r.issues) || r.issues.length === 0) return 'a failed validation has no issues';
  return checkIssues(r.issues);
}

// ---------------------------------------------------------------------------------------
// Checks

const KNOWN_CODES = new Set(Object.keys(ERROR_CODES));

function checkIssues(issues: readonly unknown[]): string | undefined {
  for (const i of issues) {
    const { code, path, message } = i as { code: unknown; path: unknown; message: unknown };
    if (typeof code !== 'string' || !KNOWN_CODES.has(code)) return `issue with unknown code ${String(code)}`;
    if (typeof path !== 'string' || path === '') return `issue ${code} without a path: ${String(message)}`;
    if (typeof message !== 'string' || message === '') return `issue ${code} without a message`;
  }
  return undefined;
}

/** Problems with a thrown value: it must be the library's error, well formed. */
export function errorProblem(e: unknown): string | undefined {
  if (!(e instanceof KepatuhanError)) return undefined; // reported as "unexpected"
  if (!KNOWN_CODES.has(e.code)) return `unknown error code ${e.code}`;
  if (typeof e.path !== 'string' || e.path === '') return `error without a path: ${e.code} ${e.message}`;
  if (!Array.isArray(e.issues) || e.issues.length === 0) return 'error without issues';
  if (e.issues[0]!.path !== e.path) return `error path ${e.path} differs from its first issue's ${e.issues[0]!.path}`;
  return checkIssues(e.issues);
}

export interface ResultProblem {
  readonly nonFinite: boolean;
  readonly message: string;
}

/** Walks a result: plain data only, every number finite and not -0, no undefined, no holes. */
export function resultProblem(value: unknown, path = 'result', seen = new Set<object>()): ResultProblem | undefined {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) return { nonFinite: true, message: `${path} is ${value}` };
      if (Object.is(value, -0)) return { nonFinite: false, message: `${path} is -0 (JSON writes 0)` };
      return undefined;
    case 'string':
    case 'boolean':
      return undefined;
    case 'undefined':
      return { nonFinite: false, message: `${path} is undefined` };
    case 'object': {
      if (value === null) return undefined;
      if (seen.has(value)) return { nonFinite: false, message: `${path} is cyclic` };
      seen.add(value);
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return { nonFinite: false, message: `${path} is not a plain array` };
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) return { nonFinite: false, message: `${path}[${i}] is a hole` };
          const p = resultProblem(value[i], `${path}[${i}]`, seen);
          if (p !== undefined) return p;
        }
      } else {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) return { nonFinite: false, message: `${path} is not a plain object (${Object.prototype.toString.call(value)})` };
        for (const k of Reflect.ownKeys(value)) {
          if (typeof k === 'symbol') return { nonFinite: false, message: `${path} has a symbol key` };
          const d = Object.getOwnPropertyDescriptor(value, k)!;
          if (!('value' in d)) return { nonFinite: false, message: `${path}.${k} is a getter` };
          if (!d.enumerable) return { nonFinite: false, message: `${path}.${k} is not enumerable` };
          const p = resultProblem(d.value, `${path}.${k}`, seen);
          if (p !== undefined) return p;
        }
      }
      seen.delete(value);
      return undefined;
    }
    default:
      return { nonFinite: false, message: `${path} is a ${typeof value}` };
  }
}

/** Deep equality with Object.is on primitives (plain data only). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether every object reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  if (value instanceof Map) return false; // a frozen Map can still change
  return Reflect.ownKeys(value).every((k) => {
    const d = Object.getOwnPropertyDescriptor(value, k)!;
    return !('value' in d) || isDeepFrozen(d.value, seen);
  });
}

const deepFrozen = new WeakSet<object>();

/** isDeepFrozen, remembered: nothing reachable from a deeply frozen object can ever change. */
function knownDeepFrozen(o: object): boolean {
  if (deepFrozen.has(o)) return true;
  if (!Object.isFrozen(o) || !isDeepFrozen(o)) return false;
  deepFrozen.add(o);
  return true;
}

/**
 * A fingerprint of a value's reachable structure, without calling getters: own keys,
 * descriptors, prototypes, frozenness, Map/Set entries; functions and symbols by identity.
 * Returns undefined when the value cannot be inspected (a Proxy trap throws). At most
 * `budget` nodes and depth 64 are visited: the library reads nothing deeper.
 */
export function fingerprint(value: unknown, budget = 5000): string | undefined {
  const ids = new Map<unknown, number>();
  const id = (v: unknown): number => {
    let n = ids.get(v);
    if (n === undefined) ids.set(v, (n = ids.size));
    return n;
  };
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > 64) {
      out.push('…');
      return;
    }
    switch (typeof v) {
      case 'number':
        out.push(Object.is(v, -0) ? 'n-0' : `n${v}`);
        return;
      case 'string':
        out.push(v.length > 100 ? `s${v.length}:${v.slice(0, 100)}` : `s${JSON.stringify(v)}`);
        return;
      case 'bigint':
        out.push(`b${v}`);
        return;
      case 'boolean':
      case 'undefined':
        out.push(String(v));
        return;
      case 'symbol':
      case 'function':
        out.push(`#${id(v)}`);
        return;
    }
    if (v === null) {
      out.push('null');
      return;
    }
    const o = v as object;
    if (ids.has(o)) {
      out.push(`@${ids.get(o)}`);
      return;
    }
    if (knownDeepFrozen(o)) {
      out.push(`F${id(o)}`); // cannot change: no need to walk it
      return;
    }
    out.push(`{${id(o)}:${id(Object.getPrototypeOf(o))}:${Object.isFrozen(o) ? 'F' : Object.isSealed(o) ? 'S' : Object.isExtensible(o) ? 'E' : 'N'}`);
    if (o instanceof Map) {
      try {
        Map.prototype.forEach.call(o, (mv: unknown, mk: unknown) => {
          walk(mk, depth + 1);
          walk(mv, depth + 1);
        });
      } catch {
        out.push('fake-map');
      }
    }
    if (o instanceof Set) {
      try {
        Set.prototype.forEach.call(o, (sv: unknown) => walk(sv, depth + 1));
      } catch {
        out.push('fake-set');
      }
    }
    for (const k of Reflect.ownKeys(o)) {
      if (budget <= 0) break;
      const d = Object.getOwnPropertyDescriptor(o, k)!;
      out.push(typeof k === 'symbol' ? `[#${id(k)}]` : JSON.stringify(k), d.enumerable ? 'e' : '', d.writable ? 'w' : '', d.configurable ? 'c' : '');
      if ('value' in d) walk(d.value, depth + 1);
      else out.push(`get#${id(d.get)}set#${id(d.set)}`);
    }
    out.push('}');
  };
  try {
    walk(value, 0);
  } catch {
    return undefined;
  }
  return out.join(' ');
}

const protoKeys = (): string => [Object.prototype, Array.prototype, Function.prototype, Map.prototype].map((p) => Reflect.ownKeys(p).length).join(',');
const PROTO_BEFORE = protoKeys();
const PRESETS_BEFORE = JSON.stringify({ presets, scales });

/** Presets and scales are still deeply frozen and unchanged (cheap enough to run every few thousand calls). */
export function presetsProblem(): string | undefined {
  if (!isDeepFrozen(presets) || !isDeepFrozen(scales)) return 'a preset or scale is not deeply frozen';
  if (JSON.stringify({ presets, scales }) !== PRESETS_BEFORE) return 'a preset or scale changed';
  return undefined;
}

export type Verdict =
  | { readonly kind: 'result' }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'unexpected'; readonly error: unknown; readonly message: string }
  | { readonly kind: 'violation'; readonly message: string; readonly nonFinite: boolean };

/** Runs a check; a check that throws is reported (as a violation to look at), never propagated. */
function guarded(check: () => string | undefined): string | undefined {
  try {
    return check();
  } catch (e) {
    return `the check itself threw: ${e instanceof Error ? e.message : 'a non-Error'}`;
  }
}

/** Calls `target` with one generated case and checks everything; never throws. */
export function runCase(target: FuzzTarget, generated: FuzzCase): Verdict {
  const c: FuzzCase = { ...generated, args: generated.args.map((a) => materialize(a)) };
  const before = c.args.map((a) => fingerprint(a));
  let outcome: Outcome;
  try {
    outcome = { kind: 'result', value: target.call(c.args) };
  } catch (error) {
    outcome = { kind: 'error', error };
  }
  const violation = (message: string, nonFinite = false): Verdict => ({ kind: 'violation', message: `${target.name}: ${message}`, nonFinite });
  if (protoKeys() !== PROTO_BEFORE) return violation('a built-in prototype gained or lost properties');
  if ((({}) as Record<string, unknown>)['polluted'] !== undefined) return violation('Object.prototype was polluted');
  for (let i = 0; i < c.args.length; i++) {
    if (target.writes?.includes(i) === true) continue;
    if (before[i] !== undefined && fingerprint(c.args[i]) !== before[i]) return violation(`argument ${i} was mutated`);
  }
  if (outcome.kind === 'error') {
    const e = outcome.error;
    if (!safeInstanceOf(e)) {
      let message: string;
      try {
        message = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
      } catch {
        message = 'an unprintable value was thrown';
      }
      return { kind: 'unexpected', error: e, message: `${target.name}: ${message}` };
    }
    const p = errorProblem(e as KepatuhanError);
    if (p !== undefined) return violation(p);
    if (target.neverThrows === true) return violation(`threw ${(e as KepatuhanError).code} but must never throw`);
  } else {
    const data = target.toData === undefined ? outcome.value : target.toData(outcome.value);
    const p = resultProblem(data);
    if (p !== undefined) return violation(p.message, p.nonFinite);
    if (!deepEqual(JSON.parse(JSON.stringify(data)) as unknown, data)) return violation('the result changes in a JSON round trip');
    const q = guarded(() => target.check?.(outcome.value, c.args));
    if (q !== undefined) return violation(q);
  }
  const o = guarded(() => c.oracle?.(outcome));
  if (o !== undefined) return violation(o);
  return outcome.kind === 'result' ? { kind: 'result' } : { kind: 'error', code: (outcome.error as KepatuhanError).code };
}
