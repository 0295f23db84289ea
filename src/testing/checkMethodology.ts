import * as fc from 'fast-check';
import { classify } from '../classification/classify.js';
import type { Scale } from '../classification/scale.js';
import { isKepatuhanError } from '../errors/KepatuhanError.js';
import { defineMethodology } from '../model/defineMethodology.js';
import type { Methodology, MethodologySpec } from '../model/methodology.js';
import { scoreUnit } from '../scoring/scoreUnit.js';
import type { UnitScore } from '../scoring/unitScore.js';
import { answersAt, domainsOf } from './internal/domains.js';
import { unitEdges } from './internal/edges.js';
import { errorText, replayText, show } from './internal/report.js';
import { scoreArbitrary } from './scoreArbitrary.js';

/**
 * The invariants {@link checkMethodology} checks, by name:
 *
 * - `valid`: the methodology defines without error (weights, scale and range check out);
 * - `all-max-is-top` / `all-min-is-bottom`: every answer at its maximum scores the top of the
 *   output range, every answer at its minimum the bottom;
 * - `in-range`: every score (reported and unrounded) stays in the output range;
 * - `monotone`: raising one answer never lowers the score;
 * - `every-indicator-counts`: raising one indicator from its minimum to its maximum (all
 *   others at minimum) raises the score — an indicator that never counts (e.g. inside a
 *   variable or dimension of weight 0) fails it; an indicator declared with weight 0 is
 *   recorded, not scored (PEKPPP's queueing system, domain reference §5) and is left alone;
 * - `not-applicable-in-range`: with some answers "na" (their weight re-spread) the score stays in range;
 * - `json-round-trip`: the methodology written as JSON and read back scores the same;
 * - `one-band`: every reported score falls in exactly one band of the scale, the band
 *   `classify` names (fails when the rounding has more decimals than the scale's grid).
 *
 * @example
 * ```ts
 * import type { MethodologyInvariant } from 'kepatuhan/testing';
 * const only: MethodologyInvariant[] = ['all-max-is-top', 'one-band'];
 * ```
 * @category Testing
 */
export type MethodologyInvariant =
  | 'valid'
  | 'all-max-is-top'
  | 'all-min-is-bottom'
  | 'in-range'
  | 'monotone'
  | 'every-indicator-counts'
  | 'not-applicable-in-range'
  | 'json-round-trip'
  | 'one-band';

/**
 * Every invariant {@link checkMethodology} knows, in the order it checks them.
 *
 * @example
 * ```ts
 * import { METHODOLOGY_INVARIANTS } from 'kepatuhan/testing';
 * METHODOLOGY_INVARIANTS.length; // 9
 * ```
 * @category Testing
 */
export const METHODOLOGY_INVARIANTS: readonly MethodologyInvariant[] = /*#__PURE__*/ Object.freeze([
  'valid',
  'all-max-is-top',
  'all-min-is-bottom',
  'in-range',
  'monotone',
  'every-indicator-counts',
  'not-applicable-in-range',
  'json-round-trip',
  'one-band',
] as const);

/**
 * One broken invariant: which, what went wrong, the (shrunk) case that shows it, and the
 * seed (and path) that replays it.
 *
 * @example
 * ```ts
 * import type { MethodologyViolation } from 'kepatuhan/testing';
 * const line = (v: MethodologyViolation): string => `${v.invariant}: ${v.message}`;
 * ```
 * @category Testing
 */
export interface MethodologyViolation {
  readonly invariant: MethodologyInvariant;
  /** What went wrong, in a sentence with the numbers. */
  readonly message: string;
  /** The answers (keyed by indicator id), the score, or the indicator id that shows it. */
  readonly counterexample: unknown;
  /** Seed of the run: pass it back as `options.seed` to replay. */
  readonly seed: number;
  /** Path of the shrunk case within the run (random invariants only). */
  readonly path?: string;
}

/**
 * The outcome of {@link checkMethodology}.
 *
 * @example
 * ```ts
 * import type { MethodologyReport } from 'kepatuhan/testing';
 * const broken = (r: MethodologyReport): string[] => r.violations.map((v) => v.invariant);
 * ```
 * @category Testing
 */
