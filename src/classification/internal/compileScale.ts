/**
 * Validates a scale spec on its grid and compiles it to integer band limits.
 *
 * A band's grid values are the multiples of 10^-decimals inside it (respecting which sides
 * are closed); the bands must partition the grid values of [min, max]: no gaps, no
 * overlaps, nothing outside. This is how "80,9" typos are caught: on a 2-decimal grid
 * 80.95 would fall in no band.
 *
 * Zones (domain reference §3): a scale lists its zones best first, or, without `zones`, its
 * bands may name the classic hijau/kuning/merah. Each zone must hold one unbroken run of
 * bands, the runs must descend in list order, and a zone's stated `min`/`max` must equal
 * its run's first/last grid value and not overlap or leave gaps with its neighbours.
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import { describe, index, isArray, isPlainRecord, join, own, tryDecimal, withinBounds } from '../../internal/input.js';
import { checkBoolean, checkId, checkProvenance, checkString, IssueList } from '../../internal/issues.js';
import { cmp, pow10, roundDiv, scaledToString, toNumber, type Rational } from '../../internal/rational.js';
import { snapshot, type Shape } from '../../internal/snapshot.js';
import { isRoundingMode } from '../../internal/input.js';
import { ROUNDING_MODES, type RoundingMode } from '../../rounding/rounding.js';
import type { OpinionQualifier } from '../opinionQualifier.js';
import type { Band, Scale } from '../scale.js';
import { CLASSIC_ZONES, ZONES, type ScaleZone } from '../zone.js';
import { compileBand, compiledScaleOf, compileScaleForm, rememberScale, type CompiledBand, type CompiledScale } from './compiledScales.js';
import { copyProvenance } from './copyProvenance.js';

export type { CompiledBand, CompiledScale } from './compiledScales.js';

/** Most zones of a scale. */
const MAX_ZONES = 1000;

/** A band as read from the spec: its grid values, and its place in the spec's list. */
type ReadBand = Pick<CompiledBand, 'first' | 'last' | 'band'> & { readonly at: number };

/** A zone as read from the spec, before its bands are known. */
interface ReadZone {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly color: string | undefined;
  /** Stated bounds on the grid (both inclusive), when given. */
  readonly min: bigint | undefined;
  readonly max: bigint | undefined;
  readonly provenance: unknown;
  /** Path of the zone in the spec; `undefined` for an implicit classic zone. */
  readonly path: string | undefined;
}

/** Most bands of a scale. */
export const MAX_BANDS = 1000;

const PROVENANCE: Shape = { confidence: 'value', source: 'value', note: 'value' };
/** The fields of a scale spec that are read. */
const SCALE: Shape = {
  id: 'value',
  name: 'value',
  notes: 'value',
  provenance: PROVENANCE,
  zoneProvenance: PROVENANCE,
  followUpQualifier: { label: 'value', labelEn: 'value', provenance: PROVENANCE },
  zones: [
    { id: 'value', label: 'value', labelEn: 'value', color: 'value', min: 'value', max: 'value', minInclusive: 'value', maxInclusive: 'value', provenance: PROVENANCE },
    MAX_ZONES,
  ],
  min: 'value',
  max: 'value',
  decimals: 'value',
  rounding: 'value',
  bands: [
    {
      category: 'value',
      label: 'value',
      labelEn: 'value',
      color: 'value',
      zone: 'value',
      provenance: PROVENANCE,
      min: 'value',
      max: 'value',
      minInclusive: 'value',
      maxInclusive: 'value',
    },
    MAX_BANDS,
  ],
};

function checkBound(obj: Record<string, unknown>, key: string, path: string, issues: IssueList): Rational | undefined {
  const v = own(obj, key);
  const p = join(path, key);
  if (v === undefined) {
    issues.add('MISSING_FIELD', p, `${key} is required`);
    return undefined;
  }
  const r = tryDecimal(v);
  if (r === undefined || !withinBounds(r)) {
    issues.add('INVALID_RANGE', p, `${key} must be a number or decimal string from -1e15 to 1e15, got ${describe(v)}`);
    return undefined;
  }
  return r;
}

