/**
 * The methodology compiler: validates a methodology spec, collecting every issue in document
 * order, and compiles it (memoized per defined methodology in compiledMethodologies.ts). Each
 * concern lives in its own module: the fields naming the methodology (checkIdentity), the
 * output range (readOutput), the weight policy and sums (weights), the rounding rule
 * (readRoundingRule), the scale (readScale), the dimensions, variables, indicators and answers
 * (readStructure, readAnswerSpec), the shares (shares), the frozen methodology (freeze) and the
 * float-integer kernel (kernel).
 *
 * @internal
 */
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import type { Issue } from '../../errors/issue.js';
import { describe, isPlainRecord } from '../../internal/input.js';
import { IssueList } from '../../internal/issues.js';
import { snapshot } from '../../internal/snapshot.js';
import { checkIdentity } from './checkIdentity.js';
import type { CompiledMethodology } from './compiled.js';
import { assembleCompiled } from './assemble.js';
import { compiledMethodologyOf } from './compiledMethodologies.js';
import type { Precision } from './limits.js';
import { checkOutputOnGrid, readOutput } from './readOutput.js';
import { readRoundingRule } from './readRoundingRule.js';
import { readScale } from './readScale.js';
import { readStructure } from './readStructure.js';
import { METHODOLOGY } from './specShape.js';
import { readWeightPolicy } from './weights.js';

/** Validates and compiles; returns the compiled methodology or the issues. */
export function checkMethodology(input: unknown): { compiled?: CompiledMethodology; issues: Issue[] } {
  const hit = compiledMethodologyOf(input);
  if (hit !== undefined) return { compiled: hit, issues: [] };
  // Read every field once into plain data (getters, Proxies, sparse arrays, huge lists).
  let spec: unknown;
  try {
    spec = snapshot(input, METHODOLOGY, '');
  } catch (e) {
    if (e instanceof KepatuhanError) return { issues: [...e.issues] };
    throw e;
  }
  const issues = new IssueList();
  const precision: Precision = { lcm: 1n, exceeded: false };
  if (!isPlainRecord(spec)) {
    issues.add('INVALID_TYPE', '', `a methodology must be an object, got ${describe(spec)}`);
    return { issues: issues.items };
  }
  checkIdentity(spec, issues);
  const { lo, hi } = readOutput(spec, issues);
  const policy = readWeightPolicy(spec, issues);
  const rounding = readRoundingRule(spec, issues);
  checkOutputOnGrid(lo, hi, rounding, issues);
  const scale = readScale(spec, lo, hi, issues);
  const { dimensions, variables, indicators, byId } = readStructure(spec, policy, precision, issues);

  if (issues.size > 0 || scale === undefined || lo === undefined || hi === undefined) return { issues: issues.items };

  return { compiled: assembleCompiled({ spec, policy, rounding, scale, lo, hi, dimensions, variables, indicators, byId }), issues: [] };
}

/** The compiled form of a methodology; validates and compiles specs that are not already defined. */
export function compileMethodology(spec: unknown, at = ''): CompiledMethodology {
  const { compiled, issues } = checkMethodology(spec);
  if (compiled !== undefined) return compiled;
  // Issue paths are relative to the methodology; inside a caller's input object they get its field.
  // The methodology itself (path '') is named: `methodology`, or the caller's field.
  const within = (p: string): string => (p === '' ? at || 'methodology' : at === '' ? p : p.startsWith('[') ? `${at}${p}` : `${at}.${p}`);
  const all = issues.map((i) => (i.path === within(i.path) ? i : Object.freeze({ ...i, path: within(i.path) })));
  const first = all[0];
  throw new KepatuhanError(
    'INVALID_METHODOLOGY',
    `the methodology is not valid: ${first?.message ?? 'unknown problem'}${all.length > 1 ? ` (and ${all.length - 1} more; see error.issues)` : ''}`,
    first === undefined ? at : first.path,
    all,
  );
}