export interface MethodologyReport {
  /** True when no invariant is broken. */
  readonly ok: boolean;
  /** Every broken invariant, at most one violation each. */
  readonly violations: readonly MethodologyViolation[];
  /** Seed of the run. */
  readonly seed: number;
  /** The report as plain text. */
  readonly message: string;
}

/**
 * Options of {@link checkMethodology}.
 *
 * @example
 * ```ts
 * import type { CheckMethodologyOptions } from 'kepatuhan/testing';
 * const o: CheckMethodologyOptions = { numRuns: 50, seed: 7, invariants: ['monotone'] };
 * ```
 * @category Testing
 */
export interface CheckMethodologyOptions {
  /** Random cases per invariant; default 100. */
  readonly numRuns?: number;
  /** Seed (a 32-bit integer); default random. Pass a reported seed to replay. */
  readonly seed?: number;
  /** Check only these invariants; default all ({@link METHODOLOGY_INVARIANTS}). */
  readonly invariants?: readonly MethodologyInvariant[];
  /** Random walks of the band-edge search that feeds `one-band`; default 4. */
  readonly edgeSearches?: number;
}

/** Whether a band contains a value (both are nearest doubles of short decimals: order is exact). */
const inBand = (b: Scale['bands'][number], x: number): boolean =>
  (b.minInclusive ? x >= b.min : x > b.min) && (b.maxInclusive ? x <= b.max : x < b.max);

/** The problem with a reported score's band, or undefined. */
function bandProblem(scale: Scale, score: number): string | undefined {
  const bands = scale.bands.filter((b) => inBand(b, score));
  if (bands.length !== 1)
    return `the score ${show(score)} falls in ${bands.length === 0 ? 'no band' : `${bands.length} bands (${bands.map((b) => b.category).join(', ')})`} of the scale ${scale.id}`;
  const named = classify(score, scale).category;
  if (named !== bands[0]!.category) return `the score ${show(score)} lies in band ${bands[0]!.category} but classify names ${named}`;
  return undefined;
}

/**
 * Checks the invariants every scoring methodology must keep ({@link MethodologyInvariant}):
 * the extremes score the ends of the range, scores stay in range (also with answers "na"),
 * each indicator is monotone and counts, a JSON round trip scores the same, and every
 * reported score lies in exactly one band. Random answers come from fast-check, with the
 * answers whose score lands on a band edge added deliberately; each violation is shrunk.
 *
 * @param methodology - your methodology (a spec or a defined one) or a preset
 * @param options - `numRuns`, `seed`, `invariants`, `edgeSearches`
 * @returns `{ ok, violations: [{ invariant, message, counterexample, seed, path? }], seed, message }`
 * @throws never for a bad methodology (that is the `valid` violation)
 * @example
 * ```ts
 * import { presets, scales } from 'kepatuhan';
 * import { checkMethodology } from 'kepatuhan/testing';
 * checkMethodology(presets.skm2017, { seed: 1, numRuns: 20 }).ok; // true
 * // Rounded to 3 decimals against a 2-decimal scale: 76.605 lies between C and B.
 * const r = checkMethodology({
 *   id: 'mine', name: 'Mine', version: '1', output: { min: 25, max: 100 }, scale: scales.skm2017,
 *   rounding: { mode: 'halfUp', decimals: 3 }, weights: { total: 1 },
 *   dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: [
 *     { id: 'a', name: 'A', weight: '1/2', answer: { kind: 'percent', decimals: 3 } },
 *     { id: 'b', name: 'B', weight: '1/2', answer: { kind: 'percent', decimals: 3 } },
 *   ] }] }],
 * }, { seed: 1, numRuns: 20 });
 * r.violations.map((v) => v.invariant); // ["one-band"]
 * ```
 * @category Testing
 */