const fmt = (k: bigint, d: number): string => scaledToString(k, d);

/** Validates `spec` (at `path`), recording issues; returns the compiled scale when it has none. */
export function checkScale(input: unknown, path: string, issues: IssueList): CompiledScale | undefined {
  const hit = compiledScaleOf(input);
  if (hit !== undefined) return hit;
  const before = issues.size;
  // Read every field once into plain data (getters, Proxies, sparse arrays, huge lists).
  let spec: unknown;
  try {
    spec = snapshot(input, SCALE, path);
  } catch (e) {
    if (!(e instanceof KepatuhanError)) throw e;
    for (const i of e.issues) issues.add(i.code, i.path, i.message);
    return undefined;
  }
  if (!isPlainRecord(spec)) {
    issues.add('INVALID_TYPE', path, `a scale must be an object, got ${describe(spec)}`);
    return undefined;
  }
  const id = checkId(spec, path, issues);
  const name = checkString(spec, 'name', path, issues);
  const notes = checkString(spec, 'notes', path, issues, false);
  checkProvenance(spec, path, issues);
  checkProvenance(spec, path, issues, 'zoneProvenance');
  const qualifier = checkQualifier(spec, path, issues);
  const min = checkBound(spec, 'min', path, issues);
  const max = checkBound(spec, 'max', path, issues);
  let decimals = 2;
  const dv = own(spec, 'decimals');
  if (dv !== undefined) {
    if (typeof dv !== 'number' || !Number.isInteger(dv) || dv < 0 || dv > 20)
      issues.add('INVALID_ROUNDING', join(path, 'decimals'), `decimals must be a whole number from 0 to 20, got ${describe(dv)}`);
    else decimals = dv + 0; // + 0: never -0
  }
  let mode: RoundingMode = 'halfUp';
  const mv = own(spec, 'rounding');
  if (mv !== undefined) {
    if (!isRoundingMode(mv)) issues.add('INVALID_ROUNDING', join(path, 'rounding'), `rounding must be one of ${ROUNDING_MODES.join(', ')}, got ${describe(mv)}`);
    else mode = mv;
  }
  const scale10 = pow10(decimals);
  // Grid limits of the range: the scale's own bounds must sit on the grid.
  let lo: bigint | undefined;
  let hi: bigint | undefined;
  if (min !== undefined && max !== undefined) {
    lo = roundDiv(min.n * scale10, min.d, 'ceil');
    hi = roundDiv(max.n * scale10, max.d, 'floor');
    // A bound between grid values could not be classified itself (it rounds off the scale).
    for (const [bound, key] of [[min, 'min'], [max, 'max']] as const)
      if ((bound.n * scale10) % bound.d !== 0n)
        issues.add('INVALID_RANGE', join(path, key), `${key} has more decimals than the scale's grid (${decimals}): values next to it could not be classified`);
    if (lo >= hi) {
      // With min < max, no two grid values between them means a bound is off the grid: said above.
      if (cmp(min, max) >= 0) issues.add('INVALID_RANGE', path, `min (${toNumber(min)}) must be below max (${toNumber(max)})`);
      lo = hi = undefined;
    }
  }
  const declaredZones = readZones(spec, path, decimals, issues);
  const bandsValue = own(spec, 'bands');
  const bandsPath = join(path, 'bands');
  const compiled: ReadBand[] = [];
  if (!isArray(bandsValue)) {
    if (bandsValue === undefined) issues.add('MISSING_FIELD', bandsPath, 'bands is required (a non-empty array of bands)');
    else issues.add('INVALID_TYPE', bandsPath, `bands must be a non-empty array, got ${describe(bandsValue)}`);
  } else if (bandsValue.length === 0) {
    issues.add('EMPTY_GROUP', bandsPath, 'a scale needs at least one band');
  } else {
    const seen = new Set<string>();
    bandsValue.forEach((b: unknown, i: number) => {
      const bp = index(bandsPath, i);
      if (!isPlainRecord(b)) {
        issues.add('INVALID_TYPE', bp, `a band must be an object, got ${describe(b)}`);
        return;
      }
      const n0 = issues.size;
      const category = checkId(b, bp, issues, 'category');
      if (category !== undefined) {
        if (seen.has(category)) issues.add('DUPLICATE_ID', join(bp, 'category'), `category ${JSON.stringify(category)} appears twice`);
        seen.add(category);
      }
      const label = checkString(b, 'label', bp, issues);
      const labelEn = checkString(b, 'labelEn', bp, issues, false);
      const color = checkString(b, 'color', bp, issues, false);
      const zone = own(b, 'zone');
      if (zone !== undefined && typeof zone !== 'string') issues.add('INVALID_TYPE', join(bp, 'zone'), `zone must be a zone id (a string), got ${describe(zone)}`);
      else if (declaredZones === null) {
        // The zones list has issues of its own: checking bands against it would only echo them.
      } else if (zone !== undefined && declaredZones !== undefined && !declaredZones.some((z) => z.id === zone))
        issues.add('SCALE_ZONE', join(bp, 'zone'), `zone must be one of the scale's zones ${declaredZones.map((z) => z.id).join(', ')}, got ${describe(zone)}`);
      else if (zone !== undefined && declaredZones === undefined && !(ZONES as readonly string[]).includes(zone))
        issues.add('SCALE_ZONE', join(bp, 'zone'), `zone must be one of ${ZONES.join(', ')} (or a zone the scale declares in zones), got ${describe(zone)}`);
      else if (zone === undefined && declaredZones !== undefined && declaredZones.length > 0)
        issues.add('SCALE_ZONE', join(bp, 'zone'), `band ${JSON.stringify(category)} names no zone, but the scale declares zones (${declaredZones.map((z) => z.id).join(', ')})`);
      checkProvenance(b, bp, issues);
      const bmin = checkBound(b, 'min', bp, issues);
      const bmax = checkBound(b, 'max', bp, issues);
      const minInclusive = checkBoolean(b, 'minInclusive', bp, issues, true);
      const maxInclusive = checkBoolean(b, 'maxInclusive', bp, issues, true);
      if (bmin === undefined || bmax === undefined || issues.size > n0) return;
      const f = minInclusive ? roundDiv(bmin.n * scale10, bmin.d, 'ceil') : roundDiv(bmin.n * scale10, bmin.d, 'floor') + 1n;
      const last = maxInclusive ? roundDiv(bmax.n * scale10, bmax.d, 'floor') : roundDiv(bmax.n * scale10, bmax.d, 'ceil') - 1n;
      if (f > last) {
        issues.add('SCALE_EMPTY_BAND', bp, `band ${JSON.stringify(category)} holds no value with ${decimals} decimals`);
        return;
      }
      const band: Band = Object.freeze({
        category: category as string,
        label: label as string,
        labelEn: labelEn ?? (label as string),
        ...(zone !== undefined ? { zone: zone as Band['zone'] & string } : {}),
        ...(color !== undefined ? { color } : {}),
        min: toNumber(bmin),
        max: toNumber(bmax),
        minInclusive,
        maxInclusive,
        ...(own(b, 'provenance') !== undefined ? { provenance: copyProvenance(own(b, 'provenance')) as Band['provenance'] & object } : {}),
      });
      compiled.push({ first: f, last, band, at: i });
    });
  }
  if (lo !== undefined && hi !== undefined && compiled.length > 0 && issues.size === before) {
    const sorted = [...compiled].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.at - b.at));
    const d = decimals;
    const firstBand = sorted[0]!;
    if (firstBand.first !== lo)
      issues.add(
        'SCALE_COVERAGE',
        index(bandsPath, firstBand.at),
        firstBand.first > lo
          ? `values ${fmt(lo, d)}–${fmt(firstBand.first - 1n, d)} fall in no band: the lowest band must start at the scale's min`
          : `band ${JSON.stringify(firstBand.band.category)} starts at ${fmt(firstBand.first, d)}, below the scale's min ${fmt(lo, d)}`,
      );
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (cur.first > prev.last + 1n)
        issues.add(
          'SCALE_GAP',
          index(bandsPath, cur.at),
          `values ${fmt(prev.last + 1n, d)}–${fmt(cur.first - 1n, d)} fall in no band (between ${JSON.stringify(prev.band.category)} and ${JSON.stringify(cur.band.category)})`,
        );
      else if (cur.first <= prev.last)
        issues.add(
          'SCALE_OVERLAP',
          index(bandsPath, cur.at),
          `values ${fmt(cur.first, d)}–${fmt(prev.last < cur.last ? prev.last : cur.last, d)} fall in both ${JSON.stringify(prev.band.category)} and ${JSON.stringify(cur.band.category)}`,
        );
    }
    const top = sorted.reduce((a, b) => (b.last > a.last ? b : a));
    if (top.last !== hi)
      issues.add(
        'SCALE_COVERAGE',
        index(bandsPath, top.at),
        top.last < hi
          ? `values ${fmt(top.last + 1n, d)}–${fmt(hi, d)} fall in no band: the highest band must end at the scale's max`
          : `band ${JSON.stringify(top.band.category)} ends at ${fmt(top.last, d)}, above the scale's max ${fmt(hi, d)}`,
      );
    const zones = issues.size === before ? checkZones(sorted, declaredZones, path, bandsPath, decimals, issues) : [];
    if (issues.size === before) {
      const byId = new Map(zones.map((z) => [z.id, z]));
      const scale: Scale = Object.freeze({
        id: id as string,
        name: name as string,
        min: toNumber(min!),
        max: toNumber(max!),
        decimals,
        rounding: mode,
        bands: Object.freeze(compiled.map((c) => c.band)),
        zones: Object.freeze(zones),
        ...(own(spec, 'provenance') !== undefined ? { provenance: copyProvenance(own(spec, 'provenance')) as Scale['provenance'] & object } : {}),
        ...(own(spec, 'zoneProvenance') !== undefined ? { zoneProvenance: copyProvenance(own(spec, 'zoneProvenance')) as Scale['provenance'] & object } : {}),
        ...(qualifier !== undefined ? { followUpQualifier: qualifier } : {}),
        ...(notes !== undefined ? { notes } : {}),
      });
      const result: CompiledScale = compileScaleForm({
        scale,
        min: min!,
        max: max!,
        decimals,
        mode,
        lo,
        hi,
        bands: Object.freeze(sorted.map(({ first, last, band }) => compileBand(first, last, band, band.zone === undefined ? undefined : byId.get(band.zone)))),
      });
      return rememberScale(result);
    }
  }
  return undefined;
}

