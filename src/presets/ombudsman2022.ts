import { defineMethodology } from '../model/defineMethodology.js';
import type { IndicatorSpec } from '../model/methodology.js';
import type { Provenance } from '../model/provenance.js';
import { ombudsman2022 as scale } from './scales/ombudsman2022.js';

const DECK =
  'Ombudsman RI deck "Dimensi, Variabel dan Indikator Penilaian Kepatuhan … 2023" (Ka-Cegah); Ombudsman Jawa Timur evaluation deck, 10 March 2023';
const DIMENSION_WEIGHT: Provenance = {
  confidence: 'multiple-sources',
  source: DECK,
  note: 'Confirmed for 2022 and 2023; assumed unchanged for 2024 (domain reference §2).',
};
const EQUAL = (n: number, of: string): Provenance => ({
  confidence: 'assumed',
  note: `Indicator weights inside the dimension are not public: the remaining weight is split equally over ${n} indicators (${of}). Override with your own weights.`,
});
const interval = { kind: 'interval', min: 0, max: 3 } as const;

function indicators(prefix: string, names: readonly (readonly [id: string, name: string, nameEn: string, notes?: string])[], weight: string, provenance: Provenance, nameProvenance?: string): IndicatorSpec[] {
  return names.map(([id, name, nameEn, notes]) => ({
    id: `${prefix}.${id}`,
    name,
    nameEn,
    weight,
    answer: interval,
    provenance: nameProvenance === undefined ? provenance : { ...provenance, note: `${provenance.note ?? ''} ${nameProvenance}`.trim() },
    ...(notes !== undefined ? { notes } : {}),
  }));
}

// Input: 10 indicators; one weight is known (12.22 %), the other nine share 87.78 % equally.
const INPUT_REST = '87.78/9';
const inputEqual = /*#__PURE__*/ EQUAL(9, '87.78 % / 9');
const NAMES_2023 = 'Indicator names from the 2023 deck [1].';
const PROSES_NAMES =
  'The deck names 11 Standar Pelayanan indicators including "substansi Maklumat" but not the others: these names follow the service-standard components of UU 25/2009 Pasal 21 and are assumed.';
const OUTPUT_NAMES =
  'Indicators of Persepsi Maladministrasi are not public: these follow the forms of maladministration in UU 37/2008 Pasal 1 angka 3 and are assumed.';
const PENGADUAN_NAMES =
  'The deck names "pembinaan pengelola pengaduan"; the other indicators of Pengelolaan Pengaduan are assumed (PermenPANRB 62/2018 complaint-handling elements).';

/**
 * The Ombudsman RI "Opini Pengawasan Penyelenggaraan Pelayanan Publik" methodology used
 * 2022–2024: four dimensions (Input 21.85 %, Proses 32.37 %, Output 24.24 %, Pengaduan
 * 21.54 %), indicators scored on the 0–3 interval, unit score = Σ dimension weight ×
 * Σ indicator weight × answer / 3 × 100, rounded half-up to 2 decimals, classified A–E
 * with zones ({@link scales}.ombudsman2022).
 *
 * Only the dimension weights and one indicator weight (12.22 % of Input) are public; every
 * other indicator weight is an equal split marked `assumed` in its `provenance`, and some
 * indicator names are assumed too. Override them with {@link defineMethodology} when you
 * have the real ones; {@link describeProvenance} lists which numbers are official.
 *
 * The 2023 "variabel substantif" (corrective actions not followed up: score lowered, green
 * zone barred) is not part of the preset because its size is not public: pass it as
 * `options.adjustment` of {@link scoreUnit} or {@link aggregate}.
 *
 * @example
 * ```ts
 * import { presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const answers = Object.fromEntries(
 *   m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => [i.id, 3]))),
 * );
 * scoreUnit(m, answers).score; // 100
 * m.scale.id; // "ombudsman2022"
 * ```
 * @category Presets
 */
