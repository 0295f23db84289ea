/**
 * Reads a methodology's dimensions, variables and indicators: ids (unique, not reserved),
 * names, provenance, weights (variables either all weighted or none), answers, and the weight
 * sums of every group; lays them out flat, in methodology order, with shares still zero.
 *
 * @internal
 */
import { describe, index, isArray, isPlainRecord, join, own } from '../../internal/input.js';
import { checkId, checkProvenance, checkString, type IssueList } from '../../internal/issues.js';
import { ZERO, type Rational } from '../../internal/rational.js';
import type { CompiledDimension, CompiledIndicator, CompiledVariable } from './compiled.js';
import { checkArray } from './fields.js';
import { MAX_INDICATORS, trackDenominator, type Precision } from './limits.js';
import { checkAnswer } from './readAnswerSpec.js';
import { isReservedKey } from './reservedKey.js';
import { checkSum, checkWeight, sumOf, type WeightPolicy } from './weights.js';

/** The flat structure of a methodology, in methodology order. */
export interface Structure {
  readonly dimensions: CompiledDimension[];
  readonly variables: CompiledVariable[];
  readonly indicators: CompiledIndicator[];
  /** Indicator id → index. */
  readonly byId: Map<string, number>;
}

/** Reads `dimensions`, adding every issue in document order; the structure is complete only when none was added. */
export function readStructure(spec: Record<string, unknown>, policy: WeightPolicy, precision: Precision, issues: IssueList): Structure {
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
  return { dimensions, variables, indicators, byId };
}
