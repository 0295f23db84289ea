import { trustedMethodology } from '../model/internal/trusted.js';
import type { DimensionSpec, IndicatorIdOf, IndicatorSpec } from '../model/methodology.js';
import type { Provenance } from '../provenance/provenance.js';
import { ombudsman2023 } from './ombudsman2023.js';
import { ombudsman2025 as scale } from './scales/ombudsman2025.js';

const PO61 = 'Peraturan Ombudsman 61/2025; lampost.co, Feb 2026 (domain reference §3)';

const fourDimensions = (weight2022: string): Provenance => ({
  confidence: 'assumed',
  source: PO61,
  note: `Input, proses, output and pengaduan together weigh 70 % [1]; the split inside the 70 % is not public: assumed proportional to the 2022–2024 weight (${weight2022} % × 0.7).`,
});
const percent = { kind: 'percent', decimals: 2 } as const;

/** One secondary-data indicator, its id typed as the literal `output.sekunder.<id>`. */
function secondary<const Id extends string>(id: Id, name: string, nameEn: string): IndicatorSpec<`output.sekunder.${Id}`> {
  return {
    id: `output.sekunder.${id}` as const,
    name,
    nameEn,
    weight: 25,
    answer: percent,
    provenance: {
      confidence: 'assumed',
      source: PO61,
      note: 'Output uses secondary data from BPS, KemenPAN-RB, Kemendagri and Bappenas [2+]; which figures, how they are normalised and weighted is not public: one indicator per source, the source\'s figure normalised by you to 0–100, equal weights assumed.',
    },
  };
}

/**
 * The ids of the 2023–2024 indicators of dimension `D` carried into 2025: the 2023 preset's
 * literal ids under `D.` when it has them, otherwise any `D.…` id (every carried id starts with
 * its dimension's id; tests/presets/ombudsman2025.test.ts checks it).
 */
type CarriedId<D extends string> = string extends IndicatorIdOf<typeof ombudsman2023>
  ? `${D}.${string}`
  : Extract<IndicatorIdOf<typeof ombudsman2023>, `${D}.${string}`>;

/**
 * A 2023–2024 dimension (`ombudsman2023`, the latest public list) reused for 2025: its weight scaled into the 70 %, its indicators
 * carried over with their weights, and every carried number marked assumed for 2025.
 */
function carried<const D extends 'input' | 'proses' | 'pengaduan'>(id: D): DimensionSpec<CarriedId<D>> {
  const d = ombudsman2023.dimensions.find((x) => x.id === id)!;
  const w2022 = String(d.weight);
  return {
    ...d,
    weight: scaled(w2022),
    provenance: fourDimensions(w2022),
    notes: `${d.notes ?? ''} Indicators carried over from ombudsman2023 (2023–2024), assumed unchanged in 2025.`.trim(),
    variables: d.variables.map((v) => ({
      ...v,
      indicators: v.indicators.map((i) => ({
        ...i,
        provenance: {
          confidence: 'assumed',
          ...(i.provenance?.source !== undefined ? { source: i.provenance.source } : {}),
          note: `Carried over from 2023–2024 (ombudsman2023, ${i.provenance?.confidence ?? 'unspecified'} there): the 2025 indicators are not public and are assumed unchanged. ${i.provenance?.note ?? ''}`.trim(),
        },
      })),
    })),
    // The ids are the 2022 ones of dimension `id`, all starting with `${id}.` (see CarriedId).
  } as unknown as DimensionSpec<CarriedId<D>>;
}

/** 0.7 × a decimal weight, exactly, as a decimal string (21.85 → "15.295"). */
function scaled(w: string): string {
  const [i = '0', f = ''] = w.split('.');
  const units = BigInt(i + f) * 7n; // × 7 / 10
  const places = f.length + 1;
  const s = units.toString().padStart(places + 1, '0');
  return `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`.replace(/\.?0+$/, '');
}

