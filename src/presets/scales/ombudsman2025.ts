import { trustedScale } from '../../classification/internal/trustedScale.js';
import { ZONE_COLORS } from '../../classification/zone.js';

const BANDS_SOURCE =
  'Peraturan Ombudsman 61/2025; published 2025 results (lampost.co, Feb 2026) show the same numeric A–E bands as 2022–2024; domain reference §3';
const ZONES_SOURCE = 'suarapancasila.id, 28 Jan 2026: an Ombudsman member at the release of the 2025 results; domain reference §3';
const zone = {
  confidence: 'single-source',
  source: ZONES_SOURCE,
  note: 'One source [1]; contested by an October 2025 statement that the 2025 survey would no longer produce colour zones.',
} as const;
const bands = {
  confidence: 'inferred',
  source: BANDS_SOURCE,
  note: 'Same numeric bands and labels as 2022–2024, as far as published 2025 results show; no source states the 2025 table.',
} as const;

/**
 * Ombudsman RI "Opini Ombudsman" categories from 2025 (Peraturan Ombudsman 61/2025): the
 * 2022–2024 A–E bands (A 88.00–100 … E 0–31.99), which published 2025 results follow
 * (`inferred`). Four colour zones, as an Ombudsman member stated them at the release (28
 * January 2026): hijau 78.00–100 (A, B), kuning 54.00–77.99 (C), merah 32.00–53.99 (D) and
 * the new hitam 0–31.99 (E). They rest on that single source and are contested (an October
 * 2025 statement said the zones would end), so `zoneProvenance` is `disputed` and each zone's
 * provenance `single-source`. The follow-up qualifier "Tanpa Maladministrasi" is added to
 * the label when the entity followed up the Ombudsman's corrective actions.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(93.1, scales.ombudsman2025).label; // "Kualitas Tertinggi"
 * classify(93.1, scales.ombudsman2025, { followedUpCorrectiveActions: true }).label; // "Kualitas Tertinggi Tanpa Maladministrasi"
 * scales.ombudsman2025.zoneProvenance?.confidence; // "disputed"
 * classify(31.99, scales.ombudsman2025).zone; // "hitam"
 * classify(32, scales.ombudsman2025).zone; // "merah"
 * ```
 * @category Scales
 */
export const ombudsman2025 = /*#__PURE__*/ (() => trustedScale({
  id: 'ombudsman2025',
  name: 'Ombudsman RI — Opini Ombudsman (Peraturan Ombudsman 61/2025)',
  min: 0,
  max: 100,
  decimals: 2,
  rounding: 'halfUp',
  bands: [
    { category: 'A', label: 'Kualitas Tertinggi', labelEn: 'Highest quality', zone: 'hijau', color: ZONE_COLORS.hijau, min: 88, max: 100, minInclusive: true, maxInclusive: true, provenance: bands },
    { category: 'B', label: 'Kualitas Tinggi', labelEn: 'High quality', zone: 'hijau', color: ZONE_COLORS.hijau, min: 78, max: 87.99, minInclusive: true, maxInclusive: true, provenance: bands },
    { category: 'C', label: 'Kualitas Sedang', labelEn: 'Moderate quality', zone: 'kuning', color: ZONE_COLORS.kuning, min: 54, max: 77.99, minInclusive: true, maxInclusive: true, provenance: bands },
    { category: 'D', label: 'Kualitas Rendah', labelEn: 'Low quality', zone: 'merah', color: ZONE_COLORS.merah, min: 32, max: 53.99, minInclusive: true, maxInclusive: true, provenance: bands },
    { category: 'E', label: 'Kualitas Terendah', labelEn: 'Lowest quality', zone: 'hitam', color: '#212121', min: 0, max: 31.99, minInclusive: true, maxInclusive: true, provenance: bands },
  ],
  zones: [
    { id: 'hijau', label: 'Zona Hijau', labelEn: 'Green zone', color: ZONE_COLORS.hijau, order: 0, min: 78, max: 100, minInclusive: true, maxInclusive: true, provenance: zone },
    { id: 'kuning', label: 'Zona Kuning', labelEn: 'Yellow zone', color: ZONE_COLORS.kuning, order: 1, min: 54, max: 77.99, minInclusive: true, maxInclusive: true, provenance: zone },
    { id: 'merah', label: 'Zona Merah', labelEn: 'Red zone', color: ZONE_COLORS.merah, order: 2, min: 32, max: 53.99, minInclusive: true, maxInclusive: true, provenance: zone },
    { id: 'hitam', label: 'Zona Hitam', labelEn: 'Black zone', color: '#212121', order: 3, min: 0, max: 31.99, minInclusive: true, maxInclusive: true, provenance: zone },
  ],
  provenance: bands,
  zoneProvenance: {
    confidence: 'disputed',
    source: `Sources conflict [1 vs 1] on whether the colour zones continue in 2025; the zones are those of ${ZONES_SOURCE}`,
    note: 'Single source, contested: in October 2025 another Ombudsman member said the 2025 survey would no longer produce colour zones; after the release regional offices still spoke of "zona hijau". The four zones (hitam new for E) follow the latest statement; do not present them as settled.',
  },
  followUpQualifier: {
    label: 'Tanpa Maladministrasi',
    labelEn: 'without maladministration',
    provenance: {
      confidence: 'multiple-sources',
      source: 'imalut.com and other 2025 reports ("Kualitas Tertinggi Tanpa Maladministrasi"); domain reference §3',
      note: 'Added to the opinion when the entity followed up the Ombudsman\'s corrective actions.',
    },
  },
}))();
