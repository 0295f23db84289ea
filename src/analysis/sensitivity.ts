import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, isArray, own, readArray, tryDecimal } from '../internal/input.js';
import { cmp, mul, ONE, rat, scaledToNumber, sub, toNumber, type Rational } from '../internal/rational.js';
import { compileMethodology } from '../model/internal/compile.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { Methodology } from '../model/methodology.js';
import { compareGroups } from '../ranking/internal/standings.js';
import { fastModel } from './internal/fastScore.js';
import { drawRun, perturbedMethodology, weightNodes, weightText, type WeightLevel } from './internal/perturb.js';
import { AGGREGATIONS, readEntities, runEntities } from './internal/runEntities.js';
import { readStudyOptions, runResults, runVersion } from './internal/study.js';
import type { PerturbedLevel, SensitivityEntity, SensitivityEntityResult, SensitivityOptions, SensitivityResult, SensitivityRun } from './sensitivityResult.js';

const MAX_RUNS = 100_000;
const MAX_WORK = 20_000_000;
const LEVEL_OF: Readonly<Record<PerturbedLevel, WeightLevel>> = { dimensions: 'dimension', variables: 'variable', indicators: 'indicator' };

/**
 * Reads a fraction option — `weightNoise`, `interval` — exactly from a number or a decimal
 * string (`0.9`, `"0.9"`, `"0,9"`); anything else is INVALID_OPTION. Both options take the
 * same forms and fail the same way; each checks its own range.
 */
function readFractionOption(o: Record<string, unknown>, key: string, fallback: number): { raw: unknown; value: Rational } {
  const raw = own(o, key, 'options') ?? fallback;
  const value = tryDecimal(raw);
  if (value === undefined)
    throw new KepatuhanError('INVALID_OPTION', `${key} must be a number or a decimal string such as "0.9", got ${describe(raw)}`, `options.${key}`);
  return { raw, value };
}

/** Nearest-rank percentile index (0-based) of probability `p` among `n` sorted values. */
function nearestRank(p: Rational, n: number): number {
  const k = (p.n * BigInt(n) + p.d - 1n) / p.d; // ceil(p·n)
  return Math.min(n - 1, Math.max(0, Number(k) - 1));
}

/**
 * How robust ranks and categories are to the weights: perturbs every weight (and, if asked,
 * the aggregation rule of multi-unit entities) `runs` times with a seeded pseudo-random
 * generator built into the library (mulberry32; integer operations only, so the same seed
 * gives the same result in Node and in every browser), re-scores every unit exactly with
 * each perturbed methodology (rebuilt through {@link defineMethodology} with
 * `weights.renormalize: true`), and reports per entity the rank interval (5th–95th
 * percentile by default), the score interval, and the probability of each category and zone.
 * Every run's parameters are returned, so {@link replaySensitivityRun} can replay any one.
 *
 * A weight w becomes w × (1 + noise × k / 10⁶) with k a uniform whole number in
 * [−10⁶, 10⁶] — exact, so runs are exact too. With `weightNoise: 0` every run is the
 * methodology itself: each entity keeps its baseline rank and category with probability 1.
 *
 * @param methodology - a preset or a {@link defineMethodology} result (its weights are the centre of the perturbation)
 * @param entities - `{ id, group?, answers }` units or `{ id, group?, units: [answers…] }` aggregates
 * @param options - `runs`, `seed`, `weightNoise`, `perturb`, `aggregations`, `interval`, `tie`, `missing`, `includeRunResults`
 * @returns the {@link SensitivityResult}
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (path `methodology`);
 *   `INVALID_OPTION` for a bad option; `EMPTY_INPUT`,
 *   `INVALID_TYPE`, `INVALID_ID`, `DUPLICATE_ID`, `MISSING_FIELD` for bad entities (ids and
 *   groups as in {@link rank}); the
 *   answer errors of {@link scoreUnit} (paths `entities[i].answers…`); `TOO_LARGE` beyond
 *   100,000 runs or 20,000,000 unit scorings
 * @example
 * ```ts
 * import { defineMethodology, scales, sensitivity } from 'kepatuhan';
 * const m = defineMethodology({
 *   id: 'mini', name: 'Mini', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022,
 *   dimensions: [
 *     { id: 'p', name: 'Proses', weight: 60, variables: [{ id: 'pv', name: 'PV', indicators: [{ id: 'a', name: 'A', weight: 100, answer: { kind: 'interval', min: 0, max: 3 } }] }] },
 *     { id: 'q', name: 'Pengaduan', weight: 40, variables: [{ id: 'qv', name: 'QV', indicators: [{ id: 'b', name: 'B', weight: 100, answer: { kind: 'interval', min: 0, max: 3 } }] }] },
 *   ],
 * });
 * const study = sensitivity(m, [
 *   { id: 'x', answers: { a: 3, b: 1 } }, // 73.33
 *   { id: 'y', answers: { a: 2, b: 3 } }, // 80.00
 * ], { runs: 200, seed: 42, weightNoise: 0.3 });
 * study.entities.map((e) => [e.id, e.rank.low, e.rank.high]); // y is 1st in most runs, x may overtake it
 * study.runs[0]?.weights; // [{ level: 'dimension', id: 'p', weight: '…', factor: '…' }, …]
 * ```
 * @category Analysis
 */
