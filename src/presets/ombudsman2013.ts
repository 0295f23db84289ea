import { trustedMethodology } from '../model/internal/trusted.js';
import type { IndicatorSpec } from '../model/methodology.js';
import type { Provenance } from '../provenance/provenance.js';
import { ombudsman2013 as scale } from './scales/ombudsman2013.js';

const UU25 = 'UU 25/2009 tentang Pelayanan Publik';
const ITEMS = 17;
const yesNo = { kind: 'yesNo' } as const;

const itemWeight = (article: string): Provenance => ({
  confidence: 'assumed',
  source: `${UU25} ${article}`,
  note: `The item follows ${UU25} ${article}; the Ombudsman's 2013–2021 checklist items and weights are not public (domain reference §1): the item is assumed, and every one of the ${ITEMS} items is assumed to weigh the same. Override with your own checklist.`,
});

const sectionWeight = (items: number, grouping: string): Provenance => ({
  confidence: 'assumed',
  note: `The 2013 monitoring sections are not public: this section is assumed (${grouping}) and weighs its ${items} of ${ITEMS} equally weighted items.`,
});

/** The items of one section, with ids `prefix.id` typed as that literal union. */
function items<const Prefix extends string, const Item extends string>(
  prefix: Prefix,
  list: readonly (readonly [id: Item, name: string, nameEn: string])[],
  weight: string,
  provenance: Provenance,
): IndicatorSpec<`${Prefix}.${Item}`>[] {
  return list.map(([id, name, nameEn]) => ({ id: `${prefix}.${id}` as const, name, nameEn, weight, answer: yesNo, provenance }));
}

/**
 * The Ombudsman RI compliance assessment used 2013–2021 ("Penilaian Kepatuhan terhadap
 * Standar Pelayanan Publik"), zones only: a yes/no checklist of the service-standard
 * components of UU 25/2009, checked per service product, scored 0–100 and classified into the
 * official zones ({@link kepatuhan!scales}.ombudsman2013: hijau ≥ 81.00, kuning ≥ 51.00, merah below).
 *
 * The checklist's items and weights are not public (domain reference §1). This preset ships
 * a placeholder checklist — the 14 components of UU 25/2009 Pasal 21, grouped as PermenPANRB
 * 15/2014 groups them (service delivery / management), plus the service pledge (Pasal 22),
 * the public-service information system (Pasal 23) and special services for vulnerable
 * groups (Pasal 29) — every item weighing the same and marked `assumed`. Only the scale is
 * official. Replace the checklist with {@link kepatuhan!defineMethodology} when you have the real one.
 *
 * Score each service product with {@link kepatuhan!scoreUnit}, then the unit as the mean of its
 * products with {@link kepatuhan!aggregate}. There was no round in 2020; 2021 was transitional.
 *
 * @example
 * ```ts
 * import { aggregate, presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2013;
 * const all = (v: boolean) => Object.fromEntries(m.dimensions.flatMap((d) => d.variables.flatMap((x) => x.indicators.map((i) => [i.id, v]))));
 * const ktp = scoreUnit(m, all(true)); // one service product: 100, zona hijau
 * const akta = scoreUnit(m, { ...all(true), 'penyampaian.biaya': false, 'pengelolaan.evaluasi': false });
 * akta.score; // 88.24 (15 of 17 items)
 * const unit = aggregate([ktp, akta], { scale: m.scale }); // the unit: mean of its products
 * unit.score; // 94.12
 * unit.classification?.zone; // "hijau"
 * ```
 * @category Presets
 */
