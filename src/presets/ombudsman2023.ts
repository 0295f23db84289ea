import { trustedMethodology } from '../model/internal/trusted.js';
import { DECK, DIMENSION_WEIGHT, FORMULA, INTERVAL_0_3, NOTES, OUTPUT, PENGADUAN, PROSES } from './internal/opiniPengawasan.js';
import { ombudsman2022 as scale } from './scales/ombudsman2022.js';

const NAMED = {
  confidence: 'assumed',
  source: DECK,
  note: 'Indicator weights inside Input are not public except 12.22 %: the remaining 87.78 % is split equally over the other 14 indicators (87.78 % / 14). Override with your own weights. Name from the 2023 deck [1].',
} as const;
const UNNAMED = {
  confidence: 'assumed',
  source: DECK,
  note: 'The 2023 deck counts 9 Sarana Prasarana indicators but the public slides name only 4 [1]: this is a placeholder for one whose name is not public. Its weight is an equal share of the remaining 87.78 % (87.78 % / 14). Override with your own indicators and weights.',
} as const;

/**
 * The Ombudsman RI "Opini Pengawasan Penyelenggaraan Pelayanan Publik" methodology as the
 * 2023 deck lists it, used for 2023 and (assumed unchanged) 2024: four dimensions and five
 * variables (Input 21.85 %: Kompetensi Pelaksana, 6 indicators, and Sarana Prasarana, 9;
 * Proses 32.37 %: Standar Pelayanan, 11; Output 24.24 %: Persepsi Maladministrasi;
 * Pengaduan 21.54 %: Pengelolaan Pengaduan), every indicator on the 0–3 interval, unit
 * score = Σ dimension weight × Σ indicator weight × answer / 3 × 100, rounded half-up to 2
 * decimals, classified A–E with zones ({@link kepatuhan!scales}.ombudsman2022). 2022 used a shorter
 * Input list: {@link kepatuhan!presets}.ombudsman2022.
 *
 * Only the dimension weights and one indicator weight ("pengetahuan tentang komponen standar
 * pelayanan", 12.22 % of Input) are public; every other indicator weight is an equal split
 * marked `assumed` in its `provenance`, and so are the names the deck does not give (five
 * Sarana Prasarana placeholders, Proses, Output and Pengaduan names). Override them with
 * {@link kepatuhan!defineMethodology} when you have the real ones; {@link kepatuhan!describeProvenance} lists
 * which numbers are official.
 *
 * The 2023 "variabel substantif" (corrective actions not followed up: score lowered, green
 * zone barred) is not part of the preset because its size is not public: pass it as
 * `options.adjustment` of {@link kepatuhan!scoreUnit} or {@link kepatuhan!aggregate}.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2023;
 * const best = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
 * scoreUnit(m, best).score; // 100
 * scoreUnit(m, { ...best, 'input.kompetensi.standarPelayanan': 0 }).score; // 97.33 (21.85 × 12.22 % lost)
 * m.dimensions[0]?.variables.map((v) => v.indicators.length); // [6, 9]
 * m.years; // { from: 2023, to: 2024 }
 * ```
 * @category Presets
 */
