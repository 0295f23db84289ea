/**
 * Reads a {@link UnitScore} back into grid units against its methodology and re-scores it
 * exactly, so analyses work on exact numbers (the breakdown's points are doubles).
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, isArray, isPlainRecord, own, readDecimal } from '../../internal/input.js';
import { snapshot, type Shape } from '../../internal/snapshot.js';
import { MAX_INDICATORS } from '../../model/internal/limits.js';
import { fromNumber, parseDecimal, pow10, roundDiv, roundToScaled, scaledToNumber, scaledToString, ZERO, type Rational } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import { applyAdjustment, type ReadAdjustment } from '../../scoring/internal/adjust.js';
import { ANSWERED, evaluateExact, MISSING_RESPREAD, MISSING_ZERO, normOf, NOT_APPLICABLE_STATUS } from '../../scoring/internal/evaluate.js';

export interface UnitState {
  /** Answers in grid units (the minimum for missing-as-zero; unused where not counted). */
  readonly units: Float64Array;
  readonly status: Uint8Array;
  /** 1 where the indicator counts in the score. */
  readonly counts: Uint8Array;
  /** Exact share of the whole per indicator (0 where it does not count). */
  readonly shares: readonly Rational[];
  /** Exact unrounded score. */
  readonly exact: Rational;
  /** The reported score × 10^decimals (methodology rounding, then the adjustment if any). */
  readonly scaled: bigint;
  /** The caller's adjustment recorded in the result (scoreUnit's `adjustment` option), on the reporting grid. */
  readonly adjustment: Adjustment | null;
}

/**
 * The adjustment a unit result records, in the form scoring applies it (`ReadAdjustment`
 * of scoring/internal/adjust.ts: correction and cap on the reporting grid, × 10^decimals),
 * with the lowest reportable score a correction is clamped to. Only the correction, the cap
 * and the decimals matter for applying it; the barred zone and reason are already folded
 * into the recorded cap.
 */
export interface Adjustment extends ReadAdjustment {
  /** Lowest reportable score (× 10^decimals): a correction never goes below it. */
  readonly lo: bigint;
}

/**
 * The reported score × 10^decimals of an exact score: rounded by the methodology, then
 * adjusted by scoring's own `applyAdjustment` (corrected, not below the minimum, capped), so
 * an analysis projects a score exactly as scoreUnit would report it.
 */
export function reportedScaled(c: CompiledMethodology, adjustment: Adjustment | null, exact: Rational): bigint {
  const k = roundToScaled(exact, c.rounding.decimals, c.rounding.mode);
  return adjustment === null ? k : applyAdjustment(k, adjustment, adjustment.lo).k;
}

/**
 * Whether `value`, a score recorded in a result, is the score `k / 10^decimals`: the double
 * scoreUnit writes for it (`scaledToNumber`), or its exact decimal text. A double is never
 * read back into a decimal: at 15–20 decimals it cannot hold `k` exactly, so the read-back
 * value would differ from the score it stands for.
 */
function isRecordedScore(value: unknown, k: bigint, decimals: number): boolean {
  if (typeof value === 'number') return scaledToNumber(k, decimals) === value;
  if (typeof value !== 'string') return false;
  const r = parseDecimal(value);
  return r !== undefined && r.n * pow10(decimals) === k * r.d;
}

/** A grid value recorded as a number in a result, back on the grid; undefined when it is not on it. */
function gridValue(value: unknown, decimals: number): bigint | undefined {
  if (typeof value !== 'number') return undefined;
  const r = fromNumber(value);
  if (r === undefined) return undefined;
  const scaled = r.n * pow10(decimals);
  return scaled % r.d === 0n ? scaled / r.d : undefined;
}

/**
 * Reads the `adjustment` record a unit result carries when it was scored with an adjustment
 * (`{ correction, cap, scoreBefore, … }`, the Ombudsman 2023 "variabel substantif"); the
 * score before it is returned as written, to be checked against the re-scored one.
 */