/**
 * Reads the optional `zones` list (issues recorded): `undefined` when the scale declares
 * none, `null` when the list has issues (the bands' zones are then not checked against it).
 */
function readZones(spec: Record<string, unknown>, path: string, decimals: number, issues: IssueList): ReadZone[] | null | undefined {
  const v = own(spec, 'zones');
  if (v === undefined) return undefined;
  const zp = join(path, 'zones');
  if (!isArray(v)) {
    issues.add('INVALID_TYPE', zp, `zones must be an array of { id, label, labelEn?, color?, min?, max? }, got ${describe(v)}`);
    return null;
  }
  const start = issues.size;
  const scale10 = pow10(decimals);
  const out: ReadZone[] = [];
  const seen = new Set<string>();
  v.forEach((z: unknown, i: number) => {
    const p = index(zp, i);
    if (!isPlainRecord(z)) {
      issues.add('INVALID_TYPE', p, `a zone must be an object { id, label, labelEn?, color?, min?, max? }, got ${describe(z)}`);
      return;
    }
    const n0 = issues.size;
    const id = checkId(z, p, issues);
    if (id !== undefined) {
      if (seen.has(id)) issues.add('DUPLICATE_ID', join(p, 'id'), `zone ${JSON.stringify(id)} appears twice`);
      seen.add(id);
    }
    const label = checkString(z, 'label', p, issues);
    const labelEn = checkString(z, 'labelEn', p, issues, false);
    const color = checkString(z, 'color', p, issues, false);
    checkProvenance(z, p, issues);
    // A stated bound is read like a band's: its first/last value on the grid.
    const minInclusive = checkBoolean(z, 'minInclusive', p, issues, true);
    const maxInclusive = checkBoolean(z, 'maxInclusive', p, issues, true);
    const bound = (key: 'min' | 'max'): bigint | undefined => {
      if (own(z, key) === undefined) return undefined;
      const r = checkBound(z, key, p, issues);
      if (r === undefined) return undefined;
      return key === 'min'
        ? minInclusive ? roundDiv(r.n * scale10, r.d, 'ceil') : roundDiv(r.n * scale10, r.d, 'floor') + 1n
        : maxInclusive ? roundDiv(r.n * scale10, r.d, 'floor') : roundDiv(r.n * scale10, r.d, 'ceil') - 1n;
    };
    const zmin = bound('min');
    const zmax = bound('max');
    if (issues.size > n0 || id === undefined || label === undefined) return;
    out.push({ id, label, labelEn: labelEn ?? label, color, min: zmin, max: zmax, provenance: own(z, 'provenance'), path: p });
  });
  return issues.size > start ? null : out;
}

