import { defineScale } from '../../classification/defineScale.js';
import { ZONE_COLORS } from '../../classification/zone.js';

const BANDS_SOURCE =
  'Peraturan Ombudsman 61/2025; published 2025 results (lampost.co, Feb 2026) show the same numeric A–E bands as 2022–2024; domain reference §3';
const bands = {
  confidence: 'inferred',
  source: BANDS_SOURCE,
  note: 'Same numeric bands and labels as 2022–2024, as far as published 2025 results show; no source states the 2025 table.',
} as const;

/**
 * Ombudsman RI "Opini Ombudsman" categories from 2025 (Peraturan Ombudsman 61/2025): the
 * 2022–2024 A–E bands (A 88.00–100 … E 0–31.99), which published 2025 results follow
 * (`inferred`). The colour zones are kept but marked disputed in `zoneProvenance` — sources
 * conflict on whether they continue in 2025. The follow-up qualifier "Tanpa Maladministrasi"
 * is added to the label when the entity followed up the Ombudsman's corrective actions.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(93.1, scales.ombudsman2025).label; // "Kualitas Tertinggi"
 * classify(93.1, scales.ombudsman2025, { followedUpCorrectiveActions: true }).label; // "Kualitas Tertinggi Tanpa Maladministrasi"
 * scales.ombudsman2025.zoneProvenance?.confidence; // "disputed"
 * ```
 * @category Scales
 */
export const ombudsman2025 = /*#__PURE__*/ (() => defineScale({
  id: 'ombudsman2025',
  name: 'Ombudsman RI — Opini Ombudsman (Peraturan Ombudsman 61/2025)',
  min: 0,
  max: 100,
  decimals: 2,
  rounding: 'halfUp',
  provenance: bands,
  zoneProvenance: {
    confidence: 'disputed',
    source: 'Sources conflict [1 vs 1] on whether the colour zones continue in 2025 (domain reference §3)',
    note: 'Zones shown are the 2022–2024 mapping (A, B hijau; C kuning; D, E merah). Do not present them as official for 2025.',
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
  bands: [
    { category: 'A', label: 'Kualitas Tertinggi', labelEn: 'Highest quality', zone: 'hijau', color: ZONE_COLORS.hijau, min: 88, max: 100, provenance: bands },
    { category: 'B', label: 'Kualitas Tinggi', labelEn: 'High quality', zone: 'hijau', color: ZONE_COLORS.hijau, min: 78, max: 87.99, provenance: bands },
    { category: 'C', label: 'Kualitas Sedang', labelEn: 'Moderate quality', zone: 'kuning', color: ZONE_COLORS.kuning, min: 54, max: 77.99, provenance: bands },
    { category: 'D', label: 'Kualitas Rendah', labelEn: 'Low quality', zone: 'merah', color: ZONE_COLORS.merah, min: 32, max: 53.99, provenance: bands },
    { category: 'E', label: 'Kualitas Terendah', labelEn: 'Lowest quality', zone: 'merah', color: ZONE_COLORS.merah, min: 0, max: 31.99, provenance: bands },
  ],
}))();
