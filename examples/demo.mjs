// The main job on built-in data: unit scores → regional score → category/zone → rank in
// province. Reads only examples/data (copies of published figures with their sources).
import { readFileSync } from 'node:fs';
import { aggregate, classify, formatScore, scales } from '../dist/index.js';

const data = JSON.parse(readFileSync(new URL('./data/seed-results.json', import.meta.url), 'utf8'));
const scale = scales.ombudsman2022;
const fmt = (x) => formatScore(x, { locale: 'id' });
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const line = (n = 78) => console.log('─'.repeat(n));

console.log('kepatuhan demo — Ombudsman RI compliance results (scale: %s)\n', scale.name);

const regional = [];
for (const region of data.regions) {
  console.log(`${region.region} (${region.province}, ${region.year})`);
  console.log(`  source: ${region.source}`);
  if (region.units.length === 0) {
    const c = classify(region.reported.score, scale);
    console.log(`  no unit scores published; reported ${fmt(region.reported.score)} → ${c.category} ${c.label} (zona ${c.zone})\n`);
    continue;
  }
  for (const u of region.units) {
    const c = classify(u.score, scale);
    console.log(`  ${pad(u.name, 42)} ${lpad(fmt(u.score), 6)}  ${c.category}  ${pad(c.label, 18)} ${c.zone}`);
  }
  const r = aggregate(region.units.map((u) => u.score), { scale });
  const c = r.classification;
  console.log(`  ${pad(`→ regional score (mean of ${r.count} units)`, 42)} ${lpad(fmt(r.score), 6)}  ${c.category}  ${pad(c.label, 18)} ${c.zone}`);
  const reported = region.reported.score;
  if (reported !== undefined)
    console.log(`  published: ${fmt(reported)} — ${reported === r.score ? 'matches' : `differs by ${fmt(Math.abs(reported - r.score))}`}`);
  else if (region.reported.scoreAsWorded) console.log(`  published headline: "${region.reported.scoreAsWorded}" (the units' mean is ${fmt(r.score)})`);
  if (region.reported.rankInProvince !== undefined) console.log(`  published rank in ${region.province}: ${region.reported.rankInProvince}`);
  console.log();
  regional.push({ id: region.region, province: region.province, score: r.score, classification: c });
}

line();
console.log('Rank in province among the regions listed here (competition ranking on the shown score)');
const byProvince = Map.groupBy ? Map.groupBy(regional, (r) => r.province) : group(regional);
for (const [province, list] of byProvince) {
  const sorted = [...list].sort((a, b) => b.score - a.score);
  sorted.forEach((r, i) => {
    const rank = i > 0 && sorted[i - 1].score === r.score ? null : i + 1;
    console.log(`  ${province}: ${lpad(rank ?? '=', 2)}. ${pad(r.id, 24)} ${lpad(fmt(r.score), 6)}  ${r.classification.category} ${r.classification.zone}`);
  });
}
function group(list) {
  const m = new Map();
  for (const r of list) m.set(r.province, [...(m.get(r.province) ?? []), r]);
  return m;
}
