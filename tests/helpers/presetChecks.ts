/**
 * Invariants every built-in preset must satisfy, registered as tests by each preset's test
 * file. Expected values are computed here independently of the library (own fraction
 * arithmetic, own band enumeration).
 */
import { describe, expect, it } from 'vitest';
import { classify, defineMethodology, scoreUnit, type AnswerSpec, type Methodology } from '../../src/index.js';

/** An exact fraction p/q with bigint parts, q > 0 (independent of src/internal/rational). */
export interface Frac {
  p: bigint;
  q: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
export const frac = (p: bigint, q = 1n): Frac => {
  const g = gcd(p, q) || 1n;
  return q < 0n ? { p: -p / g, q: -q / g } : { p: p / g, q: q / g };
};
export const fadd = (a: Frac, b: Frac): Frac => frac(a.p * b.q + b.p * a.q, a.q * b.q);
export const fmul = (a: Frac, b: Frac): Frac => frac(a.p * b.p, a.q * b.q);
export const feq = (a: Frac, b: Frac): boolean => a.p * b.q === b.p * a.q;

/** Reads "12.22", 12.22, "87.78/9", "15.295" as an exact fraction. */
export function parseFrac(w: number | string): Frac {
  const s = String(w).trim();
  const slash = s.indexOf('/');
  if (slash >= 0) {
    const a = parseFrac(s.slice(0, slash));
    const b = parseFrac(s.slice(slash + 1));
    return frac(a.p * b.q, a.q * b.p);
  }
  const m = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(s);
  if (m === null) throw new Error(`not a decimal: ${s}`);
  const digits = BigInt(`${m[2]}${m[3] ?? ''}`) * (m[1] === '-' ? -1n : 1n);
  return frac(digits, 10n ** BigInt((m[3] ?? '').length));
}

export function indicators(m: Methodology) {
  return m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
}

/** The highest and lowest answer of an indicator. */
export function extremeAnswer(a: AnswerSpec, which: 'max' | 'min'): number | boolean | string {
  switch (a.kind) {
    case 'interval':
    case 'ordinal':
      return a[which];
    case 'yesNo':
      return which === 'max';
    case 'percent':
      return which === 'max' ? 100 : 0;
    case 'levels': {
      const sorted = [...a.levels].sort((x, y) => Number(x.value) - Number(y.value));
      return (which === 'max' ? sorted[sorted.length - 1] : sorted[0])!.key;
    }
  }
}

export function allAnswers(m: Methodology, which: 'max' | 'min'): Record<string, number | boolean | string> {
  return Object.fromEntries(indicators(m).map((i) => [i.id, extremeAnswer(i.answer, which)]));
}

function collectObjects(value: unknown, out: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value);
    for (const v of Object.values(value)) collectObjects(v, out);
  }
  return out;
}

export function checkPresetInvariants(m: Methodology): void {
  describe(`${m.id}: invariants of every preset`, () => {
    it('every group of sibling weights sums to the declared total, exactly', () => {
      const total = parseFrac(m.weights.total);
      const sum = (ws: readonly (number | string)[]): Frac => ws.map(parseFrac).reduce(fadd, frac(0n));
      expect(feq(sum(m.dimensions.map((d) => d.weight)), total)).toBe(true);
      for (const d of m.dimensions) {
        const weighted = d.variables.every((v) => v.weight !== undefined);
        if (weighted) {
          expect(feq(sum(d.variables.map((v) => v.weight!)), total), d.id).toBe(true);
          for (const v of d.variables) expect(feq(sum(v.indicators.map((i) => i.weight)), total), v.id).toBe(true);
        } else {
          expect(feq(sum(d.variables.flatMap((v) => v.indicators.map((i) => i.weight))), total), d.id).toBe(true);
        }
      }
    });

    it('its scale spans the output range and every reportable value lies in exactly one band', () => {
      const s = m.scale;
      expect(s.min).toBe(Number(m.output.min));
      expect(s.max).toBe(Number(m.output.max));
      const step = 10 ** s.decimals;
      const lo = Math.round(s.min * step);
      const hi = Math.round(s.max * step);
      for (let k = lo; k <= hi; k++) {
        // Integer comparisons on the grid: k / step against each band's bounds.
        const inBand = s.bands.filter((b) => {
          const bmin = Math.round(b.min * step);
          const bmax = Math.round(b.max * step);
          return (b.minInclusive ? k >= bmin : k > bmin) && (b.maxInclusive ? k <= bmax : k < bmax);
        });
        expect(inBand.length, `${k / step}`).toBe(1);
        if (k % 97 === 0 || k === lo || k === hi) expect(classify(k / step, s).category).toBe(inBand[0]!.category);
      }
    });

    it('all answers at their maximum give the maximum score, all at their minimum the minimum', () => {
      expect(scoreUnit(m, allAnswers(m, 'max')).score).toBe(Number(m.output.max));
      expect(scoreUnit(m, allAnswers(m, 'min')).score).toBe(Number(m.output.min));
    });

    it('survives a JSON round trip: the parsed copy defines the same methodology and scores the same', () => {
      const copy = JSON.parse(JSON.stringify(m)) as Methodology;
      expect(copy).toEqual(m);
      const again = defineMethodology(copy);
      expect(again).toEqual(m);
      const mixed = Object.fromEntries(indicators(m).map((i, n) => [i.id, extremeAnswer(i.answer, n % 3 === 0 ? 'min' : 'max')]));
      expect(scoreUnit(again, mixed).score).toBe(scoreUnit(m, mixed).score);
    });

    it('is deeply frozen: every nested object is frozen and mutation attempts throw', () => {
      for (const o of collectObjects(m)) expect(Object.isFrozen(o)).toBe(true);
      const before = JSON.stringify(m);
      const mutable = m as unknown as Record<string, any>;
      expect(() => {
        mutable['id'] = 'changed';
      }).toThrow(TypeError);
      expect(() => {
        mutable['dimensions'][0].weight = 0;
      }).toThrow(TypeError);
      expect(() => {
        mutable['dimensions'].push({});
      }).toThrow(TypeError);
      expect(() => {
        mutable['dimensions'][0].variables[0].indicators[0].provenance.confidence = 'regulation';
      }).toThrow(TypeError);
      expect(() => {
        mutable['scale'].bands[0].min = -1;
      }).toThrow(TypeError);
      expect(JSON.stringify(m)).toBe(before);
    });

    it('every weight, band and the scale carry a provenance', () => {
      const missing: string[] = [];
      if (m.provenance === undefined) missing.push('methodology');
      for (const d of m.dimensions) {
        if (d.provenance === undefined) missing.push(d.id);
        for (const v of d.variables) {
          if (v.weight !== undefined && v.provenance === undefined) missing.push(v.id);
          for (const i of v.indicators) if (i.provenance === undefined) missing.push(i.id);
        }
      }
      if (m.scale.provenance === undefined) missing.push('scale');
      for (const b of m.scale.bands) if (b.provenance === undefined) missing.push(`band ${b.category}`);
      expect(missing).toEqual([]);
      for (const p of collectObjects(m).filter((o): o is { confidence: string; note?: string } => 'confidence' in o))
        if (p.confidence === 'assumed') expect(p.note, 'an assumption is stated in words').toMatch(/\w{3,}/);
    });
  });
}
