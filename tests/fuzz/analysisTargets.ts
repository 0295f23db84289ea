/**
 * Fuzz targets for ranking and the analyses (rank, compare, summarize, explain, gapToBand,
 * governmentGap, sensitivity, replaySensitivityRun). Kept apart from harness.ts so each
 * capability adds its entries in its own file; harness.ts concatenates the lists.
 */
import fc from 'fast-check';
import {
  compare,
  explain,
  gapToBand,
  governmentGap,
  KepatuhanError,
  presets,
  rank,
  replaySensitivityRun,
  roundScore,
  scales,
  scoreUnit,
  sensitivity,
  summarize,
  TIE_RULE_NAMES,
  type Methodology,
  type RankedEntry,
  type SensitivityResult,
  type UnitScore,
} from '../../src/index.js';
import type { FuzzCase, FuzzTarget, Outcome } from './harness.js';
import { mutated, scoringCase } from './inputs.js';
import { anyNumber, anyValue, dangerousKey, hostile, scoreLike } from './values.js';

const plain = (args: fc.Arbitrary<readonly unknown[]>): fc.Arbitrary<FuzzCase> => args.map((a) => ({ args: a }));

/** Results of rank and compare carry the caller's own entries by design: leave them out of the plain-data checks. */
function withoutEntries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEntries);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'entry') out[k] = withoutEntries(v);
  return out;
}

const id = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), dangerousKey, fc.string({ minLength: 1, maxLength: 4 }).filter((s) => s.trim() !== ''));
const validScore = fc.integer({ min: 0, max: 10000 }).map((k) => k / 100);
const entry = fc.record({ id, score: fc.oneof(validScore, validScore.map((s) => String(s).replace('.', ','))), group: fc.option(fc.constantFrom('kota', 'kabupaten', '__proto__'), { nil: undefined }) }, { requiredKeys: ['id', 'score'] });
const entries = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 });
const tie = fc.oneof(
  fc.constantFrom(...TIE_RULE_NAMES),
  fc.constant((p: { above: number }) => p.above + 1),
  fc.constant(() => {
    throw new Error('tie rule failed');
  }),
  fc.func(fc.oneof(fc.integer({ min: -1, max: 5 }), anyNumber)),
  anyValue,
);
const rankOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      tie,
      groupBy: fc.oneof(fc.constant((e: { group?: string }) => e.group ?? null), fc.func(fc.oneof(fc.constantFrom('x', 'y'), anyValue)), anyValue),
      tieBreaker: fc.oneof(fc.constant((a: { id: string }, b: { id: string }) => (a.id < b.id ? 1 : -1)), fc.func(fc.oneof(fc.integer(), anyValue)), anyValue),
      rounding: fc.oneof(fc.constantFrom('halfUp', 'floor'), anyValue),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

/** A unit scored with a defined methodology, for the analyses that take a unit result. */
const unitCase = scoringCase
  .filter((c) => c.meanings !== undefined && c.options !== undefined)
  .map((c) => {
    try {
      return { methodology: c.methodology, result: scoreUnit(c.methodology, c.answers as never, c.options as never) };
    } catch {
      return undefined;
    }
  })
  .filter((x): x is { methodology: Methodology; result: UnitScore } => x !== undefined);

const unitResultArg = (r: UnitScore): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(r) }, { weight: 2, arbitrary: mutated(fc.constant(JSON.parse(JSON.stringify(r)) as unknown)) }, { weight: 1, arbitrary: anyValue });

const target = fc.oneof(fc.constantFrom('A', 'B', 'hijau', 'kuning', 'merah', 'Z', '__proto__'), fc.record({ category: fc.constantFrom('A', 'B', 'x') }), fc.record({ zone: fc.constantFrom('hijau', 'biru') }), anyValue);
/** A band of the methodology's own scale (by category or zone) most of the time. */
const targetFor = (m: Methodology): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...m.scale.bands.map((b) => b.category)) }, { weight: 1, arbitrary: fc.constantFrom(...m.scale.bands.map((b) => ({ zone: b.zone ?? 'hijau' }))) }, { weight: 1, arbitrary: target });

