/**
 * The methodology compiler's structure (src/model/internal/readStructure.ts, weights.ts,
 * readAnswerSpec.ts): every issue of dimensions, variables, indicators, weights and answers
 * with its code, path and message, and both sides of every bound.
 */
import { describe, expect, it } from 'vitest';
import { validateMethodology, type Issue } from '../../../src/index.js';
import { dimension, flat, ind, methodology, variable } from '../../helpers/builders.js';

function issues(spec: unknown): [string, string, string][] {
  const r = validateMethodology(spec);
  return r.ok ? [] : r.issues.map((i: Issue) => [i.code, i.path, i.message]);
}
const I = 'dimensions[0].variables[0].indicators';

describe('dimensions, variables and indicators', () => {
  it('each entry must be an object', () => {
    expect(issues(methodology([5]))).toEqual([['INVALID_TYPE', 'dimensions[0]', 'a dimension must be an object, got 5']]);
    // The readable weights (60) do not sum to 100, but the group is incomplete: no sum is checked.
    expect(issues(methodology([dimension('d', 100, [variable('v', [ind('a', 60)]), 'w'])]))).toEqual([
      ['INVALID_TYPE', 'dimensions[0].variables[1]', 'a variable must be an object, got "w"'],
    ]);
    expect(issues(flat([ind('a', 60), null]))).toEqual([['INVALID_TYPE', `${I}[1]`, 'an indicator must be an object, got null']]);
  });

  it('lists are required, arrays and not empty; the message names the owner', () => {
    expect(issues(methodology(undefined as never))).toEqual([['MISSING_FIELD', 'dimensions', 'dimensions is required']]);
    expect(issues(methodology({} as never))).toEqual([['INVALID_TYPE', 'dimensions', 'dimensions must be an array, got an object']]);
    expect(issues(methodology([]))).toEqual([['EMPTY_GROUP', 'dimensions', 'a methodology must have at least one entry']]);
    expect(issues(methodology([dimension('d', 100, [])]))).toEqual([['EMPTY_GROUP', 'dimensions[0].variables', 'a dimension must have at least one entry']]);
    expect(issues(methodology([dimension('d', 100, [variable('v', [])])]))).toEqual([
      ['EMPTY_GROUP', 'dimensions[0].variables[0].indicators', 'a variable must have at least one entry'],
    ]);
  });

  it('duplicate ids are named in the message, at the id of the second one', () => {
    const spec = methodology([
      dimension('d', 50, [variable('v', [ind('a', 100)])]),
      dimension('d', 50, [variable('v', [ind('a', 100)])]),
    ]);
    expect(issues(spec)).toEqual([
      ['DUPLICATE_ID', 'dimensions[1].id', 'dimension id "d" appears twice'],
      ['DUPLICATE_ID', 'dimensions[1].variables[0].id', 'variable id "v" appears twice'],
      ['DUPLICATE_ID', 'dimensions[1].variables[0].indicators[0].id', 'indicator id "a" appears twice'],
    ]);
  });

  it('an indicator id that reads as "not applicable" is reserved, in any case and with spaces', () => {
    for (const id of ['na', 'NA', ' n/a ', 'N/A'])
      expect(issues(flat([ind('a', 50), ind(id, 50)]))).toEqual([['INVALID_ID', `${I}[1].id`, `indicator id ${JSON.stringify(id)} is reserved for "not applicable"`]]);
    expect(issues(flat([ind('a', 50), ind('nan', 50)]))).toEqual([]);
    expect(issues(flat([ind('a', 50), ind('n-a', 50)]))).toEqual([]);
  });

  it('missing ids are reported once each, never as duplicates of each other', () => {
    const noIds = methodology([
      { name: 'x', weight: 50, variables: [{ name: 'y', indicators: [{ name: 'a', weight: 100, answer: { kind: 'yesNo' } }] }] },
      { name: 'z', weight: 50, variables: [{ name: 'w', indicators: [{ name: 'b', weight: 100, answer: { kind: 'yesNo' } }] }] },
    ]);
    expect(issues(noIds).map(([c, p]) => [c, p])).toEqual([
      ['MISSING_FIELD', 'dimensions[0].id'],
      ['MISSING_FIELD', 'dimensions[0].variables[0].id'],
      ['MISSING_FIELD', `${I}[0].id`],
      ['MISSING_FIELD', 'dimensions[1].id'],
      ['MISSING_FIELD', 'dimensions[1].variables[0].id'],
      ['MISSING_FIELD', 'dimensions[1].variables[0].indicators[0].id'],
    ]);
  });

  it('nameEn and notes are optional strings at every level, provenance is checked at every level', () => {
    const bad = { nameEn: 1, notes: 2, provenance: { confidence: 'sure' } };
    const spec = methodology([{ ...dimension('d', 100, [{ ...variable('v', [{ ...ind('a', 100), ...bad }]), ...bad }]), ...bad }]);
    const at = (p: string) => [
      ['INVALID_TYPE', `${p}.nameEn`],
      ['INVALID_TYPE', `${p}.notes`],
      ['INVALID_TYPE', `${p}.provenance.confidence`],
    ];
    expect(issues(spec).map(([c, p]) => [c, p])).toEqual([...at('dimensions[0]'), ...at('dimensions[0].variables[0]'), ...at(`${I}[0]`)]);
  });

  it('a variable without indicators makes no sum mismatch in its dimension', () => {
    const spec = methodology([dimension('d', 100, [variable('v1', [ind('a', 60)]), variable('v2', [])])]);
    expect(issues(spec).map(([c, p]) => [c, p])).toEqual([['EMPTY_GROUP', 'dimensions[0].variables[1].indicators']]);
  });

  it('either every variable of a dimension has a weight or none has', () => {
    const spec = methodology([dimension('d', 100, [variable('v1', [ind('a', 100)], 50), variable('v2', [ind('b', 100)])])]);
    expect(issues(spec)).toEqual([['MIXED_VARIABLE_WEIGHTS', 'dimensions[0].variables', 'either every variable of a dimension has a weight or none has']]);
  });
});

