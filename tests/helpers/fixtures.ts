import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a JSON fixture from ../shared/fixtures (the project's sibling folder). The folder is
 * looked up from this file upwards, so tests also find it from a copy of the project deeper
 * in the tree (Stryker's sandbox in .stryker-tmp/).
 */
export function sharedFixture<T>(name: string): T {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'shared', 'fixtures', name);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
    const up = dirname(dir);
    if (up === dir) throw new Error(`fixture ${name} not found in any shared/fixtures folder above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
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
