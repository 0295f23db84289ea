// What the page shows, computed with kepatuhan from the data and the chosen scale and tie rule.
import { aggregate, classify, formatScore, rank, type Classification, type Scale, type TieRuleName } from 'kepatuhan';
import type { Government } from './data.js';

export interface Row {
  readonly government: Government;
  /** The government's score: the mean of its units where they were published, else the published score. */
  readonly score: number;
  readonly fromUnits: boolean;
  readonly classification: Classification;
  /** Rank among the kabupaten and kota of its province (null for a province). */
  readonly rankInProvince: { readonly rank: number; readonly of: number } | null;
  /** Rank among the governments of the same type in the round (the data loaded here). */
  readonly rankNational: { readonly rank: number; readonly of: number };
}

export const fmt = (x: number): string => formatScore(x, { locale: 'id' });

/** The zone's display colour, or the band's colour for a scale without zones. */
export function colorOf(c: Classification): string {
  return c.color ?? '#9e9e9e';
}

export function rows(governments: readonly Government[], scale: Scale, tie: TieRuleName): Row[] {
  const scored = governments.map((g) => {
    const fromUnits = g.units.length > 0;
    const score = fromUnits ? aggregate(g.units.map((u) => u.score), { scale }).score : (g.published ?? Number.NaN);
    return { g, score, fromUnits };
  });
  const regional = scored.filter((s) => s.g.type !== 'provinsi');
  const inProvince = new Map(rank(regional.map((s) => ({ id: s.g.id, score: s.score, group: s.g.province })), { tie }).map((r) => [r.id, r]));
  const national = new Map(rank(scored.map((s) => ({ id: s.g.id, score: s.score, group: s.g.type })), { tie }).map((r) => [r.id, r]));
  return scored
    .map(({ g, score, fromUnits }) => {
      const p = inProvince.get(g.id);
      const n = national.get(g.id);
      if (n === undefined) throw new Error(`${g.id} was not ranked`);
      return {
        government: g,
        score,
        fromUnits,
        classification: classify(score, scale),
        rankInProvince: p === undefined ? null : { rank: p.rank, of: p.of },
        rankNational: { rank: n.rank, of: n.of },
      };
    })
    .sort((a, b) => b.score - a.score || a.government.name.localeCompare(b.government.name));
}
