import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  defineMethodology,
  presets,
  ROUNDING_MODES,
  roundScore,
  scales,
  scoreUnit,
  type AnswerValue,
  type KepatuhanError,
  type DimensionSpec,
  type Methodology,
  type MethodologySpec,
  type MissingPolicy,
  type Scale,
  type ScaleSpec,
} from '../../src/index.js';
import { classifyExact } from '../../src/classification/internal/classifyExact.js';
import { pow10, rat, roundToScaled, sub, toNumber } from '../../src/internal/rational.js';
import { compileMethodology } from '../../src/model/internal/compile.js';
import { evaluateExact, kernelRound, normOf } from '../../src/scoring/internal/evaluate.js';
import { readAnswers } from '../../src/scoring/internal/readAnswers.js';
import { answerDomain, answersOf, refValuesOf, renderWeight, scaleSpecArb, unitCaseArb, unitOfArb, type UnitCase } from '../helpers/arbitraries.js';
import { F, fCmp, fracToNumber, fSum, parseWeightText, roundFrac, scaledToJs, type Frac } from '../helpers/exact.js';
import { flatIndicators, referenceScore, referenceShares } from '../helpers/reference.js';

const missingArb = fc.constantFrom<MissingPolicy>('zero', 'respread');

/** The reported score the reference computation predicts, or undefined when nothing counts. */
function expectedScore(u: UnitCase, m: Methodology, missing: MissingPolicy = 'error'): number | undefined {
  const exact = referenceScore(u.spec, refValuesOf(u, missing));
  return exact === undefined ? undefined : scaledToJs(roundFrac(exact, m.rounding.decimals, m.rounding.mode), m.rounding.decimals);
}

const withPositions = (u: UnitCase, positions: readonly number[]): UnitCase => ({ ...u, positions });
const domains = (spec: MethodologySpec) => flatIndicators(spec).map((i) => answerDomain(i.answer));

