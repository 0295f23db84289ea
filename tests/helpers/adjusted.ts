import type { UnitScore } from '../../src/index.js';

/**
 * A unit result as scoreUnit records it when given `options.adjustment` (the Ombudsman 2023
 * "variabel substantif" correction and cap; the option lives on main alongside this work):
 * the score after the correction (not below 0) and the cap, and an `adjustment` record with
 * the score before. Built by hand here, on the 2-decimal grid.
 */
export function adjusted(r: UnitScore, correction: number, cap: number | null): UnitScore {
  const before = Math.round(r.score * 100);
  let after = Math.max(0, before - Math.round(correction * 100));
  const clamped = before - Math.round(correction * 100) < 0;
  const capped = cap !== null && after > Math.round(cap * 100);
  if (capped) after = Math.round(cap! * 100);
  const adjustment = { correction, cap, barredZone: null, reason: null, scoreBefore: r.score, classificationBefore: r.classification, capped, clamped };
  return { ...r, score: after / 100, adjustment } as UnitScore;
}
