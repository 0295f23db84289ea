/**
 * The parts the Ombudsman "Opini Pengawasan" presets of 2022 and 2023–2024 share
 * (domain reference §2): provenance texts, the 0–3 answer, and the Proses, Output and
 * Pengaduan dimensions, which no source shows changing between the years. Everything is a
 * literal (`as const`) so the presets that spread these keep their literal ids.
 */

/** The 2023 Ka-Cegah deck and the Jawa Timur evaluation deck (domain reference, Sources). */
export const DECK =
  'Ombudsman RI deck "Dimensi, Variabel dan Indikator Penilaian Kepatuhan … 2023" (Ka-Cegah); Ombudsman Jawa Timur evaluation deck, 10 March 2023';

/** Every indicator is scored on the interval 0, 1, 2, 3 [1] (domain reference §2). */
export const INTERVAL_0_3 = { kind: 'interval', min: 0, max: 3 } as const;

/** Dimension weights 21.85 / 32.37 / 24.24 / 21.54 [2+] (domain reference §2). */
export const DIMENSION_WEIGHT = {
  confidence: 'multiple-sources',
  source: DECK,
  note: 'Confirmed for 2022 and 2023; assumed unchanged for 2024 (domain reference §2).',
} as const;

/** The presumed formula [inferred] (domain reference §2). */
export const FORMULA = {
  confidence: 'inferred',
  source: DECK,
  note: 'Formula presumed from published figures (domain reference §2): dimension score = Σ wᵢ·(sᵢ/3)·100; unit score = Σ W_d · dimension score; rounded half-up to 2 decimals.',
} as const;

/** The methodology notes both presets carry. */
export const NOTES =
  'A government\'s score is the mean of its units\' two-decimal scores, rounded half-up (aggregate). ' +
  'From 2023 a "variabel substantif" lets the Ombudsman lower the score of an entity that did not follow up its corrective actions and bar it from the green zone; ' +
  'its size is not public: pass it as options.adjustment ({ correction, cap, barZone: "hijau" }) of scoreUnit or aggregate.';

const PROSES_WEIGHT = {
  confidence: 'assumed',
  note:
    'Indicator weights inside the dimension are not public: 100 % split equally over the 11 indicators. Override with your own weights. ' +
    'The deck names 11 Standar Pelayanan indicators including "substansi Maklumat" but not the others: these names follow the service-standard components of UU 25/2009 Pasal 21 and are assumed.',
} as const;

const OUTPUT_WEIGHT = {
  confidence: 'assumed',
  note:
    'Indicator weights inside the dimension are not public: 100 % split equally over 7 indicators. Override with your own weights. ' +
    'Indicators of Persepsi Maladministrasi are not public: these follow the forms of maladministration in UU 37/2008 Pasal 1 angka 3 and are assumed.',
} as const;

const PENGADUAN_WEIGHT = {
  confidence: 'assumed',
  note:
    'Indicator weights inside the dimension are not public: 100 % split equally over 5 indicators. Override with your own weights. ' +
    'The deck names "pembinaan pengelola pengaduan"; the other indicators of Pengelolaan Pengaduan are assumed (PermenPANRB 62/2018 complaint-handling elements).',
} as const;

/** Proses: one variable, the service standard ("Penilaian Kepatuhan"), 11 indicators [2+]. */
export const PROSES = {
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
      notes: 'Called "Penilaian Kepatuhan" in the deck: compliance with the service standard, 11 indicators including the substance of the Maklumat [2+].',
      indicators: [
        { id: 'proses.standar.persyaratan', name: 'Persyaratan', nameEn: 'Requirements', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.prosedur', name: 'Sistem, mekanisme, dan prosedur', nameEn: 'System, mechanism and procedure', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.waktu', name: 'Jangka waktu penyelesaian', nameEn: 'Completion time', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.biaya', name: 'Biaya/tarif', nameEn: 'Cost/fee', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.produk', name: 'Produk pelayanan', nameEn: 'Service product', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.sarana', name: 'Sarana, prasarana, dan/atau fasilitas', nameEn: 'Facilities', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.pengaduan', name: 'Penanganan pengaduan, saran, dan masukan', nameEn: 'Handling of complaints and suggestions', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.maklumat', name: 'Substansi Maklumat Pelayanan', nameEn: 'Substance of the service pledge (Maklumat)', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.dasarHukum', name: 'Dasar hukum', nameEn: 'Legal basis', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.jam', name: 'Jam pelayanan', nameEn: 'Service hours', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
        { id: 'proses.standar.evaluasi', name: 'Evaluasi kinerja pelaksana', nameEn: 'Staff performance evaluation', weight: '100/11', answer: INTERVAL_0_3, provenance: PROSES_WEIGHT },
      ],
    },
  ],
} as const;

