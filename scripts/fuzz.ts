/**
 * `npm run fuzz`: runs the fuzz harness (tests/fuzz/harness.ts) over a million generated
 * inputs across the public API and prints what happened.
 *
 *   npm run fuzz                                  1,000,000 inputs, random seed
 *   npm run fuzz -- --runs 50000 --seed 42        fewer inputs, fixed seed
 *   npm run fuzz -- --target scoreUnit --seed 42 --path 1234
 *                                                 replay one failing input (and shrink it)
 *
 * Exit code 1 when any input led to an unexpected exception or a violated check.
 */
import fc from 'fast-check';
import { presetsProblem, runCase, targets, type FuzzTarget, type Verdict } from '../tests/fuzz/harness.js';

interface Options {
  runs: number;
  seed: number;
  target?: string;
  path?: string;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { runs: 1_000_000, seed: Math.floor(Math.random() * 2 ** 31) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--runs' && v !== undefined) o.runs = Number(v.replace(/[_,]/g, ''));
    else if (a === '--seed' && v !== undefined) o.seed = Number(v);
    else if (a === '--target' && v !== undefined) o.target = v;
    else if (a === '--path' && v !== undefined) o.path = v;
    else if (a === '--help') {
      console.log('usage: npm run fuzz -- [--runs N] [--seed S] [--target name] [--path P]');
      process.exit(0);
    } else continue;
    i++;
  }
  if (!Number.isSafeInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive whole number');
  if (!Number.isSafeInteger(o.seed)) throw new Error('--seed must be a whole number');
  return o;
}

interface Tally {
  inputs: number;
  results: number;
  errors: number;
  unexpected: number;
  violations: number;
  nonFinite: number;
  readonly codes: Map<string, number>;
  readonly failures: { index: number; message: string }[];
}

const fmt = (n: number): string => n.toLocaleString('en');

/** Replays one input (seed + path) and lets fast-check shrink it. */
function replay(target: FuzzTarget, seed: number, path: string): void {
  const details = fc.check(
    fc.property(target.cases, (c) => {
      const v = runCase(target, c);
      if (v.kind === 'unexpected' || v.kind === 'violation') throw new Error(v.message);
    }),
    { seed, path, numRuns: 1 },
  );
  if (!details.failed) {
    console.log(`replayed ${target.name} seed ${seed} path ${path}: no failure`);
    return;
  }
  console.log(fc.defaultReportMessage(details));
  process.exitCode = 1;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const chosen = o.target === undefined ? targets : targets.filter((t) => t.name === o.target);
  if (chosen.length === 0) throw new Error(`no fuzz target ${o.target ?? ''}; known: ${targets.map((t) => t.name).join(', ')}`);
  if (o.path !== undefined) {
    replay(chosen[0]!, o.seed, o.path);
    return;
  }
  const perTarget = Math.ceil(o.runs / chosen.length);
  console.log(`kepatuhan fuzz: ${fmt(perTarget * chosen.length)} inputs over ${chosen.length} public functions, seed ${o.seed}`);
  const started = performance.now();
  const tallies = new Map<string, Tally>();
  let presets = presetsProblem();
  let total = 0;
  for (const target of chosen) {
    const t: Tally = { inputs: 0, results: 0, errors: 0, unexpected: 0, violations: 0, nonFinite: 0, codes: new Map(), failures: [] };
    tallies.set(target.name, t);
    const t0 = performance.now();
    fc.check(
      fc.property(target.cases, (c) => {
        const index = t.inputs++;
        const v: Verdict = runCase(target, c);
        if (v.kind === 'result') t.results++;
        else if (v.kind === 'error') {
          t.errors++;
          t.codes.set(v.code, (t.codes.get(v.code) ?? 0) + 1);
        } else {
          if (v.kind === 'unexpected') t.unexpected++;
          else {
            t.violations++;
            if (v.nonFinite) t.nonFinite++;
          }
          if (t.failures.length < 5) t.failures.push({ index, message: v.message });
        }
        if (++total % 10_000 === 0) presets ??= presetsProblem();
        return true; // count everything; failures are replayed by seed and path
      }),
      { numRuns: perTarget, seed: o.seed },
    );
    console.log(`  ${target.name.padEnd(20)} ${fmt(t.inputs).padStart(9)} inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  presets ??= presetsProblem();
  const seconds = (performance.now() - started) / 1000;

  const sum = (k: 'inputs' | 'results' | 'errors' | 'unexpected' | 'violations' | 'nonFinite'): number => [...tallies.values()].reduce((s, t) => s + t[k], 0);
  const codes = new Map<string, number>();
  for (const t of tallies.values()) for (const [c, n] of t.codes) codes.set(c, (codes.get(c) ?? 0) + n);

  console.log('');
  console.log(`${'function'.padEnd(20)} ${'inputs'.padStart(9)} ${'results'.padStart(9)} ${'lib errors'.padStart(10)} ${'unexpected'.padStart(10)} ${'violations'.padStart(10)} ${'NaN/Inf'.padStart(8)}`);
  for (const [name, t] of tallies)
    console.log(`${name.padEnd(20)} ${fmt(t.inputs).padStart(9)} ${fmt(t.results).padStart(9)} ${fmt(t.errors).padStart(10)} ${fmt(t.unexpected).padStart(10)} ${fmt(t.violations).padStart(10)} ${fmt(t.nonFinite).padStart(8)}`);
  console.log('');
  console.log(`inputs tried:           ${fmt(sum('inputs'))}`);
  console.log(`results:                ${fmt(sum('results'))}`);
  console.log(`library errors:         ${fmt(sum('errors'))}`);
  for (const [c, n] of [...codes].sort((a, b) => b[1] - a[1])) console.log(`  ${c.padEnd(26)} ${fmt(n).padStart(9)}`);
  console.log(`unexpected exceptions:  ${fmt(sum('unexpected'))} (must be 0)`);
  console.log(`NaN/Infinity outputs:   ${fmt(sum('nonFinite'))} (must be 0)`);
  console.log(`other violations:       ${fmt(sum('violations') - sum('nonFinite'))} (must be 0)`);
  console.log(`presets and scales:     ${presets ?? 'deeply frozen and unchanged'}`);
  console.log(`seed:                   ${o.seed}`);
  console.log(`time:                   ${seconds.toFixed(1)} s (${fmt(Math.round(sum('inputs') / seconds))} inputs/s)`);

  const failed = [...tallies].filter(([, t]) => t.failures.length > 0);
  for (const [name, t] of failed) {
    console.log('');
    console.log(`${name}: first failures (replay with npm run fuzz -- --target ${name} --seed ${o.seed} --path <path>)`);
    for (const f of t.failures) console.log(`  path ${f.index}: ${f.message.split('\n')[0]}`);
  }
  if (failed.length > 0 || presets !== undefined) process.exitCode = 1;
}

main();
