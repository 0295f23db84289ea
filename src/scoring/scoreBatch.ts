import { KepatuhanError } from '../errors/KepatuhanError.js';
import { describe, isArray, isPlainRecord, own, readArray, readOptions } from '../internal/input.js';
import { roundToScaled, ZERO, type Rational } from '../internal/rational.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import type { CompiledMethodology, Kernel } from '../model/internal/compiled.js';
import type { Methodology } from '../model/methodology.js';
import type { RoundingMode } from '../rounding/rounding.js';
import type { MissingPolicy } from './answers.js';
import { evaluateExact, kernelRound, normOf, roundDivNumber } from './internal/evaluate.js';
import { floorDiv, floorShift } from './internal/floorForm.js';
import { readMissing } from './internal/readMissing.js';

/**
 * Options of {@link scoreBatch}.
 *
 * @example
 * ```ts
 * import type { ScoreBatchOptions } from 'kepatuhan';
 * const o: ScoreBatchOptions = { missing: 'respread', into: new Float64Array(1000) };
 * ```
 * @category Scoring
 */
export interface ScoreBatchOptions {
  /** What a `NaN` cell means: `'error'` (default) throws, `'zero'` scores the minimum, `'respread'` treats it as not applicable. */
  readonly missing?: MissingPolicy;
  /** Write the scores here instead of a new array (length ≥ number of units). */
  readonly into?: Float64Array;
}

/** Largest answer matrix {@link scoreBatch} takes (cells), as a typed array and as any other list. */
const MAX_CELLS = 2 ** 31;
const MAX_LIST_CELLS = 2 ** 24;
/** Most units (rows) in one call: the output alone is 8 bytes per unit. */
const MAX_UNITS = 10_000_000;

// The intrinsic typed-array accessors: a brand check that never throws, and a length that an
// own `length` property or a Proxy cannot fake.
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag)!.get!;
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length')!.get!;
/** The typed array's kind (`"Float64Array"` …) or undefined for anything else. */
const typedArrayKind = (v: unknown): string | undefined => typedArrayTag.call(v) as string | undefined;

/**
 * Scores many units at once from a row-major answer matrix, exactly, without building
 * breakdowns: the fast path for dashboards and simulations. Row `r` holds unit `r`'s answers
 * in {@link indicatorOrder}; each cell is the answer's numeric value (the level value for
 * `levels`, 1/0 for yes/no); `NaN` is a missing answer, handled by `options.missing`.
 * Scores equal `scoreUnit(...).score` for the same answers: the same exact arithmetic, rounded
 * by the methodology's rule.
 *
 * @param methodology - a preset or a {@link defineMethodology} result
 * @param answers - `units × indicators` numbers, row-major (a `Float64Array` is fastest)
 * @param options - missing policy; `into` to reuse an output array
 * @returns the rounded score of every unit
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (a plain spec, a copy), `INVALID_TYPE` for a non-object (path `methodology`); `INVALID_TYPE` if the length is not a multiple of the
 *   indicator count; `INVALID_ANSWER`, `ANSWER_OUT_OF_RANGE`, `MISSING_ANSWER` for a bad cell
 *   (path `answers[i]`); `NO_APPLICABLE_INDICATORS`; `INVALID_OPTION`; `TOO_LARGE` for more
 *   than 10,000,000 units, a typed array of more than 2^31 cells or a plain list of more than
 *   2^24 cells; `UNREADABLE_INPUT` when a Proxy or getter in a plain list throws (typed arrays
 *   are read in place, plain lists copied once)
 * @example
 * ```ts
 * import { indicatorOrder, presets, scoreBatch } from 'kepatuhan';
 * const m = presets.ombudsman2022;
 * const n = indicatorOrder(m).length;
 * const answers = new Float64Array(2 * n).fill(3); // two units, all answers 3
 * answers[n] = 2; // the second unit scores 2 on the first indicator
 * scoreBatch(m, answers); // a Float64Array
 * Array.from(scoreBatch(m, answers)); // [100, 99.11]
 * ```
 * @category Scoring
 */
