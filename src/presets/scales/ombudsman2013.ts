import { trustedScale } from '../../classification/internal/trustedScale.js';
import { ZONE_COLORS } from '../../classification/zone.js';

const SOURCE = 'Ombudsman RI compliance results 2013–2021 as published (langgam.id; papuabaratnews.co); domain reference §1';

/**
 * Ombudsman RI compliance zones used 2013–2021 (zones only, no categories): hijau
 * "Kepatuhan Tinggi" 81.00–100, kuning "Kepatuhan Sedang" 51.00–80.99, merah "Kepatuhan
 * Rendah" 0–50.99; two-decimal scores, lower bounds inclusive. The band's `category` is the
 * zone key.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(80.99, scales.ombudsman2013).zone; // "kuning"
 * classify(81, scales.ombudsman2013).label; // "Kepatuhan Tinggi"
 * ```
 * @category Scales
 */
export const ombudsman2013 = /*#__PURE__*/ (() => trustedScale({
  id: 'ombudsman2013',
  name: 'Ombudsman RI — Zona Kepatuhan Standar Pelayanan (2013–2021)',
  min: 0,
  max: 100,
  decimals: 2,
  rounding: 'halfUp',
  bands: [
    { category: 'hijau', label: 'Kepatuhan Tinggi', labelEn: 'High compliance', zone: 'hijau', color: ZONE_COLORS.hijau, min: 81, max: 100, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
    { category: 'kuning', label: 'Kepatuhan Sedang', labelEn: 'Moderate compliance', zone: 'kuning', color: ZONE_COLORS.kuning, min: 51, max: 80.99, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
    { category: 'merah', label: 'Kepatuhan Rendah', labelEn: 'Low compliance', zone: 'merah', color: ZONE_COLORS.merah, min: 0, max: 50.99, minInclusive: true, maxInclusive: true, provenance: { confidence: 'multiple-sources', source: SOURCE } },
  ],
  // The classic zones (CLASSIC_ZONES), one band each, best first.
  zones: [
    { id: 'hijau', label: 'Zona Hijau', labelEn: 'Green zone', color: ZONE_COLORS.hijau, order: 0, min: 81, max: 100, minInclusive: true, maxInclusive: true },
    { id: 'kuning', label: 'Zona Kuning', labelEn: 'Yellow zone', color: ZONE_COLORS.kuning, order: 1, min: 51, max: 80.99, minInclusive: true, maxInclusive: true },
    { id: 'merah', label: 'Zona Merah', labelEn: 'Red zone', color: ZONE_COLORS.merah, order: 2, min: 0, max: 50.99, minInclusive: true, maxInclusive: true },
  ],
  provenance: { confidence: 'multiple-sources', source: SOURCE },
  notes: 'Quotes that write "80,9 / 50,9" or "50–80" are loose renderings; as written they leave gaps.',
}))();
