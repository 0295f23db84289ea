import { trustedMethodology } from '../model/internal/trusted.js';
import { DECK, DIMENSION_WEIGHT, FORMULA, INTERVAL_0_3, NOTES, OUTPUT, PENGADUAN, PROSES } from './internal/opiniPengawasan.js';
import { ombudsman2022 as scale } from './scales/ombudsman2022.js';

const LIST_2022 =
  'The 2022 Input list is read from the 2023 deck: one of its slides still counts 5 Kompetensi Pelaksana and 8 Sarana Prasarana indicators (the others say 6 + 9), the recommendations indicator is listed for 2023 only, and quality assurance stood where 2023 has compensation [1]. Single source: override if you have the 2022 instrument.';
const KNOWN = {
  confidence: 'assumed',
  source: DECK,
  note: `12.22 % of Input is the weight in the 2023 instrument [1]; assumed unchanged in 2022. ${LIST_2022}`,
} as const;
const NAMED = {
  confidence: 'assumed',
  source: DECK,
  note: `Indicator weights inside Input are not public: the remaining 87.78 % is split equally over the other 12 indicators (87.78 % / 12). Override with your own weights. ${LIST_2022}`,
} as const;
const UNNAMED = {
  confidence: 'assumed',
  source: DECK,
  note: `A placeholder for a Sarana Prasarana indicator whose name is not public; its weight is an equal share of the remaining 87.78 % (87.78 % / 12). Override with your own indicators and weights. ${LIST_2022}`,
} as const;

/**
 * The Ombudsman RI "Opini Pengawasan Penyelenggaraan Pelayanan Publik" methodology of 2022,
 * the first year of the four dimensions and the A–E categories: Input 21.85 % (Kompetensi
 * Pelaksana, 5 indicators, and Sarana Prasarana, 8), Proses 32.37 % (Standar Pelayanan, 11),
 * Output 24.24 % (Persepsi Maladministrasi), Pengaduan 21.54 % (Pengelolaan Pengaduan),
 * every indicator on the 0–3 interval, unit score = Σ dimension weight × Σ indicator weight ×
 * answer / 3 × 100, rounded half-up to 2 decimals, classified A–E with zones
 * ({@link kepatuhan!scales}.ombudsman2022). From 2023 the Input list grew to 6 + 9:
 * {@link kepatuhan!presets}.ombudsman2023.
 *
 * The 2022 Input list is single-source: read from the 2023 deck, which still counts 5 + 8 on
 * one slide, lists the recommendations indicator for 2023 only and names quality assurance
 * for 2022 where 2023 has compensation (domain reference §2). Only the dimension weights are
 * public for 2022; every indicator weight (12.22 % for the service-standard knowledge, taken
 * from 2023, and equal splits for the rest) is marked `assumed` in its `provenance`, and so
 * are the names the sources do not give. Override them with {@link kepatuhan!defineMethodology};
 * {@link kepatuhan!describeProvenance} lists which numbers are official.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * scoreUnit(m, best).score; // 100
 * m.dimensions[0]?.variables.map((v) => v.indicators.length); // [5, 8]
 * m.scale.id; // "ombudsman2022"
 * ```
 * @category Presets
 */
export const ombudsman2022 = /*#__PURE__*/ (() => trustedMethodology({
  id: 'ombudsman2022',
  name: 'Ombudsman RI — Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (Opini Pengawasan), 2022',
  version: '2022',
  assessment: 'ombudsman',
  years: { from: 2022, to: 2022 },
  output: { min: 0, max: 100 },
  weights: { total: 100, tolerance: 0, renormalize: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  scale,
  provenance: FORMULA,
  notes: NOTES,
  dimensions: [
    {
      id: 'input',
      name: 'Input',
      weight: 21.85,
      provenance: DIMENSION_WEIGHT,
      notes: 'Evidence: interviews with 4 officials per unit, observation. 2022 list: 5 Kompetensi Pelaksana and 8 Sarana Prasarana indicators [1].',
      variables: [
        {
          id: 'input.kompetensi',
          name: 'Kompetensi Pelaksana',
          nameEn: 'Staff competence',
          indicators: [
            {
              id: 'input.kompetensi.standarPelayanan',
              name: 'Pengetahuan tentang komponen standar pelayanan',
              nameEn: 'Knowledge of the components of the service standard',
              weight: 12.22,
              answer: INTERVAL_0_3,
              provenance: KNOWN,
            },
            { id: 'input.kompetensi.tugasJabatan', name: 'Pengetahuan tentang tugas dan kewenangan jabatan', nameEn: "Knowledge of the position's duties and authority", weight: '87.78/12', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.kompetensi.ombudsman', name: 'Pengetahuan tentang lembaga Ombudsman', nameEn: 'Knowledge of the Ombudsman', weight: '87.78/12', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.kompetensi.maladministrasi', name: 'Pengetahuan tentang bentuk-bentuk maladministrasi', nameEn: 'Knowledge of the forms of maladministration', weight: '87.78/12', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.kompetensi.kelompokRentan', name: 'Pengetahuan tentang layanan yang ramah kelompok rentan', nameEn: 'Knowledge of service friendly to vulnerable groups', weight: '87.78/12', answer: INTERVAL_0_3, provenance: NAMED },
          ],
        },
        {
          id: 'input.sarpras',
          name: 'Sarana Prasarana',
          nameEn: 'Facilities and resources',
          notes: '8 indicators in 2022; 4 are named in public sources [1]: the other 4 are placeholders (lainnya1 … lainnya4).',
          indicators: [
            { id: 'input.sarpras.pengawasanInternal', name: 'Frekuensi pengawasan internal', nameEn: 'Frequency of internal supervision', weight: '87.78/12', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.sarpras.jumlahPelaksana', name: 'Ketersediaan jumlah pelaksana sesuai analisis beban kerja', nameEn: 'Staff numbers per workload analysis', weight: '87.78/12', answer: INTERVAL_0_3, provenance: NAMED },
            {
              id: 'input.sarpras.jaminanPelayanan',
              name: 'Ketersediaan jaminan pelayanan',
              nameEn: 'Service quality assurance',
              weight: '87.78/12',
              answer: INTERVAL_0_3,
              provenance: NAMED,
              notes: 'In the 2022 list; replaced by compensation (kompensasi) in 2023 [1].',
            },
            { id: 'input.sarpras.keamananKeselamatan', name: 'Ketersediaan jaminan keamanan dan keselamatan pelayanan', nameEn: 'Security and safety guarantees', weight: '87.78/12', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.sarpras.lainnya1', name: 'Sarana Prasarana — indikator lain 1 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 1 (name not public)', weight: '87.78/12', answer: INTERVAL_0_3, provenance: UNNAMED },
            { id: 'input.sarpras.lainnya2', name: 'Sarana Prasarana — indikator lain 2 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 2 (name not public)', weight: '87.78/12', answer: INTERVAL_0_3, provenance: UNNAMED },
            { id: 'input.sarpras.lainnya3', name: 'Sarana Prasarana — indikator lain 3 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 3 (name not public)', weight: '87.78/12', answer: INTERVAL_0_3, provenance: UNNAMED },
            { id: 'input.sarpras.lainnya4', name: 'Sarana Prasarana — indikator lain 4 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 4 (name not public)', weight: '87.78/12', answer: INTERVAL_0_3, provenance: UNNAMED },
          ],
        },
      ],
    },
    PROSES,
    OUTPUT,
    PENGADUAN,
  ],
} as const))();