/**
 * Checks the zones against the bands (which already partition the grid; `sorted` ascending)
 * and returns them as {@link ScaleZone}s, best first; issues recorded.
 */
function checkZones(
  sorted: readonly ReadBand[],
  declared: readonly ReadZone[] | null | undefined,
  path: string,
  bandsPath: string,
  d: number,
  issues: IssueList,
): ScaleZone[] {
  const used = new Set(sorted.map((b) => b.band.zone).filter((z) => z !== undefined));
  const list: readonly ReadZone[] =
    declared ??
    CLASSIC_ZONES.filter((z) => used.has(z.id)).map((z) => ({ id: z.id, label: z.label, labelEn: z.labelEn ?? z.label, color: z.color, min: undefined, max: undefined, provenance: undefined, path: undefined }));
  if (list.length === 0) return [];
  const at = (z: ReadZone, key?: string): string => (z.path === undefined ? join(path, 'bands') : key === undefined ? z.path : join(z.path, key));
  // Each zone's run of bands: first and last index in `sorted`.
  const runs: { readonly zone: ReadZone; readonly lo: number; readonly hi: number }[] = [];
  for (const z of list) {
    const idx = sorted.flatMap((b, i) => (b.band.zone === z.id ? [i] : []));
    if (idx.length === 0) {
      issues.add('SCALE_ZONE', at(z), `zone ${JSON.stringify(z.id)} holds no band`);
      continue;
    }
    const lo = idx[0]!;
    const hi = idx[idx.length - 1]!;
    const stray = sorted.slice(lo, hi + 1).find((b) => b.band.zone !== z.id);
    if (stray !== undefined) {
      issues.add(
        'SCALE_ZONE',
        z.path === undefined ? index(bandsPath, stray.at) : z.path,
        `the bands of zone ${JSON.stringify(z.id)} are not adjacent: band ${JSON.stringify(stray.band.category)} (zone ${JSON.stringify(stray.band.zone ?? null)}) lies between them`,
      );
      continue;
    }
    runs.push({ zone: z, lo, hi });
  }
  if (runs.length < list.length) return [];
  // List order is best first: each zone's run lies above the next one's.
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    if (b.lo > a.hi)
      issues.add(
        'SCALE_ZONE',
        at(b.zone),
        `zones must be listed best (highest) first, but ${JSON.stringify(b.zone.id)} (${fmt(sorted[b.lo]!.first, d)}–${fmt(sorted[b.hi]!.last, d)}) is listed after ${JSON.stringify(a.zone.id)} (${fmt(sorted[a.lo]!.first, d)}–${fmt(sorted[a.hi]!.last, d)})`,
      );
  }
  // Stated ranges: each must match its bands, and stated neighbours must meet exactly.
  const range = runs.map((r) => ({ first: sorted[r.lo]!.first, last: sorted[r.hi]!.last }));
  const stated = runs.map((r, i) => ({ first: r.zone.min ?? range[i]!.first, last: r.zone.max ?? range[i]!.last }));
  runs.forEach((r, i) => {
    const z = r.zone;
    const got = range[i]!;
    if (z.min !== undefined && z.min !== got.first)
      issues.add('SCALE_ZONE', at(z, 'min'), `zone ${JSON.stringify(z.id)} is stated to start at ${fmt(z.min, d)}, but its bands start at ${fmt(got.first, d)}`);
    if (z.max !== undefined && z.max !== got.last)
      issues.add('SCALE_ZONE', at(z, 'max'), `zone ${JSON.stringify(z.id)} is stated to end at ${fmt(z.max, d)}, but its bands end at ${fmt(got.last, d)}`);
    const above = i > 0 ? runs[i - 1]! : undefined;
    if (above === undefined || (z.max === undefined && above.zone.min === undefined)) return;
    const upper = stated[i - 1]!;
    const mine = stated[i]!;
    const key = z.max !== undefined ? 'max' : undefined;
    if (mine.last >= upper.first)
      issues.add(
        'SCALE_OVERLAP',
        at(z, key),
        `zone ${JSON.stringify(z.id)} (stated ${fmt(mine.first, d)}–${fmt(mine.last, d)}) overlaps zone ${JSON.stringify(above.zone.id)} (${fmt(upper.first, d)}–${fmt(upper.last, d)}) at ${fmt(upper.first, d)}–${fmt(mine.last < upper.last ? mine.last : upper.last, d)}`,
      );
    else if (mine.last + 1n < upper.first)
      issues.add(
        'SCALE_GAP',
        at(z, key),
        `values ${fmt(mine.last + 1n, d)}–${fmt(upper.first - 1n, d)} fall in no stated zone (between ${JSON.stringify(z.id)} and ${JSON.stringify(above.zone.id)})`,
      );
  });
  return runs.map((r, order) => {
    const top = sorted[r.hi]!.band;
    const bottom = sorted[r.lo]!.band;
    const z = r.zone;
    return Object.freeze({
      id: z.id,
      label: z.label,
      labelEn: z.labelEn,
      ...(z.color !== undefined ? { color: z.color } : {}),
      order,
      min: bottom.min,
      max: top.max,
      minInclusive: bottom.minInclusive,
      maxInclusive: top.maxInclusive,
      ...(z.provenance !== undefined ? { provenance: copyProvenance(z.provenance) as ScaleZone['provenance'] & object } : {}),
    });
  });
}