const limits = (m: Methodology): fc.Arbitrary<unknown> => {
  const ids = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
  return fc.oneof(
    fc.constant(undefined),
    fc.record(
      {
        locked: fc.oneof(fc.subarray(ids, { maxLength: Math.min(4, ids.length) }), fc.array(anyValue, { maxLength: 2 }), anyValue),
        caps: fc.oneof(fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: -1, max: 4 }), { maxKeys: 3 }), fc.constant(new Map([[ids[0], 1]])), anyValue),
        target: targetFor(m),
      },
      { requiredKeys: [] },
    ),
    anyValue,
  );
};

/** Entities for a study: a few units answered validly (all answers 0–3 on the Ombudsman preset). */
const study = fc.record({
  methodology: fc.constantFrom(presets.ombudsman2022, presets.skm2017),
  entities: fc.array(fc.record({ n: fc.integer({ min: 1, max: 3 }), level: fc.integer({ min: 0, max: 3 }), group: fc.option(fc.constantFrom('kota', '__proto__'), { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
  options: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record(
        {
          runs: fc.integer({ min: 1, max: 6 }),
          seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
          weightNoise: fc.constantFrom(0, 0.05, 0.5, '0,2', 0.999),
          perturb: fc.subarray(['dimensions', 'variables', 'indicators'] as const),
          aggregations: fc.subarray(['mean', 'median'] as const, { minLength: 1 }),
          interval: fc.constantFrom(0.5, 0.9, 1),
          includeRunResults: fc.boolean(),
          tie: fc.constantFrom(...TIE_RULE_NAMES),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: fc.record(
    {
      runs: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, -1, 1.5, 100_001), anyValue),
      seed: fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom(-1, 2 ** 32), anyValue),
      weightNoise: fc.oneof(fc.constantFrom(0, 0.05, 0.5, '0,2', 0.999, 1, -0.1), anyValue),
      perturb: fc.oneof(fc.subarray(['dimensions', 'variables', 'indicators']), anyValue),
      aggregations: fc.oneof(fc.subarray(['mean', 'median'], { minLength: 1 }), anyValue),
      interval: fc.oneof(fc.constantFrom(0.5, 0.9, 1, 0, 2), anyValue),
      includeRunResults: fc.oneof(fc.boolean(), anyValue),
      tie,
    },
    { requiredKeys: [] },
  ) },
  ),
});

function entitiesFor(m: Methodology, spec: readonly { n: number; level: number; group?: string | undefined }[]): unknown[] {
  const ids = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));
  const best = m.id === 'skm2017' ? 4 : 3;
  return spec.map((e, i) => {
    const answers = (k: number) => Object.fromEntries(ids.map((x, j) => [x, Math.min(best, Math.max(m.id === 'skm2017' ? 1 : 0, (e.level + j + k) % (best + 1)))]));
    const base = { id: `e${i}`, ...(e.group !== undefined ? { group: e.group } : {}) };
    return e.n === 1 ? { ...base, answers: answers(0) } : { ...base, units: Array.from({ length: e.n }, (_, k) => answers(k)) };
  });
}

