/**
 * Validates a methodology spec, collecting every issue in document order, and compiles it.
 *
 * @internal
 */
import { checkScale, copyProvenance, type CompiledScale } from '../../classification/internal/compileScale.js';
import { KepatuhanError } from '../../errors/KepatuhanError.js';
import type { Issue } from '../../errors/issue.js';
import { describe, index, isArray, isPlainRecord, isRoundingMode, join, own, tryDecimal, withinBounds } from '../../internal/input.js';
import { checkBoolean, checkId, checkProvenance, checkString, IssueList } from '../../internal/issues.js';
import {
  add,
  cmp,
  decimalPlaces,
  div,
  fromInt,
  lcm,
  MAX_SAFE,
  mul,
  pow10,
  sub,
  toNumber,
  ZERO,
  type Rational,
} from '../../internal/rational.js';
import { snapshot, type Shape } from '../../internal/snapshot.js';
import { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingRule } from '../../numbers/rounding.js';
import { ANSWER_KINDS } from '../answer.js';
import type { Methodology } from '../methodology.js';
import type { CompiledAnswer, CompiledDimension, CompiledIndicator, CompiledMethodology, CompiledVariable, Kernel } from './compiled.js';
import { compiledMethodologyOf, rememberMethodology } from './compiledMethodologies.js';
import { readWeight } from './weights.js';

/** Most indicators a methodology may have (also the most entries of any one of its lists). */
export const MAX_INDICATORS = 100_000;
/** Most levels of a `levels` answer. */
export const MAX_LEVELS = 1000;
/**
 * Largest common denominator of all weights and answer spans. Beyond it exact arithmetic
 * (bigint rationals) would grow without bound; real methodologies stay far below (the
 * Ombudsman preset needs 2^11).
 */
export const MAX_DENOMINATOR = 2n ** 1024n;

const PROVENANCE: Shape = { confidence: 'value', source: 'value', note: 'value' };
const ANSWER: Shape = { kind: 'value', min: 'value', max: 'value', decimals: 'value', levels: [{ key: 'value', label: 'value', value: 'value' }, MAX_LEVELS] };
const NAMED = { id: 'value', name: 'value', nameEn: 'value', notes: 'value', provenance: PROVENANCE, weight: 'value' } as const;
const INDICATOR: Shape = { ...NAMED, answer: ANSWER };
const VARIABLE: Shape = { ...NAMED, indicators: [INDICATOR, MAX_INDICATORS] };
const DIMENSION: Shape = { ...NAMED, variables: [VARIABLE, MAX_INDICATORS] };
/** The fields of a methodology spec that are read; `scale` is read by checkScale. */
const METHODOLOGY: Shape = {
  id: 'value',
  name: 'value',
  version: 'value',
  assessment: 'value',
  notes: 'value',
  provenance: PROVENANCE,
  years: { from: 'value', to: 'value' },
  output: { min: 'value', max: 'value' },
  weights: { total: 'value', tolerance: 'value', renormalize: 'value' },
  rounding: { mode: 'value', decimals: 'value' },
  scale: 'value',
  dimensions: [DIMENSION, MAX_INDICATORS],
};

/** The running common denominator of weights and spans, to stop before arithmetic explodes. */
interface Precision {
  lcm: bigint;
  exceeded: boolean;
}

function trackDenominator(d: bigint, precision: Precision, path: string, issues: IssueList): boolean {
  if (precision.exceeded) return false;
  const l = lcm(precision.lcm, d);
  if (l > MAX_DENOMINATOR) {
    precision.exceeded = true;
    issues.add(
      'TOO_LARGE',
      path,
      'the weights and answer ranges are too precise to compute with exactly (their common denominator passes 2^1024): use fewer decimals or fewer distinct fractions',
    );
    return false;
  }
  precision.lcm = l;
  return true;
}

