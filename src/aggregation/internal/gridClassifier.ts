/**
 * Classification of many scores on one scale's own grid, for `aggregateBy`: the same objects
 * `classifyScaled` builds, made from one template per band instead of being assembled from
 * conditional spreads (the largest single cost of a round).
 *
 * A classification holds its `value`, so it cannot be shared: each call gets a fresh object
 * (and fresh nested objects) equal to `classifyScaled`'s, key order included. The templates
 * are `classifyScaled`'s own output for each band's first grid value, so the fields cannot
 * drift from it.
 *
 * Objects are built by object literals where one fits the band's template (the built-in
 * scales' three shapes): V8 can then allocate a round's thousands of long-lived results
 * straight in the old generation, where spread copies stay young and make every scavenge copy
 * them (measured: the copies made a round three times slower). Each literal is checked
 * against the template when the band is prepared (same keys in the same order, same values);
 * a scale with a band no literal fits has no such classifier (the caller classifies exactly). tests/aggregation/aggregateBy.test-prop.ts
 * compares both with `classifyScaled` on grid values of every built-in scale and of generated ones.
 *
 * @internal
 */
import type { Classification } from '../../classification/classification.js';
import { classifyScaled } from '../../classification/internal/classifyExact.js';
import type { CompiledScale } from '../../classification/internal/compiledScales.js';
import { gridScale } from '../../internal/gridNumber.js';

/** Builds a band's classification of `value` from its template. */
type Maker = (t: Template, value: number) => Record<string, unknown>;

/** A band's classification as `classifyScaled` gives it, read through its (optional) fields. */
type Template = Readonly<Record<string, unknown>> & {
  readonly category: unknown;
  readonly label: unknown;
  readonly labelEn: unknown;
  readonly qualifier: { readonly label: unknown; readonly labelEn: unknown };
  readonly zone: unknown;
  readonly zoneLabel: unknown;
  readonly zoneLabelEn: unknown;
  readonly zoneColor: unknown;
  readonly color: unknown;
  readonly bounds: { readonly min: unknown; readonly max: unknown; readonly minInclusive: unknown; readonly maxInclusive: unknown };
  readonly scale: unknown;
  readonly rounding: { readonly mode: unknown; readonly decimals: unknown };
};

interface BandTemplate {
  /** The band's grid values `first … last` (integers `k` of `k / 10^decimals`), as numbers. */
  readonly first: number;
  readonly last: number;
  readonly template: Template;
  readonly make: Maker;
}

/** The shapes of the built-in scales' classifications: with a zone, the same with a qualifier, without a zone. */
const LITERALS: readonly Maker[] = [
  (t, value) => ({
    value,
    category: t.category,
    label: t.label,
    labelEn: t.labelEn,
    zone: t.zone,
    zoneLabel: t.zoneLabel,
    zoneLabelEn: t.zoneLabelEn,
    zoneColor: t.zoneColor,
    color: t.color,
    bounds: t.bounds,
    scale: t.scale,
    rounding: t.rounding,
  }),
  (t, value) => ({
    value,
    category: t.category,
    label: t.label,
    labelEn: t.labelEn,
    qualifier: t.qualifier,
    zone: t.zone,
    zoneLabel: t.zoneLabel,
    zoneLabelEn: t.zoneLabelEn,
    zoneColor: t.zoneColor,
    color: t.color,
    bounds: t.bounds,
    scale: t.scale,
    rounding: t.rounding,
  }),
  (t, value) => ({
    value,
    category: t.category,
    label: t.label,
    labelEn: t.labelEn,
    color: t.color,
    bounds: t.bounds,
    scale: t.scale,
    rounding: t.rounding,
  }),
];

/** Classifies the grid integer `k` (|k| ≤ 2^49) on the scale: a fresh object each call. */
export type GridClassifier = (k: number) => Classification;

/** Per compiled scale: the classifier without and with the follow-up qualifier. */
const cache = /*#__PURE__*/ new WeakMap<CompiledScale, [GridClassifier | null | undefined, GridClassifier | null | undefined]>();

/**
 * The classifier of grid integers on `c` (qualified by its follow-up qualifier when
 * `qualified`), or undefined when the scale's decimals have no exact power of ten or a band's
 * classification has a shape no literal here builds.
 */
export function gridClassifier(c: CompiledScale, qualified: boolean): GridClassifier | undefined {
  let entry = cache.get(c);
  if (entry === undefined) cache.set(c, (entry = [undefined, undefined]));
  const slot = qualified ? 1 : 0;
  let f = entry[slot];
  if (f === undefined) entry[slot] = f = build(c, qualified) ?? null;
  return f ?? undefined;
}

function build(c: CompiledScale, qualified: boolean): GridClassifier | undefined {
  const p10 = gridScale(c.decimals);
  if (p10 === undefined) return undefined;
  const bands: BandTemplate[] = [];
  for (const b of c.bands) {
    if (b.first > b.last) continue; // holds no grid value
    const template = classifyScaled(b.first, c, 'score', qualified) as unknown as Template;
    const value = template['value'];
    if (typeof value !== 'number') return undefined;
    const make = LITERALS.find((f) => fits(f, template, value));
    if (make === undefined) return undefined;
    // Number() is monotone and exact below 2^53, so comparisons with |k| ≤ 2^49 stay exact.
    bands.push({ first: Number(b.first), last: Number(b.last), template, make });
  }
  const count = bands.length;
  return (k: number): Classification => {
    // Bands are sorted by `first` and do not overlap: the last band starting at or below k.
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bands[mid]!.first <= k) lo = mid;
      else hi = mid - 1;
    }
    const band = bands[lo];
    // Outside every band (impossible for a validated scale): the classifier's own error.
    if (band === undefined || k < band.first || k > band.last) return classifyScaled(BigInt(k), c, 'score', qualified);
    // scaledToNumber: one exact division, never -0.
    return band.make(band.template, k / p10 + 0) as unknown as Classification;
  };
}

/** Whether the literal `f` builds `template` (a literal reading a field the template lacks does not). */
function fits(f: Maker, template: Template, value: number): boolean {
  try {
    return same(f(template, value), template);
  } catch {
    return false;
  }
}

/** Whether `a` and `b` have the same own keys in the same order and the same values (plain objects compared so, deeply). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((key, i) => key === kb[i] && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
