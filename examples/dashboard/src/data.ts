// The seed data (copies of published results in examples/data, with their sources) as one
// list of governments. Unit scores are kept where the source published them.
import seed from '../../data/seed-results.json';
import sumut from '../../data/sumut-2022.json';

export type GovernmentType = 'kabupaten' | 'kota' | 'provinsi';

export interface Government {
  readonly id: string;
  readonly name: string;
  readonly province: string;
  readonly year: number;
  readonly type: GovernmentType;
  /** The assessed units' published scores (empty when the source gave only the government's score). */
  readonly units: readonly { readonly name: string; readonly score: number }[];
  /** The government's score as published, when there is one. */
  readonly published: number | null;
  readonly source: string;
}

const typeOf = (name: string): GovernmentType => (name.startsWith('Kota') ? 'kota' : name.startsWith('Provinsi') ? 'provinsi' : 'kabupaten');

export const governments: readonly Government[] = [
  ...seed.regions.map((r) => ({
    id: `${r.year}:${r.region}`,
    name: r.region,
    province: r.province,
    year: r.year,
    type: typeOf(r.region),
    units: r.units,
    published: 'score' in r.reported && typeof r.reported.score === 'number' ? r.reported.score : null,
    source: r.source,
  })),
  ...seed.provinceRankings.flatMap((p) =>
    p.results.map((r) => ({ id: `${p.year}:${r.region}`, name: r.region, province: p.province, year: p.year, type: typeOf(r.region), units: [], published: r.score, source: p.source })),
  ),
  ...sumut.results
    .filter((r) => r.type === 'kabupaten' || r.type === 'kota')
    .map((r) => ({
      id: `${r.year}:${r.type}:${r.entity}`,
      name: `${r.type === 'kota' ? 'Kota' : 'Kabupaten'} ${r.entity}`,
      province: r.province,
      year: r.year,
      type: r.type as GovernmentType,
      units: [],
      published: r.score,
      source: r.source,
    })),
];

/** The rounds in the data, newest first, each with the provinces it covers. */
export const rounds: readonly { readonly year: number; readonly provinces: readonly string[] }[] = [...new Set(governments.map((g) => g.year))]
  .sort((a, b) => b - a)
  .map((year) => ({ year, provinces: [...new Set(governments.filter((g) => g.year === year).map((g) => g.province))] }));
