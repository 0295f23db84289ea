/**
 * The methodology compiler's size limits (src/model/internal/limits.ts, specShape.ts), each
 * tried at the limit and one past it: 100,000 indicators in all, 1,000 levels per answer.
 */
import { describe, expect, it } from 'vitest';
import { validateMethodology, type Issue } from '../../../src/index.js';
import { dimension, ind, methodology, variable } from '../../helpers/builders.js';

function issues(spec: unknown): [string, string, string][] {
  const r = validateMethodology(spec);
  return r.ok ? [] : r.issues.map((i: Issue) => [i.code, i.path, i.message]);
}

describe('size limits', () => {
  it('a methodology has at most 100,000 indicators in all, counted across its variables', () => {
    // Entries that are not objects keep the walk cheap: at the limit each is reported, past it
    // only the size is.
    const split = (each: number) => methodology([dimension('d', 100, [variable('v1', new Array(each).fill(0)), variable('v2', new Array(each).fill(0))])]);
    const atLimit = issues(split(50_000));
    expect(atLimit).toHaveLength(100_000);
    expect(atLimit[0]).toEqual(['INVALID_TYPE', 'dimensions[0].variables[0].indicators[0]', 'an indicator must be an object, got 0']);
    expect(issues(split(50_001))).toEqual([['TOO_LARGE', 'dimensions', 'a methodology may have at most 100,000 indicators, got 100002']]);
  });

  it('a levels answer has at most 1,000 levels', () => {
    const levels = (n: number) => ({ kind: 'levels', levels: Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: i })) });
    const spec = (n: number) => methodology([dimension('d', 100, [variable('v', [ind('a', 100, levels(n))])])]);
    expect(issues(spec(1_000))).toEqual([]);
    expect(issues(spec(1_001))).toEqual([
      ['TOO_LARGE', 'dimensions[0].variables[0].indicators[0].answer.levels', 'at most 1,000 entries are allowed, got 1,001'],
    ]);
  });
});
