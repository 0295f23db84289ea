import { trustedScale } from '../../classification/internal/trustedScale.js';
import { ZONE_COLORS } from '../../classification/zone.js';

const SOURCE =
  'Ombudsman RI "Opini Pengawasan" table (kominfo.munabarat.go.id 2024; magelangekspres quoting the Ombudsman); checked against 144 published results; domain reference §2';

/**
 * Ombudsman RI opinion categories used 2022–2024 (and, as far as published results show,
 * 2025): A "Kualitas Tertinggi" 88.00–100, B "Kualitas Tinggi" 78.00–87.99 (both hijau),
 * C "Kualitas Sedang" 54.00–77.99 (kuning), D "Kualitas Rendah" 32.00–53.99 and E "Kualitas
 * Terendah" 0–31.99 (merah). Two-decimal scores, lower bounds inclusive.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(88.01, scales.ombudsman2022).category; // "A"
 * classify(77.43, scales.ombudsman2022).zone; // "kuning"
 * classify(31.98, scales.ombudsman2022).category; // "E"
 * ```
 * @category Scales
 */
export const ombudsman2022 = /*#__PURE__*/ (() => trustedScale({
  id: 'ombudsman2022',
  name: 'Ombudsman RI — Opini Pengawasan Penyelenggaraan Pelayanan Publik (2022–2024)',
  min: 0,
  max: 100,
  decimals: 2,
  rounding: 'halfUp',
  bands: [
    { category: 'A', label: 'Kualitas Tertinggi', labelEn: 'Highest quality', zone: 'hijau', color: ZONE_COLORS.hijau, min: 88, max: 100, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
    { category: 'B', label: 'Kualitas Tinggi', labelEn: 'High quality', zone: 'hijau', color: ZONE_COLORS.hijau, min: 78, max: 87.99, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
    { category: 'C', label: 'Kualitas Sedang', labelEn: 'Moderate quality', zone: 'kuning', color: ZONE_COLORS.kuning, min: 54, max: 77.99, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
    { category: 'D', label: 'Kualitas Rendah', labelEn: 'Low quality', zone: 'merah', color: ZONE_COLORS.merah, min: 32, max: 53.99, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
    { category: 'E', label: 'Kualitas Terendah', labelEn: 'Lowest quality', zone: 'merah', color: ZONE_COLORS.merah, min: 0, max: 31.99, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
  ],
  // The classic zones (CLASSIC_ZONES), each spanning its bands, best first.
  zones: [
    { id: 'hijau', label: 'Zona Hijau', labelEn: 'Green zone', color: ZONE_COLORS.hijau, order: 0, min: 78, max: 100, minInclusive: true, maxInclusive: true },
    { id: 'kuning', label: 'Zona Kuning', labelEn: 'Yellow zone', color: ZONE_COLORS.kuning, order: 1, min: 54, max: 77.99, minInclusive: true, maxInclusive: true },
    { id: 'merah', label: 'Zona Merah', labelEn: 'Red zone', color: ZONE_COLORS.merah, order: 2, min: 0, max: 53.99, minInclusive: true, maxInclusive: true },
  ],
  provenance: { confidence: 'multiple-sources', source: SOURCE },
}))();
