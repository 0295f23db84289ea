import { trustedMethodology } from '../model/internal/trusted.js';
import type { Provenance } from '../provenance/provenance.js';
import { pekppp2022 as scale } from './scales/pekppp2022.js';

const REG = 'PermenPANRB 29/2022, amended by PermenPANRB 4/2023';
const APPS = 'public evaluation apps built on the official forms (brayenid/pekppp-guide and two others)';
const ASPECT: Provenance = { confidence: 'multiple-sources', source: `${REG}; idth.id; topsatu.com (domain reference §5)` };
const FORM = 'Names and 0–5 level descriptions from form F-02 A (luring), as published in brayenid/pekppp-guide (data/f02.json); the code after "F-02" in each indicator\'s notes is the form\'s.';
/** Kebijakan Pelayanan's indicator weights: a KemenPAN-RB deck and the apps agree [2+]. */
const KEBIJAKAN: Provenance = {
  confidence: 'multiple-sources',
  source: `KemenPAN-RB PEKPPP 2025 deck; ${APPS} (domain reference §5)`,
  note: `Weights 17, 14, 7, 14, 10, 17, 7, 7, 7 % inside the aspect. ${FORM}`,
};
/** The other aspects' indicator weights: three independent apps agree [2+]. */
const INSIDE: Provenance = {
  confidence: 'multiple-sources',
  source: `${REG}; ${APPS} (domain reference §5)`,
  note: `Indicator weights inside the aspect agree across three independent apps. ${FORM}`,
};
const SUPPLEMENTARY: Provenance = {
  confidence: 'multiple-sources',
  source: `${REG}; ${APPS} (domain reference §5)`,
  note: `Supplementary information ("Informasi Tambahan") of form F-02: recorded, weight 0, no part of the index. ${FORM}`,
};

/** A 0–5 rubric: keys "0" … "5", values 0 … 5 (answer with the number or the key), one official description per level. */
const rubric = <const L extends readonly [string, string, string, string, string, string]>(...labels: L) =>
  ({
    kind: 'levels',
    levels: [
      { key: '0', label: labels[0], value: 0 },
      { key: '1', label: labels[1], value: 1 },
      { key: '2', label: labels[2], value: 2 },
      { key: '3', label: labels[3], value: 3 },
      { key: '4', label: labels[4], value: 4 },
      { key: '5', label: labels[5], value: 5 },
    ],
  }) as const;

/**
 * The KemenPAN-RB public-service performance evaluation (PEKPPP, "Indeks Pelayanan Publik";
 * PermenPANRB 29/2022, amended by 4/2023): six aspects — Kebijakan Pelayanan 24 %,
 * Profesionalisme SDM 25 %, Sarana Prasarana 18 %, Sistem Informasi Pelayanan Publik 11 %,
 * Konsultasi dan Pengaduan 10 %, Inovasi 12 % — with their 30 indicators of form F-02, each
 * answered on the official 0–5 rubric (a `levels` answer whose labels are the level
 * descriptions; answer with the number 0–5 or the key `"0"` … `"5"`), an index on 0–5
 * (Σ aspect weight × indicator weight × score) rounded half-up to 2 decimals, and the nine
 * categories A … F of {@link kepatuhan!scales}.pekppp2022 (A starts above 4.50). The form's
 * supplementary queueing-system indicator (`tambahan.sistemAntrian`) is recorded with weight 0:
 * its answer never changes the index.
 *
 * Known: the aspect weights [2+] and every indicator weight inside its aspect [2+]
 * (domain reference §5). Assumed: the rounding mode.
 *
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.pekppp2022;
 * const answers = Object.fromEntries(indicatorOrder(m).map((id) => [id, 4]));
 * scoreUnit(m, answers).classification.category; // "B" (4.00: above 3.50, not above 4.00)
 * scoreUnit(m, { ...answers, 'inovasi.penciptaan': 5, 'inovasi.keberlanjutan': 5 }).score; // 4.12 (A-)
 * scoreUnit(m, { ...answers, 'tambahan.sistemAntrian': 0 }).score; // 4 (the queueing system weighs nothing)
 * m.dimensions[1]?.variables[0]?.indicators[4]?.id; // "sdm.budayaPelayanan"
 * ```
 * @category Presets
 */