function checkWeight(obj: Record<string, unknown>, path: string, issues: IssueList, precision: Precision, required = true): Rational | undefined {
  const v = own(obj, 'weight');
  const p = join(path, 'weight');
  if (v === undefined) {
    if (required) issues.add('MISSING_FIELD', p, 'weight is required');
    return undefined;
  }
  const w = readWeight(v);
  if (w === undefined) {
    issues.add('INVALID_WEIGHT', p, `weight must be a finite number, decimal or fraction such as "1/9", got ${describe(v)}`);
    return undefined;
  }
  if (w.n < 0n) {
    issues.add('INVALID_WEIGHT', p, `weight must not be negative, got ${describe(v)}`);
    return undefined;
  }
  return trackDenominator(w.d, precision, p, issues) ? w : undefined;
}

function checkArray(obj: Record<string, unknown>, key: string, path: string, issues: IssueList, what: string): unknown[] | undefined {
  const v = own(obj, key);
  const p = join(path, key);
  if (v === undefined) {
    issues.add('MISSING_FIELD', p, `${key} is required`);
    return undefined;
  }
  if (!isArray(v)) {
    issues.add('INVALID_TYPE', p, `${key} must be an array, got ${describe(v)}`);
    return undefined;
  }
  if (v.length === 0) {
    issues.add('EMPTY_GROUP', p, `${what} must have at least one entry`);
    return undefined;
  }
  return v;
}

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

function checkAnswer(spec: unknown, path: string, issues: IssueList): CompiledAnswer | undefined {
  if (spec === undefined) {
    issues.add('MISSING_FIELD', path, 'answer is required (e.g. { kind: "interval", min: 0, max: 3 })');
    return undefined;
  }
  if (!isPlainRecord(spec)) {
    issues.add('INVALID_ANSWER_KIND', path, `answer must be an object such as { kind: "interval", min: 0, max: 3 }, got ${describe(spec)}`);
    return undefined;
  }
  const kind = own(spec, 'kind');
  switch (kind) {
    case 'interval':
    case 'ordinal': {
      const min = own(spec, 'min');
      const max = own(spec, 'max');
      if (!isWhole(min) || !isWhole(max)) {
        issues.add('INVALID_RANGE', path, `${kind} answers need whole-number min and max, got ${describe(min)} and ${describe(max)}`);
        return undefined;
      }
      if (min >= max) {
        issues.add('INVALID_RANGE', path, `${kind} range ${min}–${max} is ${min === max ? 'empty' : 'inverted'}: min must be below max`);
        return undefined;
      }
      if (max - min > 1e9) {
        issues.add('INVALID_RANGE', path, `${kind} range ${min}–${max} is too wide (at most 1,000,000,000 steps)`);
        return undefined;
      }
      return Object.freeze({ kind, grid: 1, offset: min, span: max - min });
    }
    case 'yesNo':
      return Object.freeze({ kind, grid: 1, offset: 0, span: 1 });
    case 'percent': {
      const d = own(spec, 'decimals') ?? 2;
      if (!isWhole(d) || d < 0 || d > 6) {
        issues.add('INVALID_ANSWER_KIND', join(path, 'decimals'), `percent decimals must be a whole number from 0 to 6, got ${describe(d)}`);
        return undefined;
      }
      const grid = 10 ** d;
      return Object.freeze({ kind, grid, offset: 0, span: 100 * grid });
    }
    case 'levels': {
      const levels = own(spec, 'levels');
      const lp = join(path, 'levels');
      if (!isArray(levels) || levels.length < 2) {
        issues.add('INVALID_RANGE', lp, `levels must be an array of at least two { key, value } entries, got ${describe(levels)}`);
        return undefined;
      }
      const n0 = issues.size;
      const read: { key: string; value: Rational }[] = [];
      const keys = new Set<string>();
      let places = 0;
      levels.forEach((l: unknown, i: number) => {
        const p = index(lp, i);
        if (!isPlainRecord(l)) {
          issues.add('INVALID_TYPE', p, `a level must be an object { key, value }, got ${describe(l)}`);
          return;
        }
        const key = checkId(l, p, issues, 'key');
        checkString(l, 'label', p, issues, false);
        if (key !== undefined) {
          if (isReservedKey(key)) issues.add('INVALID_ID', join(p, 'key'), `level key ${JSON.stringify(key)} is reserved for "not applicable"`);
          else if (keys.has(key)) issues.add('DUPLICATE_ID', join(p, 'key'), `level key ${JSON.stringify(key)} appears twice`);
          keys.add(key);
        }
        const v = own(l, 'value');
        const value = tryDecimal(v);
        const dp = value === undefined ? undefined : decimalPlaces(value);
        if (value === undefined || dp === undefined || dp > 6) {
          issues.add('INVALID_RANGE', join(p, 'value'), `level value must be a finite number with at most 6 decimals, got ${describe(v)}`);
          return;
        }
        places = Math.max(places, dp);
        if (key !== undefined) read.push({ key, value });
      });
      if (issues.size > n0) return undefined;
      const gridBig = pow10(places);
      const units = read.map((l) => ({ key: l.key, units: (l.value.n * gridBig) / l.value.d }));
      let lo = units[0]!.units;
      let hi = lo;
      for (const u of units) {
        if (u.units < lo) lo = u.units;
        if (u.units > hi) hi = u.units;
      }
      if (lo === hi) {
        issues.add('INVALID_RANGE', lp, 'levels must not all have the same value (the range would be empty)');
        return undefined;
      }
      if (hi - lo > MAX_SAFE || lo < -MAX_SAFE || hi > MAX_SAFE) {
        issues.add('INVALID_RANGE', lp, 'level values are too far apart');
        return undefined;
      }
      return Object.freeze({
        kind,
        grid: Number(gridBig),
        offset: Number(lo),
        span: Number(hi - lo),
        levels: new Map(units.map((u) => [u.key, Number(u.units)])),
      });
    }
    default:
      issues.add('INVALID_ANSWER_KIND', join(path, 'kind'), `answer kind must be one of ${ANSWER_KINDS.join(', ')}, got ${describe(kind)}`);
      return undefined;
  }
}