function readAdjustmentRecord(c: CompiledMethodology, value: unknown, path: string): { adjustment: Adjustment; before: unknown } | undefined {
  if (value === undefined || value === null) return undefined;
  const d = c.rounding.decimals;
  const correction = isPlainRecord(value) ? gridValue(own(value, 'correction'), d) : undefined;
  const capRaw = isPlainRecord(value) ? own(value, 'cap') : undefined;
  const cap = capRaw === null ? null : gridValue(capRaw, d);
  const before = isPlainRecord(value) ? own(value, 'scoreBefore') : undefined;
  if (correction === undefined || correction < 0n || cap === undefined || typeof before !== 'number' || !Number.isFinite(before))
    throw mismatch(`adjustment must be the record scoreUnit writes ({ correction, cap, scoreBefore, … } on the reporting grid), got ${describe(value)}`, `${path}.adjustment`);
  const lo = roundDiv(c.lo.n * pow10(d), c.lo.d, 'ceil');
  return { adjustment: { correction, cap: cap ?? undefined, barredZone: undefined, reason: undefined, decimals: d, lo }, before };
}

const mismatch = (message: string, path: string): KepatuhanError => new KepatuhanError('METHODOLOGY_MISMATCH', message, path);

/** The fields of a unit result that are read. */
const UNIT_RESULT: Shape = {
  methodology: { id: 'value', version: 'value' },
  score: 'value',
  adjustment: { correction: 'value', cap: 'value', scoreBefore: 'value' },
  dimensions: [{ variables: [{ indicators: [{ id: 'value', status: 'value', value: 'value', counted: 'value' }, MAX_INDICATORS] }, MAX_INDICATORS] }, MAX_INDICATORS],
};