export function checkMethodology(methodology: Methodology | MethodologySpec, options: CheckMethodologyOptions = {}): MethodologyReport {
  const seed = options.seed ?? (Math.random() * 0x1_0000_0000) | 0;
  const numRuns = options.numRuns ?? 100;
  const wanted = new Set(options.invariants ?? METHODOLOGY_INVARIANTS);
  const violations: MethodologyViolation[] = [];
  const finish = (): MethodologyReport => {
    const message =
      violations.length === 0
        ? `The methodology keeps every invariant checked (seed ${seed}).`
        : [
            `The methodology breaks ${violations.length} invariant${violations.length === 1 ? '' : 's'}:`,
            ...violations.map((v) => `- ${v.invariant}: ${v.message}\n  counterexample: ${show(v.counterexample)}\n  replay: ${replayText(v.seed, v.path)}`),
          ].join('\n');
    return { ok: violations.length === 0, violations, seed, message };
  };

  let m: Methodology;
  try {
    m = defineMethodology(methodology);
  } catch (e) {
    if (!isKepatuhanError(e)) throw e;
    violations.push({ invariant: 'valid', message: e.message, counterexample: e.issues, seed });
    return finish();
  }
  const domains = domainsOf(m);
  const maxPositions = domains.map((d) => d.size - 1);
  const minPositions = domains.map(() => 0);
  const score = (positions: readonly number[], on: Methodology = m): UnitScore => scoreUnit(on, answersAt(domains, positions));
  const answers = (positions: readonly number[]): unknown => answersAt(domains, positions);
  const top = score(maxPositions);
  const { min, max } = top.range;

  const fixed = (invariant: MethodologyInvariant, problem: string | undefined, counterexample: unknown): void => {
    if (wanted.has(invariant) && problem !== undefined) violations.push({ invariant, message: problem, counterexample, seed });
  };
  /** Runs a property; `problem` answers what is wrong with a case, or undefined. */
  const property = <T>(invariant: MethodologyInvariant, arb: fc.Arbitrary<T>, problem: (x: T) => string | undefined, show: (x: T) => unknown, examples: readonly T[] = []): void => {
    if (!wanted.has(invariant)) return;
    const details = fc.check(
      fc.property(arb, (x) => {
        const p = problem(x);
        fc.pre(p !== 'skip');
        return p === undefined;
      }),
      // fast-check counts the examples in numRuns: every example runs, then numRuns random cases.
      { seed, numRuns: numRuns + examples.length, examples: examples.map((x) => [x] as [T]) },
    );
    if (!details.failed) return;
    if (details.counterexample === null) {
      const cause: unknown = 'errorInstance' in details ? details.errorInstance : undefined;
      violations.push({ invariant, message: `the check could not run: ${errorText(cause)}`, counterexample: null, seed });
      return;
    }
    const x = details.counterexample[0];
    const path = details.counterexamplePath ?? undefined;
    violations.push({ invariant, message: problem(x) ?? 'failed', counterexample: show(x), seed, ...(path !== undefined ? { path } : {}) });
  };

  fixed('all-max-is-top', top.score === max ? undefined : `every answer at its maximum scores ${show(top.score)}, not the top of the range ${show(max)}`, answers(maxPositions));
  const bottom = score(minPositions);
  fixed('all-min-is-bottom', bottom.score === min ? undefined : `every answer at its minimum scores ${show(bottom.score)}, not the bottom of the range ${show(min)}`, answers(minPositions));

  const positions = fc.tuple(...domains.map((d) => fc.integer({ min: 0, max: d.size - 1 })));
  const outOfRange = (r: UnitScore): string | undefined =>
    r.score >= min && r.score <= max && r.unrounded >= min && r.unrounded <= max ? undefined : `the score ${show(r.score)} (unrounded ${show(r.unrounded)}) is outside the range ${show(min)}–${show(max)}`;
  property('in-range', positions, (p) => outOfRange(score(p)), answers);

  property(
    'monotone',
    fc.tuple(positions, fc.nat({ max: domains.length - 1 }), fc.nat()),
    ([p, i, raise]) => {
      const up = [...p];
      up[i] = p[i]! + (raise % (domains[i]!.size - p[i]!));
      const before = score(p).unrounded;
      const after = score(up).unrounded;
      return after >= before ? undefined : `raising ${domains[i]!.id} from ${show(domains[i]!.answer(p[i]!))} to ${show(domains[i]!.answer(up[i]!))} lowers the score from ${show(before)} to ${show(after)}`;
    },
    ([p, i]) => ({ answers: answers(p), raised: domains[i]!.id }),
  );

  if (wanted.has('every-indicator-counts')) {
    // Indicators declared with weight 0 are recorded, not scored: they are meant not to count.
    const declaredZero = new Set(
      m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.filter((x) => x.weight !== undefined && isZeroWeight(x.weight)).map((x) => x.id))),
    );
    for (let i = 0; i < domains.length; i++) {
      if (declaredZero.has(domains[i]!.id)) continue;
      const p = [...minPositions];
      p[i] = maxPositions[i]!;
      const r = score(p);
      if (r.unrounded <= bottom.unrounded) {
        fixed('every-indicator-counts', `raising ${domains[i]!.id} from its minimum to its maximum (every other answer at its minimum) leaves the score at ${show(r.unrounded)}: it never counts (a group above it weighs nothing)`, domains[i]!.id);
        break;
      }
    }
  }

  property(
    'not-applicable-in-range',
    fc.tuple(...domains.map((d) => fc.integer({ min: -1, max: d.size - 1 }))),
    (p) => {
      try {
        return outOfRange(score(p));
      } catch (e) {
        if (isKepatuhanError(e) && e.code === 'NO_APPLICABLE_INDICATORS') return 'skip';
        throw e;
      }
    },
    answers,
  );

  if (wanted.has('json-round-trip')) {
    let back: Methodology | undefined;
    try {
      back = defineMethodology(JSON.parse(JSON.stringify(m)) as MethodologySpec);
    } catch (e) {
      fixed('json-round-trip', `the methodology written as JSON does not read back: ${errorText(e)}`, JSON.stringify(m));
    }
    if (back !== undefined) {
      const again = back;
      property(
        'json-round-trip',
        positions,
        (p) => {
          const a = score(p);
          const b = score(p, again);
          return a.score === b.score && a.unrounded === b.unrounded && a.classification.category === b.classification.category
            ? undefined
            : `read back from JSON it scores ${show(b.score)} ${b.classification.category} instead of ${show(a.score)} ${a.classification.category}`;
        },
        answers,
      );
    }
  }

  if (wanted.has('one-band')) {
    const reported = (p: readonly number[]): number => score(p).score;
    const edges = unitEdges(domains, m.scale, reported, seed, options.edgeSearches ?? 4);
    property('one-band', positions, (p) => bandProblem(m.scale, reported(p)), answers, edges);
    if (!violations.some((v) => v.invariant === 'one-band')) property('one-band', scoreArbitrary(m.scale), (s) => bandProblem(m.scale, s), (s) => s);
  }
  return finish();
}

/**
 * Like {@link checkMethodology}, but throws an `Error` whose message lists every broken
 * invariant with its counterexample and the seed to replay it.
 *
 * @param methodology - your methodology (a spec or a defined one) or a preset
 * @param options - as for {@link checkMethodology}
 * @returns nothing
 * @throws `Error` with the report as its message when an invariant is broken
 * @example
 * ```ts
 * import { presets } from 'kepatuhan';
 * import { assertMethodology } from 'kepatuhan/testing';
 * assertMethodology(presets.ombudsman2022, { seed: 1, numRuns: 10 });
 * ```
 * @category Testing
 */
export function assertMethodology(methodology: Methodology | MethodologySpec, options?: CheckMethodologyOptions): void {
  const report = checkMethodology(methodology, options);
  if (!report.ok) throw new Error(report.message);
}

/** Whether a declared weight (a number, a decimal string or a fraction "a/b") is zero. */
function isZeroWeight(w: number | string): boolean {
  return Number(String(w).split('/')[0]) === 0;
}