export function sensitivity<Id extends string>(
  methodology: Methodology<Id>,
  entities: readonly SensitivityEntity<NoInfer<Id>>[],
  options?: SensitivityOptions,
): SensitivityResult {
  const c = requireMethodology(methodology, 'methodology');
  const m = c.methodology;
  const { o, missing, rule, tieName } = readStudyOptions(options);
  const runs = own(o, 'runs', 'options') ?? 100;
  if (typeof runs !== 'number' || !Number.isSafeInteger(runs) || runs < 1 || runs > MAX_RUNS)
    throw new KepatuhanError(typeof runs === 'number' && runs > MAX_RUNS ? 'TOO_LARGE' : 'INVALID_OPTION', `runs must be a whole number from 1 to ${MAX_RUNS}, got ${describe(runs)}`, 'options.runs');
  const seedGiven = own(o, 'seed', 'options') ?? 1;
  if (typeof seedGiven !== 'number' || !Number.isSafeInteger(seedGiven) || seedGiven < 0 || seedGiven > 0xffffffff)
    throw new KepatuhanError('INVALID_OPTION', `seed must be a whole number from 0 to 4294967295, got ${describe(seedGiven)}`, 'options.seed');
  // -0 passes the checks above; adding 0 reports it as 0, so the result survives JSON unchanged.
  const seed = seedGiven + 0;
  const { raw: noiseRaw, value: noise } = readFractionOption(o, 'weightNoise', 0.1);
  if (noise.n < 0n || cmp(noise, ONE) >= 0) throw new KepatuhanError('INVALID_OPTION', `weightNoise must be at least 0 and below 1, got ${describe(noiseRaw)}`, 'options.weightNoise');
  const perturbGiven = own(o, 'perturb', 'options') ?? ['dimensions', 'variables', 'indicators'];
  const perturbRaw = isArray(perturbGiven) ? readArray(perturbGiven, 'options.perturb', 10) : perturbGiven;
  if (!isArray(perturbRaw) || perturbRaw.some((x) => typeof x !== 'string' || !Object.prototype.hasOwnProperty.call(LEVEL_OF, x)))
    throw new KepatuhanError('INVALID_OPTION', `perturb must list some of "dimensions", "variables", "indicators", got ${describe(perturbRaw)}`, 'options.perturb');
  const perturb = [...new Set(perturbRaw as PerturbedLevel[])];
  const levels = new Set(perturb.map((x) => LEVEL_OF[x]));
  const aggGiven = own(o, 'aggregations', 'options') ?? ['mean'];
  const aggRaw = isArray(aggGiven) ? readArray(aggGiven, 'options.aggregations', 10) : aggGiven;
  if (!isArray(aggRaw) || aggRaw.length === 0 || aggRaw.some((x) => !(AGGREGATIONS as readonly unknown[]).includes(x)))
    throw new KepatuhanError('INVALID_OPTION', `aggregations must be a non-empty list of ${AGGREGATIONS.map((x) => JSON.stringify(x)).join(', ')}, got ${describe(aggRaw)}`, 'options.aggregations');
  const aggregations = aggRaw as ('mean' | 'median')[];
  const { raw: intervalRaw, value: interval } = readFractionOption(o, 'interval', 0.9);
  if (interval.n <= 0n || cmp(interval, ONE) > 0)
    throw new KepatuhanError('INVALID_OPTION', `interval must be above 0 and at most 1, got ${describe(intervalRaw)}`, 'options.interval');
  const includeRunResults = own(o, 'includeRunResults', 'options') ?? false;
  if (typeof includeRunResults !== 'boolean') throw new KepatuhanError('INVALID_OPTION', `includeRunResults must be true or false, got ${describe(includeRunResults)}`, 'options.includeRunResults');

  const read = readEntities(c, entities, missing);
  const unitCount = read.reduce((s, e) => s + e.units.length, 0);
  if (unitCount * (runs + 1) > MAX_WORK)
    throw new KepatuhanError('TOO_LARGE', `${runs} runs over ${unitCount} units is ${unitCount * (runs + 1)} unit scorings; at most ${MAX_WORK} are allowed`, 'options.runs');

  const decimals = c.rounding.decimals;
  const classes = new Map<bigint, { category: string; zone: string | null }>();
  const baseline = runEntities(fastModel(c), read, aggregations[0]!, rule, classes);
  const nodes = weightNodes(m);
  const E = read.length;
  const ranks = read.map(() => new Float64Array(runs));
  const scores: bigint[][] = read.map(() => []);
  const catCount = read.map(() => new Map<string, number>());
  const zoneCount = read.map(() => new Map<string, number>());
  const runList: SensitivityRun[] = [];
  for (let r = 0; r < runs; r++) {
    const drawn = drawRun(nodes, seed, r, noise, levels, aggregations.length);
    const texts = drawn.weights.map(weightText);
    const pm = perturbedMethodology(m, texts, runVersion(m.version, drawn.seed, r));
    const aggregation = aggregations[drawn.aggregation]!;
    const out = runEntities(fastModel(compileMethodology(pm)), read, aggregation, rule, classes);
    for (let e = 0; e < E; e++) {
      const x = out[e]!;
      ranks[e]![r] = x.standing.rank;
      scores[e]!.push(x.scaled);
      catCount[e]!.set(x.category, (catCount[e]!.get(x.category) ?? 0) + 1);
      if (x.zone !== null) zoneCount[e]!.set(x.zone, (zoneCount[e]!.get(x.zone) ?? 0) + 1);
    }
    runList.push({
      index: r,
      seed: drawn.seed,
      aggregation,
      weights: nodes.map((n, k) => ({ level: n.level, id: n.id, weight: texts[k]!, factor: weightText(drawn.factors[k]!) })),
      ...(includeRunResults ? { results: runResults(read, out, decimals) } : {}),
    });
  }

  const lowP = mul(sub(ONE, interval), rat(1n, 2n));
  const highP = sub(ONE, lowP);
  const half = rat(1n, 2n);
  const iLow = nearestRank(lowP, runs);
  const iHigh = nearestRank(highP, runs);
  const iMed = nearestRank(half, runs);
  const bands = [...c.scale.bands].reverse();
  const zones = c.scale.scale.zones.map((z) => z.id);
  const baseResults = runResults(read, baseline, decimals);
  const results: SensitivityEntityResult[] = read.map((e, i) => {
    const rs = Float64Array.from(ranks[i]!).sort();
    const ss = [...scores[i]!].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const num = (k: bigint): number => scaledToNumber(k, decimals);
    return {
      id: e.id,
      group: e.group,
      baseline: baseResults[i]!,
      rank: { min: rs[0]!, max: rs[runs - 1]!, low: rs[iLow]!, high: rs[iHigh]!, median: rs[iMed]! },
      score: { min: num(ss[0]!), max: num(ss[runs - 1]!), low: num(ss[iLow]!), high: num(ss[iHigh]!), median: num(ss[iMed]!) },
      categories: bands.map((b) => {
        const count = catCount[i]!.get(b.band.category) ?? 0;
        return { category: b.band.category, count, probability: count / runs };
      }),
      zones: zones.map((zone) => {
        const count = zoneCount[i]!.get(zone) ?? 0;
        return { zone, count, probability: count / runs };
      }),
    };
  });
  // Order: group (as rank orders groups), baseline rank, id.
  const order = results.map((_, i) => i).sort((a, b) => {
    const g = compareGroups(results[a]!.group, results[b]!.group);
    if (g !== 0) return g;
    const d = results[a]!.baseline.rank - results[b]!.baseline.rank;
    if (d !== 0) return d;
    return results[a]!.id < results[b]!.id ? -1 : results[a]!.id > results[b]!.id ? 1 : 0;
  });
  return {
    methodology: { id: m.id, version: m.version },
    parameters: { seed, runs, weightNoise: weightText(noise), perturb, aggregations: [...aggregations], interval: toNumber(interval), tie: tieName },
    entities: order.map((i) => results[i]!),
    runs: runList,
  };
}