/** Reads `result` (a UnitScore scored with `c`); throws METHODOLOGY_MISMATCH when it does not follow from `c`. */
export function readUnitResult(c: CompiledMethodology, given: unknown, path = 'unitResult'): UnitState {
  if (!isPlainRecord(given)) throw new KepatuhanError('INVALID_TYPE', `a unit result (from scoreUnit) must be an object, got ${describe(given)}`, path);
  // The fields read, once, into plain dense data (a unit result may come back from JSON or a
  // form; holes in its lists are undefined entries, reported as a mismatch).
  const result = snapshot(given, UNIT_RESULT, path) as Record<string, unknown>;
  const m = own(result, 'methodology');
  const mid = isPlainRecord(m) ? own(m, 'id') : undefined;
  const mver = isPlainRecord(m) ? own(m, 'version') : undefined;
  if (mid !== c.methodology.id || mver !== c.methodology.version)
    throw mismatch(
      `the unit was scored with ${describe(mid)} version ${describe(mver)}, not ${c.methodology.id} version ${c.methodology.version}`,
      `${path}.methodology`,
    );
  const n = c.indicators.length;
  const units = new Float64Array(n);
  const status = new Uint8Array(n);
  const counts = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const dims = own(result, 'dimensions');
  if (!isArray(dims)) throw mismatch(`dimensions must be the breakdown array of a unit result, got ${describe(dims)}`, `${path}.dimensions`);
  let found = 0;
  dims.forEach((d: unknown, di: number) => {
    const vs = isPlainRecord(d) ? own(d, 'variables') : undefined;
    if (!isArray(vs)) throw mismatch('a dimension of the breakdown has no variables array', `${path}.dimensions[${di}]`);
    vs.forEach((v: unknown, vi: number) => {
      const is = isPlainRecord(v) ? own(v, 'indicators') : undefined;
      if (!isArray(is)) throw mismatch('a variable of the breakdown has no indicators array', `${path}.dimensions[${di}].variables[${vi}]`);
      is.forEach((ind: unknown, ii: number) => {
        const p = `${path}.dimensions[${di}].variables[${vi}].indicators[${ii}]`;
        if (!isPlainRecord(ind)) throw mismatch(`an indicator of the breakdown must be an object, got ${describe(ind)}`, p);
        const id = own(ind, 'id');
        const k = typeof id === 'string' ? c.byId.get(id) : undefined;
        if (k === undefined) throw mismatch(`the methodology ${c.methodology.id} has no indicator ${describe(id)}`, `${p}.id`);
        if (seen[k] === 1) throw mismatch(`indicator ${JSON.stringify(id)} appears twice in the breakdown`, `${p}.id`);
        seen[k] = 1;
        found++;
        const a = c.indicators[k]!.answer;
        const st = own(ind, 'status');
        if (st === 'answered') {
          const value = own(ind, 'value');
          const u = typeof value === 'number' ? Math.round(value * a.grid) : Number.NaN;
          if (!Number.isSafeInteger(u) || u / a.grid !== value || u < a.offset || u > a.offset + a.span)
            throw mismatch(`the value ${describe(value)} is not an answer of indicator ${JSON.stringify(id)}`, `${p}.value`);
          if (a.levels !== undefined && ![...a.levels.values()].includes(u))
            throw mismatch(`the value ${describe(value)} is not a level of indicator ${JSON.stringify(id)}`, `${p}.value`);
          units[k] = u;
          status[k] = ANSWERED;
          counts[k] = 1;
        } else if (st === 'notApplicable') {
          status[k] = NOT_APPLICABLE_STATUS;
        } else if (st === 'missing') {
          const counted = own(ind, 'counted');
          if (typeof counted !== 'boolean') throw mismatch(`counted must be true or false, got ${describe(counted)}`, `${p}.counted`);
          status[k] = counted ? MISSING_ZERO : MISSING_RESPREAD;
          units[k] = a.offset;
          counts[k] = counted ? 1 : 0;
        } else {
          throw mismatch(`status must be "answered", "notApplicable" or "missing", got ${describe(st)}`, `${p}.status`);
        }
      });
    });
  });
  if (found !== n) {
    const lost = c.indicators.find((_, i) => seen[i] === 0)!;
    throw mismatch(`indicator ${JSON.stringify(lost.id)} of ${c.methodology.id} is not in the breakdown`, `${path}.dimensions`);
  }
  const norm: Rational[] = [];
  for (let i = 0; i < n; i++) {
    const a = c.indicators[i]!.answer;
    norm.push(counts[i] === 1 ? normOf(units[i]!, a.offset, a.span) : ZERO);
  }
  const ev = evaluateExact(c, norm, counts);
  const { decimals, mode } = c.rounding;
  const before = roundToScaled(ev.score, decimals, mode);
  const adj = readAdjustmentRecord(c, own(result, 'adjustment'), path);
  if (adj !== undefined && !isRecordedScore(adj.before, before, decimals))
    throw mismatch(
      `the score before the adjustment, ${String(adj.before)}, does not follow from the answers in the breakdown, which give ${scaledToString(before, decimals)} under ${c.methodology.id} version ${c.methodology.version}`,
      `${path}.adjustment.scoreBefore`,
    );
  const adjustment = adj?.adjustment ?? null;
  const scaled = reportedScaled(c, adjustment, ev.score);
  const score = own(result, 'score');
  readDecimal(score, `${path}.score`, 'score'); // a number or a decimal string, or INVALID_TYPE / INVALID_NUMBER
  if (!isRecordedScore(score, scaled, decimals))
    throw mismatch(
      `the score ${String(score)} does not follow from the answers in the breakdown${adjustment === null ? '' : ' and the adjustment'}, which give ${scaledToString(scaled, decimals)} under ${c.methodology.id} version ${c.methodology.version}`,
      `${path}.score`,
    );
  return { units, status, counts, shares: ev.shares, exact: ev.score, scaled, adjustment };
}