export const pekppp2022 = /*#__PURE__*/ (() =>
  trustedMethodology({
    id: 'pekppp2022',
    name: 'KemenPAN-RB — Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (Indeks Pelayanan Publik)',
    version: '2022',
    assessment: 'pekppp',
    years: { from: 2022 },
    output: { min: 0, max: 5 },
    weights: { total: 100, tolerance: 0, renormalize: false },
    rounding: { mode: 'halfUp', decimals: 2 },
    scale,
    provenance: {
      confidence: 'multiple-sources',
      source: `${REG} (domain reference §5)`,
      note: 'Index = Σ aspect weight × Σ indicator weight × indicator score (0–5), on 0–5, two decimals [2+]; the rounding mode (half-up) is assumed.',
    },
    notes:
      'PermenPANRB 17/2017, used before, had other weights (not known): no preset covers years before 2022. Online-only units are evaluated on a variant form (F-02 B), not bundled. The community questionnaire (form F-03) is not part of this index.',
    dimensions: [
      {
        id: 'kebijakan',
        name: 'Kebijakan Pelayanan',
        nameEn: 'Service policy',
        weight: 24,
        provenance: ASPECT,
        variables: [
          {
            id: 'kebijakan.indikator',
            name: 'Kebijakan Pelayanan',
            nameEn: 'Service policy',
            indicators: [
              {
                id: 'kebijakan.standarPelayanan',
                name: 'Tersedia Standar Pelayanan (SP) sesuai dengan ketentuan peraturan perundang-undangan yang berlaku',
                nameEn: 'Service standard set as the law requires',
                weight: 17,
                answer: rubric(
                  'Tidak tersedia Standar Pelayanan.',
                  'Tersedia SP namun tidak memenuhi 14 komponen.',
                  'Tersedia SP yang memenuhi 14 komponen.',
                  'Tersedia SP yang memenuhi 14 komponen dan dilakukan penetapan.',
                  'Tersedia SP yang memenuhi 14 komponen, melibatkan masyarakat dalam penyusunan SP, dan dilakukan penetapan.',
                  'Tersedia SP yang memenuhi 14 komponen, melibatkan masyarakat dalam penyusunan SP, dilakukan penetapan, dan dilakukan monev.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 1.a.Ak',
              },
              {
                id: 'kebijakan.pelibatanMasyarakat',
                name: 'Proses penyusunan dan perubahan SP telah melibatkan unsur masyarakat',
                nameEn: 'Public involved in drafting and changing the service standard',
                weight: 14,
                answer: rubric(
                  'Penyusunan SP tanpa melibatkan masyarakat dan pihak terkait (stakeholder).',
                  'Penyusunan SP telah melibatkan minimal 1 unsur masyarakat.',
                  'Penyusunan SP telah melibatkan minimal 2 unsur masyarakat.',
                  'Penyusunan SP telah melibatkan minimal 3 unsur masyarakat.',
                  'Penyusunan SP telah melibatkan minimal 4 unsur masyarakat.',
                  'Penyusunan SP telah melibatkan lebih dari 4 unsur masyarakat.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 2.a.P',
              },
              {
                id: 'kebijakan.publikasiStandar',
                name: 'Jumlah media publikasi untuk komponen service delivery',
                nameEn: 'Number of media publishing the service standard (service-delivery components)',
                weight: 7,
                answer: rubric(
                  'Tidak ada publikasi SP.',
                  'Tersedia publikasi SP hanya sebagian dari komponen service delivery baik pada media cetak/non elektronik maupun media elektronik.',
                  'Tersedia publikasi SP seluruh komponen service delivery pada 2 atau lebih media publikasi namun belum dipublikasikan pada SIPP Nasional.',
                  'Tersedia publikasi SP seluruh komponen service delivery pada 2 media publikasi dan pada SIPP Nasional.',
                  'Tersedia publikasi SP seluruh komponen service delivery pada 3 media publikasi dan pada SIPP Nasional.',
                  'Tersedia publikasi SP seluruh komponen service delivery pada 4 atau lebih media publikasi dan pada SIPP Nasional.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 3.a.T',
              },
              {
                id: 'kebijakan.peninjauanStandar',
                name: 'Telah dilakukan peninjauan ulang secara berkala terhadap Standar Pelayanan',
                nameEn: 'Service standard reviewed periodically',
                weight: 14,
                answer: rubric(
                  'Tidak dilaksanakan peninjauan ulang secara berkala terhadap Standar Pelayanan.',
                  'Dilakukan peninjauan ulang 3 tahun atau lebih terhadap seluruh jenis layanan.',
                  'Dilakukan peninjauan ulang 2 tahun sekali terhadap sebagian jenis layanan.',
                  'Dilakukan peninjauan ulang 2 tahun sekali terhadap seluruh jenis layanan.',
                  'Dilakukan peninjauan ulang 1 tahun sekali atau lebih cepat terhadap sebagian jenis layanan.',
                  'Dilakukan peninjauan ulang 1 tahun sekali atau lebih cepat terhadap seluruh jenis layanan.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 4.a.K',
              },
              {
                id: 'kebijakan.maklumat',
                name: 'Pemenuhan siklus Maklumat Pelayanan (ketersediaan, penetapan, dan publikasi)',
                nameEn: 'Service pledge (maklumat): available, enacted and published',
                weight: 10,
                answer: rubric(
                  'Tidak tersedia Maklumat Pelayanan.',
                  'Tersedia Maklumat Pelayanan namun belum ditetapkan.',
                  'Tersedia Maklumat Pelayanan yang sudah ditetapkan namun isinya belum sesuai dengan peraturan perundangan yang berlaku.',
                  'Tersedia Maklumat Pelayanan yang sudah ditetapkan dan isinya telah sesuai dengan peraturan perundangan yang berlaku.',
                  'Tersedia Maklumat Pelayanan yang sudah ditetapkan, isinya telah sesuai dengan peraturan perundangan yang berlaku, dan dipublikasikan pada media non elektronik.',
                  'Tersedia Maklumat Pelayanan yang sudah ditetapkan, isinya telah sesuai dengan peraturan perundangan yang berlaku, dan dipublikasikan pada media non elektronik dan elektronik.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 5.a.K',
              },
              {
                id: 'kebijakan.skm',
                name: 'SKM yang dilaksanakan sesuai dengan PermenPANRB',
                nameEn: 'Satisfaction survey (SKM) run as PermenPANRB 14/2017 requires',
                weight: 17,
                answer: rubric(
                  'Belum melaksanakan SKM.',
                  'Sudah melaksanakan SKM namun tidak sesuai dengan Permen PANRB yang berlaku.',
                  'Sudah melaksanakan SKM sesuai dengan Permen PANRB yang berlaku.',
                  'Sudah melaksanakan SKM sesuai dengan PermenPANRB yang berlaku dan dipublikasikan pada media non-elektronik.',
                  'Sudah melaksanakan SKM sesuai dengan Permen PANRB yang berlaku dan dipublikasikan pada media non-elektronik dan elektronik.',
                  'Sudah melaksanakan SKM sesuai dengan PermenPANRB yang berlaku dan dipublikasikan pada media non-elektronik dan elektronik serta dilakukan tindak lanjut hasil SKM.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 6.a.B',
              },
              {
                id: 'kebijakan.publikasiSkm',
                name: 'Jumlah media publikasi hasil SKM',
                nameEn: 'Number of media publishing the SKM results',
                weight: 7,
                answer: rubric(
                  'Tidak dipublikasikan.',
                  'SKM dipublikasikan pada 1 (satu) media publikasi.',
                  'SKM dipublikasikan pada 2 (dua) media publikasi.',
                  'SKM dipublikasikan pada 3 (tiga) media publikasi.',
                  'SKM dipublikasikan pada 4 (empat) media publikasi.',
                  'SKM dipublikasikan pada lebih dari 4 (empat) media publikasi lainnya.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 7.a.T',
              },
              {
                id: 'kebijakan.tindakLanjutSkm',
                name: 'Persentase rencana tindak lanjut hasil SKM yang telah selesai ditindaklanjuti',
                nameEn: 'Share of the SKM follow-up plan completed',
                weight: 7,
                answer: rubric(
                  'Tidak ada rencana tindak lanjut SKM.',
                  'Ada rencana tindak lanjut tapi belum dilaksanakan.',
                  'Tindak lanjut hasil SKM dilaksanakan kurang dari 30%, dibuktikan dengan laporan pelaksanaannya.',
                  'Tindak lanjut hasil SKM dilaksanakan 30-80%, dibuktikan dengan laporan pelaksanaannya.',
                  'Tindak lanjut hasil SKM dilaksanakan lebih dari 80%, dibuktikan dengan laporan pelaksanaannya.',
                  'Tindak lanjut hasil SKM dilaksanakan 100%, dibuktikan dengan laporan pelaksanaannya.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 8.a.Ak',
              },
              {
                id: 'kebijakan.kecepatanTindakLanjutSkm',
                name: 'Kecepatan tindak lanjut hasil SKM seluruh jenis pelayanan',
                nameEn: 'Speed of following up the SKM results',
                weight: 7,
                answer: rubric(
                  'Rekomendasi hasil tidak ditindaklanjuti.',
                  'Rekomendasi hasil SKM ditindaklanjuti seluruhnya 1 tahun setelah laporan SKM diterbitkan.',
                  'Rekomendasi hasil SKM ditindaklanjuti seluruhnya 9 bulan setelah laporan SKM diterbitkan.',
                  'Rekomendasi hasil SKM ditindaklanjuti seluruhnya 6 bulan setelah laporan SKM diterbitkan.',
                  'Rekomendasi hasil SKM ditindaklanjuti seluruhnya 3 bulan setelah laporan SKM diterbitkan.',
                  'Rekomendasi hasil SKM ditindaklanjuti seluruhnya 1 bulan setelah laporan SKM diterbitkan.',
                ),
                provenance: KEBIJAKAN,
                notes: 'F-02 9.a.Ak',
              },
            ],
          },
        ],
      },
      {
        id: 'sdm',
        name: 'Profesionalisme SDM',
        nameEn: 'Staff professionalism',
        weight: 25,
        provenance: ASPECT,
        variables: [
          {
            id: 'sdm.indikator',
            name: 'Profesionalisme SDM',
            nameEn: 'Staff professionalism',
            indicators: [
              {
                id: 'sdm.waktuPelayanan',
                name: 'Tersedia waktu pelayanan yang memudahkan pengguna layanan',
                nameEn: 'Service hours convenient for users',
                weight: 10,
                answer: rubric(
                  'Tidak memiliki kebijakan jam pelayanan/kerja.',
                  'Memiliki kebijakan jam pelayanan/kerja.',
                  'Memiliki kebijakan jam pelayanan/kerja dan 1 unsur lainnya.',
                  'Memiliki kebijakan jam pelayanan/kerja dan 2 unsur lainnya.',
                  'Memiliki kebijakan jam pelayanan/kerja dan 3 unsur lainnya.',
                  'Memiliki kebijakan jam pelayanan/kerja dan 4 atau lebih unsur lainnya.',
                ),
                provenance: INSIDE,
                notes: 'F-02 10.b.As',
              },
              {
                id: 'sdm.kodeEtik',
                name: 'Tersedia Kode Etik dan Kode Perilaku Pelaksana dan/atau Budaya Pelayanan di lingkungan instansi',
                nameEn: 'Code of ethics and conduct for staff, or service culture',
                weight: 20,
                answer: rubric(
                  'Tidak tersedia kode etik dan kode perilaku.',
                  'Aturan kode etik dan kode perilaku Pelaksana Pelayanan hanya meliputi nilai dasar hak dan kewajiban.',
                  'Aturan kode etik dan kode perilaku Pelaksana Pelayanan meliputi nilai dasar hak kewajiban dan 1 (satu) unsur lainnya.',
                  'Aturan kode etik dan kode perilaku Pelaksana Pelayanan meliputi nilai dasar hak dan kewajiban dan 2 (dua) unsur lainnya.',
                  'Aturan kode etik dan kode perilaku Pelaksana Pelayanan meliputi nilai dasar hak dan kewajiban dan 3 (tiga) unsur lainnya.',
                  'Aturan kode etik dan kode perilaku Pelaksana Pelayanan meliputi nilai dasar hak dan kewajiban dan 4 (empat) unsur lainnya.',
                ),
                provenance: INSIDE,
                notes: 'F-02 11.b.K',
              },
              {
                id: 'sdm.motivasiKerja',
                name: 'Tersedia mekanisme yang dibangun untuk menjaga dan meningkatkan motivasi kerja Pelaksana',
                nameEn: 'Mechanism to keep and raise staff motivation',
                weight: 20,
                answer: rubric(
                  'Tidak tersedia mekanisme peningkatan motivasi kerja.',
                  'Tersedia 1 jenis mekanisme peningkatan motivasi kerja.',
                  'Tersedia 2 jenis mekanisme peningkatan motivasi kerja.',
                  'Tersedia 3 jenis mekanisme peningkatan motivasi kerja.',
                  'Tersedia 4 jenis mekanisme peningkatan motivasi kerja.',
                  'Tersedia lebih dari 4 jenis mekanisme peningkatan motivasi kerja.',
                ),
                provenance: INSIDE,
                notes: 'F-02 12.b.Ak',
              },
              {
                id: 'sdm.penghargaan',
                name: 'Tersedia kriteria pemberian penghargaan bagi pegawai yang berprestasi',
                nameEn: 'Criteria for rewarding high-performing staff',
                weight: 20,
                answer: rubric(
                  'Tidak ada pemberian penghargaan.',
                  'Ada pemberian penghargaan hanya berdasarkan 1-2 unsur kecuali kinerja.',
                  'Ada pemberian penghargaan berdasarkan 3-5 unsur kecuali kinerja.',
                  'Ada pemberian penghargaan berdasarkan 1-2 unsur termasuk kinerja.',
                  'Ada pemberian penghargaan berdasarkan 3-4 unsur termasuk kinerja.',
                  'Ada pemberian penghargaan berdasarkan 5-6 unsur termasuk kinerja.',
                ),
                provenance: INSIDE,
                notes: 'F-02 13.b.K',
              },
              {
                id: 'sdm.budayaPelayanan',
                name: 'Tersedia pelaksana yang menerapkan budaya pelayanan',
                nameEn: 'Staff who practise the service culture',
                weight: 30,
                answer: rubric(
                  'Tidak menerapkan budaya pelayanan.',
                  'Pelaksana pelayanan menerapkan 1 (satu) unsur budaya pelayanan.',
                  'Pelaksana pelayanan menerapkan 2 (dua) unsur budaya pelayanan.',
                  'Pelaksana pelayanan menerapkan 3 (tiga) unsur budaya pelayanan.',
                  'Pelaksana pelayanan menerapkan 4 (empat) unsur budaya pelayanan.',
                  'Pelaksana pelayanan menerapkan 5 (lima) unsur budaya pelayanan.',
                ),
                provenance: INSIDE,
                notes: 'F-02 14.b.K',
              },
            ],
          },
        ],
      },
      {
        id: 'sarpras',
        name: 'Sarana Prasarana',
        nameEn: 'Facilities',
        weight: 18,
        provenance: ASPECT,
        notes: 'The supplementary queueing-system indicator of form F-02 ("Informasi Tambahan") is recorded here in its own variable, with weight 0: it never changes the index.',
        variables: [
          {
            id: 'sarpras.indikator',
            name: 'Sarana Prasarana',
            nameEn: 'Facilities',
            indicators: [
              {
                id: 'sarpras.parkir',
                name: 'Tersedia tempat parkir dengan fasilitas pendukung yang memadai',
                nameEn: 'Parking with adequate supporting facilities',
                weight: 15,
                answer: rubric(
                  'Tidak tersedia tempat parkir.',
                  'Tersedia tempat parkir dan memiliki 1 fasilitas parkir.',
                  'Tersedia tempat parkir dan memiliki 2 fasilitas parkir.',
                  'Tersedia tempat parkir dan memiliki 3 fasilitas parkir.',
                  'Tersedia tempat parkir dan memiliki 4 fasilitas parkir.',
                  'Tersedia tempat parkir dan memiliki 5 atau lebih fasilitas parkir.',
                ),
                provenance: INSIDE,
                notes: 'F-02 15.c.K',
              },
              {
                id: 'sarpras.ruangTunggu',
                name: 'Tersedia ruang tunggu dengan fasilitas wajib dan pelengkap',
                nameEn: 'Waiting room with the required and additional facilities',
                weight: 23,
                answer: rubric(
                  'Tidak tersedia fasilitas apapun.',
                  'Tersedia fasilitas wajib.',
                  'Tersedia fasilitas wajib dan 1 fasilitas pelengkap.',
                  'Tersedia fasilitas wajib dan 2 fasilitas pelengkap.',
                  'Tersedia fasilitas wajib dan 3 fasilitas pelengkap.',
                  'Tersedia fasilitas wajib dan 4 atau lebih fasilitas pelengkap.',
                ),
                provenance: INSIDE,
                notes: 'F-02 16.c.As',
              },
              {
                id: 'sarpras.toilet',
                name: 'Tersedia sarana toilet pengguna layanan yang layak pakai',
                nameEn: 'Usable toilets for service users',
                weight: 20,
                answer: rubric(
                  'Tidak tersedia toilet pengguna layanan.',
                  'Toilet pengguna layanan dengan 1 kondisi.',
                  'Toilet pengguna layanan dengan 2 kondisi.',
                  'Toilet pengguna layanan dengan 3 kondisi.',
                  'Toilet pengguna layanan dengan 4 kondisi.',
                  'Toilet pengguna layanan dengan lebih dari 4 kondisi.',
                ),
                provenance: INSIDE,
                notes: 'F-02 17.c.As',
              },
              {
                id: 'sarpras.kelompokRentan',
                name: 'Tersedia sarana prasarana bagi pengguna layanan kelompok rentan',
                nameEn: 'Facilities for vulnerable groups',
                weight: 20,
                answer: rubric(
                  'Tidak tersedia sarana prasarana bagi pengguna layanan kelompok rentan.',
                  'Tersedia 1-3 sarana prasarana bagi pengguna layanan kelompok rentan.',
                  'Tersedia 4-6 sarana prasarana bagi pengguna layanan kelompok rentan.',
                  'Tersedia 7-9 sarana prasarana bagi pengguna layanan kelompok rentan.',
                  'Tersedia 10-12 sarana prasarana bagi pengguna layanan kelompok rentan.',
                  'Tersedia 13 atau lebih sarana prasarana bagi pengguna layanan kelompok rentan.',
                ),
                provenance: INSIDE,
                notes: 'F-02 18.c.K',
              },
              {
                id: 'sarpras.penunjang',
                name: 'Tersedia sarana prasarana penunjang',
                nameEn: 'Supporting facilities (e.g. first aid, prayer room, canteen)',
                weight: 11,
                answer: rubric(
                  'Tidak tersedia fasilitas penunjang.',
                  'Tersedia 1 fasilitas penunjang.',
                  'Tersedia 2 fasilitas penunjang.',
                  'Tersedia 3 fasilitas penunjang.',
                  'Tersedia 4 fasilitas penunjang.',
                  'Tersedia 5 atau lebih fasilitas penunjang.',
                ),
                provenance: INSIDE,
                notes: 'F-02 19.c.As',
              },
              {
                id: 'sarpras.frontOffice',
                name: 'Sarana Front Office (FO) Informasi di unit layanan',
                nameEn: 'Front office / information desk',
                weight: 11,
                answer: rubric(
                  'Tidak tersedia sarana FO informasi layanan.',
                  'Tersedia sarana FO informasi layanan dengan 1 fasilitas.',
                  'Tersedia sarana FO informasi layanan dengan 2 fasilitas.',
                  'Tersedia sarana FO informasi layanan dengan 3 fasilitas.',
                  'Tersedia sarana FO informasi layanan dengan 4 fasilitas.',
                  'Tersedia sarana FO informasi layanan dengan 5 atau lebih fasilitas.',
                ),
                provenance: INSIDE,
                notes: 'F-02 20.c.B',
              },
            ],
          },
          {
            id: 'tambahan',
            name: 'Informasi Tambahan',
            nameEn: 'Supplementary information (not scored)',
            indicators: [
              {
                id: 'tambahan.sistemAntrian',
                name: 'Tersedia sistem antrian untuk menunjang pelayanan',
                nameEn: 'Queueing system supporting the service (recorded, not scored)',
                weight: 0,
                answer: rubric(
                  'Tidak tersedia sistem antrian.',
                  'Tersedia sistem antrian dengan 1 fasilitas.',
                  'Tersedia sistem antrian dengan 2 fasilitas.',
                  'Tersedia sistem antrian dengan 3 fasilitas.',
                  'Tersedia sistem antrian dengan 4 fasilitas.',
                  'Tersedia sistem antrian dengan lebih dari 4 fasilitas.',
                ),
                provenance: SUPPLEMENTARY,
                notes: 'F-02 Informasi Tambahan',
              },
            ],
          },
        ],
      },
      {
        id: 'sipp',
        name: 'Sistem Informasi Pelayanan Publik',
        nameEn: 'Public-service information system',
        weight: 11,
        provenance: ASPECT,
        variables: [
          {
            id: 'sipp.indikator',
            name: 'Sistem Informasi Pelayanan Publik',
            nameEn: 'Public-service information system',
            indicators: [
              {
                id: 'sipp.informasiPublik',
                name: 'Tersedia sistem informasi pelayanan publik untuk informasi publik',
                nameEn: 'Information system for public information',
                weight: 30,
                answer: rubric(
                  'Tidak tersedia sistem informasi pelayanan publik baik elektronik maupun non elektronik.',
                  'Tersedia sistem informasi pelayanan publik non elektronik melalui media lisan (pusat informasi).',
                  'Tersedia sistem informasi pelayanan publik non elektronik melalui media lisan (pusat informasi) serta media papan pengumuman dan media cetak.',
                  'Tersedia Sistem informasi pelayanan publik elektronik namun belum online (e-kiosk/ display TV/ layar monitor).',
                  'Tersedia Sistem informasi pelayanan publik berbasis online/website.',
                  'Sistem informasi pelayanan publik telah online/website dan terhubung dengan sistem informasi pelayanan publik nasional serta telah menginput layanan yang ditetapkan ke dalam sistem informasi pelayanan publik nasional.',
                ),
                provenance: INSIDE,
                notes: 'F-02 21.d.T',
              },
              {
                id: 'sipp.pendukungOperasional',
                name: 'Tersedia sistem informasi pelayanan publik pendukung operasional pelayanan',
                nameEn: 'Information system supporting service operations',
                weight: 20,
                answer: rubric(
                  'Tidak tersedia sistem informasi pendukung operasional pelayanan publik.',
                  'Tersedia sistem informasi pendukung operasional pelayanan dengan 1 kondisi.',
                  'Tersedia sistem informasi pendukung operasional pelayanan dengan 2 kondisi.',
                  'Tersedia sistem informasi pendukung operasional pelayanan dengan 3 kondisi.',
                  'Tersedia sistem informasi pendukung operasional pelayanan dengan 4 kondisi.',
                  'Tersedia sistem informasi pendukung operasional pelayanan dengan lebih dari 4 kondisi.',
                ),
                provenance: INSIDE,
                notes: 'F-02 22.d.B',
              },
              {
                id: 'sipp.kualitasElektronik',
                name: 'Kualitas penggunaan SIPP Elektronik (Website/Aplikasi)',
                nameEn: 'Quality of the electronic information system (website / app)',
                weight: 20,
                answer: rubric(
                  'SIPP Elektronik tidak terhubung secara daring.',
                  'SIPP Elektronik berbasis website/aplikasi mudah dioperasikan.',
                  'SIPP Elektronik berbasis website/aplikasi mudah dioperasikan, mudah diakses.',
                  'SIPP Elektronik berbasis website/aplikasi mudah dioperasikan, mudah diakses, navigasi yang mudah dipahami.',
                  'SIPP Elektronik berbasis website/aplikasi yang mudah dioperasikan, mudah diakses, navigasi yang mudah dipahami, merupakan kanal digital pemerintah resmi (domain.go.id).',
                  'SIPP Elektronik berbasis website/aplikasi yang mudah dioperasikan, mudah diakses, navigasi yang mudah dipahami, merupakan kanal digital pemerintah resmi (domain.go.id) dan kompatibel.',
                ),
                provenance: INSIDE,
                notes: 'F-02 23.d.As',
              },
              {
                id: 'sipp.pemutakhiranData',
                name: 'Pemutakhiran data dan informasi kanal digital',
                nameEn: 'Digital channels kept up to date',
                weight: 30,
                answer: rubric(
                  'Tersedia data dan informasi pelayanan publik yang tidak dimutakhirkan.',
                  'Pemutakhiran data dan informasi pelayanan publik telah dilakukan secara tahunan.',
                  'Pemutakhiran data dan informasi pelayanan publik telah dilakukan secara semesteran.',
                  'Pemutakhiran data dan informasi pelayanan publik secara bulanan.',
                  'Pemutakhiran data dan informasi pelayanan publik dilakukan secara mingguan.',
                  'Pemutakhiran data dan informasi pelayanan publik dilakukan secara harian dan detail/sangat lengkap.',
                ),
                provenance: INSIDE,
                notes: 'F-02 24.d.T',
              },
            ],
          },
        ],
      },
      {
        id: 'pengaduan',
        name: 'Konsultasi dan Pengaduan',
        nameEn: 'Consultation and complaints',
        weight: 10,
        provenance: ASPECT,
        variables: [
          {
            id: 'pengaduan.indikator',
            name: 'Konsultasi dan Pengaduan',
            nameEn: 'Consultation and complaints',
            indicators: [
              {
                id: 'pengaduan.tatapMuka',
                name: 'Tersedia sarana konsultasi dan pengaduan secara tatap muka yang berkualitas',
                nameEn: 'Face-to-face consultation and complaint facilities',
                weight: 20,
                answer: rubric(
                  'Tidak tersedia Sarana konsultasi pengaduan pengguna layanan.',
                  'Sarana konsultasi pengaduan pengguna layanan dengan 1 fasilitas.',
                  'Sarana konsultasi pengaduan pengguna layanan dengan 2 fasilitas.',
                  'Sarana konsultasi pengaduan pengguna layanan dengan 3 fasilitas.',
                  'Sarana konsultasi pengaduan pengguna layanan dengan 4 fasilitas.',
                  'Sarana konsultasi pengaduan pengguna layanan dengan 5 atau lebih fasilitas.',
                ),
                provenance: INSIDE,
                notes: 'F-02 25.e.P',
              },
              {
                id: 'pengaduan.media',
                name: 'Tersedia sarana dan media konsultasi serta pengaduan yang bisa dimanfaatkan semua lapisan masyarakat',
                nameEn: 'Consultation and complaint channels usable by every group',
                weight: 25,
                answer: rubric(
                  'Tidak ada sarana dan petugas.',
                  'Hanya terdapat media konsultasi dan pengaduan secara offline menyatu dengan front office.',
                  'Hanya terdapat media konsultasi dan pengaduan secara offline namun terpisah dengan front office.',
                  'Terdapat media konsultasi dan pengaduan secara offline menyatu satu dengan front office dan tersedia secara online.',
                  'Terdapat media konsultasi dan pengaduan secara offline secara terpisah dari front office, serta tersedia secara online.',
                  'Terdapat media konsultasi dan pengaduan secara offline terpisah dari front office, dan terhubung dengan SP4N-LAPOR!',
                ),
                provenance: INSIDE,
                notes: 'F-02 26.e.P',
              },
              {
                id: 'pengaduan.akuntabilitas',
                name: 'Tersedia akuntabilitas hasil konsultasi dan/atau pengaduan',
                nameEn: 'Accountability of consultation and complaint results',
                weight: 25,
                answer: rubric(
                  'Tidak ada dokumentasi.',
                  'Terdapat dokumentasi yang diarsipkan.',
                  'Terdapat dokumentasi yang diarsipkan dan dituangkan dalam laporan.',
                  'Terdapat dokumentasi diarsipkan, dituangkan dalam laporan, dan dilakukan monev.',
                  'Terdapat dokumentasi diarsipkan, dituangkan dalam laporan, dilakukan monev, dan ditindaklanjuti.',
                  'Terdapat dokumentasi diarsipkan, dituangkan dalam laporan, dilakukan monev, ditindaklanjuti, dan dipublikasikan.',
                ),
                provenance: INSIDE,
                notes: 'F-02 27.e.Ak',
              },
              {
                id: 'pengaduan.tindakLanjut',
                name: 'Tersedia tindak lanjut atas konsultasi dan pengaduan dari semua lapisan masyarakat',
                nameEn: 'Follow-up of consultations and complaints',
                weight: 30,
                answer: rubric(
                  'Tidak ada konsultasi atau pengaduan yang ditindaklanjuti.',
                  '< 50% konsultasi atau pengaduan ditindaklanjuti hingga selesai yang tidak menggunakan SP4N-LAPOR!.',
                  '≥ 50% konsultasi atau pengaduan ditindaklanjuti hingga selesai yang tidak menggunakan SP4N-LAPOR!.',
                  '< 50% konsultasi atau pengaduan yang masuk ke SP4N-LAPOR! dan ditindaklanjuti hingga selesai.',
                  '≥ 50% < 90% konsultasi atau pengaduan yang masuk ke SP4N-LAPOR! dan ditindaklanjuti hingga selesai.',
                  '≥ 90% konsultasi atau pengaduan yang masuk ke SP4N-LAPOR! dan ditindaklanjuti hingga selesai.',
                ),
                provenance: INSIDE,
                notes: 'F-02 28.e.Ak',
              },
            ],
          },
        ],
      },
      {
        id: 'inovasi',
        name: 'Inovasi',
        nameEn: 'Innovation',
        weight: 12,
        provenance: ASPECT,
        variables: [
          {
            id: 'inovasi.indikator',
            name: 'Inovasi',
            nameEn: 'Innovation',
            indicators: [
              {
                id: 'inovasi.penciptaan',
                name: 'Penciptaan Inovasi Pelayanan Publik',
                nameEn: 'Creating a public-service innovation',
                weight: 50,
                answer: rubric(
                  'Tidak tersedia inovasi.',
                  'Belum ada inovasi, masih dalam proses pembelajaran berinovasi.',
                  'Sudah ada inovasi namun kurang dari 1 tahun.',
                  'Sudah ada inovasi lebih dari 1 tahun namun belum diikutsertakan dalam kompetisi (level apapun).',
                  'Sudah ada inovasi lebih dari 1 tahun dan sudah diikutsertakan dalam kompetisi level apapun.',
                  'Inovasi yang dilaksanakan sudah mendapatkan prestasi pada level (apapun).',
                ),
                provenance: INSIDE,
                notes: 'F-02 29.f.B',
              },
              {
                id: 'inovasi.keberlanjutan',
                name: 'Sumber daya yang mendukung keberlanjutan Inovasi Pelayanan Publik',
                nameEn: 'Resources that sustain the innovation',
                weight: 50,
                answer: rubric(
                  'Belum ada sumber daya yang mendukung keberlanjutan inovasi.',
                  'Sumber daya yang mendukung keberlanjutan inovasi dalam bentuk rancangan payung hukum.',
                  'Sumber daya yang mendukung keberlanjutan inovasi dalam bentuk payung hukum.',
                  'Sumber daya yang mendukung keberlanjutan inovasi dalam bentuk payung hukum dan 1 kondisi lainnya.',
                  'Sumber daya yang mendukung keberlanjutan inovasi dalam bentuk payung hukum dan 2 kondisi lainnya.',
                  'Sumber daya yang mendukung keberlanjutan inovasi dalam bentuk payung hukum dan 3 kondisi lainnya.',
                ),
                provenance: INSIDE,
                notes: 'F-02 30.f.B',
              },
            ],
          },
        ],
      },
    ],
  } as const))();
