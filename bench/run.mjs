// Benchmarks: prints ratios, never asserts. Run with `npm run bench` (builds first).
// Harness: tinybench (warm-up, then timed iterations for a minimum time; medians). Each
// comparison runs its subject and its baseline side by side in the same process, in
// BENCH_ROUNDS rounds (default 5) that alternate which of the two runs first; each round
// gives one ratio of the two medians, and the line prints the median round:
//   ratio <name>: X (goal …; rounds min–max)
// The run ends with the headline `ratio: X` (scoreBatch ÷ raw loop on ombudsman2022, 10⁵
// units). Rounds, not one long run per task, because the garbage collector's state carries
// over from one task to the next: a task measured right after one that left a large heap
// can take twice as long as the same task a second later (docs/performance.md, "Speed").
// A ratio of throughputs is "higher is better"; a ratio of times ("× baseline") is "lower is
// better". Figures and the machine they were measured on: docs/performance.md.
import { Bench } from 'tinybench';
import { aggregate, aggregateBy, indicatorOrder, presets, rank, scales, scoreBatch, scoreUnit } from '../dist/index.js';

const TIME = Number(process.env.BENCH_TIME_MS ?? 1500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Median latency (ms) of each named task, measured in one tinybench run of `time` ms per task. */
async function medians(tasks, time) {
  const bench = new Bench({ time, warmupTime: 100, warmupIterations: 3, iterations: 5 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return Object.fromEntries(bench.tasks.map((t) => [t.name, t.result.latency.p50]));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times `subject` and `baseline` in ROUNDS rounds of TIME / ROUNDS ms per task (the order
 * alternating), and returns the median of each one's latency and of the rounds' ratios
 * `ratioOf(subjectMs, baselineMs)`, with the rounds' smallest and largest ratio.
 */
async function compare(subject, baseline, ratioOf) {
  const s = [];
  const b = [];
  const r = [];
  for (let round = 0; round < ROUNDS; round++) {
    const tasks = round % 2 === 0 ? { subject, baseline } : { baseline, subject };
    const t = await medians(tasks, TIME / ROUNDS);
    s.push(t.subject);
    b.push(t.baseline);
    r.push(ratioOf(t.subject, t.baseline));
  }
  return { subject: median(s), baseline: median(b), ratio: median(r), min: Math.min(...r), max: Math.max(...r) };
}

// A deterministic generator (LCG), so every run measures the same input.
let seed = 12345;
const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);

const m = presets.ombudsman2022;
const ids = indicatorOrder(m);
const n = ids.length;
const UNITS = 100_000;
const answers = new Float64Array(UNITS * n);
for (let i = 0; i < answers.length; i++) answers[i] = next() % 4;

// The raw weighted sum a spreadsheet-style float implementation would do.
const evalWeight = (w) => {
  if (typeof w === 'number') return w;
  const [a, b] = w.split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
};
const shares = new Float64Array(n);
{
  let i = 0;
  const dimTotal = m.dimensions.reduce((s, d) => s + Number(d.weight), 0);
  for (const d of m.dimensions) {
    const indicators = d.variables.flatMap((v) => v.indicators);
    const wsum = indicators.reduce((s, x) => s + evalWeight(x.weight), 0);
    for (const x of indicators) shares[i++] = (Number(d.weight) / dimTotal) * (evalWeight(x.weight) / wsum) * (100 / 3);
  }
}
const rawOut = new Float64Array(UNITS);
const raw = () => {
  for (let r = 0, base = 0; r < UNITS; r++, base += n) {
    let s = 0;
    for (let i = 0; i < n; i++) s += shares[i] * answers[base + i];
    rawOut[r] = s;
  }
};
const batchOut = new Float64Array(UNITS);

// scoreUnit per unit against scoreBatch per unit: the same 2,000 rows.
const FEW = 2_000;
const rows = Array.from({ length: FEW }, (_, r) => Object.fromEntries(ids.map((id, i) => [id, answers[r * n + i]])));
const fewAnswers = answers.subarray(0, FEW * n);
const fewOut = new Float64Array(FEW);

// A nation's round: 14,286 governments of 7 units in 38 provinces.
const GOVERNMENTS = 14_286;
const PROVINCES = 38;
const unitScores = Float64Array.from({ length: GOVERNMENTS * 7 }, () => (next() % 10_001) / 100);
const governments = Array.from({ length: GOVERNMENTS }, (_, g) => ({
  id: `g${g}`,
  group: `p${g % PROVINCES}`,
  scores: Array.from(unitScores.subarray(g * 7, g * 7 + 7)),
}));
const scale = scales.ombudsman2022;
const round = () => {
  const results = governments.map((g) => ({ id: g.id, group: g.group, score: aggregate(g.scores, { scale }).score }));
  rank(results.map(({ id, score }) => ({ id, score })));
  rank(results);
};
const sortUnitScores = () => Float64Array.from(unitScores).sort();
// The same round with aggregateBy: the 100,000 unit scores in one list, options read once.
const units = governments.flatMap((g) => g.scores.map((score) => ({ government: g.id, score })));
const provinceOf = new Map(governments.map((g) => [g.id, g.group]));
const roundBy = () => {
  const results = aggregateBy(units, { groupBy: (u) => u.government, scale }).map(({ group: id, result }) => ({ id, group: provinceOf.get(id), score: result.score }));
  rank(results.map(({ id, score }) => ({ id, score })));
  rank(results);
};

// rank of 100,000 entities against a plain sort of the same objects by score.
const entities = Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, score: (next() % 10_001) / 100 }));
const plainSort = () => [...entities].sort((a, b) => b.score - a.score);

