import { trustedScale } from '../../classification/internal/trustedScale.js';

const SOURCE = 'PermenPANRB 14/2017 (Survei Kepuasan Masyarakat), quality bands; minerba.esdm.go.id; domain reference §6';
const p = { confidence: 'regulation', source: SOURCE } as const;

/**
 * SKM / IKM citizen-satisfaction bands (PermenPANRB 14/2017) on the 25–100 index:
 * A "Sangat Baik" 88.31–100, B "Baik" 76.61–88.30, C "Kurang Baik" 65.00–76.60,
 * D "Tidak Baik" 25.00–64.99.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(88.31, scales.skm2017).category; // "A"
 * classify(88.3, scales.skm2017).category; // "B"
 * ```
 * @category Scales
 */
export const skm2017 = /*#__PURE__*/ (() => trustedScale({
  id: 'skm2017',
  name: 'Survei Kepuasan Masyarakat — Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)',
  min: 25,
  max: 100,
  decimals: 2,
  rounding: 'halfUp',
  bands: [
    { category: 'A', label: 'Sangat Baik', labelEn: 'Very good', color: '#2E7D32', min: 88.31, max: 100, minInclusive: true, maxInclusive: true, provenance: p },
    { category: 'B', label: 'Baik', labelEn: 'Good', color: '#7CB342', min: 76.61, max: 88.3, minInclusive: true, maxInclusive: true, provenance: p },
    { category: 'C', label: 'Kurang Baik', labelEn: 'Below good', color: '#F9A825', min: 65, max: 76.6, minInclusive: true, maxInclusive: true, provenance: p },
    { category: 'D', label: 'Tidak Baik', labelEn: 'Not good', color: '#C62828', min: 25, max: 64.99, minInclusive: true, maxInclusive: true, provenance: p },
  ],
  zones: [],
  provenance: p,
}))();
