// Benchmarks: prints throughput and ratios, never asserts. Run with `npm run bench`
// (builds first). Each figure is the median of several timed rounds after a warm-up.
import { aggregate, classify, indicatorOrder, presets, scales, scoreBatch, scoreUnit } from '../dist/index.js';

const UNITS = Number(process.env.BENCH_UNITS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Runs fn ROUNDS times after a warm-up; returns the median milliseconds. */
function time(fn) {
  for (let i = 0; i < 2; i++) fn();
  const t = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

// Deterministic answers (a small LCG), 0–3 for every Ombudsman indicator.
const m = presets.ombudsman2022;
const ids = indicatorOrder(m);
const n = ids.length;
const answers = new Float64Array(UNITS * n);
let seed = 12345;
for (let i = 0; i < answers.length; i++) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  answers[i] = seed % 4;
}

// Baseline: the raw weighted sum a spreadsheet-style float implementation would do.
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
function evalWeight(w) {
  if (typeof w === 'number') return w;
  const [a, b] = w.split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
}
const rawOut = new Float64Array(UNITS);
function raw() {
  for (let r = 0, base = 0; r < UNITS; r++, base += n) {
    let s = 0;
    for (let i = 0; i < n; i++) s += shares[i] * answers[base + i];
    rawOut[r] = s;
  }
}

const batchOut = new Float64Array(UNITS);
const tRaw = time(raw);
const tBatch = time(() => scoreBatch(m, answers, { into: batchOut }));

// Sanity: the float baseline and the exact batch agree to rounding (not asserted, reported).
let differ = 0;
for (let r = 0; r < UNITS; r++) if (Math.round(rawOut[r] * 100) / 100 !== batchOut[r]) differ++;

const few = 2_000;
const rows = Array.from({ length: few }, (_, r) => Object.fromEntries(ids.map((id, i) => [id, answers[r * n + i]])));
const tUnit = time(() => {
  for (const a of rows) scoreUnit(m, a);
});
const scores = Array.from(batchOut.subarray(0, 10_000));
const tAgg = time(() => aggregate(scores));
const tClassify = time(() => {
  for (let i = 0; i < 10_000; i++) classify(scores[i], scales.ombudsman2022);
});

const per = (ms, count) => `${((count / ms) * 1000).toLocaleString('en', { maximumFractionDigits: 0 })}/s`;
console.log(`kepatuhan benchmarks — node ${process.version}, ${UNITS.toLocaleString('en')} units × ${n} indicators, median of ${ROUNDS}`);
console.log(`raw Float64Array weighted sum : ${tRaw.toFixed(1)} ms  (${per(tRaw, UNITS)} units)`);
console.log(`scoreBatch (exact)            : ${tBatch.toFixed(1)} ms  (${per(tBatch, UNITS)} units)`);
console.log(`ratio scoreBatch / raw throughput: ${(tRaw / tBatch).toFixed(2)}  (goal ≥ 0.50)`);
console.log(`rows where float rounding differs from exact: ${differ}`);
console.log(`scoreUnit with breakdown      : ${per(tUnit, few)} units`);
console.log(`aggregate 10,000 scores       : ${tAgg.toFixed(2)} ms`);
console.log(`classify                      : ${per(tClassify, 10_000)} values`);