const throughput = (subject, baseline) => baseline / subject;
const times = (subject, baseline) => subject / baseline;
const headline = await compare(() => scoreBatch(m, answers, { into: batchOut }), raw, throughput);
const unit = await compare(
  () => {
    for (const a of rows) scoreUnit(m, a);
  },
  () => scoreBatch(m, fewAnswers, { into: fewOut }),
  throughput,
);
const nation = await compare(round, sortUnitScores, times);
const nationBy = await compare(roundBy, sortUnitScores, times);
const ranking = await compare(() => rank(entities), plainSort, times);

let differ = 0;
raw();
for (let r = 0; r < UNITS; r++) if (Math.round(rawOut[r] * 100) / 100 !== batchOut[r]) differ++;

const f = (x) => x.toFixed(2);
const spread = (c, digits = 2) => `rounds ${c.min.toFixed(digits)}–${c.max.toFixed(digits)}`;
console.log(`kepatuhan benchmarks — node ${process.version}, tinybench medians, ${ROUNDS} rounds of ≥ ${Math.round(TIME / ROUNDS)} ms per task`);
console.log(`  raw Float64Array weighted sum, ${UNITS.toLocaleString('en')} × ${n}: ${f(headline.baseline)} ms; scoreBatch: ${f(headline.subject)} ms`);
console.log(`  ns per cell: raw ${((headline.baseline * 1e6) / (UNITS * n)).toFixed(2)}, scoreBatch ${((headline.subject * 1e6) / (UNITS * n)).toFixed(2)}`);
console.log(`  rows where float rounding of the raw sum differs from the exact score: ${differ}`);
console.log(`ratio scoreBatch÷raw: ${f(headline.ratio)} (throughput; goal ≥ 0.8; ${spread(headline)})`);
console.log(`  per unit, the same ${FEW.toLocaleString('en')} rows: scoreUnit ${((unit.subject / FEW) * 1000).toFixed(2)} µs, scoreBatch ${((unit.baseline / FEW) * 1000).toFixed(3)} µs`);
console.log(`ratio scoreUnit÷scoreBatch: ${unit.ratio.toFixed(3)} (throughput per unit; goal ≥ 0.1; ${spread(unit, 3)})`);
console.log(`  a nation's round: ${f(nation.subject)} ms, with aggregateBy ${f(nationBy.subject)} ms; sorting the 100,000 unit scores: ${f(nation.baseline)} ms`);
console.log(`ratio nationRound÷sort: ${f(nation.ratio)} (× the time to sort 100,000 unit scores; goal ≤ 3; ${spread(nation)})`);
console.log(`ratio nationRoundBy÷sort: ${f(nationBy.ratio)} (the same round with aggregateBy; goal ≤ 3; ${spread(nationBy)})`);
console.log(`  rank of 100,000 entities: ${f(ranking.subject)} ms; Array.prototype.sort of the same objects: ${f(ranking.baseline)} ms`);
console.log(`ratio rank÷sort: ${f(ranking.ratio)} (× the time of Array.prototype.sort on the same 100,000 objects; goal ≤ 1.5; ${spread(ranking)})`);
console.log(`ratio: ${f(headline.ratio)}`);
