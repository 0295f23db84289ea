import { readFileSync } from 'node:fs';

/**
 * Reads a JSON fixture from examples/data/ inside this repository (copies of published
 * results, with their sources in examples/data/README.md). Nothing is read from outside the
 * checkout, so a fresh clone with nothing beside it passes `npm test`.
 */
export function repoFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8')) as T;
}

export interface SeedRegion {
  region: string;
  province: string;
  year: number;
  source: string;
  units: { name: string; score: number }[];
  reported: { score?: number; category?: string; zone?: string; opinion?: string; rankInProvince?: number; rankNational?: number; previous?: { score?: number; rankInProvince?: number; rankNational?: number }; delta?: number };
}

export interface SeedResults {
  regions: SeedRegion[];
  provinceRankings: { province: string; year: number; source: string; results: { region: string; score: number; zone: string; opinion: string }[] }[];
}

export interface SumutResult {
  year: number;
  entity: string;
  type: string;
  province: string;
  score: number;
  category: string;
  zone: string;
  rank: number | null;
  rankOf: number | null;
  source: string;
}

export const seeds = (): SeedResults => repoFixture<SeedResults>('seed-results.json');
export const sumut2022 = (): SumutResult[] => repoFixture<{ results: SumutResult[] }>('sumut-2022.json').results;
