/**
 * The float-integer kernel of a compiled methodology: per-indicator integer multipliers and
 * one affine map so a score is computed in doubles exactly, or nothing when some intermediate
 * could pass 2^53.
 *
 * @internal
 */
import { div, fromInt, lcm, pow10, sub, type Rational } from '../../internal/rational.js';
import type { RoundingRule } from '../../rounding/rounding.js';
import type { CompiledIndicator, Kernel } from './compiled.js';

const LIMIT = 2n ** 53n;

/** Builds the float-integer kernel, or returns undefined when some intermediate could pass 2^53. */
export function buildKernel(indicators: readonly CompiledIndicator[], lo: Rational, hi: Rational, rounding: RoundingRule): Kernel | undefined {
  // c_i = share_i / span_i; N/D = Σ c_i (a_i − offset_i) with D the lcm of the denominators.
  let D = 1n;
  const cs: Rational[] = [];
  for (const ind of indicators) {
    const c = div(ind.share, fromInt(ind.answer.span));
    cs.push(c);
    D = lcm(D, c.d);
    if (D >= LIMIT) return undefined;
  }
  const mult = new Float64Array(indicators.length);
  for (let i = 0; i < cs.length; i++) {
    const m = (cs[i]!.n * D) / cs[i]!.d;
    if (m * BigInt(indicators[i]!.answer.span) >= LIMIT) return undefined;
    mult[i] = Number(m);
  }
  // 10^dec · score = 10^dec · lo + 10^dec · (hi − lo) · N / D = (alpha·N + beta) / q
  const range = sub(hi, lo);
  const p = pow10(rounding.decimals);
  let alpha = p * range.n * lo.d;
  let beta = p * lo.n * range.d * D;
  let q = lo.d * range.d * D;
  let g = gcdAll(alpha, beta, q);
  if (g > 1n) {
    alpha /= g;
    beta /= g;
    q /= g;
  }
  const absBeta = beta < 0n ? -beta : beta;
  if (alpha * D + absBeta + q >= LIMIT) return undefined;
  const INT32 = 2 ** 31;
  const dense = Uint8Array.from(indicators, (i) =>
    i.answer.grid === 1 &&
    i.answer.offset >= -INT32 &&
    i.answer.offset + i.answer.span < INT32 && (i.answer.levels === undefined || new Set(i.answer.levels.values()).size === i.answer.span + 1) ? 1 : 0,
  );
  return Object.freeze({
    mult,
    dense,
    allDense: dense.every((d) => d === 1),
    offset: Float64Array.from(indicators, (i) => i.answer.offset),
    span: Float64Array.from(indicators, (i) => i.answer.span),
    grid: Float64Array.from(indicators, (i) => i.answer.grid),
    alpha: Number(alpha),
    beta: Number(beta),
    q: Number(q),
  });
}

function gcdAll(...xs: bigint[]): bigint {
  let g = 0n;
  for (let x of xs) {
    if (x < 0n) x = -x;
    let a = g;
    let b = x;
    while (b !== 0n) [a, b] = [b, a % b];
    g = a;
  }
  return g;
}