export function scoreBatch(methodology: Methodology, answers: ArrayLike<number>, options?: ScoreBatchOptions): Float64Array {
  const c = requireMethodology(methodology, 'methodology');
  const missing = readMissing(options);
  const into = own(readOptions(options), 'into', 'options');
  const n = c.indicators.length;
  // A typed array is read in place (its cells cannot throw); anything else is copied once with
  // checked reads, so a Proxy or a getter cannot fail (or change) in the middle of the scoring.
  let cells: ArrayLike<number>;
  let len: number;
  const kind = typedArrayKind(answers);
  if (kind === 'BigInt64Array' || kind === 'BigUint64Array')
    throw new KepatuhanError('INVALID_TYPE', `answers must hold numbers, got a ${kind} of bigints`, 'answers');
  if (kind !== undefined) {
    cells = answers;
    len = typedArrayLength.call(answers) as number;
  } else if (isArray(answers) || isPlainRecord(answers)) {
    cells = readArray(answers, 'answers', MAX_LIST_CELLS) as number[];
    len = cells.length;
  } else {
    throw new KepatuhanError('INVALID_TYPE', `answers must be an array or typed array of numbers, got ${describe(answers)}`, 'answers');
  }
  if (len > MAX_CELLS) throw new KepatuhanError('TOO_LARGE', `at most ${MAX_CELLS.toLocaleString('en')} cells can be scored at once, got ${len.toLocaleString('en')}`, 'answers');
  if (len % n !== 0)
    throw new KepatuhanError('INVALID_TYPE', `answers must hold a whole number of rows of ${n} cells, got length ${describe(len)}`, 'answers');
  const units = len / n;
  if (units > MAX_UNITS) throw new KepatuhanError('TOO_LARGE', `at most ${MAX_UNITS.toLocaleString('en')} units can be scored at once, got ${units.toLocaleString('en')}`, 'answers');
  if (into !== undefined && (typedArrayKind(into) !== 'Float64Array' || (typedArrayLength.call(into) as number) < units))
    throw new KepatuhanError('INVALID_OPTION', `into must be a Float64Array of length ≥ ${units}`, 'options.into');
  const out = (into as Float64Array | undefined) ?? new Float64Array(units);
  const { decimals, mode } = c.rounding;
  const p = 10 ** decimals;
  const k = c.kernel;
  if (k === undefined) {
    for (let r = 0; r < units; r++) out[r] = slowRow(c, cells, r * n, missing);
    return out;
  }
  if (k.allDense) {
    // Hot path: whole-number answers checked and summed in one pass, no allocation. A row with
    // any cell off its grid, out of range or NaN goes to the slow path, which reports it.
    const { offset, span, mult, alpha, beta, q } = k;
    if (offset.every((o) => o === 0)) {
      // Ranges starting at 0 (Ombudsman 0–3, yes/no). When every span is 2^k − 1 (3, 1, 7 …),
      // `(v & S) === v` alone says v is a whole number in 0…S: `&` yields a whole number in
      // 0…S, so equality fails for NaN, fractions, negatives and anything above S (a huge v
      // wraps mod 2^32 but is then unequal to the small result). One test per cell, no load
      // of the span when all spans are equal.
      const common = span[0]!;
      if (span.every((s) => s === common) && (common & (common + 1)) === 0) {
        // maskedBlocks: four rows at a time, each rounded by its floor form. Only a Float64Array
        // takes it, so the hot loop stays monomorphic. Any other list, and halfEven (or a mode
        // that depends on the sign when a score can be below 0: no floor form), take the loop
        // below, which rounds with a division and remainder.
        const f = kind === 'Float64Array' ? floorForm(k, mode, common) : undefined;
        if (f !== undefined) {
          const { A, B, Q } = f;
          const invQ = 1 / Q;
          for (let r = 0; r < units; ) {
            r = maskedBlocks(cells as Float64Array, r, units, n, common | 0, mult, A, B, Q, invQ, p, out);
            if (r < units) out[r] = slowRow(c, cells, r * n, missing), r++;
          }
          return out;
        }
      }
      // Otherwise `(v >>> 0) === v` says v is a whole number in [0, 2^32) (NaN, negatives and
      // fractions fail), then one bound check.
      for (let r = 0, base = 0; r < units; r++, base += n) {
        let sum = 0;
        let i = 0;
        for (; i < n; i++) {
          const v = cells[base + i]!;
          if (v >>> 0 !== v || v > span[i]!) break;
          sum += mult[i]! * v;
        }
        out[r] = i === n ? roundDivNumber(alpha * sum + beta, q, mode) / p : slowRow(c, cells, base, missing);
      }
      return out;
    }
    for (let r = 0, base = 0; r < units; r++, base += n) {
      let sum = 0;
      let i = 0;
      for (; i < n; i++) {
        const v = cells[base + i]!;
        // `(v | 0) === v`: v is a whole number in int32 range (all dense ranges are, see compile),
        // so the subtraction below is exact.
        const d = v - offset[i]!;
        if ((v | 0) !== v || !(d >= 0 && d <= span[i]!)) break;
        sum += mult[i]! * d;
      }
      out[r] = i === n ? roundDivNumber(alpha * sum + beta, q, mode) / p : slowRow(c, cells, base, missing);
    }
    return out;
  }
  // Mixed grids (percent, decimal levels): convert each row to grid units in one buffer.
  const tmp = new Float64Array(n);
  for (let r = 0, base = 0; r < units; r++, base += n) {
    out[r] = toGridUnits(c, cells, base, tmp) ? kernelRound(k, tmp, 0, mode) / p : slowRow(c, cells, base, missing);
  }
  return out;
}

