/**
 * Exact reported scores at speed, for `sensitivity` (thousands of runs × units).
 *
 * The score is first evaluated in doubles, mirroring `evaluateExact` (same hierarchical
 * re-spread). Every quantity is non-negative, so the double result is within a small,
 * provable relative error of the exact one: at most (N + 16) · 2⁻⁵⁰ of |min| + |range|
 * for N weights, a generous bound (a first-order analysis gives about 2(N + 12) · 2⁻⁵³).
 * When the scaled score (score × 10^decimals) lies farther than that bound from every
 * rounding boundary (k + ½ for the half modes, k for floor/ceil/truncate), rounding the
 * double gives the exact answer; otherwise the score is recomputed exactly with bigint
 * rationals. Either way the result equals `roundToScaled(evaluateExact(...).score)`.
 *
 * @internal
 */
import { roundToScaled, toNumber, ZERO, type Rational } from '../../internal/rational.js';
import type { CompiledMethodology } from '../../model/internal/compiled.js';
import { evaluateExact, normOf } from '../../scoring/internal/evaluate.js';

export interface FastUnit {
  /** Answers in grid units. */
  readonly units: Float64Array;
  /** 1 where the indicator counts. */
  readonly counts: Uint8Array;
  /** Normalised answers as doubles (units − offset) / span. */
  readonly normF: Float64Array;
}

export interface FastModel {
  readonly c: CompiledMethodology;
  readonly ind: Float64Array;
  readonly vars: Float64Array;
  readonly dims: Float64Array;
  readonly lo: number;
  readonly range: number;
  readonly pow: number;
  /** Error bound in scaled units; Infinity forces the exact path. */
  readonly guard: number;
}

/** Doubles for the weights of a compiled methodology, and the error bound. */
export function fastModel(c: CompiledMethodology): FastModel {
  const ind = Float64Array.from(c.indicators, (i) => toNumber(i.weight));
  const vars = Float64Array.from(c.variables, (v) => toNumber(v.weight));
  const dims = Float64Array.from(c.dimensions, (d) => toNumber(d.weight));
  const lo = toNumber(c.lo);
  const range = toNumber(c.hi) - lo;
  const pow = 10 ** c.rounding.decimals;
  const N = ind.length + vars.length + dims.length;
  let guard = pow * (Math.abs(lo) + Math.abs(range)) * (N + 16) * 2 ** -50;
  // Weights too small or too large for doubles, or scores beyond 2^50 on the grid: always exact.
  const tiny = (xs: Float64Array, rs: readonly Rational[]): boolean => xs.some((x, k) => (x === 0 && rs[k]!.n !== 0n) || !Number.isFinite(x) || (x !== 0 && x < 1e-250));
  if (
    tiny(ind, c.indicators.map((i) => i.weight)) ||
    tiny(vars, c.variables.map((v) => v.weight)) ||
    tiny(dims, c.dimensions.map((d) => d.weight)) ||
    !Number.isFinite(guard) ||
    pow * (Math.abs(lo) + Math.abs(range)) > 2 ** 50 ||
    guard > 0.01
  )
    guard = Number.POSITIVE_INFINITY;
  return { c, ind, vars, dims, lo, range, pow, guard };
}

/** Reads a unit's grid-unit answers for the fast path. */
export function fastUnit(c: CompiledMethodology, units: Float64Array, counts: Uint8Array): FastUnit {
  const normF = new Float64Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const a = c.indicators[i]!.answer;
    normF[i] = counts[i] === 1 ? (units[i]! - a.offset) / a.span : 0;
  }
  return { units, counts, normF };
}

/** The exact reported score × 10^decimals. */
export function exactScaled(c: CompiledMethodology, u: FastUnit): bigint {
  const norm: Rational[] = [];
  for (let i = 0; i < u.units.length; i++) {
    const a = c.indicators[i]!.answer;
    norm.push(u.counts[i] === 1 ? normOf(u.units[i]!, a.offset, a.span) : ZERO);
  }
  return roundToScaled(evaluateExact(c, norm, u.counts).score, c.rounding.decimals, c.rounding.mode);
}

/** The reported score × 10^decimals, exactly (doubles when provably safe, bigint otherwise). */
export function fastScaled(m: FastModel, u: FastUnit): bigint {
  if (m.guard === Number.POSITIVE_INFINITY) return exactScaled(m.c, u);
  const c = m.c;
  let wTot = 0;
  let sTot = 0;
  for (const d of c.dimensions) {
    let wd = 0;
    let sd = 0;
    for (const vi of d.variables) {
      const v = c.variables[vi]!;
      let wv = 0;
      let sv = 0;
      for (const i of v.indicators) {
        if (u.counts[i] !== 1) continue;
        const w = m.ind[i]!;
        wv += w;
        sv += w * u.normF[i]!;
      }
      if (wv === 0) continue;
      const vw = m.vars[vi]!;
      wd += vw;
      sd += vw * (sv / wv);
    }
    if (wd === 0) continue;
    const dw = m.dims[d.index]!;
    wTot += dw;
    sTot += dw * (sd / wd);
  }
  if (wTot === 0) return exactScaled(c, u); // throws NO_APPLICABLE_INDICATORS, as scoreUnit does
  const x = (m.lo + m.range * (sTot / wTot)) * m.pow;
  const f = Math.floor(x);
  const y = x - f;
  const mode = c.rounding.mode;
  switch (mode) {
    case 'floor':
    case 'ceil':
    case 'truncate':
      if (y <= m.guard || 1 - y <= m.guard) return exactScaled(c, u);
      return BigInt(mode === 'floor' ? f : mode === 'ceil' ? f + 1 : x < 0 ? f + 1 : f);
    default:
      if (Math.abs(y - 0.5) <= m.guard) return exactScaled(c, u);
      return BigInt(y < 0.5 ? f : f + 1);
  }
}
