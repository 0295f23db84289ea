/**
 * compileMethodology (src/model/internal/compile.ts): an invalid methodology throws one
 * INVALID_METHODOLOGY error whose message is the first issue (and how many more), whose path is
 * the first issue's, and whose issues sit inside the caller's field.
 */
import { describe, expect, it } from 'vitest';
import { KepatuhanError } from '../../../src/index.js';
import { compileMethodology } from '../../../src/model/internal/compile.js';
import { flat, ind } from '../../helpers/builders.js';

function thrownBy(f: () => unknown): KepatuhanError {
  try {
    f();
  } catch (e) {
    if (e instanceof KepatuhanError) return e;
    throw e;
  }
  throw new Error('expected a KepatuhanError');
}
const W = 'dimensions[0].variables[0].indicators';

describe('compileMethodology', () => {
  it('names the first issue and counts the others; issue paths are put inside the caller\'s field', () => {
    const e = thrownBy(() => compileMethodology(flat([ind('a', -1), ind('b', 'x')]), 'options.methodology'));
    expect(e.code).toBe('INVALID_METHODOLOGY');
    expect(e.path).toBe(`options.methodology.${W}[0].weight`);
    expect(e.message).toContain('the methodology is not valid: weight must not be negative, got -1 (and 1 more; see error.issues)');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_WEIGHT', `options.methodology.${W}[0].weight`],
      ['INVALID_WEIGHT', `options.methodology.${W}[1].weight`],
    ]);
  });

  it('one issue is named alone; without a caller\'s field the paths stay as they are', () => {
    const e = thrownBy(() => compileMethodology(flat([ind('a', 100)], { output: 5 })));
    expect(e.path).toBe('output');
    expect(e.message).toContain('the methodology is not valid: output must be { min, max }, got 5');
    expect(e.message.endsWith('the methodology is not valid: output must be { min, max }, got 5')).toBe(true);
    expect(e.issues.map((i) => i.path)).toEqual(['output']);
  });

  it('the methodology itself is named `methodology`, or the caller\'s field', () => {
    expect(thrownBy(() => compileMethodology(42)).issues.map((i) => i.path)).toEqual(['methodology']);
    expect(thrownBy(() => compileMethodology(42)).path).toBe('methodology');
    expect(thrownBy(() => compileMethodology(42, 'options.m')).issues.map((i) => i.path)).toEqual(['options.m']);
  });
});
