import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a JSON fixture from ../shared/fixtures (the project's sibling folder). */
export function sharedFixture<T>(name: string): T {
  const url = new URL(`../../../shared/fixtures/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
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

export const seeds = (): SeedResults => sharedFixture<SeedResults>('seed-results.json');
export const sumut2022 = (): SumutResult[] => sharedFixture<{ results: SumutResult[] }>('sumut-2022.json').results;
