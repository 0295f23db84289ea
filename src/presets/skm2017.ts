import { trustedMethodology } from '../model/internal/trusted.js';
import type { IndicatorSpec } from '../model/methodology.js';
import type { Provenance } from '../provenance/provenance.js';
import { skm2017 as scale } from './scales/skm2017.js';

const REG = 'PermenPANRB 14/2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat; minerba.esdm.go.id (domain reference §6)';
const ELEMENT: Provenance = { confidence: 'regulation', source: REG, note: 'Each of the nine elements weighs exactly 1/9; answers 1–4.' };
const ordinal = { kind: 'ordinal', min: 1, max: 4 } as const;

/** One element; its id keeps its literal type, so the preset's ids are a literal union. */
const element = <const Id extends string>(id: Id, name: string, nameEn: string): IndicatorSpec<Id> => ({ id, name, nameEn, weight: '1/9', answer: ordinal, provenance: ELEMENT });

/**
 * The citizen-satisfaction survey SKM (Survei Kepuasan Masyarakat, PermenPANRB 14/2017):
 * nine elements ("unsur") answered 1–4 by each respondent; per element the mean answer (NRR);
 * IKM = (Σ NRR × 1/9) × 25 on 25–100, rounded half-up to 2 decimals, classified A–D on
 * {@link kepatuhan!scales}.skm2017. The weights are exact 1/9 (not 0.111).
 *
 * Score raw questionnaires with {@link kepatuhan!scoreSurvey} (per-element NRR, exact); {@link kepatuhan!scoreUnit}
 * scores one questionnaire (or answers that are already means on the 1–4 grid).
 *
 * @example
 * ```ts
 * import { presets, scoreSurvey } from 'kepatuhan';
 * const r = scoreSurvey(presets.skm2017, [
 *   { persyaratan: 4, prosedur: 3, waktu: 3, biaya: 4, produk: 3, kompetensi: 4, perilaku: 4, sarana: 3, pengaduan: 3 },
 *   { persyaratan: 3, prosedur: 3, waktu: 4, biaya: 4, produk: 3, kompetensi: 3, perilaku: 4, sarana: 3, pengaduan: 4 },
 * ]);
 * r.elements[0]?.nrr; // 3.5
 * r.score; // 86.11 — (62 / 2 / 9) × 25 = 86.111…
 * r.classification.label; // "Baik"
 * ```
 * @category Presets
 */
export const skm2017 = /*#__PURE__*/ (() => trustedMethodology({
  id: 'skm2017',
  name: 'Survei Kepuasan Masyarakat — Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)',
  version: '2017',
  assessment: 'skm',
  years: { from: 2017 },
  output: { min: 25, max: 100 },
  weights: { total: 1, tolerance: 0, renormalize: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  scale,
  provenance: {
    confidence: 'regulation',
    source: REG,
    note: 'IKM = (Σ NRR / 9) × 25, NRR = mean answer of an element over its respondents; the score is reported to 2 decimals (half-up assumed).',
  },
  notes: 'Before 2017 the survey followed KepMenPAN 25/2004 (14 elements): no preset covers it.',
  dimensions: [
    {
      id: 'unsur',
      name: 'Unsur Pelayanan',
      nameEn: 'Service elements',
      weight: 1,
      provenance: { confidence: 'regulation', source: REG, note: 'A single group: the nine elements.' },
      variables: [
        {
          id: 'unsur.skm',
          name: 'Unsur Survei Kepuasan Masyarakat',
          nameEn: 'Survey elements',
          indicators: [
            element('persyaratan', 'Persyaratan', 'Requirements'),
            element('prosedur', 'Sistem, mekanisme, dan prosedur', 'System, mechanism and procedure'),
            element('waktu', 'Waktu penyelesaian', 'Completion time'),
            element('biaya', 'Biaya/tarif', 'Cost/fee'),
            element('produk', 'Produk spesifikasi jenis pelayanan', 'Service product'),
            element('kompetensi', 'Kompetensi pelaksana', 'Staff competence'),
            element('perilaku', 'Perilaku pelaksana', 'Staff behaviour'),
            element('sarana', 'Sarana dan prasarana', 'Facilities'),
            element('pengaduan', 'Penanganan pengaduan, saran, dan masukan', 'Handling of complaints and suggestions'),
          ],
        },
      ],
    },
  ],
}))();
