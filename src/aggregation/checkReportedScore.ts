import type { Classification } from '../classification/classification.js';
import { classifyExact } from '../classification/internal/classifyExact.js';
import { requireScale, type CompiledScale } from '../classification/internal/compiledScales.js';
import { checkScore, readRange, scoreBounds } from '../classification/internal/scoreRange.js';
import { KepatuhanError, isKepatuhanError } from '../errors/KepatuhanError.js';
import { describe, index, isArray, isPlainRecord, moved, named, own, readDecimal, readRounding } from '../internal/input.js';
import { snapshot, type Shape } from '../internal/snapshot.js';
import { reportedPlaces } from '../internal/writtenDecimals.js';
import {
  add,
  decimalPlaces,
  div,
  fromInt,
  fromNumber,
  mul,
  pow10,
  rat,
  roundDiv,
  roundToScaled,
  scaledToNumber,
  scaledToString,
  sub,
  toNumber,
  ZERO,
  type Rational,
} from '../internal/rational.js';
import { requireMethodology } from '../model/internal/compiledMethodologies.js';
import { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingMode, type RoundingRule } from '../rounding/rounding.js';
import type { ScoreRange } from '../numbers/ScoreRange.js';
import { aggregate, type AggregateInput } from './aggregate.js';
import type {
  CandidateUnitCheck,
  CheckReportedScoreInput,
  GridRange,
  LabelCheck,
  PreviousYearCheck,
  ReportedScoreCheck,
  ScoreCheck,
} from './reportedScoreCheck.js';

/** Most candidate values searched per diagnostic. */
const MAX_SEARCH = 20_000;
/** Most units (and weights) one check reads, as many as {@link aggregate} takes. */
const MAX_UNITS = 1_000_000;
/** Most candidate units: each one is a full aggregation of the units. */
const MAX_CANDIDATES = 1000;

/** The widest range a score can have (scale and range bounds lie within ±1e15). */
const ANY_SCORE = { min: -1e15, max: 1e15 } as const;

/** Exact decimal text of a terminating rational with `places` decimals. */
const text = (r: Rational, places: number): string => scaledToString(roundToScaled(r, places, 'halfUp'), places);

/** Re-throws an error of `aggregate` with the paths of this function's input. */
/** The fields of the input that are read (methodology, scale and rounding are read by their own readers). */
const INPUT: Shape = {
  methodology: 'value',
  rounding: 'value',
  scale: 'value',
  range: 'value',
  method: 'value',
  roundInputs: 'value',
  weights: ['value', MAX_UNITS],
  reported: { score: 'value', category: 'value', zone: 'value', label: 'value' },
  reportedDecimals: 'value',
  units: [{ score: 'value', name: 'value', weight: 'value' }, MAX_UNITS],
  candidateUnits: [{ score: 'value', name: 'value', weight: 'value' }, MAX_CANDIDATES],
  previous: { score: 'value', year: 'value', units: [{ score: 'value', name: 'value', weight: 'value' }, MAX_UNITS] },
};

function rethrow(e: unknown, units = 'units'): never {
  if (!isKepatuhanError(e)) throw e;
  // aggregate's paths in checkReportedScore's terms (its scores are the units, its options fields of the input).
  throw moved(e, (path) => path.replace(/^scores/, units).replace(/^options\./, ''));
}

/** Min and max of the grid values k in [lo, hi] for which `ok(k)`; undefined if none or too many to search. */
function scan(lo: bigint, hi: bigint, ok: (k: bigint) => boolean): [bigint, bigint] | undefined {
  if (hi < lo || hi - lo > BigInt(MAX_SEARCH)) return undefined;
  let first: bigint | undefined;
  let last: bigint | undefined;
  for (let k = lo; k <= hi; k++)
    if (ok(k)) {
      first ??= k;
      last = k;
    }
  return first === undefined ? undefined : [first, last!];
}

function labelCheck(reported: unknown, path: string, expected: string | null, basis: 'reported' | 'computed', alternative?: string): LabelCheck {
  if (typeof reported !== 'string') throw new KepatuhanError('INVALID_TYPE', `${path.slice(path.indexOf('.') + 1)} must be a string, got ${describe(reported)}`, path);
  const norm = (s: string): string => s.trim().toLowerCase();
  const consistent = expected !== null && (norm(reported) === norm(expected) || (alternative !== undefined && norm(reported) === norm(alternative)));
  return { reported, expected, consistent, basis };
}

