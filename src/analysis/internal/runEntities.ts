/**
 * Scoring, aggregating, ranking and classifying the entities of one sensitivity run; shared
 * by `sensitivity` and `replaySensitivityRun` so a replay gives exactly the run's figures.
 *
 * @internal
 */
import { classifyExact } from '../../classification/internal/classifyExact.js';
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, index, isArray, isPlainRecord, moved, own, readArray } from '../../internal/input.js';
import { rat, roundDiv } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import type { MissingPolicy } from '../../scoring/answers.js';
import { ANSWERED, MISSING_ZERO } from '../../scoring/internal/evaluate.js';
import { readAnswers } from '../../scoring/internal/readAnswers.js';
import { readEntityId, readGroup } from '../../ranking/internal/entityFields.js';
import { standings, type Standing } from '../../ranking/internal/standings.js';
import type { TieRule } from '../../ranking/tieRules.js';
import { fastScaled, fastUnit, type FastModel, type FastUnit } from './fastScore.js';

export const AGGREGATIONS = ['mean', 'median'] as const;
/** Most entities, and most units of one entity, a study reads. */
export const MAX_ENTITIES = 1_000_000;
export type EntityAggregation = (typeof AGGREGATIONS)[number];

export interface ReadEntity {
  readonly id: string;
  readonly group: string | null;
  readonly units: readonly FastUnit[];
}

/** Reads `{ id, group?, answers }` or `{ id, group?, units: [answers…] }` entities. */
export function readEntities(c: CompiledMethodology, entities: unknown, missing: MissingPolicy): ReadEntity[] {
  if (!isArray(entities)) throw new KepatuhanError('INVALID_TYPE', `entities must be an array, got ${describe(entities)}`, 'entities');
  const all = readArray(entities, 'entities', MAX_ENTITIES);
  if (all.length === 0) throw new KepatuhanError('EMPTY_INPUT', 'there are no entities to study', 'entities');
  const seen = new Set<string>();
  return all.map((e: unknown, i: number) => {
    const p = index('entities', i);
    if (!isPlainRecord(e)) throw new KepatuhanError('INVALID_TYPE', `an entity must be { id, group?, answers } or { id, group?, units }, got ${describe(e)}`, p);
    const id = readEntityId(e, p, seen);
    const group = readGroup(own(e, 'group', p), `${p}.group`);
    const answers = own(e, 'answers', p);
    const list = own(e, 'units', p);
    let raw: unknown[];
    let base: string;
    if (answers !== undefined && list === undefined) {
      raw = [answers];
      base = `${p}.answers`;
    } else if (list !== undefined && answers === undefined) {
      if (!isArray(list)) throw new KepatuhanError('INVALID_TYPE', `units must be an array of answer sets, got ${describe(list)}`, `${p}.units`);
      raw = readArray(list, `${p}.units`, MAX_ENTITIES);
      if (raw.length === 0) throw new KepatuhanError('EMPTY_INPUT', 'an entity needs at least one unit', `${p}.units`);
      base = `${p}.units`;
    } else {
      throw new KepatuhanError('MISSING_FIELD', 'an entity needs either answers or units (not both)', p);
    }
    const units = raw.map((a, k) => {
      let read;
      try {
        read = readAnswers(c, a, missing);
      } catch (err) {
        if (err instanceof KepatuhanError) {
          const at = answers !== undefined ? base : index(base, k);
          throw moved(err, (p) => `${at}${p.startsWith('answers') ? p.slice('answers'.length) : ''}`);
        }
        throw err;
      }
      const counts = new Uint8Array(read.status.length);
      for (let j = 0; j < counts.length; j++) counts[j] = read.status[j] === ANSWERED || read.status[j] === MISSING_ZERO ? 1 : 0;
      return fastUnit(c, read.units, counts);
    });
    return { id, group, units };
  });
}

export interface EntityOutcome {
  readonly scaled: bigint;
  readonly standing: Standing;
  readonly category: string;
  readonly zone: string | null;
}

/** Scores every unit with `m`, aggregates per entity, ranks within groups and classifies. */
export function runEntities(m: FastModel, entities: readonly ReadEntity[], aggregation: EntityAggregation, rule: TieRule, classes: Map<bigint, { category: string; zone: string | null }>): EntityOutcome[] {
  const c = m.c;
  const mode = c.rounding.mode;
  const items = entities.map((e) => {
    const scores = e.units.map((u) => fastScaled(m, u));
    let scaled: bigint;
    if (scores.length === 1) scaled = scores[0]!;
    else if (aggregation === 'mean') scaled = roundDiv(scores.reduce((s, x) => s + x, 0n), BigInt(scores.length), mode);
    else {
      scores.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const mid = scores.length >> 1;
      scaled = scores.length % 2 === 1 ? scores[mid]! : roundDiv(scores[mid - 1]! + scores[mid]!, 2n, mode);
    }
    return { id: e.id, group: e.group, scaled };
  });
  const st = standings(items, rule).standings;
  const D = 10n ** BigInt(c.rounding.decimals);
  return items.map((it, i) => {
    let cl = classes.get(it.scaled);
    if (cl === undefined) {
      const x = classifyExact(rat(it.scaled, D), c.scale, 'score');
      cl = { category: x.category, zone: x.zone ?? null };
      classes.set(it.scaled, cl);
    }
    return { scaled: it.scaled, standing: st[i]!, category: cl.category, zone: cl.zone };
  });
}