/** Checks the optional `followUpQualifier`; returns it frozen with `labelEn` filled in. */
function checkQualifier(spec: Record<string, unknown>, path: string, issues: IssueList): OpinionQualifier | undefined {
  const q = own(spec, 'followUpQualifier');
  if (q === undefined) return undefined;
  const qp = join(path, 'followUpQualifier');
  if (!isPlainRecord(q)) {
    issues.add('INVALID_TYPE', qp, `followUpQualifier must be an object { label, labelEn?, provenance? }, got ${describe(q)}`);
    return undefined;
  }
  const n0 = issues.size;
  const label = checkString(q, 'label', qp, issues);
  const labelEn = checkString(q, 'labelEn', qp, issues, false);
  checkProvenance(q, qp, issues);
  if (issues.size > n0 || label === undefined) return undefined;
  return Object.freeze({
    label,
    labelEn: labelEn ?? label,
    ...(own(q, 'provenance') !== undefined ? { provenance: copyProvenance(own(q, 'provenance')) as OpinionQualifier['provenance'] & object } : {}),
  });
}

/** Returns the compiled form of a scale, validating it when it is not a known built one. */
export function compileScale(spec: unknown, path = 'scale'): CompiledScale {
  // A defined scale (a built-in or a defineScale result) is compiled already: one lookup, no
  // allocation, for functions called many times with the same scale (a nation's round).
  const hit = compiledScaleOf(spec);
  if (hit !== undefined) return hit;
  const issues = new IssueList();
  const c = checkScale(spec, path, issues);
  if (c === undefined) {
    // The scale itself (path '' when it is the argument, as in defineScale) is named `scale`.
    const all = issues.items.map((i) => (i.path === '' ? Object.freeze({ ...i, path: 'scale' }) : i));
    const first = all[0];
    throw new KepatuhanError('INVALID_SCALE', `the scale is not valid: ${first?.message ?? 'unknown problem'}${all.length > 1 ? ` (and ${all.length - 1} more; see error.issues)` : ''}`, first?.path ?? (path || 'scale'), all);
  }
  return c;
}
