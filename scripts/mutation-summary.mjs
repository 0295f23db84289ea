/**
 * `npm run mutate:summary`: adds up the per-folder Stryker reports
 * (reports/mutation/<folder>/mutation.json, written by `STRYKER_FOLDER=<folder> npm run mutate`)
 * into one mutation score per folder of src/ and one for all of it.
 *
 *   npm run mutate:summary                      the table
 *   npm run mutate:summary -- --survivors scoring   also list that folder's surviving mutants
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), Stryker's
 * "mutation score". Mutants ignored as static (reached only while modules load) and mutants
 * that do not compile are counted in their own columns, outside the score.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = 'reports/mutation';
const args = process.argv.slice(2);
const survivorsOf = args[args.indexOf('--survivors') + 1];
const wantSurvivors = args.includes('--survivors');

const rows = [];
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
for (const folder of existsSync(root) ? readdirSync(root).sort() : []) {
  const file = join(root, folder, 'mutation.json');
  if (folder === 'all' || !existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const row = { folder, killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const [path, { mutants, source }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    for (const m of mutants) {
      const key = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage', Ignored: 'ignored' }[m.status] ?? 'errors';
      row[key]++;
      if (wantSurvivors && folder === survivorsOf && (m.status === 'Survived' || m.status === 'NoCoverage')) {
        const { line, column } = m.location.start;
        const code = (lines[line - 1] ?? '').trim().slice(0, 110);
        console.log(`${path}:${line}:${column} ${m.status} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? '').slice(0, 80)}\n    ${code}`);
      }
    }
  }
  for (const k of Object.keys(total)) total[k] += row[k];
  rows.push(row);
}
const score = (r) => {
  const detected = r.killed + r.timeout;
  const valid = detected + r.survived + r.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`;
};
console.log('| folder | score | killed | timed out | survived | no coverage | ignored (static) | errors |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of [...rows, { folder: 'src (all folders)', ...total }]) {
  console.log(`| ${r.folder} | ${score(r)} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.ignored} | ${r.errors} |`);
}