describe('scoreUnit on random methodologies (tests/helpers/arbitraries.ts)', () => {
  test.prop([unitCaseArb({ na: 1, missing: 1 }), missingArb])(
    "a unit's score equals an independent exact computation of the weighted formula, rounded by the methodology's rule",
    (u, missing) => {
      const m = defineMethodology(u.spec);
      const expected = expectedScore(u, m, missing);
      if (expected === undefined) {
        expect(() => scoreUnit(m, answersOf(u), { missing })).toThrow(expect.objectContaining({ code: 'NO_APPLICABLE_INDICATORS' }));
        return;
      }
      expect(scoreUnit(m, answersOf(u), { missing }).score).toBe(expected);
    },
  );

  test.prop([unitCaseArb({ na: 1, missing: 1 }), missingArb])(
    "a unit's unrounded score is the double nearest to the exact score, as documented",
    (u, missing) => {
      const exact = referenceScore(u.spec, refValuesOf(u, missing));
      fc.pre(exact !== undefined);
      expect(scoreUnit(defineMethodology(u.spec), answersOf(u), { missing }).unrounded).toBe(fracToNumber(exact));
    },
  );

  test.prop([unitCaseArb({ na: 1 })])("a unit's score lies in the output range", (u) => {
    const m = defineMethodology(u.spec);
    const answers = answersOf(u);
    fc.pre(expectedScore(u, m) !== undefined);
    const r = scoreUnit(m, answers);
    // Output bounds sit on the rounding grid here (whole numbers), so rounding cannot leave the range.
    expect(r.score).toBeGreaterThanOrEqual(roundScore(m.output.min, m.rounding));
    expect(r.score).toBeLessThanOrEqual(roundScore(m.output.max, m.rounding));
    expect(r.unrounded).toBeGreaterThanOrEqual(r.range.min);
    expect(r.unrounded).toBeLessThanOrEqual(r.range.max);
  });

  test.prop([unitCaseArb({ na: 1 }), fc.nat(), fc.nat()])(
    "raising one indicator's answer never lowers the score (monotonicity)",
    (u, which, by) => {
      const m = defineMethodology(u.spec);
      fc.pre(expectedScore(u, m) !== undefined);
      const i = which % u.positions.length;
      const size = domains(u.spec)[i]!.size;
      const higher = Math.min(size - 1, u.positions[i]! + 1 + (by % size));
      fc.pre(higher > u.positions[i]!);
      const raised = withPositions(u, u.positions.map((p, j) => (j === i ? higher : p)));
      const before = scoreUnit(m, answersOf(u));
      const after = scoreUnit(m, answersOf(raised));
      expect(after.score).toBeGreaterThanOrEqual(before.score);
      // And exactly, before rounding.
      expect(fCmp(referenceScore(u.spec, refValuesOf(raised))!, referenceScore(u.spec, refValuesOf(u))!)).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([unitCaseArb({ na: 1 })])('all answers at max give the maximum score, all at min the minimum', (u) => {
    const m = defineMethodology(u.spec);
    fc.pre(expectedScore(u, m) !== undefined);
    const ds = domains(u.spec);
    const top = scoreUnit(m, answersOf(withPositions(u, ds.map((d) => d.size - 1))));
    const bottom = scoreUnit(m, answersOf(withPositions(u, ds.map(() => 0))));
    expect(top.score).toBe(roundScore(m.output.max, m.rounding));
    expect(bottom.score).toBe(roundScore(m.output.min, m.rounding));
  });

  test.prop([unitCaseArb()])(
    'the float-integer kernel agrees with the exact bigint path for every rounding mode',
    (u) => {
      const c = compileMethodology(defineMethodology(u.spec));
      fc.pre(c.kernel !== undefined);
      const inds = flatIndicators(u.spec);
      // Answers in grid units (value × grid), and normalised values, computed from the answer specs.
      const units = inds.map((ind, i) => {
        const v = answerDomain(ind.answer).value(u.positions[i]!);
        const grid = BigInt(c.indicators[i]!.answer.grid);
        expect((v.n * grid) % v.d).toBe(0n);
        return Number((v.n * grid) / v.d);
      });
      const norm = inds.map((ind, i) => answerDomain(ind.answer).norm(u.positions[i]!));
      const exact = evaluateExact(c, norm, inds.map(() => true));
      for (const mode of ROUNDING_MODES) {
        expect(kernelRound(c.kernel!, units, 0, mode)).toBe(Number(roundFrac(exact.score, c.rounding.decimals, mode)));
      }
    },
  );

  test.prop([unitCaseArb({ na: 2, zeroWeights: true })])(
    'marking indicators not applicable equals scoring the methodology with them removed (their weight re-spread over their siblings)',
    (u) => {
      const m = defineMethodology(u.spec);
      const inds = flatIndicators(u.spec);
      const dropped = new Set(inds.filter((i) => u.statuses[i.index] === 'na').map((i) => i.id));
      fc.pre(dropped.size > 0);
      const reduced = withoutIndicators(u.spec, dropped);
      const answers = answersOf(u);
      if (reduced === undefined) {
        expect(() => scoreUnit(m, answers)).toThrow(expect.objectContaining({ code: 'NO_APPLICABLE_INDICATORS' }));
        return;
      }
      const ids = new Set(flatIndicators(reduced).map((i) => i.id));
      const kept: Record<string, AnswerValue> = Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
      const a = scoreUnit(m, answers);
      const b = scoreUnit(defineMethodology(reduced), kept);
      expect(a.score).toBe(b.score);
      expect(a.classification).toEqual(b.classification);
      const weightsA = new Map(a.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => [i.id, i.effectiveWeight] as const))));
      for (const d of b.dimensions) for (const v of d.variables) for (const i of v.indicators) expect(weightsA.get(i.id)).toBeCloseTo(i.effectiveWeight, 12);
      expect([...a.notApplicable].sort()).toEqual([...dropped].sort());
    },
  );

  test.prop([unitCaseArb({ na: 1 })])('define → JSON → define gives the same methodology and the same scores', (u) => {
    const m = defineMethodology(u.spec);
    const again = defineMethodology(JSON.parse(JSON.stringify(m)) as MethodologySpec);
    expect(JSON.stringify(again)).toBe(JSON.stringify(m));
    const answers = answersOf(u);
    let first: unknown;
    try {
      first = scoreUnit(m, answers);
    } catch (e) {
      expect(() => scoreUnit(again, answers)).toThrow(expect.objectContaining({ code: (e as { code: string }).code }));
      return;
    }
    expect(scoreUnit(again, answers)).toEqual(first);
  });

  test.prop([unitCaseArb({ na: 1, missing: 1 }), missingArb])(
    'the breakdown explains the score: points add up to unrounded − min, effective weights to 1, and N/A and missing ids are listed',
    (u, missing) => {
      const m = defineMethodology(u.spec);
      fc.pre(expectedScore(u, m, missing) !== undefined);
      const r = scoreUnit(m, answersOf(u), { missing });
      const inds = r.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
      const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum(inds.map((i) => i.points)) - (r.unrounded - r.range.min))).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(sum(r.dimensions.map((d) => d.points)) - (r.unrounded - r.range.min))).toBeLessThanOrEqual(1e-9);
      expect(sum(inds.map((i) => i.effectiveWeight))).toBeCloseTo(1, 12);
      expect(sum(r.dimensions.map((d) => d.effectiveWeight))).toBeCloseTo(1, 12);
      for (const i of inds) {
        expect(i.pointsLost).toBeCloseTo(i.maxPoints - i.points, 12);
        expect(i.points).toBeGreaterThanOrEqual(-1e-12);
        expect(i.points).toBeLessThanOrEqual(i.maxPoints + 1e-12);
      }
      const flat = flatIndicators(u.spec);
      expect(r.notApplicable).toEqual(flat.filter((i) => u.statuses[i.index] === 'na').map((i) => i.id));
      expect(r.missing).toEqual(flat.filter((i) => u.statuses[i.index] === 'missing').map((i) => i.id));
      expect(r.pointsLost).toBeCloseTo(r.range.max - r.unrounded, 9);
    },
  );

  test.prop([unitCaseArb({ weightStyles: ['renormalize'], zeroWeights: false }), fc.integer({ min: 2, max: 1000 })])(
    'scaling every weight of a renormalized methodology by the same factor changes nothing',
    (u, factor) => {
      const scale = (w: number | string) => renderWeight({ n: parseWeightText(w).n * BigInt(factor), d: parseWeightText(w).d }, 3);
      const scaled: MethodologySpec = {
        ...u.spec,
        dimensions: u.spec.dimensions.map((d) => ({
          ...d,
          weight: scale(d.weight),
          variables: d.variables.map((v) => ({
            ...v,
            ...(v.weight !== undefined ? { weight: scale(v.weight) } : {}),
            indicators: v.indicators.map((i) => ({ ...i, weight: scale(i.weight) })),
          })),
        })),
      };
      expect(scoreUnit(defineMethodology(scaled), answersOf(u)).score).toBe(scoreUnit(defineMethodology(u.spec), answersOf(u)).score);
    },
  );
});

