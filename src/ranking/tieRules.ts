/**
 * Where an entity stands among the entities of its group, as a {@link TieRule} sees it.
 * Positions are counted on the shown (rounded) score, so entities showing the same score
 * are tied however their unrounded scores differ.
 *
 * @example
 * ```ts
 * import type { TiePosition } from 'kepatuhan';
 * // Scores 97.13, 94.35, 94.35, 93.71: the second 94.35 sees
 * const p: TiePosition = { above: 1, distinctAbove: 1, tied: 2, indexInTie: 1 };
 * ```
 * @category Ranking
 */
export interface TiePosition {
  /** Entities of the group whose shown score is strictly higher. */
  readonly above: number;
  /** Distinct shown scores in the group strictly higher than this one. */
  readonly distinctAbove: number;
  /** Entities sharing this shown score, this one included (at least 1). */
  readonly tied: number;
  /** Zero-based place of this entity among those tied, after the tie-breaker. */
  readonly indexInTie: number;
}

/**
 * A tie rule: turns a {@link TiePosition} into a rank (a finite number of at least 1).
 * The built-in rules are in {@link tieRules}; pass your own function to `rank`, `compare`
 * or `sensitivity` for anything else.
 *
 * @example
 * ```ts
 * import { rank, type TieRule } from 'kepatuhan';
 * // "Everyone tied shares the best rank, and the next rank is skipped" is the default;
 * // this rule gives tied entities the worst rank of their block instead.
 * const pessimistic: TieRule = (p) => p.above + p.tied;
 * rank([{ id: 'a', score: 90 }, { id: 'b', score: 90 }], { tie: pessimistic }).map((r) => r.rank); // [2, 2]
 * ```
 * @category Ranking
 */
export type TieRule = (position: TiePosition) => number;

/**
 * The built-in tie rules. The domain reference (§4) finds no published rule, so the choice
 * is the caller's; `competition` is the default everywhere.
 *
 * - `competition` — "1224": tied entities share the best rank, the next rank skips (1, 2, 2, 4).
 * - `dense` — "1223": tied entities share a rank, no rank is skipped (1, 2, 2, 3).
 * - `ordinal` — "1234": every entity gets its own rank; ties are ordered by the caller's
 *   `tieBreaker`, then by `id`, so the order is stable and never depends on input order.
 * - `modifiedCompetition` — "1334": tied entities share the worst rank of their block.
 * - `fractional` — "1 2.5 2.5 4": tied entities share the mean of the ranks they span.
 *
 * @example
 * ```ts
 * import { rank, tieRules } from 'kepatuhan';
 * const scores = [{ id: 'a', score: 97 }, { id: 'b', score: 95 }, { id: 'c', score: 95 }, { id: 'd', score: 90 }];
 * rank(scores, { tie: 'competition' }).map((r) => r.rank); // [1, 2, 2, 4]
 * rank(scores, { tie: 'dense' }).map((r) => r.rank); // [1, 2, 2, 3]
 * rank(scores, { tie: tieRules.ordinal }).map((r) => r.rank); // [1, 2, 3, 4]
 * ```
 * @category Ranking
 */
export const tieRules = /*#__PURE__*/ Object.freeze({
  /** 1, 2, 2, 4: one plus the number of entities with a higher shown score. */
  competition: ((p) => p.above + 1) as TieRule,
  /** 1, 2, 2, 3: one plus the number of distinct higher shown scores. */
  dense: ((p) => p.distinctAbove + 1) as TieRule,
  /** 1, 2, 3, 4: ties ordered by the tie-breaker, then by id. */
  ordinal: ((p) => p.above + p.indexInTie + 1) as TieRule,
  /** 1, 3, 3, 4: tied entities share the worst rank of their block. */
  modifiedCompetition: ((p) => p.above + p.tied) as TieRule,
  /** 1, 2.5, 2.5, 4: tied entities share the mean of the ranks they span. */
  fractional: ((p) => p.above + (p.tied + 1) / 2) as TieRule,
});

/**
 * The name of a built-in tie rule: `'competition'`, `'dense'`, `'ordinal'`,
 * `'modifiedCompetition'` or `'fractional'` (see {@link tieRules}).
 *
 * @example
 * ```ts
 * import type { TieRuleName } from 'kepatuhan';
 * const rule: TieRuleName = 'dense';
 * ```
 * @category Ranking
 */
export type TieRuleName = keyof typeof tieRules;

/**
 * Every built-in tie rule name, default first.
 *
 * @example
 * ```ts
 * import { TIE_RULE_NAMES } from 'kepatuhan';
 * TIE_RULE_NAMES[0]; // "competition"
 * ```
 * @category Ranking
 */
export const TIE_RULE_NAMES: readonly TieRuleName[] = /*#__PURE__*/ Object.freeze(['competition', 'dense', 'ordinal', 'modifiedCompetition', 'fractional']);