/**
 * Ids and level keys reserved because they read as "not applicable" (any case, spaces ignored):
 * `na`, `n/a`. An answer marks not applicable only with `"na"` itself (see readAnswers).
 */
export function isReservedKey(value: string): boolean {
  const s = value.trim().toLowerCase();
  return s === 'na' || s === 'n/a';
}

function sumOf(ws: readonly Rational[]): Rational {
  return ws.reduce(add, ZERO);
}

function fmtRational(r: Rational): string {
  const v = toNumber(r);
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

export interface WeightPolicyRead {
  readonly total: Rational;
  readonly tolerance: Rational;
  readonly renormalize: boolean;
}

function checkSum(ws: readonly Rational[], policy: WeightPolicyRead, path: string, what: string, issues: IssueList): void {
  const s = sumOf(ws);
  if (s.n === 0n) {
    issues.add('ZERO_WEIGHT_GROUP', path, `the weights of ${what} are all zero`);
    return;
  }
  if (policy.renormalize) return;
  const diff = sub(s, policy.total);
  const abs = diff.n < 0n ? { n: -diff.n, d: diff.d } : diff;
  if (cmp(abs, policy.tolerance) > 0)
    issues.add(
      'WEIGHT_SUM_MISMATCH',
      path,
      `the weights of ${what} sum to ${fmtRational(s)}, not ${fmtRational(policy.total)}` +
        (policy.tolerance.n === 0n ? '' : ` (tolerance ${fmtRational(policy.tolerance)})`) +
        '; fix the weights or set weights.renormalize: true',
    );
}

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
  const id = checkId(spec, '', issues);
  const name = checkString(spec, 'name', '', issues);
  const version = checkString(spec, 'version', '', issues);
  const assessment = checkString(spec, 'assessment', '', issues, false);
  const notes = checkString(spec, 'notes', '', issues, false);
  checkProvenance(spec, '', issues);
  const years = own(spec, 'years');
  if (years !== undefined) {
    const from = isPlainRecord(years) ? own(years, 'from') : undefined;
    const to = isPlainRecord(years) ? own(years, 'to') : undefined;
    if (!isPlainRecord(years) || !isWhole(from) || (to !== undefined && (!isWhole(to) || to < from)))
      issues.add('INVALID_RANGE', 'years', `years must be { from, to? } with whole years and to ≥ from, got ${describe(years)}`);
  }

  // Output range.
  let lo: Rational | undefined;
  let hi: Rational | undefined;
  const output = own(spec, 'output');
  if (output === undefined) issues.add('MISSING_FIELD', 'output', 'output is required (e.g. { min: 0, max: 100 })');
  else if (!isPlainRecord(output)) issues.add('INVALID_TYPE', 'output', `output must be { min, max }, got ${describe(output)}`);
  else {
    const a = tryDecimal(own(output, 'min'));
    const b = tryDecimal(own(output, 'max'));
    if (a === undefined || !withinBounds(a))
      issues.add('INVALID_RANGE', 'output.min', `output.min must be a number from -1e15 to 1e15, got ${describe(own(output, 'min'))}`);
    if (b === undefined || !withinBounds(b))
      issues.add('INVALID_RANGE', 'output.max', `output.max must be a number from -1e15 to 1e15, got ${describe(own(output, 'max'))}`);
    if (a !== undefined && b !== undefined && withinBounds(a) && withinBounds(b)) {
      if (cmp(a, b) >= 0) issues.add('INVALID_RANGE', 'output', `output.min (${fmtRational(a)}) must be below output.max (${fmtRational(b)})`);
      else {
        lo = a;
        hi = b;
      }
    }
  }

  // Weight policy.
  let policy: WeightPolicyRead = { total: fromInt(100), tolerance: ZERO, renormalize: false };
  const wp = own(spec, 'weights');
  if (wp !== undefined) {
    if (!isPlainRecord(wp)) issues.add('INVALID_TYPE', 'weights', `weights must be { total?, tolerance?, renormalize? }, got ${describe(wp)}`);
    else {
      const tv = own(wp, 'total');
      const total = tv === undefined ? policy.total : readWeight(tv);
      if (total === undefined || total.n <= 0n) issues.add('INVALID_WEIGHT', 'weights.total', `weights.total must be a positive number, got ${describe(tv)}`);
      const tol = own(wp, 'tolerance');
      const tolerance = tol === undefined ? ZERO : tryDecimal(tol);
      if (tolerance === undefined || tolerance.n < 0n)
        issues.add('INVALID_WEIGHT', 'weights.tolerance', `weights.tolerance must be a non-negative number, got ${describe(tol)}`);
      const renormalize = checkBoolean(wp, 'renormalize', 'weights', issues, false);
      if (total !== undefined && total.n > 0n && tolerance !== undefined && tolerance.n >= 0n) policy = { total, tolerance, renormalize };
    }
  }

  // Rounding.
  let rounding: RoundingRule = DEFAULT_ROUNDING;
  const rv = own(spec, 'rounding');
  if (rv !== undefined) {
    const mode = isPlainRecord(rv) ? own(rv, 'mode') : undefined;
    const decimals = isPlainRecord(rv) ? own(rv, 'decimals') : undefined;
    if (!isPlainRecord(rv)) issues.add('INVALID_ROUNDING', 'rounding', `rounding must be { mode, decimals }, got ${describe(rv)}`);
    else if (!isRoundingMode(mode)) issues.add('INVALID_ROUNDING', 'rounding.mode', `mode must be one of ${ROUNDING_MODES.join(', ')}, got ${describe(mode)}`);
    else if (!isWhole(decimals) || decimals < 0 || decimals > 20)
      issues.add('INVALID_ROUNDING', 'rounding.decimals', `decimals must be a whole number from 0 to 20, got ${describe(decimals)}`);
    else rounding = Object.freeze({ mode, decimals: decimals + 0 }); // + 0: never -0
  }

  // Rounded scores must stay inside the output range: its bounds must lie on the rounding grid.
  for (const [bound, p] of [[lo, 'output.min'], [hi, 'output.max']] as const) {
    const places = bound === undefined ? 0 : decimalPlaces(bound);
    if (places === undefined || places > rounding.decimals)
      issues.add(
        'INVALID_RANGE',
        p,
        `${p} has more decimals than the rounding keeps (${rounding.decimals}): a rounded score could fall outside the output range`,
      );
  }

  // Scale.
  let scale: CompiledScale | undefined;
  const sv = own(spec, 'scale');
  if (sv === undefined) issues.add('MISSING_FIELD', 'scale', 'scale is required (e.g. scales.ombudsman2022)');
  else {
    scale = checkScale(sv, 'scale', issues);
    if (scale !== undefined && lo !== undefined && hi !== undefined) {
      if (cmp(scale.min, lo) !== 0 || cmp(scale.max, hi) !== 0)
        issues.add(
          'SCALE_MISMATCH',
          'scale',
          `the scale spans ${scale.scale.min}–${scale.scale.max} but the output range is ${fmtRational(lo)}–${fmtRational(hi)}`,
        );
    }
  }

  // Structure.
  const dimensions: CompiledDimension[] = [];
  const variables: CompiledVariable[] = [];
  const indicators: CompiledIndicator[] = [];
  const byId = new Map<string, number>();
  const dimIds = new Set<string>();
  const varIds = new Set<string>();
  const dimsRaw = checkArray(spec, 'dimensions', '', issues, 'a methodology');
  let indicatorCount = 0;
  if (dimsRaw !== undefined) {
    for (const d of dimsRaw) {
      if (isPlainRecord(d)) {
        const vs = own(d, 'variables');
        if (isArray(vs))
          for (const v of vs) {
            const is = isPlainRecord(v) ? own(v, 'indicators') : undefined;
            if (isArray(is)) indicatorCount += is.length;
          }
      }
    }
    if (indicatorCount > MAX_INDICATORS) {
      issues.add('TOO_LARGE', 'dimensions', `a methodology may have at most ${MAX_INDICATORS.toLocaleString('en')} indicators, got ${indicatorCount}`);
    } else {
      const dimWeights: Rational[] = [];
      dimsRaw.forEach((d: unknown, di: number) => {
        const dp = index('dimensions', di);
        if (!isPlainRecord(d)) {
          issues.add('INVALID_TYPE', dp, `a dimension must be an object, got ${describe(d)}`);
          return;
        }
        const did = checkId(d, dp, issues);
        if (did !== undefined) {
          if (dimIds.has(did)) issues.add('DUPLICATE_ID', join(dp, 'id'), `dimension id ${JSON.stringify(did)} appears twice`);
          dimIds.add(did);
        }
        const dname = checkString(d, 'name', dp, issues);
        checkString(d, 'nameEn', dp, issues, false);
        checkString(d, 'notes', dp, issues, false);
        checkProvenance(d, dp, issues);
        const dw = checkWeight(d, dp, issues, precision);
        if (dw !== undefined) dimWeights.push(dw);
        const vsRaw = checkArray(d, 'variables', dp, issues, 'a dimension');
        const dimension: CompiledDimension & { variables: number[] } = {
          id: did ?? '',
          name: dname ?? '',
          index: dimensions.length,
          weight: dw ?? ZERO,
          variables: [],
          shareNumber: 0,
        };
        dimensions.push(dimension);
        if (vsRaw === undefined) return;
        const weighted = vsRaw.map((v) => isPlainRecord(v) && own(v, 'weight') !== undefined);
        const mixed = weighted.some((x) => x) && !weighted.every((x) => x);
        if (mixed) issues.add('MIXED_VARIABLE_WEIGHTS', join(dp, 'variables'), 'either every variable of a dimension has a weight or none has');
        const varWeights: Rational[] = [];
        const dimIndicatorWeights: Rational[] = [];
        // Sums are checked only over groups whose every weight was read: a sum over the valid
        // weights alone would report a mismatch that is not there (the bad weight is reported).
        let dimIndicatorWeightsComplete = true;
        vsRaw.forEach((v: unknown, vi: number) => {
          const vp = index(join(dp, 'variables'), vi);
          if (!isPlainRecord(v)) {
            dimIndicatorWeightsComplete = false;
            issues.add('INVALID_TYPE', vp, `a variable must be an object, got ${describe(v)}`);
            return;
          }
          const vid = checkId(v, vp, issues);
          if (vid !== undefined) {
            if (varIds.has(vid)) issues.add('DUPLICATE_ID', join(vp, 'id'), `variable id ${JSON.stringify(vid)} appears twice`);
            varIds.add(vid);
          }
          const vname = checkString(v, 'name', vp, issues);
          checkString(v, 'nameEn', vp, issues, false);
          checkString(v, 'notes', vp, issues, false);
          checkProvenance(v, vp, issues);
          const vw = weighted[vi] === true ? checkWeight(v, vp, issues, precision) : undefined;
          const isRaw = checkArray(v, 'indicators', vp, issues, 'a variable');
          if (isRaw === undefined) dimIndicatorWeightsComplete = false;
          const indWeights: Rational[] = [];
          const members: number[] = [];
          if (isRaw !== undefined) {
            isRaw.forEach((ind: unknown, ii: number) => {
              const ip = index(join(vp, 'indicators'), ii);
              if (!isPlainRecord(ind)) {
                dimIndicatorWeightsComplete = false;
                issues.add('INVALID_TYPE', ip, `an indicator must be an object, got ${describe(ind)}`);
                return;
              }
              const iid = checkId(ind, ip, issues);
              if (iid !== undefined) {
                if (byId.has(iid)) issues.add('DUPLICATE_ID', join(ip, 'id'), `indicator id ${JSON.stringify(iid)} appears twice`);
                else if (isReservedKey(iid)) issues.add('INVALID_ID', join(ip, 'id'), `indicator id ${JSON.stringify(iid)} is reserved for "not applicable"`);
              }
              const iname = checkString(ind, 'name', ip, issues);
              checkString(ind, 'nameEn', ip, issues, false);
              checkString(ind, 'notes', ip, issues, false);
              checkProvenance(ind, ip, issues);
              const iw = checkWeight(ind, ip, issues, precision);
              const answer = checkAnswer(own(ind, 'answer'), join(ip, 'answer'), issues);
              if (answer !== undefined) trackDenominator(BigInt(answer.span), precision, join(ip, 'answer'), issues);
              if (iw === undefined) dimIndicatorWeightsComplete = false;
              if (iw !== undefined) {
                indWeights.push(iw);
                dimIndicatorWeights.push(iw);
              }
              if (iid !== undefined && !byId.has(iid)) byId.set(iid, indicators.length);
              members.push(indicators.length);
              indicators.push({
                id: iid ?? '',
                name: iname ?? '',
                index: indicators.length,
                dimension: dimension.index,
                variable: variables.length,
                path: ip,
                weight: iw ?? ZERO,
                answer: answer ?? { kind: 'interval', grid: 1, offset: 0, span: 1 },
                share: ZERO,
                shareNumber: 0,
              });
            });
            if (weighted[vi] === true && indWeights.length === isRaw.length) checkSum(indWeights, policy, join(vp, 'indicators'), `the indicators of variable ${JSON.stringify(vid ?? vi)}`, issues);
          }
          const weight = vw ?? sumOf(indWeights);
          if (weighted[vi] !== true || vw !== undefined) varWeights.push(weight);
          dimension.variables.push(variables.length);
          variables.push({ id: vid ?? '', name: vname ?? '', index: variables.length, dimension: dimension.index, weight, indicators: members, shareNumber: 0 });
        });
        if (!mixed) {
          if (weighted.every((x) => x)) {
            if (varWeights.length === vsRaw.length) checkSum(varWeights, policy, join(dp, 'variables'), `the variables of dimension ${JSON.stringify(did ?? di)}`, issues);
          } else if (dimIndicatorWeightsComplete && dimIndicatorWeights.length > 0) {
            checkSum(dimIndicatorWeights, policy, join(dp, 'variables'), `the indicators of dimension ${JSON.stringify(did ?? di)}`, issues);
          }
        }
      });
      if (dimWeights.length === dimsRaw.length) checkSum(dimWeights, policy, 'dimensions', 'the dimensions', issues);
    }
  }

  if (issues.size > 0 || scale === undefined || lo === undefined || hi === undefined) return { issues: issues.items };

  // Shares: product of the shares at the three levels.
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

  const methodology = freezeMethodology(spec, policy, rounding, scale);
  const compiled: CompiledMethodology = Object.freeze({
    methodology,
    indicators: Object.freeze(indicators.map((i) => Object.freeze(i))),
    variables: Object.freeze(variables.map((v) => Object.freeze({ ...v, indicators: Object.freeze(v.indicators) }))),
    dimensions: Object.freeze(dimensions.map((d) => Object.freeze({ ...d, variables: Object.freeze(d.variables) }))),
    byId,
    lo,
    hi,
    loNumber: toNumber(lo),
    rangeNumber: toNumber(sub(hi, lo)),
    rounding,
    scale,
    kernel: buildKernel(indicators, lo, hi, rounding),
  });
  return { compiled: rememberMethodology(compiled), issues: [] };
}

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

