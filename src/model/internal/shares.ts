/**
 * Sets the share of every dimension, variable and indicator: the product of the shares at the
 * three levels, each a weight over the total of its group.
 *
 * @internal
 */
import { div, mul, toNumber, ZERO } from '../../internal/rational.js';
import type { CompiledDimension, CompiledIndicator, CompiledVariable } from './compiled.js';
import { sumOf } from './weights.js';

/** Fills in the shares of a valid structure (each indicator is replaced by a copy with its share). */
export function setShares(dimensions: readonly CompiledDimension[], variables: readonly CompiledVariable[], indicators: CompiledIndicator[]): void {
  const dimTotal = sumOf(dimensions.map((d) => d.weight));
  for (const d of dimensions) {
    const dShare = div(d.weight, dimTotal);
    const varTotal = sumOf(d.variables.map((v) => variables[v]!.weight));
    (d as { shareNumber: number }).shareNumber = toNumber(dShare);
    for (const vi of d.variables) {
      const v = variables[vi]!;
      const vShare = mul(dShare, div(v.weight, varTotal));
      (v as { shareNumber: number }).shareNumber = toNumber(vShare);
      const indTotal = sumOf(v.indicators.map((i) => indicators[i]!.weight));
      for (const ii of v.indicators) {
        const ind = indicators[ii]!;
        // A variable without its own weight weighs the sum of its indicators; when they are all
        // zero the variable weighs nothing and so do they (never divide by a zero total).
        const share = indTotal.n === 0n ? ZERO : mul(vShare, div(ind.weight, indTotal));
        indicators[ii] = { ...ind, share, shareNumber: toNumber(share) };
      }
    }
  }
}