describe('weights', () => {
  it('are required, numbers, not negative; zero is allowed', () => {
    expect(issues(flat([ind('a', 100), { id: 'b', name: 'b', answer: { kind: 'yesNo' } }]))).toEqual([['MISSING_FIELD', `${I}[1].weight`, 'weight is required']]);
    expect(issues(flat([ind('a', 100), ind('b', 'x')]))).toEqual([
      ['INVALID_WEIGHT', `${I}[1].weight`, 'weight must be a finite number, decimal or fraction such as "1/9", got "x"'],
    ]);
    expect(issues(flat([ind('a', 100), ind('b', -1)]))).toEqual([['INVALID_WEIGHT', `${I}[1].weight`, 'weight must not be negative, got -1']]);
    expect(issues(flat([ind('a', 100), ind('b', 0)]))).toEqual([]);
  });

  it('a fraction needs a number on both sides of the slash', () => {
    for (const w of ['x/3', '3/x'])
      expect(issues(flat([ind('a', 100), ind('b', w)]))).toEqual([
        ['INVALID_WEIGHT', `${I}[1].weight`, `weight must be a finite number, decimal or fraction such as "1/9", got "${w}"`],
      ]);
  });

  it('a weighted variable with a bad indicator weight is not summed', () => {
    const spec = methodology([dimension('d', 100, [variable('v', [ind('a', 50), ind('b', -1)], 100)])]);
    expect(issues(spec).map(([c, p]) => [c, p])).toEqual([['INVALID_WEIGHT', `${I}[1].weight`]]);
  });

  it('a group whose weights are all zero is ZERO_WEIGHT_GROUP', () => {
    expect(issues(flat([ind('a', 0), ind('b', 0)]))).toEqual([
      ['ZERO_WEIGHT_GROUP', 'dimensions[0].variables', 'the weights of the indicators of dimension "d" are all zero'],
    ]);
  });

  it('sums name the group and are checked at every level, with the index when the id is missing', () => {
    const withWeights = methodology([
      dimension('d', 60, [variable('v1', [ind('a', 50), ind('b', 40)], 70), variable('v2', [ind('c', 100)], 20)]),
      { name: 'no id', weight: 30, variables: [variable('v3', [ind('e', 100)])] },
    ]);
    const tail = '; fix the weights or set weights.renormalize: true';
    expect(issues(withWeights)).toEqual([
      ['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables[0].indicators', `the weights of the indicators of variable "v1" sum to 90, not 100${tail}`],
      ['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables', `the weights of the variables of dimension "d" sum to 90, not 100${tail}`],
      ['MISSING_FIELD', 'dimensions[1].id', 'id is required'],
      ['WEIGHT_SUM_MISMATCH', 'dimensions', `the weights of the dimensions sum to 90, not 100${tail}`],
    ]);
    const noIds = methodology([
      { name: 'x', weight: 100, variables: [{ name: 'y', weight: 100, indicators: [ind('a', 30)] }] },
      { name: 'z', weight: 0, variables: [variable('w', [ind('b', 30)])] },
    ]);
    expect(issues(noIds).filter(([c]) => c === 'WEIGHT_SUM_MISMATCH')).toEqual([
      ['WEIGHT_SUM_MISMATCH', 'dimensions[0].variables[0].indicators', `the weights of the indicators of variable 0 sum to 30, not 100${tail}`],
      ['WEIGHT_SUM_MISMATCH', 'dimensions[1].variables', `the weights of the indicators of dimension 1 sum to 30, not 100${tail}`],
    ]);
  });

  it('a sum is within tolerance on both sides, inclusive; the message shows the tolerance and 6 decimals at most', () => {
    const two = (a: unknown, b: unknown, tolerance: unknown) => flat([ind('a', a), ind('b', b)], { weights: { tolerance } });
    expect(issues(two(60, 39.5, 0.5))).toEqual([]);
    expect(issues(two(60, 40.5, 0.5))).toEqual([]);
    expect(issues(two(60, 39.4, 0.5))).toEqual([
      [
        'WEIGHT_SUM_MISMATCH',
        'dimensions[0].variables',
        'the weights of the indicators of dimension "d" sum to 99.4, not 100 (tolerance 0.5); fix the weights or set weights.renormalize: true',
      ],
    ]);
    expect(issues(two('200/3', 33, 0)).map(([, , m]) => m)).toEqual([
      'the weights of the indicators of dimension "d" sum to 99.666667, not 100; fix the weights or set weights.renormalize: true',
    ]);
  });

  it('renormalize skips the sums but not the all-zero check', () => {
    expect(issues(flat([ind('a', 1), ind('b', 2)], { weights: { renormalize: true } }))).toEqual([]);
    expect(issues(flat([ind('a', 0), ind('b', 0)], { weights: { renormalize: true } })).map(([c]) => c)).toEqual(['ZERO_WEIGHT_GROUP']);
  });

  it('too precise weights stop at one TOO_LARGE issue, at the first weight that passes 2^1024', () => {
    // 1/p for distinct primes p: the common denominator grows by p each time; 2^1024 < product after 120 of them.
    const primes: number[] = [];
    for (let n = 2; primes.length < 200; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
    const spec = flat(primes.map((p, i) => ind(`i${i}`, `1/${p}`)), { weights: { renormalize: true } });
    const found = issues(spec);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe('TOO_LARGE');
    expect(found[0]![2]).toBe(
      'the weights and answer ranges are too precise to compute with exactly (their common denominator passes 2^1024): use fewer decimals or fewer distinct fractions',
    );
    // The product of the first k primes passes 2^1024 at the k whose path is reported.
    const k = Number(/indicators\[(\d+)\]/.exec(found[0]![1])![1]);
    const product = (n: number) => primes.slice(0, n).reduce((a, p) => a * BigInt(p), 1n);
    expect(product(k) <= 2n ** 1024n).toBe(true);
    expect(product(k + 1) > 2n ** 1024n).toBe(true);
  });
});

describe('precision', () => {
  const tooPrecise =
    'the weights and answer ranges are too precise to compute with exactly (their common denominator passes 2^1024): use fewer decimals or fewer distinct fractions';
  const yesNo = { kind: 'yesNo' };

  it('a common denominator of exactly 2^1024 is allowed, one more factor of 2 is not', () => {
    const over = (e: bigint) => flat([ind('a', `1/${(2n ** e).toString()}`, yesNo), ind('b', 1, yesNo)], { weights: { renormalize: true } });
    expect(issues(over(1024n))).toEqual([]);
    expect(issues(over(1025n))).toEqual([['TOO_LARGE', `${I}[0].weight`, tooPrecise]]);
  });

  it('answer ranges count too: spans of distinct primes pass 2^1024 at the answer that does it', () => {
    const primes: number[] = [];
    for (let n = 1_000_000_000 - 1; primes.length < 40; n -= 2) {
      let prime = true;
      for (let d = 3; d * d <= n; d += 2)
        if (n % d === 0) {
          prime = false;
          break;
        }
      if (prime) primes.push(n);
    }
    const spec = flat(primes.map((p, i) => ind(`i${i}`, 1, { kind: 'interval', min: 0, max: p })), { weights: { renormalize: true } });
    const found = issues(spec);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe('TOO_LARGE');
    expect(found[0]![2]).toBe(tooPrecise);
    const k = Number(/indicators\[(\d+)\]\.answer$/.exec(found[0]![1])![1]);
    const product = (n: number) => primes.slice(0, n).reduce((a, p) => a * BigInt(p), 1n);
    expect(product(k) <= 2n ** 1024n && product(k + 1) > 2n ** 1024n).toBe(true);
  });

  it('the weight that passes the limit is dropped, so its group is not summed (even when it is the last one)', () => {
    const primes: number[] = [];
    for (let n = 2; primes.length < 200; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
    const product = (n: number) => primes.slice(0, n).reduce((a, p) => a * BigInt(p), 1n);
    let k = 0;
    while (product(k + 1) <= 2n ** 1024n) k++;
    // Indicators 0…k: the last one passes the limit. Their weights do not sum to 100.
    const spec = flat(primes.slice(0, k + 1).map((p, i) => ind(`i${i}`, `1/${p}`, yesNo)));
    expect(issues(spec)).toEqual([['TOO_LARGE', `${I}[${k}].weight`, tooPrecise]]);
  });
  it('once the limit is passed, later weights are dropped too: other groups are not summed', () => {
    const over = (2n ** 1025n).toString();
    const spec = methodology([
      dimension('d1', 50, [variable('v1', [ind('a', `1/${over}`, yesNo), ind('b', 1, yesNo)])]),
      dimension('d2', 50, [variable('v2', [ind('c', 30, yesNo)])]),
    ]);
    expect(issues(spec).map(([c, p]) => [c, p])).toEqual([['TOO_LARGE', `${I}[0].weight`]]);
  });
});

describe('answers', () => {
  const answer = (a: unknown) => issues(flat([ind('a', 100, a)]));
  const A = `${I}[0].answer`;

  it('is required, as an object with a known kind', () => {
    expect(issues(flat([{ id: 'a', name: 'a', weight: 100 }]))).toEqual([['MISSING_FIELD', A, 'answer is required (e.g. { kind: "interval", min: 0, max: 3 })']]);
    expect(answer('yesNo')).toEqual([['INVALID_ANSWER_KIND', A, 'answer must be an object such as { kind: "interval", min: 0, max: 3 }, got "yesNo"']]);
    expect(answer({ kind: 'scale' })).toEqual([
      ['INVALID_ANSWER_KIND', `${A}.kind`, 'answer kind must be one of interval, ordinal, yesNo, percent, levels, got "scale"'],
    ]);
  });

  it('interval and ordinal answers need whole min < max, at most 1,000,000,000 steps apart', () => {
    expect(answer({ kind: 'interval', min: 0, max: 1.5 })).toEqual([['INVALID_RANGE', A, 'interval answers need whole-number min and max, got 0 and 1.5']]);
    expect(answer({ kind: 'ordinal', max: 4 })).toEqual([['INVALID_RANGE', A, 'ordinal answers need whole-number min and max, got undefined and 4']]);
    expect(answer({ kind: 'interval', min: 3, max: 3 })).toEqual([['INVALID_RANGE', A, 'interval range 3–3 is empty: min must be below max']]);
    expect(answer({ kind: 'ordinal', min: 4, max: 1 })).toEqual([['INVALID_RANGE', A, 'ordinal range 4–1 is inverted: min must be below max']]);
    expect(answer({ kind: 'interval', min: -1, max: 1e9 })).toEqual([['INVALID_RANGE', A, 'interval range -1–1000000000 is too wide (at most 1,000,000,000 steps)']]);
    expect(answer({ kind: 'interval', min: 0, max: 1e9 })).toEqual([]);
    expect(answer({ kind: 'ordinal', min: 1, max: 2 })).toEqual([]);
  });

  it('percent decimals are whole, 0 to 6', () => {
    for (const [decimals, shown] of [[-1, '-1'], [7, '7'], [0.5, '0.5'], ['2', '"2"']] as const)
      expect(answer({ kind: 'percent', decimals })).toEqual([['INVALID_ANSWER_KIND', `${A}.decimals`, `percent decimals must be a whole number from 0 to 6, got ${shown}`]]);
    expect(answer({ kind: 'percent', decimals: 0 })).toEqual([]);
    expect(answer({ kind: 'percent', decimals: 6 })).toEqual([]);
  });

  it('levels: at least two, each an object { key, value } with a unique, unreserved key and a value of at most 6 decimals', () => {
    const L = `${A}.levels`;
    expect(answer({ kind: 'levels' })).toEqual([['INVALID_RANGE', L, 'levels must be an array of at least two { key, value } entries, got undefined']]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }] })).toEqual([
      ['INVALID_RANGE', L, 'levels must be an array of at least two { key, value } entries, got an array'],
    ]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }, 'y'] })).toEqual([['INVALID_TYPE', `${L}[1]`, 'a level must be an object { key, value }, got "y"']]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }, { key: ' N/A', value: 0 }] })).toEqual([
      ['INVALID_ID', `${L}[1].key`, 'level key " N/A" is reserved for "not applicable"'],
    ]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }, { key: 'x', value: 0 }] })).toEqual([['DUPLICATE_ID', `${L}[1].key`, 'level key "x" appears twice']]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }, { key: 'y', value: 0.0000001 }] })).toEqual([
      ['INVALID_RANGE', `${L}[1].value`, 'level value must be a finite number with at most 6 decimals, got 1e-7'],
    ]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }, { key: 'y', value: 'z' }] })).toEqual([
      ['INVALID_RANGE', `${L}[1].value`, 'level value must be a finite number with at most 6 decimals, got "z"'],
    ]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1, label: 5 }, { key: 'y', value: 0 }] })).toEqual([
      ['INVALID_TYPE', `${L}[0].label`, 'label must be a string, got 5'],
    ]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }, { key: 'y', value: 0.000001 }] })).toEqual([]);
  });

  it('a level needs a key', () => {
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 1 }, { value: 0 }] })).toEqual([['MISSING_FIELD', `${A}.levels[1].key`, 'key is required']]);
  });

  it('each bound of the level values is checked on its own', () => {
    const L = `${A}.levels`;
    const two = (a: number, b: number) => answer({ kind: 'levels', levels: [{ key: 'x', value: a }, { key: 'y', value: b }] });
    const apart = [['INVALID_RANGE', L, 'level values are too far apart']];
    // Below −(2^53 − 1) alone, above 2^53 − 1 alone, more than 2^53 − 1 apart alone.
    expect(two(-(2 ** 53), -(2 ** 53) + 2)).toEqual(apart);
    expect(two(2 ** 53 - 2, 2 ** 53)).toEqual(apart);
    expect(two(-(2 ** 52), 2 ** 52)).toEqual(apart);
    expect(two(-(2 ** 53 - 1), -(2 ** 53 - 2))).toEqual([]);
  });

  it('levels must not all be equal, nor too far apart', () => {
    const L = `${A}.levels`;
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 2 }, { key: 'y', value: '2.0' }] })).toEqual([
      ['INVALID_RANGE', L, 'levels must not all have the same value (the range would be empty)'],
    ]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 0 }, { key: 'y', value: 2 ** 53 }] })).toEqual([['INVALID_RANGE', L, 'level values are too far apart']]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: -(2 ** 53) }, { key: 'y', value: 0 }] })).toEqual([['INVALID_RANGE', L, 'level values are too far apart']]);
    expect(answer({ kind: 'levels', levels: [{ key: 'x', value: 0 }, { key: 'y', value: 2 ** 53 - 1 }] })).toEqual([]);
  });
});