/** Output: one variable, Persepsi Maladministrasi (interviews with service users) [2+]. */
export const OUTPUT = {
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
      indicators: [
        { id: 'output.persepsi.penundaan', name: 'Penundaan berlarut', nameEn: 'Undue delay', weight: '100/7', answer: INTERVAL_0_3, provenance: OUTPUT_WEIGHT },
        { id: 'output.persepsi.prosedur', name: 'Penyimpangan prosedur', nameEn: 'Deviation from procedure', weight: '100/7', answer: INTERVAL_0_3, provenance: OUTPUT_WEIGHT },
        { id: 'output.persepsi.imbalan', name: 'Permintaan imbalan uang, barang, dan jasa', nameEn: 'Requests for payment, goods or services', weight: '100/7', answer: INTERVAL_0_3, provenance: OUTPUT_WEIGHT },
        { id: 'output.persepsi.tidakKompeten', name: 'Tidak kompeten', nameEn: 'Incompetence', weight: '100/7', answer: INTERVAL_0_3, provenance: OUTPUT_WEIGHT },
        { id: 'output.persepsi.tidakPatut', name: 'Perbuatan tidak patut', nameEn: 'Improper conduct', weight: '100/7', answer: INTERVAL_0_3, provenance: OUTPUT_WEIGHT },
        { id: 'output.persepsi.diskriminasi', name: 'Diskriminasi', nameEn: 'Discrimination', weight: '100/7', answer: INTERVAL_0_3, provenance: OUTPUT_WEIGHT },
        { id: 'output.persepsi.tidakMemberikanPelayanan', name: 'Tidak memberikan pelayanan', nameEn: 'Failure to provide service', weight: '100/7', answer: INTERVAL_0_3, provenance: OUTPUT_WEIGHT },
      ],
    },
  ],
} as const;

/** Pengaduan: one variable, Pengelolaan Pengaduan, incl. pembinaan pengelola pengaduan [2+]. */
export const PENGADUAN = {
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
      indicators: [
        { id: 'pengaduan.pengelolaan.sarana', name: 'Ketersediaan sarana pengaduan', nameEn: 'Availability of complaint channels', weight: '100/5', answer: INTERVAL_0_3, provenance: PENGADUAN_WEIGHT },
        { id: 'pengaduan.pengelolaan.prosedur', name: 'Prosedur pengelolaan pengaduan', nameEn: 'Complaint-handling procedure', weight: '100/5', answer: INTERVAL_0_3, provenance: PENGADUAN_WEIGHT },
        { id: 'pengaduan.pengelolaan.pengelola', name: 'Pengelola pengaduan yang ditunjuk', nameEn: 'Designated complaint officers', weight: '100/5', answer: INTERVAL_0_3, provenance: PENGADUAN_WEIGHT },
        { id: 'pengaduan.pengelolaan.pembinaan', name: 'Pembinaan pengelola pengaduan', nameEn: 'Training of complaint officers', weight: '100/5', answer: INTERVAL_0_3, provenance: PENGADUAN_WEIGHT },
        { id: 'pengaduan.pengelolaan.tindakLanjut', name: 'Tindak lanjut dan penyelesaian pengaduan', nameEn: 'Follow-up and resolution of complaints', weight: '100/5', answer: INTERVAL_0_3, provenance: PENGADUAN_WEIGHT },
      ],
    },
  ],
} as const;