export const ombudsman2013 = /*#__PURE__*/ (() => trustedMethodology({
  id: 'ombudsman2013',
  name: 'Ombudsman RI — Penilaian Kepatuhan terhadap Standar Pelayanan Publik (2013–2021)',
  version: '2013',
  assessment: 'ombudsman',
  years: { from: 2013, to: 2021 },
  output: { min: 0, max: 100 },
  weights: { total: 100, tolerance: 0, renormalize: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  scale,
  provenance: {
    confidence: 'assumed',
    source: 'Ombudsman RI compliance assessments 2013–2021 (domain reference §1)',
    note:
      'What is known: the Ombudsman checked the components of the service standard (UU 25/2009) per service product at each unit (2019: 17,717 products in 2,366 units) and published two-decimal scores in three zones. ' +
      'Assumed: a product score is the weighted share of items fulfilled × 100, rounded half-up to 2 decimals, and a unit score is the mean of its products\' scores.',
  },
  notes:
    'Score each service product with scoreUnit, then the unit with aggregate(productScores) (mean of the products\' two-decimal scores, half-up). ' +
    'No assessment round was held in 2020. 2021 was transitional: electronically published standards were added to the weighting; that weight is not public.',
  dimensions: [
    {
      id: 'penyampaian',
      name: 'Komponen Standar Pelayanan terkait Proses Penyampaian Pelayanan',
      nameEn: 'Service-standard components on service delivery (published to users)',
      weight: `${6 * 100}/${ITEMS}`,
      provenance: sectionWeight(6, 'the service-delivery components of UU 25/2009 Pasal 21, as grouped by PermenPANRB 15/2014'),
      variables: [
        {
          id: 'penyampaian.publikasi',
          name: 'Standar pelayanan tersedia dan dipublikasikan',
          nameEn: 'Service standard available and published',
          indicators: items(
            'penyampaian',
            [
              ['persyaratan', 'Persyaratan', 'Requirements'],
              ['prosedur', 'Sistem, mekanisme, dan prosedur', 'System, mechanism and procedure'],
              ['waktu', 'Jangka waktu penyelesaian', 'Completion time'],
              ['biaya', 'Biaya/tarif', 'Cost/fee'],
              ['produk', 'Produk pelayanan', 'Service product'],
              ['pengaduan', 'Penanganan pengaduan, saran, dan masukan', 'Handling of complaints and suggestions'],
            ],
            '100/6',
            itemWeight('Pasal 21'),
          ),
        },
      ],
    },
    {
      id: 'pengelolaan',
      name: 'Komponen Standar Pelayanan terkait Proses Pengelolaan Pelayanan',
      nameEn: 'Service-standard components on service management (internal)',
      weight: `${8 * 100}/${ITEMS}`,
      provenance: sectionWeight(8, 'the management components of UU 25/2009 Pasal 21, as grouped by PermenPANRB 15/2014'),
      variables: [
        {
          id: 'pengelolaan.ketersediaan',
          name: 'Komponen pengelolaan tersedia',
          nameEn: 'Management components in place',
          indicators: items(
            'pengelolaan',
            [
              ['dasar-hukum', 'Dasar hukum', 'Legal basis'],
              ['sarana', 'Sarana, prasarana, dan/atau fasilitas', 'Facilities'],
              ['kompetensi', 'Kompetensi pelaksana', 'Staff competence'],
              ['pengawasan', 'Pengawasan internal', 'Internal supervision'],
              ['jumlah', 'Jumlah pelaksana', 'Number of staff'],
              ['jaminan', 'Jaminan pelayanan', 'Service guarantee'],
              ['keamanan', 'Jaminan keamanan dan keselamatan pelayanan', 'Security and safety guarantees'],
              ['evaluasi', 'Evaluasi kinerja pelaksana', 'Staff performance evaluation'],
            ],
            '100/8',
            itemWeight('Pasal 21'),
          ),
        },
      ],
    },
    {
      id: 'pendukung',
      name: 'Maklumat, Sistem Informasi, dan Pelayanan Khusus',
      nameEn: 'Service pledge, information system and special services',
      weight: `${3 * 100}/${ITEMS}`,
      provenance: sectionWeight(3, 'other obligations of UU 25/2009 on service delivery: service pledge, information system, special services'),
      variables: [
        {
          id: 'pendukung.ketersediaan',
          name: 'Tersedia dan dipublikasikan',
          nameEn: 'Available and published',
          indicators: [
            { id: 'pendukung.maklumat', name: 'Maklumat pelayanan', nameEn: 'Service pledge (Maklumat)', weight: '100/3', answer: yesNo, provenance: itemWeight('Pasal 22') },
            { id: 'pendukung.informasi', name: 'Sistem informasi pelayanan publik', nameEn: 'Public-service information system', weight: '100/3', answer: yesNo, provenance: itemWeight('Pasal 23') },
            { id: 'pendukung.khusus', name: 'Pelayanan khusus bagi kelompok rentan', nameEn: 'Special services for vulnerable groups', weight: '100/3', answer: yesNo, provenance: itemWeight('Pasal 29') },
          ],
        },
      ],
    },
  ],
}))();
