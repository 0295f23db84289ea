/**
 * Targets of gap analyses: a category or a zone of a scale, read as "this band or better",
 * i.e. a lowest shown score on the scale's grid.
 *
 * @internal
 */
import type { CompiledScale } from '../../classification/internal/compiledScales.js';
import { ZONES } from '../../classification/zone.js';
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, isPlainRecord, own } from '../../internal/input.js';
import { rat, roundToScaled } from '../../internal/rational.js';
import type { RoundingRule } from '../../rounding/rounding.js';

export interface Target {
  readonly category: string | null;
  readonly zone: string | null;
  /** Lowest value on the scale's grid (× 10^scale.decimals) that reaches the target. */
  readonly threshold: bigint;
}

function byCategory(scale: CompiledScale, category: string, path: string): Target {
  const b = scale.bands.find((x) => x.band.category === category);
  if (b === undefined)
    throw new KepatuhanError(
      'UNKNOWN_BAND',
      `the scale ${scale.scale.id} has no category ${JSON.stringify(category)}; its categories are ${scale.bands.map((x) => JSON.stringify(x.band.category)).join(', ')}`,
      path,
    );
  return { category, zone: null, threshold: b.first };
}

function byZone(scale: CompiledScale, zone: string, path: string): Target {
  const rank = scale.scale.zones.findIndex((z) => z.id === zone);
  if (rank < 0 || !scale.bands.some((b) => b.band.zone === zone))
    throw new KepatuhanError('UNKNOWN_BAND', `the scale ${scale.scale.id} has no zone ${JSON.stringify(zone)}${zoneList(scale)}`, path);
  // Zones are listed best first, so "this zone or better" is every zone up to its position.
  const good = scale.bands.filter((b) => b.zone !== undefined && b.zone.order <= rank);
  const threshold = good.reduce((m, b) => (b.first < m ? b.first : m), good[0]!.first);
  // Every band from the threshold up must be in the zone or better, or "reach" is ambiguous.
  const bad = scale.bands.find((b) => b.first >= threshold && !good.includes(b));
  if (bad !== undefined)
    throw new KepatuhanError('INVALID_OPTION', `the zones of scale ${scale.scale.id} do not rise with the score (band ${JSON.stringify(bad.band.category)}), so "reach ${zone}" is ambiguous; name a category`, path);
  return { category: null, zone, threshold };
}

/** `; its zones are …` for a message, or nothing for a scale without zones. */
function zoneList(scale: CompiledScale): string {
  return scale.scale.zones.length === 0 ? ' (it has no zones)' : `; its zones are ${scale.scale.zones.map((z) => JSON.stringify(z.id)).join(', ')}`;
}

/** Reads `'A'`, `'hijau'`, `{ category: 'A' }` or `{ zone: 'hijau' }` (a bare string is tried as a category first). */
export function readTarget(scale: CompiledScale, value: unknown, path: string): Target {
  if (typeof value === 'string') {
    if (scale.bands.some((b) => b.band.category === value)) return byCategory(scale, value, path);
    // A zone of the scale, or a classic zone it lacks (reported as a missing zone, not category).
    if (scale.scale.zones.some((z) => z.id === value) || (ZONES as readonly string[]).includes(value)) return byZone(scale, value, path);
    return byCategory(scale, value, path);
  }
  if (isPlainRecord(value)) {
    const category = own(value, 'category', path);
    const zone = own(value, 'zone', path);
    if (typeof category === 'string' && zone === undefined) return byCategory(scale, category, `${path}.category`);
    if (typeof zone === 'string' && category === undefined) {
      return byZone(scale, zone, `${path}.zone`);
    }
  }
  throw new KepatuhanError('INVALID_OPTION', `a target must be a category, a zone, { category } or { zone }, got ${describe(value)}`, path);
}

/** The target of the band just above the one holding `scaleK` (a value on the scale's grid), or undefined at the top. */
export function nextBand(scale: CompiledScale, scaleK: bigint): Target | undefined {
  const cur = scale.bands.find((b) => scaleK >= b.first && scaleK <= b.last);
  const next = cur === undefined ? undefined : scale.bands.find((b) => b.first === cur.last + 1n);
  return next === undefined ? undefined : { category: next.band.category, zone: null, threshold: next.first };
}

/** A value on the methodology's reporting grid (`k / 10^rounding.decimals`) moved onto the scale's grid. */
export function toScaleGrid(k: bigint, rounding: RoundingRule, scale: CompiledScale): bigint {
  return roundToScaled(rat(k, 10n ** BigInt(rounding.decimals)), scale.decimals, scale.mode);
}