describe('scoreUnit on presets.ombudsman2022', () => {
  const m = presets.ombudsman2022;
  const spec: MethodologySpec = m;

  test.prop([unitOfArb(spec, { na: 1 })])(
    "the preset's score equals the independent computation (Σ dimension weight × Σ indicator weight × answer / 3 × 100)",
    (u) => {
      const expected = expectedScore(u, m);
      fc.pre(expected !== undefined);
      expect(scoreUnit(m, answersOf(u)).score).toBe(expected);
    },
  );

  test.prop([unitOfArb(spec), fc.nat()])("raising one of the preset's answers never lowers its score", (u, which) => {
    const i = which % u.positions.length;
    fc.pre(u.positions[i]! < 3);
    const raised = withPositions(u, u.positions.map((p, j) => (j === i ? p + 1 : p)));
    expect(scoreUnit(m, answersOf(raised)).score).toBeGreaterThanOrEqual(scoreUnit(m, answersOf(u)).score);
  });

  test.prop([unitOfArb(spec)])("the preset's kernel agrees with the exact path for every rounding mode", (u) => {
    const c = compileMethodology(m);
    expect(c.kernel).toBeDefined();
    const norm = u.positions.map((p) => F(p, 3));
    const exact = evaluateExact(c, norm, u.positions.map(() => 1));
    for (const mode of ROUNDING_MODES) expect(kernelRound(c.kernel!, u.positions, 0, mode)).toBe(Number(roundFrac(exact.score, 2, mode)));
  });
});