/**
 * Checks a published figure against the units it should come from: whether the reported
 * score follows from the units' scores under the methodology's rule (the Ombudsman mean of
 * two-decimal scores, half-up), by how much it is off, and what would explain a difference —
 * a unit score mistyped by some amount, a missing or extra unit, or a different rounding
 * (truncation). Given `candidateUnits` (units printed elsewhere) it says whether adding one
 * makes the figure follow; given the `previous` year's score or units it says whether the
 * reported score, or the units, are the previous year's. It also checks a reported category,
 * zone or label against the band of the score. Real cases: Kab. Serang 2024 ("91" is 91.98
 * truncated), Kota Cilegon 2023 (89.45 reported, the six published units give 89.40; with
 * Dinkes 89.35; a seventh unit would need 89.74), Kota Cilegon 2022 (the units give 77.66, the
 * 2021 score), Kab. Kendal PEKPPP (4.44 reported as "A", the table gives A-).
 *
 * The reported score's precision is taken from how it is written when it is a string (`"91"`
 * has 0 decimals); a number is taken at the rule's decimals unless `reportedDecimals` says
 * otherwise.
 *
 * Every score, the units' and the reported one, must lie in range as in {@link aggregate}:
 * shown with the rule's rounding, within the scale's min–max (the methodology's scale when
 * no `scale` is given), else `range`'s, else 0–100.
 *
 * @param input - `{ units?, reported, methodology?, scale?, range?, method?, weights?, rounding?, roundInputs?, reportedDecimals?, candidateUnits?, previous? }`
 * @returns whether everything follows, findings in words, and the score, category, zone and label checks
 * @throws {@link KepatuhanError} `MISSING_FIELD` without `reported` or without anything to
 *   check; `INVALID_NUMBER` / `INVALID_TYPE` for a bad score (path `units[i]` or `reported`);
 *   `INVALID_OPTION` / `INVALID_ROUNDING` / `INVALID_SCORE_WEIGHT` for bad options or when a
 *   category, zone or label is given without a scale; `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (path `methodology`), `NOT_DEFINED` for a scale that is not a built-in or a {@link defineScale} result (path `scale`);
 *   `VALUE_OUT_OF_RANGE` when a score lies outside the scale's range, `range` or 0–100 (path
 *   `units[i]`, `units[i].score`, `reported` or `reported.score`), or when the reported score
 *   and the units' score differ by more than the largest double; `INVALID_RANGE` for a bad
 *   `range`, `INVALID_OPTION` for `range` with a scale or methodology; `MISSING_FIELD` for
 *   `candidateUnits` or `previous` without units and a reported score, or a `previous` with
 *   neither score nor units; `INVALID_OPTION` for `candidateUnits` with a `weights` list;
 *   `TOO_LARGE` beyond 1,000,000 units or 1,000 candidate units
 * @example
 * ```ts
 * import { checkReportedScore, presets } from 'kepatuhan';
 * const cilegon = checkReportedScore({
 *   units: [93.35, 90.09, 89.69, 89.49, 88.06, 85.73], // Kota Cilegon 2023, as published
 *   reported: 89.45,
 *   methodology: presets.ombudsman2022,
 * });
 * cilegon.consistent; // false
 * cilegon.score?.computed; // 89.4
 * cilegon.score?.difference; // 0.05
 * cilegon.score?.unitShift; // { min: 0.26, max: 0.31 }: one unit score 0.26–0.31 too low would explain it
 * cilegon.score?.missingUnitExact; // 89.74: a seventh unit would need 7 × 89.45 − 536.41
 * const withDinkes = checkReportedScore({
 *   units: [93.35, 90.09, 89.69, 89.49, 88.06, 85.73],
 *   reported: 89.45,
 *   candidateUnits: [{ name: 'Dinas Kesehatan', score: 89.02 }], // printed by another outlet
 * });
 * withDinkes.score?.candidates[0]?.computed; // 89.35: still not 89.45
 * const mixed = checkReportedScore({ units: [80.12, 75.2], reported: 77.73, previous: { year: 2021, score: 77.66 } });
 * mixed.score?.previous?.unitsArePrevious; // "score": the units give 77.66, the 2021 score
 * checkReportedScore({ reported: { score: 4.44, category: 'A' }, methodology: presets.pekppp2022 }).category?.expected; // "A-"
 * ```
 * @category Aggregation
 */
