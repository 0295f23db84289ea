import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { exactScaled, fastModel, fastScaled, fastUnit } from '../../../src/analysis/internal/fastScore.js';
import { compileMethodology } from '../../../src/model/internal/compile.js';
import { ANSWERED, MISSING_ZERO } from '../../../src/scoring/internal/evaluate.js';
import { readAnswers } from '../../../src/scoring/internal/readAnswers.js';
import { defineMethodology, ROUNDING_MODES, scales, type AnswerValue, type RoundingMode } from '../../../src/index.js';

const weight = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 40 }).map((d) => `1/${d}`), fc.integer({ min: 1, max: 99_999 }).map((k) => (k / 1000).toFixed(3)));
const indicator = fc.record({
  weight,
  kind: fc.constantFrom('interval', 'percent'),
  max: fc.integer({ min: 1, max: 7 }),
  answer: fc.oneof({ weight: 8, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constant('na') }),
});
const variable = fc.record({ weight: fc.option(weight, { nil: undefined }), indicators: fc.array(indicator, { minLength: 1, maxLength: 4 }) });
const dimension = fc.record({ weight, variables: fc.array(variable, { minLength: 1, maxLength: 3 }) });
const output = fc.constantFrom({ min: 0, max: 100 }, { min: 25, max: 100 }, { min: -3, max: 5 });
const mode = fc.constantFrom<RoundingMode>(...ROUNDING_MODES);

/** Builds a methodology (variables weighted all-or-none per dimension) and answers; undefined when invalid. */
function build(dims: { weight: number | string; variables: { weight: number | string | undefined; indicators: { weight: number | string; kind: string; max: number; answer: number | string }[] }[] }[], out: { min: number; max: number }, m: RoundingMode, decimals: number) {
  let k = 0;
  const answers: Record<string, AnswerValue> = {};
  const spec = {
    id: 'p', name: 'P', version: '1', output: out, weights: { renormalize: true }, rounding: { mode: m, decimals },
    scale: { id: 's', name: 'S', min: out.min, max: out.max, bands: [{ category: 'all', label: 'All', min: out.min, max: out.max }] },
    dimensions: dims.map((d, di) => {
      const weighted = d.variables[0]!.weight !== undefined;
      return {
        id: `d${di}`, name: 'D', weight: d.weight,
        variables: d.variables.map((v, vi) => ({
          id: `d${di}v${vi}`, name: 'V', ...(weighted ? { weight: v.weight ?? 1 } : {}),
          indicators: v.indicators.map((i) => {
            const id = `i${k++}`;
            answers[id] = i.answer === 'na' ? 'na' : i.kind === 'interval' ? (i.answer as number) % (i.max + 1) : (((i.answer as number) % 100_001) / 1000).toFixed(3);
            return { id, name: 'I', weight: i.weight, answer: i.kind === 'interval' ? { kind: 'interval' as const, min: 0, max: i.max } : { kind: 'percent' as const, decimals: 3 } };
          }),
        })),
      };
    }),
  };
  try {
    return { m: defineMethodology(spec), answers };
  } catch {
    return undefined; // e.g. an all-zero weight group
  }
}

function both(methodology: ReturnType<typeof defineMethodology>, answers: Record<string, AnswerValue>): [bigint, bigint] | undefined {
  const c = compileMethodology(methodology);
  const read = readAnswers(c, answers, 'error');
  const counts = Uint8Array.from(read.status, (s) => (s === ANSWERED || s === MISSING_ZERO ? 1 : 0));
  const u = fastUnit(c, read.units, counts);
  let exact: bigint;
  try {
    exact = exactScaled(c, u);
  } catch {
    return undefined; // nothing counts
  }
  return [fastScaled(fastModel(c), u), exact];
}

test.prop([fc.array(dimension, { minLength: 1, maxLength: 3 }), output, mode, fc.integer({ min: 0, max: 4 })])(
  'the fast reported score always equals the exact one (any weights, N/A, output range, rounding rule)',
  (dims, out, m, decimals) => {
    const built = build(dims, out, m, decimals);
    if (built === undefined) return;
    const r = both(built.m, built.answers);
    if (r !== undefined) expect(r[0]).toBe(r[1]);
  },
);

test.prop([mode, fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(1, 2)])(
  'scores exactly on a rounding boundary (a half step, or a grid value for floor/ceil/truncate) are rounded exactly',
  (m, s, decimals) => {
    // One percent indicator (3 decimals) on 0–100: the score is the answer itself, here a multiple
    // of half a reporting step (0.005 for 2 decimals, 0.05 for 1): every one is a boundary of some mode.
    const thousandths = Math.min(100_000, s * (decimals === 2 ? 5 : 50));
    const built = build([{ weight: 1, variables: [{ weight: undefined, indicators: [{ weight: 1, kind: 'percent', max: 1, answer: thousandths }] }] }], { min: 0, max: 100 }, m, decimals);
    expect(built!.answers['i0']).toBe((thousandths / 1000).toFixed(3));
    const r = both(built!.m, built!.answers);
    expect(r![0]).toBe(r![1]);
  },
);