/** Largest |A·s + B| + 2Q allowed for {@link maskedBlocks}: 2^52, so every quantity stays below 2^53 with room for the float computation of the bound. */
const FLOOR_FORM_LIMIT = 2 ** 52;

/** ⌊(A·s + B) / Q⌋ is the rounded score × 10^decimals of a row whose weighted sum is s. */
interface FloorForm {
  readonly A: number;
  readonly B: number;
  readonly Q: number;
}

/**
 * The floor form (floorShift) of `mode` for kernel `k` with every answer in 0…S, folded with
 * the kernel's affine map N = alpha·s + beta, or undefined when the mode has none or some row
 * could take A·s + B near 2^53 (then the exact general rounding is used).
 */
function floorForm(k: Kernel, mode: RoundingMode, S: number): FloorForm | undefined {
  const { alpha, beta, q, mult } = k;
  const shift = floorShift(mode, q, alpha >= 0 && beta >= 0);
  if (shift === undefined) return undefined;
  // |s| ≤ Σ |mult_i| · S bounds every row's sum and every partial sum of it.
  let most = 0;
  for (let i = 0; i < mult.length; i++) most += Math.abs(mult[i]!) * S;
  const A = shift.a * alpha;
  const B = shift.a * beta + shift.b;
  const Q = shift.a * q;
  // Every term is a nonnegative double and rounding is monotone, so the true bound is at most
  // this float result times (1 + 2^-50): below 2^53 when the result is below 2^52.
  return Math.abs(A) * most + Math.abs(B) + 2 * Q < FLOOR_FORM_LIMIT ? { A, B, Q } : undefined;
}

/**
 * Scores rows `from …` of `cells` while every cell is a whole number in 0…S, four rows at a
 * time, and returns the first row of the first block (or row) it could not score (`units` when
 * all were scored). `t = v & S` is a whole number in 0…S, so `t === v` exactly when v is one
 * (NaN, fractions, negatives and anything above S fail; a huge v wraps mod 2^32 but is then
 * unequal to t). The four rows share each load of the multipliers; each row keeps one running
 * sum: every term is a whole number and every partial sum stays below 2^53 (floorForm), so the
 * doubles add exactly in any order, and the four sums are independent, so no addition waits on
 * the one before. Each row is then rounded exactly by floorDiv (one multiplication, a floor and
 * the exact remainder) and one division by 10^decimals. A small function of its own, called
 * with Float64Arrays only, so the engine optimises this loop alone and monomorphically.
 */
