/**
 * Deliberate search for answers whose reported score lands on a band edge (a band's `min`
 * or `max`, hence also the grid value either side of every boundary) and on the rounding
 * edges just below a band (unrounded xx.xx5 … xx.xx9 that round up into it).
 *
 * A walk raises the answers one step at a time from all-minimum to all-maximum, in a
 * random order; the score never decreases along it (every indicator is monotone), so a
 * binary search finds the first step whose reported score reaches a target. When the walk's
 * steps are finer than the scale's grid, that step reports exactly the target and its
 * unrounded value is the smallest one that rounds to it: the case that catches a category
 * taken from the unrounded value, a boundary written at the wrong place, or a rounding rule
 * that differs at a tie.
 *
 * @internal
 */
import { mulberry32, type Random } from '../../analysis/internal/prng.js';
import type { Scale } from '../../classification/scale.js';
import { cmp, pow10, rat, roundToScaled, scaledToNumber } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import { evaluateExact } from '../../scoring/internal/evaluate.js';
import type { IndicatorDomain } from './domains.js';

/**
 * The reported index of a survey whose every respondent answered every element (answers as
 * positions), by the exact evaluation `scoreSurvey` uses: element i's normalised mean is
 * Σ grid units above its minimum ÷ (respondents × span). Only to steer the
 * search, which is thousands of evaluations; every case found is then checked with
 * `scoreSurvey` itself.
 */
export function fullSurveyScore(c: CompiledMethodology, domains: readonly IndicatorDomain[]): (questionnaires: readonly (readonly number[])[]) => SurveyEvaluation {
  const ones = c.indicators.map(() => 1);
  return (qs) => {
    const n = BigInt(qs.length);
    const norm = c.indicators.map((ind, i) => {
      let sum = 0;
      for (const q of qs) sum += domains[i]!.units(q[i]!);
      return rat(BigInt(sum), n * BigInt(ind.answer.span));
    });
    const { decimals, mode } = c.rounding;
    const exact = evaluateExact(c, norm, ones).score;
    const k = roundToScaled(exact, decimals, mode);
    const doubled = rat(exact.n * 2n * pow10(decimals), exact.d); // odd integer: exactly halfway
    return { reported: scaledToNumber(k, decimals), roundedUp: cmp(exact, rat(k, pow10(decimals))) < 0, tie: doubled.d === 1n && doubled.n % 2n !== 0n };
  };
}

/** A monotone walk: state 0 is all-minimum, state `length` all-maximum. */
interface Walk<S> {
  readonly length: number;
  at(step: number): S;
}

const step = (scale: Scale): number => 10 ** -scale.decimals;

/** Every band edge of a scale on its grid (each band's first and last grid value), ascending. */
export function bandEdges(scale: Scale): number[] {
  const set = new Set<number>([scale.min, scale.max]);
  for (const b of scale.bands) {
    set.add(b.min);
    set.add(b.max);
    set.add(lowestOf(b, scale));
    if (!b.maxInclusive) set.add(Number((b.max - step(scale)).toFixed(scale.decimals)));
  }
  return [...set].filter((x) => x >= scale.min && x <= scale.max).sort((a, b) => a - b);
}

/** The first grid value of a band. */
const lowestOf = (b: Scale['bands'][number], scale: Scale): number => (b.minInclusive ? b.min : Number((b.min + step(scale)).toFixed(scale.decimals)));

/** The first grid value of every band but the lowest: the values a rounding edge rounds up to. */
export function lowerBounds(scale: Scale): number[] {
  return scale.bands.map((b) => lowestOf(b, scale)).filter((x) => x > scale.min);
}