/**
 * Hand-builds the methodology with the `dropped` indicators removed and their weight kept
 * inside their variable: every variable gets an explicit weight equal to what it weighed
 * before (declared, or the sum of all its indicators' declared weights), weights are used as
 * relative shares (`renormalize: true`), and groups left empty or with only zero weights are
 * removed (they have no value to average). Undefined when nothing is left.
 */
function withoutIndicators(spec: MethodologySpec, dropped: ReadonlySet<string>): MethodologySpec | undefined {
  const positive = (ws: readonly (number | string)[]) => fSum(ws.map(parseWeightText)).n > 0n;
  const dims: DimensionSpec[] = [];
  for (const d of spec.dimensions) {
    const variables = d.variables
      .map((v) => {
        const w: Frac = v.weight !== undefined ? parseWeightText(v.weight) : fSum(v.indicators.map((i) => parseWeightText(i.weight)));
        return { ...v, weight: renderWeight(w, 3), indicators: v.indicators.filter((i) => !dropped.has(i.id)) };
      })
      .filter((v) => v.indicators.length > 0 && positive(v.indicators.map((i) => i.weight)));
    if (variables.length > 0 && positive(variables.map((v) => v.weight))) dims.push({ ...d, variables });
  }
  if (dims.length === 0 || !positive(dims.map((d) => d.weight))) return undefined;
  return { ...spec, weights: { renormalize: true }, dimensions: dims };
}

// Keep the reference shares helper honest too: with everything counting, the compiled shares
// are the product of the three levels' shares.
describe('compiled shares', () => {
  test.prop([unitCaseArb()])("each indicator's effective weight is its dimension, variable and own share multiplied", (u) => {
    const r = scoreUnit(defineMethodology(u.spec), answersOf(u));
    const shares = referenceShares(u.spec);
    const got = r.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.effectiveWeight)));
    shares.forEach((s, i) => expect(got[i]).toBeCloseTo(fracToNumber(s), 12));
  });
});

// ---------------------------------------------------------------------------------------
// The kernel fast path (whole doubles, bigints only on demand) against the exact rational
// path: evaluateExact on bigint fractions, rounded once, then classified by classifyExact.

/** Everything scoreUnit reports from the score, computed on the exact path from the answers as read. */
function exactOutcome(m: Methodology, answers: Record<string, AnswerValue>) {
  const c = compileMethodology(m);
  const read = readAnswers(c, answers, 'error');
  const counts = Uint8Array.from(read.status, (s) => (s === 0 ? 1 : 0));
  const norm = c.indicators.map((ind, i) => (counts[i] ? normOf(read.units[i]!, ind.answer.offset, ind.answer.span) : rat(0n)));
  const ev = evaluateExact(c, norm, counts);
  const { decimals, mode } = c.rounding;
  const scaled = roundToScaled(ev.score, decimals, mode);
  return {
    score: Number(scaled) / 10 ** decimals + 0,
    unrounded: toNumber(ev.score),
    pointsLost: toNumber(sub(c.hi, ev.score)),
    classification: classifyExact(rat(scaled, pow10(decimals)), c.scale, 'score'),
  };
}

