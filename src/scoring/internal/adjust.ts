/**
 * Reads and applies a caller-supplied score adjustment (the Ombudsman 2023 "variabel
 * substantif"). Works on rounded scores `k / 10^decimals`: a correction and a cap on the
 * reporting grid commute with every rounding mode (shifting by a grid multiple, and taking
 * the minimum with a grid value, never change which grid value a number rounds to), so
 * adjusting the rounded score equals rounding the adjusted exact score.
 *
 * @internal
 */
import type { Classification } from '../../classification/classification.js';
import type { CompiledScale } from '../../classification/internal/compiledScales.js';
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, isPlainRecord, own, ownKeys, readDecimal } from '../../internal/input.js';
import { pow10, roundDiv, scaledToNumber, scaledToString, type Rational } from '../../internal/rational.js';
import type { AppliedAdjustment } from '../adjustment.js';

export interface ReadAdjustment {
  /** Correction in grid units of the rounding. */
  readonly correction: bigint;
  /** Effective cap in grid units, if any. */
  readonly cap: bigint | undefined;
  readonly barredZone: string | undefined;
  readonly reason: string | undefined;
  readonly decimals: number;
}

function onGrid(value: unknown, path: string, decimals: number, what: string): bigint {
  const r: Rational = readDecimal(value, path, what);
  const scaled = r.n * pow10(decimals);
  if (scaled % r.d !== 0n)
    throw new KepatuhanError('INVALID_OPTION', `${what} must lie on the reporting grid (at most ${decimals} decimals), got ${describe(value)}`, path);
  return scaled / r.d;
}

/**
 * Reads `options.adjustment`. `lo`/`hi` are the lowest/highest reportable scores in grid units
 * (`hi` undefined when unknown: `aggregate` without a scale), `scale` is needed for `barZone`.
 */
export function readAdjustment(
  options: Record<string, unknown>,
  decimals: number,
  lo: bigint,
  hi: bigint | undefined,
  scale: CompiledScale | undefined,
): ReadAdjustment | undefined {
  const a = own(options, 'adjustment', 'options');
  if (a === undefined) return undefined;
  const path = 'options.adjustment';
  if (!isPlainRecord(a)) throw new KepatuhanError('INVALID_OPTION', `adjustment must be an object { correction?, cap?, barZone?, reason? }, got ${describe(a)}`, path);
  for (const key of ownKeys(a, path))
    if (!['correction', 'cap', 'barZone', 'reason'].includes(key))
      throw new KepatuhanError('INVALID_OPTION', `adjustment has no option ${JSON.stringify(key)} (use correction, cap, barZone, reason)`, `${path}[${JSON.stringify(key)}]`);
  const cv = own(a, 'correction', path);
  const correction = cv === undefined ? 0n : onGrid(cv, `${path}.correction`, decimals, 'the correction');
  if (correction < 0n) throw new KepatuhanError('INVALID_OPTION', `the correction is the number of points subtracted and must not be negative, got ${describe(cv)}`, `${path}.correction`);
  let cap: bigint | undefined;
  const capv = own(a, 'cap', path);
  if (capv !== undefined) {
    cap = onGrid(capv, `${path}.cap`, decimals, 'the cap');
    if (cap < lo || (hi !== undefined && cap > hi))
      throw new KepatuhanError(
        'VALUE_OUT_OF_RANGE',
        hi === undefined
          ? `cap ${scaledToString(cap, decimals)} is below the lowest score ${scaledToString(lo, decimals)}`
          : `cap ${scaledToString(cap, decimals)} is outside the score range ${scaledToString(lo, decimals)}–${scaledToString(hi, decimals)}`,
        `${path}.cap`,
      );
  }
  const zv = own(a, 'barZone', path);
  let barredZone: string | undefined;
  if (zv !== undefined) {
    const zp = `${path}.barZone`;
    if (typeof zv !== 'string' || zv === '') throw new KepatuhanError('INVALID_OPTION', `barZone must be a zone id of the scale, got ${describe(zv)}`, zp);
    if (scale === undefined) throw new KepatuhanError('INVALID_OPTION', 'barZone needs a scale with zones (pass options.scale)', zp);
    const ids = scale.scale.zones.map((z) => z.id);
    if (!ids.includes(zv))
      throw new KepatuhanError(
        'INVALID_OPTION',
        ids.length === 0 ? `the scale ${scale.scale.id} has no zones, so barZone ${describe(zv)} cannot apply` : `barZone must be one of the zones of scale ${scale.scale.id} (${ids.join(', ')}), got ${describe(zv)}`,
        zp,
      );
    barredZone = zv;
    const bands = scale.bands.filter((b) => b.band.zone === barredZone);
    // Every zone of a validated scale holds at least one band.
    // Compiled bands are sorted by `first`, ascending: the zone's first band is its lowest.
    const first = bands[0]!.first;
    if (first <= scale.lo) throw new KepatuhanError('INVALID_OPTION', `zone ${JSON.stringify(barredZone)} holds the scale's lowest scores and cannot be barred`, zp);
    // Highest value on the rounding grid whose value on the scale grid lies below the zone.
    const zoneCap = roundDiv((first - 1n) * pow10(decimals), pow10(scale.decimals), 'floor');
    if (cap === undefined || zoneCap < cap) cap = zoneCap;
  }
  const rv = own(a, 'reason', path);
  if (rv !== undefined && typeof rv !== 'string') throw new KepatuhanError('INVALID_OPTION', `reason must be a string, got ${describe(rv)}`, `${path}.reason`);
  return { correction, cap, barredZone, reason: rv, decimals };
}

/** Applies the adjustment to a rounded score `k`; returns the adjusted `k` and what happened. */
export function applyAdjustment(k: bigint, adj: ReadAdjustment, lo: bigint): { k: bigint; capped: boolean; clamped: boolean } {
  let out = k - adj.correction;
  let clamped = false;
  if (out < lo) {
    out = lo;
    clamped = true;
  }
  let capped = false;
  if (adj.cap !== undefined && out > adj.cap) {
    out = adj.cap;
    capped = true;
  }
  return { k: out, capped, clamped };
}

/** The record kept in results. */
export function appliedRecord(
  adj: ReadAdjustment,
  before: bigint,
  classificationBefore: Classification | null,
  applied: { capped: boolean; clamped: boolean },
): AppliedAdjustment {
  return {
    correction: scaledToNumber(adj.correction, adj.decimals),
    cap: adj.cap === undefined ? null : scaledToNumber(adj.cap, adj.decimals),
    barredZone: adj.barredZone ?? null,
    reason: adj.reason ?? null,
    scoreBefore: scaledToNumber(before, adj.decimals),
    classificationBefore,
    capped: applied.capped,
    clamped: applied.clamped,
  };
}
