import { defineMethodology } from '../model/defineMethodology.js';
import type { DimensionSpec, IndicatorSpec } from '../model/methodology.js';
import type { Provenance } from '../model/provenance.js';
import { pekppp2022 as scale } from './scales/pekppp2022.js';

const REG = 'PermenPANRB 29/2022, amended by PermenPANRB 4/2023';
const ASPECT: Provenance = { confidence: 'multiple-sources', source: `${REG}; idth.id; topsatu.com (domain reference §5)` };
const COUNT = 'Indicator count per aspect from the 2025 evaluation guide [1] (9, 5, 6, 4, 4, 2); indicator names are not bundled: see the regulation\'s annex.';
const ordinal = { kind: 'ordinal', min: 0, max: 5 } as const;

/** Indicators of one aspect: `weights` known, or an equal split marked assumed. */
function indicators(aspect: string, label: string, count: number, known?: readonly number[]): IndicatorSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${aspect}.${i + 1}`,
    name: `${label} — indikator ${i + 1}`,
    nameEn: `${label} — indicator ${i + 1}`,
    weight: known?.[i] ?? `100/${count}`,
    answer: ordinal,
    provenance:
      known === undefined
        ? { confidence: 'assumed', source: REG, note: `Indicator weights inside the aspect are not public: equal weights assumed (100 % / ${count}). ${COUNT}` }
        : { confidence: 'single-source', source: `${REG} (domain reference §5)`, note: `Kebijakan Pelayanan indicator weights 17, 14, 7, 14, 10, 17, 7, 7, 7 % [1]. ${COUNT}` },
  }));
}

function aspect(id: string, name: string, nameEn: string, weight: number, count: number, known?: readonly number[]): DimensionSpec {
  return {
    id,
    name,
    nameEn,
    weight,
    provenance: ASPECT,
    variables: [{ id: `${id}.indikator`, name, nameEn, indicators: indicators(id, name, count, known) }],
  };
}

/**
 * The KemenPAN-RB public-service performance evaluation (PEKPPP, "Indeks Pelayanan Publik";
 * PermenPANRB 29/2022, amended by 4/2023): six aspects — Kebijakan Pelayanan 24 %,
 * Profesionalisme SDM 25 %, Sarana Prasarana 18 %, Sistem Informasi Pelayanan Publik 11 %,
 * Konsultasi dan Pengaduan 10 %, Inovasi 12 % — with indicators scored 0–5, an index on 0–5
 * (Σ weight × score) rounded half-up to 2 decimals, and the nine categories A … F of
 * {@link scales}.pekppp2022 (A starts above 4.50).
 *
 * Known: the aspect weights [2+], Kebijakan Pelayanan's nine indicator weights [1], the
 * indicator counts per aspect [1]. Assumed: equal indicator weights in the other aspects,
 * and the rounding mode. Indicators are named by number (`kebijakan.1` …): the annex's
 * indicator names are not bundled.
 *
 * @example
 * ```ts
 * import { presets, scoreUnit } from 'kepatuhan';
 * const m = presets.pekppp2022;
 * const answers = Object.fromEntries(m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => [i.id, 4]))));
 * scoreUnit(m, answers).classification.category; // "B" (4.00: above 3.50, not above 4.00)
 * scoreUnit(m, { ...answers, 'inovasi.1': 5, 'inovasi.2': 5 }).score; // 4.12 (A-)
 * ```
 * @category Presets
 */
export const pekppp2022 = /*#__PURE__*/ (() => defineMethodology({
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
  notes: 'PermenPANRB 17/2017, used before, had other weights (not known): no preset covers years before 2022.',
  dimensions: [
    aspect('kebijakan', 'Kebijakan Pelayanan', 'Service policy', 24, 9, [17, 14, 7, 14, 10, 17, 7, 7, 7]),
    aspect('sdm', 'Profesionalisme SDM', 'Staff professionalism', 25, 5),
    aspect('sarpras', 'Sarana Prasarana', 'Facilities', 18, 6),
    aspect('sipp', 'Sistem Informasi Pelayanan Publik', 'Public-service information system', 11, 4),
    aspect('pengaduan', 'Konsultasi dan Pengaduan', 'Consultation and complaints', 10, 4),
    aspect('inovasi', 'Inovasi', 'Innovation', 12, 2),
  ],
}))();
