import type { Provenance } from '../provenance/provenance.js';

/**
 * The classic colour zones of the Ombudsman's 2013–2024 scales: green (`hijau`), yellow
 * (`kuning`), red (`merah`). A scale may declare other zones (Ombudsman 2025 adds `hitam`,
 * domain reference §3): the zone of a classification is typed by its scale, not by this
 * union (see {@link ZoneSpec}).
 *
 * @example
 * ```ts
 * import type { Zone } from 'kepatuhan';
 * const z: Zone = 'hijau';
 * ```
 * @category Classification
 */
export type Zone = 'hijau' | 'kuning' | 'merah';

/**
 * The classic three zones, best first (what `scales.ombudsman2013` and `scales.ombudsman2022`
 * use). A scale's own zones are in its `zones`, e.g. `scales.ombudsman2025.zones` has four.
 *
 * @example
 * ```ts
 * import { ZONES } from 'kepatuhan';
 * ZONES.indexOf('kuning'); // 1
 * ```
 * @category Classification
 */
export const ZONES: readonly Zone[] = /*#__PURE__*/ Object.freeze(['hijau', 'kuning', 'merah']);

/**
 * Display colours of the classic three zones (hex), used by the built-in scales.
 *
 * @example
 * ```ts
 * import { ZONE_COLORS } from 'kepatuhan';
 * ZONE_COLORS.hijau; // "#2E7D32"
 * ```
 * @category Classification
 */
export const ZONE_COLORS: Readonly<Record<Zone, string>> = /*#__PURE__*/ Object.freeze({
  hijau: '#2E7D32',
  kuning: '#F9A825',
  merah: '#C62828',
});

/**
 * A colour zone a scale declares: its id (what bands name in `zone`), official and English
 * labels, display colour and, optionally, the range its source states. A scale lists its
 * zones best first (highest scores first); each zone must hold one unbroken run of bands.
 * A stated `min`/`max` is checked against the zone's bands and the other zones, so a
 * misprinted range (kuning "54.00–79.99" next to hijau 78.00–100) is rejected.
 *
 * @example
 * ```ts
 * import type { ZoneSpec } from 'kepatuhan';
 * const hitam: ZoneSpec<'hitam'> = { id: 'hitam', label: 'Zona Hitam', labelEn: 'Black zone', color: '#212121', min: 0, max: 31.99 };
 * ```
 * @category Classification
 */
export interface ZoneSpec<Z extends string = string> {
  /** Id the bands name in `zone`, unique in the scale (`'hijau'`). */
  readonly id: Z;
  /** Official (Indonesian) label, e.g. `'Zona Hijau'`. */
  readonly label: string;
  /** English label; defaults to the official label. */
  readonly labelEn?: string;
  /** Display colour (any CSS colour). */
  readonly color?: string;
  /** Lowest score of the zone as its source states it; checked against the zone's bands. */
  readonly min?: number | string;
  /** Highest score of the zone as its source states it; checked against the zone's bands. */
  readonly max?: number | string;
  /** Whether the stated `min` itself belongs to the zone; default true (as for a band). */
  readonly minInclusive?: boolean;
  /** Whether the stated `max` itself belongs to the zone; default true. */
  readonly maxInclusive?: boolean;
  /** Where the zone comes from. */
  readonly provenance?: Provenance;
}

/**
 * A zone of a validated {@link Scale}: its labels and colour, its range (from its bands, and
 * equal to the stated range when one was given), and its `order` (0 for the best zone). A
 * validated scale is itself a valid spec: its zones read back with their ranges stated.
 *
 * @example
 * ```ts
 * import { scales } from 'kepatuhan';
 * scales.ombudsman2025.zones.map((z) => z.id); // ["hijau", "kuning", "merah", "hitam"]
 * scales.ombudsman2025.zones[3]?.max; // 31.99
 * ```
 * @category Classification
 */
export interface ScaleZone<Z extends string = string> {
  readonly id: Z;
  readonly label: string;
  readonly labelEn: string;
  readonly color?: string;
  /** Position in the scale's list, 0 for the best (highest) zone. */
  readonly order: number;
  /** Lower bound of the zone's lowest band. */
  readonly min: number;
  /** Upper bound of the zone's highest band. */
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly provenance?: Provenance;
}

/**
 * The classic three zones as {@link ZoneSpec}s ("Zona Hijau", "Zona Kuning", "Zona Merah",
 * colours from {@link ZONE_COLORS}), best first: pass them as a scale's `zones`. A scale
 * whose bands name zones without declaring `zones` gets these.
 *
 * @example
 * ```ts
 * import { CLASSIC_ZONES, defineScale, classify } from 'kepatuhan';
 * const s = defineScale({
 *   id: 'two', name: 'Two zones', min: 0, max: 100, zones: CLASSIC_ZONES,
 *   bands: [
 *     { category: 'ok', label: 'Baik', zone: 'hijau', min: 50, max: 100 },
 *     { category: 'mid', label: 'Sedang', zone: 'kuning', min: 20, max: 49.99 },
 *     { category: 'low', label: 'Buruk', zone: 'merah', min: 0, max: 19.99 },
 *   ],
 * });
 * classify(50, s).zoneLabel; // "Zona Hijau"
 * ```
 * @category Classification
 */
export const CLASSIC_ZONES: readonly [ZoneSpec<'hijau'>, ZoneSpec<'kuning'>, ZoneSpec<'merah'>] = /*#__PURE__*/ Object.freeze([
  // The colours of ZONE_COLORS, written out: reading ZONE_COLORS.hijau here would keep this list
  // in every bundle that imports the module (a property read may run a getter).
  /*#__PURE__*/ Object.freeze({ id: 'hijau', label: 'Zona Hijau', labelEn: 'Green zone', color: '#2E7D32' }),
  /*#__PURE__*/ Object.freeze({ id: 'kuning', label: 'Zona Kuning', labelEn: 'Yellow zone', color: '#F9A825' }),
  /*#__PURE__*/ Object.freeze({ id: 'merah', label: 'Zona Merah', labelEn: 'Red zone', color: '#C62828' }),
] as const);
