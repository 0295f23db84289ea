/**
 * The Ombudsman's colour zones: green (`hijau`), yellow (`kuning`), red (`merah`).
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
 * Every zone, best first.
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
 * Display colours of the zones (hex), used by the built-in scales.
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