function shuffle<T>(xs: T[], random: Random): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = random() % (i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** Raises `cells` (each with `size` positions) fully, one after the other, in the given order. */
function cellWalk(sizes: readonly number[], order: readonly number[]): Walk<number[]> {
  const length = order.reduce((s, c) => s + sizes[c]! - 1, 0);
  return {
    length,
    at(step) {
      const pos = sizes.map(() => 0);
      let left = step;
      for (const c of order) {
        if (left <= 0) break;
        const up = Math.min(sizes[c]! - 1, left);
        pos[c] = up;
        left -= up;
      }
      return pos;
    },
  };
}

/**
 * States of the walk whose reported score is a target, and the state just before each
 * (the grid value below the edge), found by binary search.
 */
function searchWalk<S>(walk: Walk<S>, score: (s: S) => number | undefined, targets: readonly number[], found: S[]): void {
  const top = score(walk.at(walk.length));
  for (const t of targets) {
    const k = firstAtLeast(walk, score, t, top);
    if (k === undefined) continue;
    found.push(walk.at(k)); // reports t, or the first grid value above it when the steps are coarse
    if (k > 0) found.push(walk.at(k - 1));
  }
}

/** The first step of the walk whose score is at least `t` (binary search), if any. */
function firstAtLeast<S>(walk: Walk<S>, score: (s: S) => number | undefined, t: number, top = score(walk.at(walk.length))): number | undefined {
  if (top === undefined || top < t) return undefined;
  let lo = 0;
  let hi = walk.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const s = score(walk.at(mid));
    if (s !== undefined && s >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Answer positions (one questionnaire) whose reported scores are on the band edges of
 * `scale`; `score` answers the reported score of positions (undefined when it cannot).
 */
export function unitEdges(
  domains: readonly IndicatorDomain[],
  scale: Scale,
  score: (positions: readonly number[]) => number | undefined,
  seed: number,
  tries: number,
  evaluate?: (positions: readonly number[]) => SurveyEvaluation,
): number[][] {
  const random = mulberry32(seed ^ 0x5eed);
  const sizes = domains.map((d) => d.size);
  const targets = bandEdges(scale);
  const found: number[][] = [];
  const ties = new Set<number>();
  for (let t = 0; t < tries; t++) {
    const walk = cellWalk(sizes, shuffle(sizes.map((_, i) => i), random));
    searchWalk(walk, score, targets, found);
    if (evaluate !== undefined) scanTies(walk, evaluate, 4, found, ties);
  }
  return dedupe(found);
}

/** A survey's reported index, whether its exact value lies below it (it was rounded up), and whether it was exactly halfway (xx.xx5). */
export interface SurveyEvaluation {
  readonly reported: number;
  readonly roundedUp: boolean;
  readonly tie: boolean;
}

/** Most walk states scanned one by one for rounding ties. */
const TIE_SCAN = 5000;

/**
 * States whose exact score lies exactly halfway between two grid values (xx.xx5 with 2
 * decimals), where half-up, half-even and truncation differ: every state of short walks is
 * scanned, at most `limit` ties with distinct reported scores are kept.
 */
function scanTies<S>(walk: Walk<S>, evaluate: (s: S) => SurveyEvaluation, limit: number, found: S[], seen: Set<number>): void {
  if (walk.length > TIE_SCAN) return;
  for (let k = 0; k <= walk.length && seen.size < limit; k++) {
    const at = walk.at(k);
    const e = evaluate(at);
    if (e.tie && !seen.has(e.reported)) {
      seen.add(e.reported);
      found.push(at);
    }
  }
}

/**
 * Surveys (questionnaires of answer positions) whose reported scores are on the band edges:
 * the walk runs over every (respondent, element) cell. First, for each edge, the fewest
 * questionnaires (up to 100) whose walk reports it exactly, and for the first grid value of a
 * band the fewest whose exact index was rounded up to it (88.305 → 88.31): small cases come
 * first, so a failure is found on a small survey and shrinks well. Then up to four surveys
 * whose exact index is a rounding tie (xx.xx5), on the fewest questionnaires (up to 24; with
 * SKM the first is 8: 25 · S / 72 = 3.125 · S / 9). Then `tries` walks, the
 * first with `maxRespondents` questionnaires (finest steps: with SKM each is 25 / (9n)
 * points), the others with a random number.
 */
export function surveyEdges(
  domains: readonly IndicatorDomain[],
  scale: Scale,
  evaluate: (questionnaires: readonly (readonly number[])[]) => SurveyEvaluation,
  seed: number,
  tries: number,
  maxRespondents: number,
): number[][][] {
  const random = mulberry32(seed ^ 0x5eed);
  const targets = bandEdges(scale);
  const m = domains.length;
  const score = (qs: readonly (readonly number[])[]): number => evaluate(qs).reported;
  const walkFor = (n: number): Walk<number[][]> => {
    const sizes = Array.from({ length: n * m }, (_, c) => domains[c % m]!.size);
    const flat = cellWalk(sizes, shuffle(sizes.map((_, i) => i), random));
    return {
      length: flat.length,
      at: (step) => {
        const pos = flat.at(step);
        return Array.from({ length: n }, (_, r) => pos.slice(r * m, (r + 1) * m));
      },
    };
  };
  const found: number[][][] = [];
  if (tries > 0) {
    const lower = new Set(lowerBounds(scale));
    for (const t of targets) {
      let exact = false;
      let roundedUp = !lower.has(t);
      for (let n = 1; n <= Math.min(maxRespondents, 100) && !(exact && roundedUp); n++) {
        const walk = walkFor(n);
        const k = firstAtLeast(walk, score, t);
        if (k === undefined) continue;
        const at = walk.at(k);
        const e = evaluate(at);
        if (e.reported !== t) continue;
        if (!exact || (!roundedUp && e.roundedUp)) found.push(at);
        exact = true;
        roundedUp ||= e.roundedUp;
      }
    }
  }
  // Rounding ties (xx.xx5), on the fewest questionnaires whose walk is short enough to scan.
  if (tries > 0) {
    const ties = new Set<number>();
    for (let n = 1; n <= Math.min(maxRespondents, 24) && ties.size < 4; n++) scanTies(walkFor(n), evaluate, 4, found, ties);
  }
  for (let t = 0; t < tries; t++) searchWalk(walkFor(t === 0 ? maxRespondents : 1 + (random() % maxRespondents)), score, targets, found);
  return dedupe(found);
}

function dedupe<T>(xs: readonly T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const key = JSON.stringify(x);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