/** A deep frozen copy of a valid spec with defaults filled in; unknown fields dropped. */
export function freezeMethodology(spec: Record<string, unknown>, policy: WeightPolicyRead, rounding: RoundingRule, scale: CompiledScale): Methodology {
  const pick = (obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = own(obj, k);
      // `v === 0` also holds for -0, which JSON cannot keep: copy it as 0.
      if (v !== undefined) out[k] = k === 'provenance' ? copyProvenance(v) : v === 0 ? 0 : v;
    }
    return out;
  };
  const answerCopy = (a: Record<string, unknown>): unknown =>
    Object.freeze({
      ...pick(a, ['kind', 'min', 'max', 'decimals']),
      ...(isArray(own(a, 'levels'))
        ? { levels: Object.freeze((own(a, 'levels') as Record<string, unknown>[]).map((l) => Object.freeze(pick(l, ['key', 'label', 'value'])))) }
        : {}),
    });
  const wp = own(spec, 'weights');
  const years = own(spec, 'years') as Record<string, unknown> | undefined;
  const out = {
    ...pick(spec, ['id', 'name', 'version', 'assessment']),
    ...(years !== undefined ? { years: Object.freeze(pick(years, ['from', 'to'])) } : {}),
    output: Object.freeze(pick(own(spec, 'output') as Record<string, unknown>, ['min', 'max'])),
    weights: Object.freeze({
      total: 100,
      tolerance: 0,
      ...(isPlainRecord(wp) ? pick(wp, ['total', 'tolerance']) : {}),
      renormalize: policy.renormalize,
    }),
    rounding,
    scale: scale.scale,
    dimensions: Object.freeze(
      (own(spec, 'dimensions') as Record<string, unknown>[]).map((d) =>
        Object.freeze({
          ...pick(d, ['id', 'name', 'nameEn', 'weight']),
          variables: Object.freeze(
            (own(d, 'variables') as Record<string, unknown>[]).map((v) =>
              Object.freeze({
                ...pick(v, ['id', 'name', 'nameEn', 'weight']),
                indicators: Object.freeze(
                  (own(v, 'indicators') as Record<string, unknown>[]).map((i) =>
                    Object.freeze({
                      ...pick(i, ['id', 'name', 'nameEn', 'weight']),
                      answer: answerCopy(own(i, 'answer') as Record<string, unknown>),
                      ...pick(i, ['provenance', 'notes']),
                    }),
                  ),
                ),
                ...pick(v, ['provenance', 'notes']),
              }),
            ),
          ),
          ...pick(d, ['provenance', 'notes']),
        }),
      ),
    ),
    ...pick(spec, ['provenance', 'notes']),
  };
  return Object.freeze(out) as unknown as Methodology;
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