export function checkReportedScore(input: CheckReportedScoreInput): ReportedScoreCheck {
  if (!isPlainRecord(input)) throw new KepatuhanError('INVALID_TYPE', `checkReportedScore takes an object { units, reported, methodology? }, got ${describe(input)}`, 'input');
  // Every field read once into plain data: the units are read again for the diagnostics.
  let given: Record<string, unknown>;
  try {
    given = snapshot(input, INPUT, '') as Record<string, unknown>;
  } catch (e) {
    throw e instanceof KepatuhanError ? moved(e, named('input')) : e; // the input itself is `input`
  }
  const mv = own(given, 'methodology');
  const c = mv === undefined ? undefined : requireMethodology(mv, 'methodology');
  const rule: RoundingRule = readRounding(own(given, 'rounding'), 'rounding', c?.rounding ?? DEFAULT_ROUNDING);
  const sv = own(given, 'scale');
  const scale: CompiledScale | undefined = sv !== undefined ? requireScale(sv, 'scale') : c?.scale;
  // Every score (units and reported) lies within the scale's range, else `range`, else 0–100.
  const range = readRange(given, '');
  const bounds = scoreBounds(scale, range, rule, 'range');
  // The units are checked by aggregate, against the same bounds (its paths are mapped back by rethrow).
  const boundsOption = scale !== undefined ? { scale: scale.scale } : range !== undefined ? { range: own(given, 'range') as ScoreRange } : {};
  const method = own(given, 'method') ?? 'mean';
  if (method !== 'mean' && method !== 'weightedMean' && method !== 'median')
    throw new KepatuhanError('INVALID_OPTION', `method must be "mean", "weightedMean" or "median", got ${describe(method)}`, 'method');
  const roundInputs = own(given, 'roundInputs') ?? true;
  if (typeof roundInputs !== 'boolean') throw new KepatuhanError('INVALID_OPTION', `roundInputs must be true or false, got ${describe(roundInputs)}`, 'roundInputs');
  const weights = own(given, 'weights');

  // The reported figure.
  const rv = own(given, 'reported');
  if (rv === undefined || rv === null) throw new KepatuhanError('MISSING_FIELD', 'reported is required (a score, or { score?, category?, zone?, label? })', 'reported');
  const fields = isPlainRecord(rv) ? rv : { score: rv };
  const rScore = own(fields, 'score');
  const scorePath = isPlainRecord(rv) ? 'reported.score' : 'reported';
  let reported: Rational | undefined;
  let p = rule.decimals;
  if (rScore !== undefined) {
    reported = readDecimal(rScore, scorePath, 'the reported score');
    checkScore(reported, bounds, scorePath);
    p = reportedPlaces(rScore, reported, own(given, 'reportedDecimals'), p, 'reportedDecimals');
  }

  // The units.
  const uv = own(given, 'units');
  if (uv !== undefined && !isArray(uv)) throw new KepatuhanError('INVALID_TYPE', `units must be an array of scores, got ${describe(uv)}`, 'units');
  const units = uv as readonly unknown[] | undefined;
  const cv = own(given, 'candidateUnits');
  if (cv !== undefined && !isArray(cv)) throw new KepatuhanError('INVALID_TYPE', `candidateUnits must be an array of scores, got ${describe(cv)}`, 'candidateUnits');
  const candidateValues = cv as readonly unknown[] | undefined;
  if (candidateValues !== undefined && candidateValues.length > 0 && weights !== undefined)
    throw new KepatuhanError('INVALID_OPTION', 'candidateUnits cannot be combined with the weights list: give each unit and candidate its own weight', 'candidateUnits');
  const pv = own(given, 'previous');
  if (pv !== undefined && !isPlainRecord(pv)) throw new KepatuhanError('INVALID_TYPE', `previous must be an object { score?, units?, year? }, got ${describe(pv)}`, 'previous');
  const previousFields = pv as Record<string, unknown> | undefined;
  if ((candidateValues !== undefined || previousFields !== undefined) && (units === undefined || reported === undefined))
    throw new KepatuhanError('MISSING_FIELD', 'candidateUnits and previous explain a reported score: give the units and the reported score too', units === undefined ? 'units' : 'reported.score');
  const findings: string[] = [];
  let score: ScoreCheck | undefined;
  let computedExact: Rational | undefined;
  if (units !== undefined && reported !== undefined) {
    const base = (() => {
      try {
        return aggregate(units as readonly AggregateInput[], {
          method,
          rounding: rule,
          roundInputs,
          ...boundsOption,
          ...(weights !== undefined ? { weights: weights as readonly (number | string)[] } : {}),
        });
      } catch (e) {
        rethrow(e);
      }
    })();
    const scale10 = pow10(rule.decimals);
    const values: Rational[] = units.map((u, i) => {
      const r = readDecimal(isPlainRecord(u) ? own(u, 'score') : u, index('units', i), 'score');
      return roundInputs ? rat(roundToScaled(r, rule.decimals, rule.mode), scale10) : r;
    });
    const names = units.map((u, i) => {
      const n = isPlainRecord(u) ? own(u, 'name') : undefined;
      return typeof n === 'string' && n.trim() !== '' ? `unit ${i + 1} (${n})` : `unit ${i + 1}`;
    });
    /** A unit as an input of `aggregate`, its score already rounded like the units' (so the reported precision can differ). */
    const asInput = (u: unknown, v: Rational): AggregateInput => {
      const w = isPlainRecord(u) ? own(u, 'weight') : undefined;
      const s = text(v, decimalPlaces(v) ?? rule.decimals);
      return w === undefined ? s : { score: s, weight: w as number | string };
    };
    const asInputs: AggregateInput[] = values.map((v, i) => asInput(units[i], v));
    const atPrecision = (mode: RoundingMode, list: readonly AggregateInput[] = asInputs, decimals = p): number => {
      try {
        // The units were checked above; at another precision their shown values may differ, so no range here.
        return aggregate(list, { method, rounding: { mode, decimals }, roundInputs: false, range: ANY_SCORE, ...(weights !== undefined ? { weights: weights as readonly (number | string)[] } : {}) }).score;
      } catch (e) {
        rethrow(e);
      }
    };
    const pk = pow10(p);
    const rk = roundToScaled(reported, p, 'halfUp'); // exact: reported has at most p decimals
    const reportedNumber = scaledToNumber(rk, p);
    const expected = atPrecision(rule.mode);
    const matchingRoundings = ROUNDING_MODES.filter((mode) => atPrecision(mode) === reportedNumber);
    computedExact = fromNumber(base.score)!;
    const consistent = expected === reportedNumber;
    const dp = Math.max(p, rule.decimals);
    const difference = scaledToNumber(roundToScaled(sub(reported, computedExact), dp, 'halfUp'), dp);
    // Two scores near ±1.8e308 can lie further apart than the largest double: a result never holds Infinity.
    if (!Number.isFinite(difference))
      throw new KepatuhanError('VALUE_OUT_OF_RANGE', `the reported score and the units' score differ by more than the largest JavaScript number (about 1.8e308)`, 'reported.score');

    // Diagnostics for the plain mean.
    let unitShift: GridRange | null = null;
    let missingUnit: GridRange | null = null;
    let missingUnitExact: number | null = null;
    const extraUnits: number[] = [];
    if (method === 'mean' && !consistent) {
      const n = BigInt(values.length);
      const S = values.reduce(add, ZERO);
      const follows = (sum: Rational, count: bigint): boolean => count > 0n && roundToScaled(div(sum, fromInt(count)), p, rule.mode) === rk;
      const step = rat(1n, scale10);
      const w = rat(1n, pk);
      const toGrid = (r: Rational, m: 'floor' | 'ceil'): bigint => roundDiv(r.n * scale10, r.d, m);
      const range = (found: [bigint, bigint] | undefined): GridRange | null => {
        if (found === undefined) return null;
        const min = scaledToNumber(found[0], rule.decimals);
        const max = scaledToNumber(found[1], rule.decimals);
        // A unit score beyond the largest double explains nothing anyone could have published.
        return Number.isFinite(min) && Number.isFinite(max) ? { min, max } : null;
      };
      // Candidates x for which (S + x) / count can round to the reported figure: count·(R ∓ 10^-p) − S.
      const window = (count: bigint): [bigint, bigint] => [
        toGrid(sub(mul(fromInt(count), sub(reported!, w)), S), 'floor'),
        toGrid(sub(mul(fromInt(count), add(reported!, w)), S), 'ceil'),
      ];
      // One unit off by Δ: (S + Δ) / n.
      {
        const [lo, hi] = window(n);
        unitShift = range(scan(lo, hi, (k) => follows(add(S, mul(fromInt(k), step)), n)));
      }
      // A missing unit scoring v: (S + v) / (n + 1), v within the range (bounds are on the rule's grid).
      {
        const m = n + 1n;
        let [lo, hi] = window(m);
        if (lo < bounds.lo) lo = bounds.lo;
        if (hi > bounds.hi) hi = bounds.hi;
        missingUnit = range(scan(lo, hi, (k) => follows(add(S, mul(fromInt(k), step)), m)));
      }
      // One unit too many (with a single unit, follows() refuses the empty count).
      values.forEach((v, i) => follows(sub(S, v), n - 1n) && extraUnits.push(i));
      // The one missing score that gives the reported figure exactly: (n + 1)·R − S (Kota Cilegon 2023: 7 × 89.45 − 536.41 = 89.74, domain reference §7).
      if (missingUnit !== null) {
        const x = sub(mul(fromInt(n + 1n), reported), S);
        const k = roundToScaled(x, rule.decimals, 'halfUp');
        const kMin = roundToScaled(fromNumber(missingUnit.min)!, rule.decimals, 'halfUp');
        const kMax = roundToScaled(fromNumber(missingUnit.max)!, rule.decimals, 'halfUp');
        if (decimalPlaces(x) !== undefined && decimalPlaces(x)! <= rule.decimals && k >= kMin && k <= kMax) missingUnitExact = scaledToNumber(k, rule.decimals);
      }
    }

    // Units published elsewhere that may belong (Kota Cilegon 2023: Dinkes 89.02, from another outlet).
    const candidates: CandidateUnitCheck[] = [];
    if (candidateValues !== undefined)
      candidateValues.forEach((cu, j) => {
        const cp = index('candidateUnits', j);
        const r = readDecimal(isPlainRecord(cu) ? own(cu, 'score') : cu, isPlainRecord(cu) ? `${cp}.score` : cp, 'score');
        const v = roundInputs ? rat(roundToScaled(r, rule.decimals, rule.mode), scale10) : r;
        const list = [...asInputs, asInput(cu, v)];
        const computed = atPrecision(rule.mode, list, rule.decimals);
        const expectedWith = atPrecision(rule.mode, list);
        const n = isPlainRecord(cu) ? own(cu, 'name') : undefined;
        candidates.push({
          index: j,
          name: typeof n === 'string' && n.trim() !== '' ? n : null,
          score: scaledToNumber(roundToScaled(v, decimalPlaces(v) ?? rule.decimals, 'halfUp'), decimalPlaces(v) ?? rule.decimals),
          computed,
          expected: expectedWith,
          follows: expectedWith === reportedNumber,
        });
      });

    // The previous year's figures (Kota Cilegon 2022: the units' 77.66 is the city's 2021 score, domain reference §7).
    let previous: PreviousYearCheck | null = null;
    if (previousFields !== undefined) {
      const ps = own(previousFields, 'score');
      const prevScore = ps === undefined ? undefined : readDecimal(ps, 'previous.score', 'the previous score');
      const pu = own(previousFields, 'units');
      if (pu !== undefined && !isArray(pu)) throw new KepatuhanError('INVALID_TYPE', `previous.units must be an array of scores, got ${describe(pu)}`, 'previous.units');
      let prevComputed: number | undefined;
      if (pu !== undefined)
        try {
          prevComputed = aggregate(pu as readonly AggregateInput[], { method, rounding: rule, roundInputs }).score;
        } catch (e) {
          rethrow(e, 'previous.units');
        }
      const py = own(previousFields, 'year');
      if (py !== undefined && (typeof py !== 'number' || !Number.isInteger(py)))
        throw new KepatuhanError('INVALID_TYPE', `previous.year must be a whole number, got ${describe(py)}`, 'previous.year');
      if (prevScore === undefined && prevComputed === undefined)
        throw new KepatuhanError('MISSING_FIELD', "previous needs the previous year's score or units", 'previous');
      // Each previous figure at the reported precision (for the reported score) and at the rule's (for the units' score).
      const prevFigures: [PreviousYearCheck['reportedIsPrevious'] & string, Rational][] = [];
      if (prevScore !== undefined) prevFigures.push(['score', prevScore]);
      if (prevComputed !== undefined) prevFigures.push(['units', fromNumber(prevComputed)!]);
      const same = (a: Rational, b: Rational, decimals: number): boolean => roundToScaled(a, decimals, rule.mode) === roundToScaled(b, decimals, rule.mode);
      previous = {
        year: (py as number | undefined) ?? null,
        score: prevScore === undefined ? null : toNumber(prevScore),
        computed: prevComputed ?? null,
        reportedIsPrevious: prevFigures.find(([, v]) => same(v, reported!, p))?.[0] ?? null,
        unitsArePrevious: prevFigures.find(([, v]) => same(v, computedExact!, rule.decimals))?.[0] ?? null,
      };
    }
    score = {
      reported: reportedNumber,
      reportedDecimals: p,
      computed: base.score,
      expected,
      consistent,
      difference,
      count: base.count,
      unrounded: base.unrounded,
      matchingRoundings,
      unitShift,
      missingUnit,
      missingUnitExact,
      extraUnits,
      candidates,
      previous,
    };
    const num = (x: number): string => text(fromNumber(x)!, rule.decimals);
    const ruleText = `${method} of ${values.length} units, ${rule.mode} to ${rule.decimals} decimals`;
    if (consistent) findings.push(`${text(reported, p)} follows from the units (${ruleText}: ${text(computedExact, rule.decimals)}).`);
    else {
      findings.push(
        `Reported ${text(reported, p)}, but the units give ${text(computedExact, rule.decimals)} (${ruleText})${p !== rule.decimals ? `, ${scaledToString(roundToScaled(fromNumber(expected)!, p, 'halfUp'), p)} at the reported ${p} decimals` : ''}: off by ${difference > 0 ? '+' : ''}${text(sub(reported, computedExact), dp)}.`,
      );
      // Inconsistent means the rule's own mode is not among the matching roundings.
      if (matchingRoundings.length > 0) findings.push(`It follows if the figure was rounded by ${matchingRoundings.join(' or ')} to ${p} decimals instead of ${rule.mode}.`);
      if (unitShift !== null) {
        const [a, b] = unitShift.max < 0 ? [-unitShift.max, -unitShift.min] : [unitShift.min, unitShift.max];
        const amount = a === b ? num(a) : `${num(a)} to ${num(b)}`;
        findings.push(`It follows if one unit's score were ${amount} ${unitShift.max < 0 ? 'lower' : 'higher'} (a unit score published wrongly).`);
      }
      if (missingUnit !== null)
        findings.push(
          `It follows with one more unit scoring ${num(missingUnit.min)}${missingUnit.min === missingUnit.max ? '' : ` to ${num(missingUnit.max)}`}${missingUnitExact !== null && missingUnit.min !== missingUnit.max ? ` (${num(missingUnitExact)} gives ${text(reported, p)} exactly)` : ''}.`,
        );
      for (const i of extraUnits) findings.push(`It follows without ${names[i]} (${text(values[i]!, rule.decimals)}).`);
    }
    // A figure that follows needs no candidate to explain it: the data are kept, the words are not.
    for (const cand of consistent ? [] : candidates) {
      const who = cand.name === null ? `candidate unit ${cand.index + 1}` : cand.name;
      const at = (x: number): string => text(fromNumber(x)!, p);
      findings.push(
        cand.follows
          ? `With ${who} (${num(cand.score)}) added, the ${values.length + 1} units give ${num(cand.computed)}: the reported ${text(reported, p)} follows, so the list left ${who} out.`
          : `With ${who} (${num(cand.score)}) added, the ${values.length + 1} units give ${num(cand.computed)}${p !== rule.decimals ? ` (${at(cand.expected)})` : ''}, still not ${text(reported, p)}.`,
      );
    }
    if (previous !== null && !consistent) {
      const year = previous.year === null ? "the previous year's" : `${previous.year}'s`;
      const prevText = (which: 'score' | 'units'): string =>
        which === 'score' ? `${year} published score (${text(fromNumber(previous!.score!)!, rule.decimals)})` : `${year} units' score (${num(previous!.computed!)})`;
      if (previous.reportedIsPrevious !== null)
        findings.push(`The reported ${text(reported, p)} equals ${prevText(previous.reportedIsPrevious)}: the outlet may have printed the previous year's figure.`);
      if (previous.unitsArePrevious !== null)
        findings.push(`The units give ${text(computedExact, rule.decimals)}, which equals ${prevText(previous.unitsArePrevious)}: the units may be the previous year's (the outlet mixed years).`);
    }
  } else if (units !== undefined) {
    // Units without a reported score (the branch above takes both): labels are checked against the computed score.
    try {
      computedExact = fromNumber(
        aggregate(units as readonly AggregateInput[], { method, rounding: rule, roundInputs, ...boundsOption, ...(weights !== undefined ? { weights: weights as readonly (number | string)[] } : {}) }).score,
      )!;
    } catch (e) {
      rethrow(e);
    }
  }

  // Category, zone and label against the band of the reported (or else computed) score.
  const wantsLabels = ['category', 'zone', 'label'].some((k) => own(fields, k) !== undefined);
  let category: LabelCheck | undefined;
  let zone: LabelCheck | undefined;
  let label: LabelCheck | undefined;
  if (wantsLabels) {
    if (scale === undefined) throw new KepatuhanError('INVALID_OPTION', 'checking a category, zone or label needs a scale (give methodology or scale)', 'scale');
    const basis: 'reported' | 'computed' = reported !== undefined ? 'reported' : 'computed';
    const value = reported ?? computedExact;
    if (value === undefined) throw new KepatuhanError('MISSING_FIELD', 'give the reported score or the units to check a category, zone or label against', 'units');
    const cl: Classification = classifyExact(value, scale, basis === 'reported' ? scorePath : 'units');
    const of = `${text(value, scale.decimals)} is ${cl.category}${cl.category === cl.label ? '' : ` (${cl.label})`}${cl.zone !== undefined ? `, zona ${cl.zone}` : ''} on ${scale.scale.id}`;
    const rc = own(fields, 'category');
    if (rc !== undefined) {
      category = labelCheck(rc, 'reported.category', cl.category, basis);
      if (!category.consistent) findings.push(`Reported category ${String(rc)}, but ${of}.`);
    }
    const rz = own(fields, 'zone');
    if (rz !== undefined) {
      zone = labelCheck(rz, 'reported.zone', cl.zone ?? null, basis);
      if (!zone.consistent) findings.push(`Reported zone ${String(rz)}, but ${of}.`);
    }
    const rl = own(fields, 'label');
    if (rl !== undefined) {
      label = labelCheck(rl, 'reported.label', cl.label, basis, cl.labelEn);
      if (!label.consistent) findings.push(`Reported label "${String(rl)}", but ${of}.`);
    }
  }
  if (score === undefined && !wantsLabels)
    throw new KepatuhanError('MISSING_FIELD', 'nothing to check: give units and a reported score, or a reported category, zone or label', units === undefined ? 'units' : 'reported');
  const consistent = (score?.consistent ?? true) && (category?.consistent ?? true) && (zone?.consistent ?? true) && (label?.consistent ?? true);
  if (consistent && score === undefined) findings.push('The reported category, zone and label match the score.');
  return {
    consistent,
    findings,
    ...(score !== undefined ? { score } : {}),
    ...(category !== undefined ? { category } : {}),
    ...(zone !== undefined ? { zone } : {}),
    ...(label !== undefined ? { label } : {}),
  };
}
