/**
 * Pieces shared by `sensitivity` and `replaySensitivityRun`.
 *
 * @internal
 */
import { own, readOptions } from '../../internal/input.js';
import { scaledToNumber } from '../../internal/rational.js';
import { readTieRule } from '../../ranking/internal/standings.js';
import type { TieRule } from '../../ranking/tieRules.js';
import type { MissingPolicy } from '../../scoring/answers.js';
import { readMissing } from '../../scoring/internal/readMissing.js';
import type { RunResult } from '../sensitivityResult.js';
import type { EntityOutcome } from './runEntities.js';

/** Reads the options shared with replaySensitivityRun. */
export function readStudyOptions(options: unknown): {
  o: Record<string, unknown>;
  missing: MissingPolicy;
  rule: TieRule;
  tieName: string;
} {
  const o = readOptions(options);
  const tie = own(o, 'tie', 'options');
  return { o, missing: readMissing({ missing: own(o, 'missing', 'options') }), rule: readTieRule(tie), tieName: typeof tie === 'function' ? 'custom' : ((tie as string | undefined) ?? 'competition') };
}

/** A run outcome as public data. */
export function runResults(entities: readonly { id: string; group: string | null }[], out: readonly EntityOutcome[], decimals: number): RunResult[] {
  return out.map((x, i) => ({
    id: entities[i]!.id,
    group: entities[i]!.group,
    score: scaledToNumber(x.scaled, decimals),
    rank: x.standing.rank,
    of: x.standing.of,
    category: x.category,
    zone: x.zone,
  }));
}

/** The version label of a perturbed methodology. */
export function runVersion(version: string, seed: number, index: number): string {
  return `${version}+sensitivity.${seed}.${index}`;
}
