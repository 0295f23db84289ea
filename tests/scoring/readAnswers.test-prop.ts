import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { defineMethodology, type MissingPolicy } from '../../src/index.js';
import { compileMethodology } from '../../src/model/internal/compile.js';
import { answerUnits, readAnswers, wholeUnits, type ReadAnswers } from '../../src/scoring/internal/readAnswers.js';
import { answersOf, methodologySpecArb, unitCaseArb } from '../helpers/arbitraries.js';

/** Numbers a user may pass as an answer: whole numbers in and around the range, edges of int32 and 2^53, fractions, -0, NaN, ±Infinity. */
const numberArb = fc.oneof(
  fc.integer({ min: -8, max: 12 }),
  fc.constantFrom(-0, 0.5, -0.5, 2.9999999999999996, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer(),
);

/** What readAnswers gave: its arrays cut to the methodology's length, or the error it threw. */
function outcome(read: () => ReadAnswers, n: number): unknown {
  try {
    const r = read();
    return { given: r.given, units: Array.from(r.units.subarray(0, n)), status: Array.from(r.status.subarray(0, n)), allCount: r.allCount };
  } catch (e) {
    return { error: e };
  }
}

describe('reading answers', () => {
  test.prop([methodologySpecArb(), fc.array(numberArb, { minLength: 1, maxLength: 40 })])(
    'a number the whole-number shortcut reads on a dense answer is exactly what answerUnits reads (the same grid units, never -0), and every whole number answerUnits accepts there the shortcut reads too',
    (spec, values) => {
      const c = compileMethodology(defineMethodology(spec));
      const dense = c.kernel?.dense;
      for (const ind of c.indicators) {
        if (dense?.[ind.index] !== 1) continue;
        for (const v of values) {
          const fast = wholeUnits(v, ind.answer);
          const slow = answerUnits(v, ind.answer, 'indicator "x"');
          if (fast !== undefined) expect(Object.is(fast, slow)).toBe(true);
          else if (typeof slow === 'number' && Number.isInteger(v)) expect.fail(`${v} is accepted by answerUnits (${slow}) but not read by the shortcut`);
        }
        // Every whole number within the range is a valid answer (what "dense" promises).
        const lo = ind.answer.offset;
        const hi = ind.answer.offset + ind.answer.span;
        for (const v of [lo, hi, Math.floor((lo + hi) / 2)]) expect(answerUnits(v, ind.answer, 'indicator "x"')).toBe(v === 0 ? 0 : v);
      }
    },
  );

  test.prop([unitCaseArb({ na: 1, missing: 1 }), fc.constantFrom<MissingPolicy>('error', 'zero', 'respread'), fc.array(fc.double(), { minLength: 1, maxLength: 80 })])(
    'answers read into lent buffers holding earlier values read exactly as into fresh ones (units, statuses, the answers as given, or the same error)',
    (u, missing, garbage) => {
      const c = compileMethodology(defineMethodology(u.spec));
      const n = c.indicators.length;
      const size = Math.max(n, garbage.length);
      const into = { units: new Float64Array(size), status: new Uint8Array(size) };
      garbage.forEach((g, i) => {
        into.units[i] = g;
        into.status[i] = i % 4;
      });
      const answers = answersOf(u);
      expect(outcome(() => readAnswers(c, answers, missing, into), n)).toStrictEqual(outcome(() => readAnswers(c, answers, missing), n));
    },
  );
});