function maskedBlocks(
  cells: Float64Array,
  from: number,
  units: number,
  n: number,
  S: number,
  mult: Float64Array,
  A: number,
  B: number,
  Q: number,
  invQ: number,
  p: number,
  out: Float64Array,
): number {
  const n4 = n - (n % 4);
  let r = from;
  for (let base = from * n; r + 3 < units; r += 4, base += 4 * n) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i = 0;
    let j = base;
    for (; i < n4; i += 4, j += 4) {
      const m0 = mult[i]!;
      const m1 = mult[i + 1]!;
      const m2 = mult[i + 2]!;
      const m3 = mult[i + 3]!;
      const k1 = j + n;
      const k2 = k1 + n;
      const k3 = k2 + n;
      const a0 = cells[j]!, a1 = cells[j + 1]!, a2 = cells[j + 2]!, a3 = cells[j + 3]!;
      const b0 = cells[k1]!, b1 = cells[k1 + 1]!, b2 = cells[k1 + 2]!, b3 = cells[k1 + 3]!;
      const c0 = cells[k2]!, c1 = cells[k2 + 1]!, c2 = cells[k2 + 2]!, c3 = cells[k2 + 3]!;
      const d0 = cells[k3]!, d1 = cells[k3 + 1]!, d2 = cells[k3 + 2]!, d3 = cells[k3 + 3]!;
      const ta0 = a0 & S, ta1 = a1 & S, ta2 = a2 & S, ta3 = a3 & S;
      const tb0 = b0 & S, tb1 = b1 & S, tb2 = b2 & S, tb3 = b3 & S;
      const tc0 = c0 & S, tc1 = c1 & S, tc2 = c2 & S, tc3 = c3 & S;
      const td0 = d0 & S, td1 = d1 & S, td2 = d2 & S, td3 = d3 & S;
      s0 += m0 * ta0 + m1 * ta1 + (m2 * ta2 + m3 * ta3);
      s1 += m0 * tb0 + m1 * tb1 + (m2 * tb2 + m3 * tb3);
      s2 += m0 * tc0 + m1 * tc1 + (m2 * tc2 + m3 * tc3);
      s3 += m0 * td0 + m1 * td1 + (m2 * td2 + m3 * td3);
      if (
        ta0 !== a0 || ta1 !== a1 || ta2 !== a2 || ta3 !== a3 ||
        tb0 !== b0 || tb1 !== b1 || tb2 !== b2 || tb3 !== b3 ||
        tc0 !== c0 || tc1 !== c1 || tc2 !== c2 || tc3 !== c3 ||
        td0 !== d0 || td1 !== d1 || td2 !== d2 || td3 !== d3
      )
        return r;
    }
    for (; i < n; i++, j++) {
      const m = mult[i]!;
      const a = cells[j]!, b = cells[j + n]!, c = cells[j + 2 * n]!, d = cells[j + 3 * n]!;
      const ta = a & S, tb = b & S, tc = c & S, td = d & S;
      if (ta !== a || tb !== b || tc !== c || td !== d) return r;
      s0 += m * ta;
      s1 += m * tb;
      s2 += m * tc;
      s3 += m * td;
    }
    out[r] = floorDiv(A * s0 + B, Q, invQ) / p;
    out[r + 1] = floorDiv(A * s1 + B, Q, invQ) / p;
    out[r + 2] = floorDiv(A * s2 + B, Q, invQ) / p;
    out[r + 3] = floorDiv(A * s3 + B, Q, invQ) / p;
  }
  // The last rows (fewer than four), one at a time.
  for (let base = r * n; r < units; r++, base += n) {
    let s = 0;
    for (let j = base, end = base + n, i = 0; j < end; j++, i++) {
      const v = cells[j]!;
      const t = v & S;
      if (t !== v) return r;
      s += mult[i]! * t;
    }
    out[r] = floorDiv(A * s + B, Q, invQ) / p;
  }
  return units;
}

/** Converts a row to grid units in `tmp`; false when any cell is missing or invalid (the slow path reports it). */
function toGridUnits(c: CompiledMethodology, a: ArrayLike<number>, base: number, tmp: Float64Array): boolean {
  const n = c.indicators.length;
  for (let i = 0; i < n; i++) {
    const ans = c.indicators[i]!.answer;
    const v = a[base + i]!;
    const u = ans.grid === 1 ? v : Math.round(v * ans.grid);
    if (!(u >= ans.offset && u <= ans.offset + ans.span)) return false;
    if (ans.grid === 1 ? Math.floor(v) !== v : u / ans.grid !== v) return false;
    if (c.kernel!.dense[i] === 0 && ans.levels !== undefined && !levelSet(ans.levels).has(u)) return false;
    tmp[i] = u;
  }
  return true;
}