/**
 * The Ombudsman RI "Opini Ombudsman" methodology from 2025 ("penilaian maladministrasi",
 * Peraturan Ombudsman 61/2025): the four dimensions input, proses, output and pengaduan
 * together weigh 70 %, public trust ("kepercayaan masyarakat") 30 % (domain reference §3);
 * classified on {@link kepatuhan!scales}.ombudsman2025 (the A–E bands; zones kept but disputed).
 *
 * Assumed, and marked so in every `provenance`: the split inside the 70 % (proportional to the
 * 2022–2024 weights: 15.295, 22.659, 16.968, 15.078); the input, proses and pengaduan
 * indicators and their weights (carried over from {@link kepatuhan!presets}.ombudsman2023, same ids, 0–3 interval); output as four
 * secondary-data indicators (BPS, KemenPAN-RB, Kemendagri, Bappenas) that you normalise to
 * 0–100; public trust as one 0–100 index.
 *
 * Pass `followedUpCorrectiveActions: true` to {@link kepatuhan!scoreUnit} or {@link kepatuhan!aggregate} when the
 * entity followed up the Ombudsman's corrective actions: the opinion then reads e.g.
 * "Kualitas Tertinggi Tanpa Maladministrasi".
 *
 * @example
 * ```ts
 * import { presets, scoreUnit } from 'kepatuhan';
 * const m = presets.ombudsman2025;
 * m.dimensions.map((d) => d.weight); // ["15.295", "22.659", "16.968", "15.078", 30]
 * const answers = Object.fromEntries(m.dimensions.flatMap((d) => d.variables.flatMap((v) =>
 *   v.indicators.map((i) => [i.id, i.answer.kind === 'percent' ? 100 : 3]))));
 * const r = scoreUnit(m, { ...answers, 'kepercayaan.survei.indeks': 80 }, { followedUpCorrectiveActions: true });
 * r.score; // 94 (70 % of 100 + 30 % of 80)
 * r.classification.label; // "Kualitas Tertinggi Tanpa Maladministrasi"
 * ```
 * @category Presets
 */
export const ombudsman2025 = /*#__PURE__*/ (() => trustedMethodology({
  id: 'ombudsman2025',
  name: 'Ombudsman RI — Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik (Opini Ombudsman)',
  version: '2025',
  assessment: 'ombudsman',
  years: { from: 2025 },
  output: { min: 0, max: 100 },
  weights: { total: 100, tolerance: 0, renormalize: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  scale,
  provenance: {
    confidence: 'assumed',
    source: PO61,
    note: 'Assumed to keep the 2022–2024 formula (weighted indicator scores, rounded half-up to 2 decimals) with public trust as a fifth dimension of 30 %.',
  },
  notes:
    'Pass followedUpCorrectiveActions: true (scoreUnit, aggregate, classify) when the entity followed up the Ombudsman\'s corrective actions: "Tanpa Maladministrasi" is added to the opinion. ' +
    'The scale has four colour zones (hijau, kuning, merah and, new for category E, hitam) as one Ombudsman member stated them in January 2026; they are single-source and contested (scale.zoneProvenance).',
  dimensions: [
    carried('input'),
    carried('proses'),
    {
      id: 'output',
      name: 'Output',
      weight: scaled('24.24'),
      provenance: fourDimensions('24.24'),
      notes: 'From 2025 output uses secondary data (BPS, KemenPAN-RB, Kemendagri, Bappenas) [2+] instead of interviews with service users.',
      variables: [
        {
          id: 'output.sekunder',
          name: 'Data Sekunder',
          nameEn: 'Secondary data',
          indicators: [
            secondary('bps', 'Data Badan Pusat Statistik (BPS)', 'Statistics Indonesia (BPS) data'),
            secondary('kemenpanrb', 'Data Kementerian PANRB', 'Ministry of Administrative Reform data'),
            secondary('kemendagri', 'Data Kementerian Dalam Negeri', 'Ministry of Home Affairs data'),
            secondary('bappenas', 'Data Bappenas', 'National Development Planning Agency data'),
          ],
        },
      ],
    },
    carried('pengaduan'),
    {
      id: 'kepercayaan',
      name: 'Kepercayaan Masyarakat',
      nameEn: 'Public trust',
      weight: 30,
      provenance: { confidence: 'single-source', source: PO61, note: 'Public trust weighs 30 % [1].' },
      variables: [
        {
          id: 'kepercayaan.survei',
          name: 'Kepercayaan Masyarakat',
          nameEn: 'Public trust',
          indicators: [
            {
              id: 'kepercayaan.survei.indeks',
              name: 'Indeks kepercayaan masyarakat',
              nameEn: 'Public trust index',
              weight: 100,
              answer: percent,
              provenance: {
                confidence: 'assumed',
                source: PO61,
                note: 'How public trust is measured is not public: one index on 0–100 is assumed.',
              },
            },
          ],
        },
      ],
    },
  ],
}))();