/** Yes/no methodologies whose scores step by 12.5 or 6.25 (ties at 0 or 1 decimal), on a built-in or generated scale (band edges). */
const tieUnitArb = fc
  .record({
    k: fc.constantFrom(8, 16),
    decimals: fc.integer({ min: 0, max: 1 }),
    mode: fc.constantFrom(...ROUNDING_MODES),
    scale: fc.oneof(fc.constant(scales.ombudsman2022 as Scale | ScaleSpec), scaleSpecArb(0, 100)),
  })
  .chain((p) => fc.record({ p: fc.constant(p), yes: fc.array(fc.boolean(), { minLength: p.k, maxLength: p.k }) }));

describe('the kernel fast path against the exact rational path', () => {
  test.prop([unitCaseArb()])(
    'on random methodologies with every indicator answered, score, unrounded score, points lost and band equal the exact path',
    (u) => {
      const m = defineMethodology(u.spec);
      const answers = answersOf(u);
      const r = scoreUnit(m, answers);
      expect({ score: r.score, unrounded: r.unrounded, pointsLost: r.pointsLost, classification: r.classification }).toStrictEqual(exactOutcome(m, answers));
    },
  );

  test.prop([tieUnitArb])(
    'on scores exactly halfway between two reported values and on band edges, every mode rounds and classifies as the exact path',
    ({ p, yes }) => {
      const m = defineMethodology({
        ...flatSpec(yes.length),
        rounding: { mode: p.mode, decimals: p.decimals },
        scale: p.scale,
      } as MethodologySpec);
      expect(compileMethodology(m).kernel).toBeDefined(); // the case is on the fast path
      const answers = Object.fromEntries(yes.map((y, i) => [`i${i}`, y]));
      const r = scoreUnit(m, answers);
      expect({ score: r.score, unrounded: r.unrounded, pointsLost: r.pointsLost, classification: r.classification }).toStrictEqual(exactOutcome(m, answers));
    },
  );

  test.prop([unitCaseArb({ na: 1 }), fc.integer()])(
    'an answers record gives the same result whatever the order of its keys, and as a Map',
    (u, seed) => {
      const m = defineMethodology(u.spec);
      const entries = Object.entries(answersOf(u));
      const shuffled = entries.map((e, i) => [e, Math.imul(i + 1, seed | 1) >>> 0] as const).sort((a, b) => a[1] - b[1]).map(([e]) => e);
      const outcome = (answers: Record<string, AnswerValue> | Map<string, AnswerValue>) => {
        try {
          return scoreUnit(m, answers);
        } catch (e) {
          const { code, path, message } = e as KepatuhanError; // e.g. NO_APPLICABLE_INDICATORS when all are "na"
          return { code, path, message };
        }
      };
      const inOrder = outcome(Object.fromEntries(entries));
      expect(outcome(Object.fromEntries(shuffled))).toStrictEqual(inOrder);
      expect(outcome(new Map(shuffled))).toStrictEqual(inOrder);
    },
  );
});

/** `k` yes/no indicators of weight 1 in one variable, weights renormalised. */
function flatSpec(k: number): MethodologySpec {
  return {
    id: 'ties',
    name: 'Ties',
    version: '1',
    output: { min: 0, max: 100 },
    scale: scales.ombudsman2022,
    weights: { renormalize: true },
    dimensions: [
      { id: 'd', name: 'd', weight: 1, variables: [{ id: 'v', name: 'v', indicators: Array.from({ length: k }, (_, i) => ({ id: `i${i}`, name: `i${i}`, weight: 1, answer: { kind: 'yesNo' } })) }] },
    ],
  } as MethodologySpec;
}