export const ombudsman2023 = /*#__PURE__*/ (() => trustedMethodology({
  id: 'ombudsman2023',
  name: 'Ombudsman RI — Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (Opini Pengawasan), 2023–2024',
  version: '2023',
  assessment: 'ombudsman',
  years: { from: 2023, to: 2024 },
  output: { min: 0, max: 100 },
  weights: { total: 100, tolerance: 0, renormalize: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  scale,
  provenance: FORMULA,
  notes: `${NOTES} The 2024 indicator list is not public: the 2023 list is assumed unchanged.`,
  dimensions: [
    {
      id: 'input',
      name: 'Input',
      weight: 21.85,
      provenance: DIMENSION_WEIGHT,
      notes: 'Evidence: interviews with 4 officials per unit, observation. The 2023 deck lists 6 Kompetensi Pelaksana and 9 Sarana Prasarana indicators [1].',
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
              provenance: { confidence: 'single-source', source: DECK, note: '12.22 % of Input in the 2023 instrument [1] (domain reference §2).' },
            },
            { id: 'input.kompetensi.tugasJabatan', name: 'Pengetahuan tentang tugas dan kewenangan jabatan', nameEn: "Knowledge of the position's duties and authority", weight: '87.78/14', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.kompetensi.ombudsman', name: 'Pengetahuan tentang lembaga Ombudsman', nameEn: 'Knowledge of the Ombudsman', weight: '87.78/14', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.kompetensi.maladministrasi', name: 'Pengetahuan tentang bentuk-bentuk maladministrasi', nameEn: 'Knowledge of the forms of maladministration', weight: '87.78/14', answer: INTERVAL_0_3, provenance: NAMED },
            {
              id: 'input.kompetensi.rekomendasi',
              name: 'Pengetahuan tentang rekomendasi Ombudsman',
              nameEn: "Knowledge of the Ombudsman's recommendations",
              weight: '87.78/14',
              answer: INTERVAL_0_3,
              provenance: NAMED,
              notes: 'Listed for 2023 only, not in the 2022 list [1]; the 2024 list is assumed to keep it: answer "na" if your assessment did not ask it.',
            },
            { id: 'input.kompetensi.kelompokRentan', name: 'Pengetahuan tentang layanan yang ramah kelompok rentan', nameEn: 'Knowledge of service friendly to vulnerable groups', weight: '87.78/14', answer: INTERVAL_0_3, provenance: NAMED },
          ],
        },
        {
          id: 'input.sarpras',
          name: 'Sarana Prasarana',
          nameEn: 'Facilities and resources',
          notes: 'The 2023 deck counts 9 indicators; the public slides name 4 [1]: the other 5 are placeholders (lainnya1 … lainnya5).',
          indicators: [
            { id: 'input.sarpras.pengawasanInternal', name: 'Frekuensi pengawasan internal', nameEn: 'Frequency of internal supervision', weight: '87.78/14', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.sarpras.jumlahPelaksana', name: 'Ketersediaan jumlah pelaksana sesuai analisis beban kerja', nameEn: 'Staff numbers per workload analysis', weight: '87.78/14', answer: INTERVAL_0_3, provenance: NAMED },
            {
              id: 'input.sarpras.kompensasi',
              name: 'Ketersediaan kompensasi pelayanan',
              nameEn: 'Service compensation',
              weight: '87.78/14',
              answer: INTERVAL_0_3,
              provenance: NAMED,
              notes: 'In the 2023 list; 2022 had quality assurance (jaminan pelayanan) in its place [1].',
            },
            { id: 'input.sarpras.keamananKeselamatan', name: 'Ketersediaan jaminan keamanan dan keselamatan pelayanan', nameEn: 'Security and safety guarantees', weight: '87.78/14', answer: INTERVAL_0_3, provenance: NAMED },
            { id: 'input.sarpras.lainnya1', name: 'Sarana Prasarana — indikator lain 1 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 1 (name not public)', weight: '87.78/14', answer: INTERVAL_0_3, provenance: UNNAMED },
            { id: 'input.sarpras.lainnya2', name: 'Sarana Prasarana — indikator lain 2 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 2 (name not public)', weight: '87.78/14', answer: INTERVAL_0_3, provenance: UNNAMED },
            { id: 'input.sarpras.lainnya3', name: 'Sarana Prasarana — indikator lain 3 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 3 (name not public)', weight: '87.78/14', answer: INTERVAL_0_3, provenance: UNNAMED },
            { id: 'input.sarpras.lainnya4', name: 'Sarana Prasarana — indikator lain 4 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 4 (name not public)', weight: '87.78/14', answer: INTERVAL_0_3, provenance: UNNAMED },
            { id: 'input.sarpras.lainnya5', name: 'Sarana Prasarana — indikator lain 5 (nama tidak dipublikasikan)', nameEn: 'Facilities — other indicator 5 (name not public)', weight: '87.78/14', answer: INTERVAL_0_3, provenance: UNNAMED },
          ],
        },
      ],
    },
    PROSES,
    OUTPUT,
    PENGADUAN,
  ],
} as const))();
