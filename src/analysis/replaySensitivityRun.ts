import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, isPlainRecord, own } from '../internal/input.js';
import { compileMethodology } from '../model/internal/compile.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { Methodology } from '../model/methodology.js';
import { fastModel } from './internal/fastScore.js';
import { perturbedMethodology, readRunWeights, weightNodes } from './internal/perturb.js';
import { AGGREGATIONS, readEntities, runEntities, type EntityAggregation } from './internal/runEntities.js';
import { readStudyOptions, runResults, runVersion } from './internal/study.js';
import type { RunResult, SensitivityEntity, SensitivityOptions, SensitivityRun } from './sensitivityResult.js';

/**
 * A sensitivity run replayed: the perturbed methodology itself (score anything with it)
 * and every entity's figures in that run.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, replaySensitivityRun, sensitivity } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const all = (v: number) => Object.fromEntries(indicatorOrder(m).map((id) => [id, v])); // every answer v
 * const entities = [{ id: 'dinsos', answers: all(2) }, { id: 'dinkes', answers: all(3) }];
 * const study = sensitivity(m, entities, { runs: 20, seed: 7 });
 * const replay = replaySensitivityRun(m, entities, study.runs[17]!);
 * replay.methodology.dimensions.map((d) => d.weight); // the run's perturbed dimension weights
 * replay.results.map((r) => [r.id, r.score, r.rank]); // [["dinsos", 66.67, 2], ["dinkes", 100, 1]]
 * ```
 * @category Analysis
 */
export interface ReplayedRun {
  /** The methodology with the run's weights (`weights.renormalize: true`). */
  readonly methodology: Methodology;
  readonly aggregation: 'mean' | 'median';
  /** In the order the entities were given. */
  readonly results: readonly RunResult[];
}

/**
 * Replays one run of a {@link sensitivity} study from its recorded parameters: rebuilds the
 * run's perturbed methodology from the run's exact weights and scores, aggregates, ranks and
 * classifies the entities exactly as the study did. Give the same entities and the same
 * `tie` and `missing` options as the study.
 *
 * @param methodology - the study's methodology (a preset or a {@link defineMethodology} result)
 * @param entities - the study's entities
 * @param run - one element of the study's `runs` (plain data; it survives JSON)
 * @param options - the study's options (only `tie` and `missing` matter here)
 * @returns the {@link ReplayedRun}
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (path `methodology`);
 *   `INVALID_OPTION` when the run does not belong to this
 *   methodology (its weights list other nodes) or is malformed; `INVALID_WEIGHT` for a bad
 *   weight; the errors of {@link sensitivity} for bad entities
 * @example
 * ```ts
 * import { indicatorOrder, presets, replaySensitivityRun, sensitivity } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const all = (v: number) => Object.fromEntries(indicatorOrder(m).map((id) => [id, v])); // every answer v
 * const entities = [{ id: 'dinsos', answers: { ...all(3), 'proses.standar.maklumat': 0 } }, { id: 'dinkes', answers: all(2) }];
 * const study = sensitivity(m, entities, { runs: 100, seed: 9, includeRunResults: true });
 * const run = study.runs[42]!;
 * const replay = replaySensitivityRun(m, entities, JSON.parse(JSON.stringify(run))); // from stored JSON
 * JSON.stringify(replay.results) === JSON.stringify(run.results); // true
 * ```
 * @category Analysis
 */
export function replaySensitivityRun(
  methodology: Methodology,
  entities: readonly SensitivityEntity[],
  run: SensitivityRun,
  options?: SensitivityOptions,
): ReplayedRun {
  const c = requireMethodology(methodology, 'methodology');
  const { missing, rule } = readStudyOptions(options);
  if (!isPlainRecord(run)) throw new KepatuhanError('INVALID_OPTION', `run must be one of a study's runs, got ${describe(run)}`, 'run');
  const aggregation = own(run, 'aggregation', 'run');
  if (!(AGGREGATIONS as readonly unknown[]).includes(aggregation))
    throw new KepatuhanError('INVALID_OPTION', `run.aggregation must be one of ${AGGREGATIONS.join(', ')}, got ${describe(aggregation)}`, 'run.aggregation');
  const index = own(run, 'index', 'run');
  const seed = own(run, 'seed', 'run');
  const texts = readRunWeights(weightNodes(c.methodology), own(run, 'weights', 'run'), 'run.weights');
  const label = typeof index === 'number' && typeof seed === 'number' ? runVersion(c.methodology.version, seed, index) : `${c.methodology.version}+sensitivity`;
  const pm = perturbedMethodology(c.methodology, texts, label);
  const read = readEntities(c, entities, missing);
  const out = runEntities(fastModel(compileMethodology(pm)), read, aggregation as EntityAggregation, rule, new Map());
  return { methodology: pm, aggregation: aggregation as EntityAggregation, results: runResults(read, out, c.rounding.decimals) };
}
