import { trustedScale } from '../../classification/internal/trustedScale.js';

const SOURCE = 'PermenPANRB 29/2022 (amended by 4/2023), category table; idth.id, topsatu.com; domain reference §5';
const p = { confidence: 'regulation', source: SOURCE } as const;

/**
 * KemenPAN-RB PEKPPP / Indeks Pelayanan Publik categories (PermenPANRB 29/2022, amended by
 * 4/2023) on the 0–5 index: nine bands A … F. Written on the two-decimal grid ("4.51 – 5.00"),
 * so each band's lower bound is open: 4.50 itself is A-, unlike the Ombudsman table.
 *
 * @example
 * ```ts
 * import { classify, scales } from 'kepatuhan';
 * classify(4.51, scales.pekppp2022).category; // "A" (Pelayanan Prima)
 * classify(4.5, scales.pekppp2022).category; // "A-"
 * classify(4.44, scales.pekppp2022).label; // "Sangat Baik"
 * ```
 * @category Scales
 */
export const pekppp2022 = /*#__PURE__*/ (() => trustedScale({
  id: 'pekppp2022',
  name: 'KemenPAN-RB — Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PermenPANRB 29/2022)',
  min: 0,
  max: 5,
  decimals: 2,
  rounding: 'halfUp',
  bands: [
    { category: 'A', label: 'Pelayanan Prima', labelEn: 'Excellent service', color: '#1B5E20', min: 4.5, max: 5, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'A-', label: 'Sangat Baik', labelEn: 'Very good', color: '#388E3C', min: 4, max: 4.5, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'B', label: 'Baik', labelEn: 'Good', color: '#689F38', min: 3.5, max: 4, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'B-', label: 'Baik (dengan catatan)', labelEn: 'Good (with notes)', color: '#AFB42B', min: 3, max: 3.5, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'C', label: 'Cukup', labelEn: 'Fair', color: '#FBC02D', min: 2.5, max: 3, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'C-', label: 'Cukup (dengan catatan)', labelEn: 'Fair (with notes)', color: '#FFA000', min: 2, max: 2.5, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'D', label: 'Buruk', labelEn: 'Poor', color: '#F57C00', min: 1.5, max: 2, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'E', label: 'Sangat Buruk', labelEn: 'Very poor', color: '#E64A19', min: 1, max: 1.5, minInclusive: false, maxInclusive: true, provenance: p },
    { category: 'F', label: 'Gagal', labelEn: 'Failed', color: '#B71C1C', min: 0, max: 1, minInclusive: true, maxInclusive: true, provenance: p },
  ],
  zones: [],
  provenance: p,
}))();