export const ombudsman2022 = /*#__PURE__*/ (() => defineMethodology({
  id: 'ombudsman2022',
  name: 'Ombudsman RI — Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (Opini Pengawasan)',
  version: '2022',
  assessment: 'ombudsman',
  years: { from: 2022, to: 2024 },
  output: { min: 0, max: 100 },
  weights: { total: 100, tolerance: 0, renormalize: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  scale,
  provenance: {
    confidence: 'inferred',
    source: DECK,
    note: 'Formula presumed from published figures (domain reference §2): dimension score = Σ wᵢ·(sᵢ/3)·100; unit score = Σ W_d · dimension score; rounded half-up to 2 decimals.',
  },
  notes:
    'A government\'s score is the mean of its units\' two-decimal scores, rounded half-up (aggregate). ' +
    'From 2023 a "variabel substantif" lets the Ombudsman lower the score of an entity that did not follow up its corrective actions and bar it from the green zone; ' +
    'its size is not public: pass it as options.adjustment ({ correction, cap, barZone: "hijau" }) of scoreUnit or aggregate.',
  dimensions: [
    {
      id: 'input',
      name: 'Input',
      weight: 21.85,
      provenance: DIMENSION_WEIGHT,
      notes: 'Evidence: interviews with 4 officials per unit, observation.',
      variables: [
        {
          id: 'input.kompetensi',
          name: 'Kompetensi Pelaksana',
          nameEn: 'Staff competence',
          indicators: [
            {
              id: 'input.kompetensi.standar',
              name: 'Pengetahuan tentang komponen standar pelayanan',
              nameEn: 'Knowledge of the components of the service standard',
              weight: 12.22,
              answer: interval,
              provenance: { confidence: 'single-source', source: DECK, note: '12.22 % of Input [1].' },
            },
            ...indicators(
              'input.kompetensi',
              [
                ['jabatan', 'Pengetahuan tentang tugas dan kewenangan jabatan', "Knowledge of the position's duties and authority"],
                ['ombudsman', 'Pengetahuan tentang Ombudsman RI', 'Knowledge of the Ombudsman'],
                ['maladministrasi', 'Pengetahuan tentang bentuk-bentuk maladministrasi', 'Knowledge of the forms of maladministration'],
                [
                  'rekomendasi',
                  'Pengetahuan tentang rekomendasi/tindakan korektif Ombudsman',
                  "Knowledge of the Ombudsman's recommendations",
                  'Listed in the 2023 deck only: answer "na" for 2022 and 2024 assessments.',
                ],
                ['rentan', 'Pelayanan ramah kelompok rentan', 'Service friendly to vulnerable groups'],
              ],
              INPUT_REST,
              inputEqual,
              NAMES_2023,
            ),
          ],
        },
        {
          id: 'input.sarpras',
          name: 'Sarana Prasarana',
          nameEn: 'Facilities and resources',
          notes: 'The public list of indicators is incomplete [1].',
          indicators: indicators(
            'input.sarpras',
            [
              ['pengawasan', 'Frekuensi pengawasan internal', 'Frequency of internal supervision'],
              ['jumlah', 'Jumlah pelaksana sesuai analisis beban kerja', 'Staff numbers per workload analysis'],
              ['kompensasi', 'Kompensasi pelayanan (2023) / jaminan mutu pelayanan (2022)', 'Service compensation (2023) / quality assurance (2022)'],
              ['keamanan', 'Jaminan keamanan dan keselamatan pelayanan', 'Security and safety guarantees'],
            ],
            INPUT_REST,
            inputEqual,
            NAMES_2023,
          ),
        },
      ],
    },
    {
      id: 'proses',
      name: 'Proses',
      weight: 32.37,
      provenance: DIMENSION_WEIGHT,
      notes: 'Evidence: observation of 2 service products.',
      variables: [
        {
          id: 'proses.standar',
          name: 'Standar Pelayanan',
          nameEn: 'Service standard',
          indicators: indicators(
            'proses.standar',
            [
              ['persyaratan', 'Persyaratan', 'Requirements'],
              ['prosedur', 'Sistem, mekanisme, dan prosedur', 'System, mechanism and procedure'],
              ['waktu', 'Jangka waktu penyelesaian', 'Completion time'],
              ['biaya', 'Biaya/tarif', 'Cost/fee'],
              ['produk', 'Produk pelayanan', 'Service product'],
              ['sarana', 'Sarana, prasarana, dan/atau fasilitas', 'Facilities'],
              ['pengaduan', 'Penanganan pengaduan, saran, dan masukan', 'Handling of complaints and suggestions'],
              ['maklumat', 'Substansi Maklumat Pelayanan', 'Substance of the service pledge (Maklumat)'],
              ['dasar-hukum', 'Dasar hukum', 'Legal basis'],
              ['jam', 'Jam pelayanan', 'Service hours'],
              ['evaluasi', 'Evaluasi kinerja pelaksana', 'Staff performance evaluation'],
            ],
            '100/11',
            EQUAL(11, '100 % / 11'),
            PROSES_NAMES,
          ),
        },
      ],
    },
    {
      id: 'output',
      name: 'Output',
      weight: 24.24,
      provenance: DIMENSION_WEIGHT,
      notes: 'Evidence: interviews with service users (30 per government).',
      variables: [
        {
          id: 'output.persepsi',
          name: 'Persepsi Maladministrasi',
          nameEn: 'Perceived maladministration',
          indicators: indicators(
            'output.persepsi',
            [
              ['penundaan', 'Penundaan berlarut', 'Undue delay'],
              ['prosedur', 'Penyimpangan prosedur', 'Deviation from procedure'],
              ['imbalan', 'Permintaan imbalan uang, barang, dan jasa', 'Requests for payment, goods or services'],
              ['tidak-kompeten', 'Tidak kompeten', 'Incompetence'],
              ['tidak-patut', 'Perbuatan tidak patut', 'Improper conduct'],
              ['diskriminasi', 'Diskriminasi', 'Discrimination'],
              ['tidak-memberikan', 'Tidak memberikan pelayanan', 'Failure to provide service'],
            ],
            '100/7',
            EQUAL(7, '100 % / 7'),
            OUTPUT_NAMES,
          ),
        },
      ],
    },
    {
      id: 'pengaduan',
      name: 'Pengaduan',
      weight: 21.54,
      provenance: DIMENSION_WEIGHT,
      notes: 'Evidence: interviews with 2 complaint officers.',
      variables: [
        {
          id: 'pengaduan.pengelolaan',
          name: 'Pengelolaan Pengaduan',
          nameEn: 'Complaint management',
          indicators: indicators(
            'pengaduan.pengelolaan',
            [
              ['sarana', 'Ketersediaan sarana pengaduan', 'Availability of complaint channels'],
              ['prosedur', 'Prosedur pengelolaan pengaduan', 'Complaint-handling procedure'],
              ['pengelola', 'Pengelola pengaduan yang ditunjuk', 'Designated complaint officers'],
              ['pembinaan', 'Pembinaan pengelola pengaduan', 'Training of complaint officers'],
              ['tindak-lanjut', 'Tindak lanjut dan penyelesaian pengaduan', 'Follow-up and resolution of complaints'],
            ],
            '100/5',
            EQUAL(5, '100 % / 5'),
            PENGADUAN_NAMES,
          ),
        },
      ],
    },
  ],
}))();