const levelSets = /*#__PURE__*/ new WeakMap<ReadonlyMap<string, number>, ReadonlySet<number>>();
/** Where a cell belongs, for messages: `indicator "a" in row 1`. */
const cellPlace = (id: string, row: number): string => `indicator ${JSON.stringify(id)} in row ${row}`;

/** An answer's range in its own units, for messages: `0–3`, or `0 to 3` with `' to '`. */
const rangeText = (a: { readonly offset: number; readonly span: number; readonly grid: number }, sep: string): string => `${a.offset / a.grid}${sep}${(a.offset + a.span) / a.grid}`;

function levelSet(levels: ReadonlyMap<string, number>): ReadonlySet<number> {
  let s = levelSets.get(levels);
  if (s === undefined) {
    s = new Set(levels.values());
    levelSets.set(levels, s);
  }
  return s;
}

/** Any row: checks each cell, converts to grid units, and scores exactly. */
function slowRow(c: CompiledMethodology, a: ArrayLike<number>, base: number, missing: MissingPolicy): number {
  const n = c.indicators.length;
  const norm: Rational[] = new Array<Rational>(n);
  const counts = new Uint8Array(n);
  const units = new Float64Array(n);
  let allCount = true;
  for (let i = 0; i < n; i++) {
    const ind = c.indicators[i]!;
    const ans = ind.answer;
    const v: unknown = a[base + i];
    const path = `answers[${base + i}]`;
    if (typeof v !== 'number') throw new KepatuhanError('INVALID_ANSWER', `the answer for ${cellPlace(ind.id, base / n)} must be a number (cells hold numbers only), got ${describe(v)}`, path);
    if (Number.isNaN(v)) {
      if (missing === 'error')
        throw new KepatuhanError('MISSING_ANSWER', `row ${base / n}, indicator ${JSON.stringify(ind.id)} has no answer (NaN); choose missing: "zero" or "respread"`, path);
      if (missing === 'zero') {
        units[i] = ans.offset;
        counts[i] = 1;
        norm[i] = ZERO;
      } else {
        allCount = false;
        norm[i] = ZERO;
      }
      continue;
    }
    const u = ans.grid === 1 ? v : Math.round(v * ans.grid);
    if (!Number.isFinite(v) || (ans.grid === 1 ? !Number.isInteger(v) : u / ans.grid !== v))
      throw new KepatuhanError(
        'INVALID_ANSWER',
        `the answer for ${cellPlace(ind.id, base / n)} must be ${ans.grid === 1 ? `a whole number from ${rangeText(ans, ' to ')}` : `a number from ${rangeText(ans, ' to ')} with at most ${Math.log10(ans.grid)} decimals`}, got ${describe(v)}`,
        path,
      );
    if (ans.levels !== undefined && !levelSet(ans.levels).has(u))
      throw new KepatuhanError('INVALID_ANSWER', `the answer for ${cellPlace(ind.id, base / n)} must be one of the level values ${[...levelSet(ans.levels)].sort((x, y) => x - y).map((x) => x / ans.grid).join(', ')}, got ${describe(v)}`, path);
    if (!(u >= ans.offset && u <= ans.offset + ans.span))
      throw new KepatuhanError('ANSWER_OUT_OF_RANGE', `answer ${describe(v)} for ${cellPlace(ind.id, base / n)} is outside ${rangeText(ans, '–')}`, path);
    units[i] = u;
    counts[i] = 1;
    norm[i] = normOf(u, ans.offset, ans.span);
  }
  const { decimals, mode } = c.rounding;
  if (allCount && c.kernel !== undefined) return kernelRound(c.kernel, units, 0, mode) / 10 ** decimals;
  const ev = evaluateExact(c, norm, counts);
  return Number(roundToScaled(ev.score, decimals, mode)) / 10 ** decimals;
}