export const analysisTargets: readonly FuzzTarget[] = [
  {
    name: 'rank',
    cases: fc.oneof(
      {
        weight: 2,
        arbitrary: entries.map((es) => ({
          args: [es],
          // Oracle (competition ranking, no groups): 1 + the number of entries shown with a higher score.
          oracle: (o: Outcome): string | undefined => {
            if (o.kind === 'error') return `valid entries were rejected: ${(o.error as Error).message}`;
            const shown = (s: unknown) => roundScore(s as never);
            for (const r of o.value as RankedEntry<{ id: string; score: number | string; group?: string }>[]) {
              if (r.group !== null && r.group !== (r.entry.group ?? null)) return `group ${String(r.group)} for ${r.id}`;
              const peers = es.filter((e) => (e.group ?? null) === r.group);
              const expected = 1 + peers.filter((e) => shown(e.score) > shown(r.entry.score)).length;
              if (r.rank !== expected) return `${r.id} ranked ${r.rank}, ${expected} have a higher or equal standing`;
            }
            return undefined;
          },
        })),
      },
      { weight: 2, arbitrary: plain(fc.tuple(fc.oneof(entries, mutated(entries), anyValue, hostile), rankOptions)) },
    ),
    call: ([e, o]) => rank(e as never, o as never),
    toData: withoutEntries,
  },
  {
    name: 'compare',
    cases: plain(
      fc.tuple(
        fc.oneof(entries, mutated(entries), anyValue),
        fc.oneof(entries, mutated(entries), anyValue),
        fc.oneof(
          fc.constant(undefined),
          fc.record(
            {
              scale: fc.oneof(fc.constantFrom(...Object.values(scales)), anyValue),
              previousScale: fc.constantFrom(...Object.values(scales)),
              previousMethodology: fc.oneof(fc.constantFrom('ombudsman2013', presets.ombudsman2022), fc.record({ id: fc.string(), version: fc.oneof(fc.string(), anyValue) }), anyValue),
              currentMethodology: fc.oneof(fc.constantFrom('ombudsman2022'), anyValue),
              tie,
              tieBreaker: fc.oneof(fc.func(fc.integer()), anyValue),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      ),
    ),
    call: ([p, c, o]) => compare(p as never, c as never, o as never),
    toData: withoutEntries,
  },
  {
    name: 'summarize',
    cases: plain(
      fc.tuple(
        fc.oneof(fc.array(fc.record({ score: scoreLike, type: fc.oneof(fc.constantFrom('kota', '__proto__', 'constructor'), anyValue) }), { maxLength: 8 }), mutated(entries), anyValue, hostile),
        fc.oneof(
          fc.constant(undefined),
          fc.record(
            {
              groupBy: fc.oneof(fc.constantFrom('type', 'group', '__proto__', 'score'), fc.func(fc.oneof(fc.constantFrom('x', 'y'), anyValue)), fc.constant(() => {
                throw new Error('key function failed');
              }), anyValue),
              scale: fc.oneof(fc.constantFrom(...Object.values(scales)), anyValue),
              rounding: fc.oneof(fc.constantFrom('floor'), anyValue),
              groups: fc.oneof(fc.array(fc.constantFrom('kota', 'kabupaten', '__proto__', 'x'), { maxLength: 4 }), anyValue, hostile),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      ),
    ),
    call: ([r, o]) => summarize(r as never, o as never),
  },
  {
    name: 'explain',
    cases: unitCase.chain(({ methodology, result }) => plain(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(methodology) }, { weight: 1, arbitrary: fc.constantFrom(...Object.values(presets)) }, { weight: 1, arbitrary: anyValue }), unitResultArg(result)))),
    call: ([m, r]) => explain(m as never, r as never),
  },
  {
    name: 'gapToBand',
    cases: unitCase.chain(({ methodology, result }) => plain(fc.tuple(fc.constant(methodology), unitResultArg(result), targetFor(methodology), limits(methodology)))),
    call: ([m, r, t, o]) => gapToBand(m as never, r as never, t as never, o as never),
  },
  {
    name: 'governmentGap',
    cases: unitCase.chain(({ methodology, result }) =>
      plain(
        fc.tuple(
          fc.constant(methodology),
          fc.oneof(
            fc.array(fc.oneof(fc.record({ id, result: unitResultArg(result) }), fc.record({ id, name: fc.string(), score: fc.oneof(scoreLike, validScore) })), { maxLength: 5 }),
            anyValue,
            hostile,
          ),
          limits(methodology),
        ),
      ),
    ),
    call: ([m, u, o]) => governmentGap(m as never, u as never, o as never),
  },
  {
    name: 'sensitivity',
    cases: study.map(({ methodology, entities, options }) => ({ args: [methodology, entitiesFor(methodology, entities), options] })),
    call: ([m, e, o]) => sensitivity(m as never, e as never, o as never),
  },
  {
    name: 'replaySensitivityRun',
    cases: study.chain(({ methodology, entities, options }) => {
      const es = entitiesFor(methodology, entities);
      let result: SensitivityResult | undefined;
      try {
        result = sensitivity(methodology, es as never, { runs: 3, seed: 7, includeRunResults: true });
      } catch (e) {
        if (!(e instanceof KepatuhanError)) throw e;
      }
      const run = result?.runs[1];
      return plain(fc.tuple(fc.constant(methodology), fc.constant(es), fc.oneof(fc.constant(run), mutated(fc.constant(JSON.parse(JSON.stringify(run ?? {})) as unknown)), anyValue), fc.oneof(fc.constant(undefined), fc.constant(options))));
    }),
    call: ([m, e, r, o]) => replaySensitivityRun(m as never, e as never, r as never, o as never),
  },
];
