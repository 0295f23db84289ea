// The main job on built-in data: unit scores → regional score → category/zone → rank in
// province, then year-over-year change and an explanation of one unit's lost points.
// Reads only examples/data (copies of published figures with their sources).
import { readFileSync } from 'node:fs';
import { aggregate, classify, compare, explain, formatScore, gapToBand, indicatorOrder, presetForYear, rank, scales, scoreUnit } from '../dist/index.js';

const data = JSON.parse(readFileSync(new URL('./data/seed-results.json', import.meta.url), 'utf8'));
const scale = scales.ombudsman2022;
const fmt = (x) => formatScore(x, { locale: 'id' });
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const rule = (title) => console.log(`\n${title}\n${'─'.repeat(Math.max(title.length, 60))}`);

console.log(`kepatuhan demo — ${scale.name}`);

// 1. Unit scores → regional score → category/zone, per published region.
rule('1. Unit scores → regional score (mean of the units, half-up to 2 decimals) → category/zone');
const regional = [];
for (const region of data.regions) {
  console.log(`\n${region.region} (${region.province}, ${region.year}) — source: ${region.source}`);
  if (region.units.length === 0) {
    const c = classify(region.reported.score, scale);
    console.log(`  no unit scores published; reported ${fmt(region.reported.score)} → ${c.category} ${c.label}, zona ${c.zone}`);
    continue;
  }
  for (const u of region.units) {
    const c = classify(u.score, scale);
    console.log(`  ${pad(u.name, 42)} ${lpad(fmt(u.score), 6)}  ${c.category}  ${pad(c.label, 18)} ${c.zone}`);
  }
  const r = aggregate(region.units.map((u) => u.score), { scale });
  const c = r.classification;
  console.log(`  ${pad(`→ regional score (${r.count} units)`, 42)} ${lpad(fmt(r.score), 6)}  ${c.category}  ${pad(c.label, 18)} ${c.zone}`);
  const reported = region.reported.score;
  if (reported !== undefined) console.log(`  published: ${fmt(reported)} — ${reported === r.score ? 'matches' : 'differs'}`);
  else if (region.reported.scoreAsWorded) console.log(`  published headline: "${region.reported.scoreAsWorded}" — the units' mean is ${fmt(r.score)}`);
  regional.push({ id: region.region, group: region.province, score: r.score, published: region.reported });
}

// 2. Rank in province.
rule('2. Rank in province (competition ranking on the shown score)');
console.log('Banten 2024, among the regions with published units (the published rank is among all 8 kabupaten/kota):');
for (const r of rank(regional)) {
  const pub = r.entry.published.rankInProvince;
  console.log(`  peringkat ${r.rank} dari ${r.of}  ${pad(r.id, 22)} ${lpad(fmt(r.score), 6)}${pub !== undefined ? `   (published: peringkat ${pub} di Banten)` : ''}`);
}
for (const p of data.provinceRankings) {
  console.log(`\n${p.province} ${p.year} (${p.source}):`);
  for (const r of rank(p.results.map((x) => ({ id: x.region, score: x.score, group: p.province, zone: x.zone })))) {
    const c = classify(r.score, scale);
    const agrees = c.zone === r.entry.zone ? '' : `  (published zone ${r.entry.zone})`;
    console.log(`  peringkat ${r.rank} dari ${r.of}  ${pad(r.id, 26)} ${lpad(fmt(r.score), 6)}  ${c.category} ${c.zone}${agrees}`);
  }
}

// 3. Year over year, where the fixtures have the previous figure.
rule('3. Year over year');
const before = data.regions.filter((r) => r.reported.previous?.score !== undefined).map((r) => ({ id: r.region, score: r.reported.previous.score }));
const now = regional.filter((r) => before.some((b) => b.id === r.id)).map(({ id, score }) => ({ id, score }));
for (const e of compare(before, now, { scale }).entities) {
  const sign = e.delta >= 0 ? 'naik' : 'turun';
  console.log(`  ${e.id}: ${fmt(e.previous.score)} → ${fmt(e.current.score)} (${sign} ${fmt(Math.abs(e.delta))} poin); kategori ${e.previous.category} → ${e.current.category}, zona ${e.previous.zone} → ${e.current.zone}`);
}
for (const r of data.regions.filter((x) => x.reported.previous?.rankInProvince !== undefined)) {
  const p = r.reported.previous;
  console.log(`  ${r.region}: published rank in ${r.province} ${p.rankInProvince} → ${r.reported.rankInProvince}; nationally ${p.rankNational} → ${r.reported.rankNational}`);
}

// 4. Why one unit lost points (answers are an example; the Ombudsman does not publish them).
rule('4. One 2024 unit under presets.ombudsman2023: where the points were lost (example answers)');
const m = presetForYear(2024); // presets.ombudsman2023
const ids = indicatorOrder(m);
const answers = Object.fromEntries(ids.map((id, i) => [id, [3, 3, 2, 3, 1, 3, 3, 2][i % 8]]));
answers['input.kompetensi.rekomendasi'] = 'na'; // listed for 2023 only: this 2024 assessment did not ask it
const unit = scoreUnit(m, answers);
console.log(`  score ${fmt(unit.score)} → ${unit.classification.category} ${unit.classification.label}, zona ${unit.classification.zone}`);
const why = explain(m, unit);
for (const d of why.dimensions) console.log(`  ${pad(d.name, 10)} lost ${lpad(fmt(d.pointsLost), 5)} of ${fmt(d.maxPoints)}`);
console.log('  biggest losses (catatan kekurangan):');
for (const i of why.indicators.slice(0, 5)) console.log(`    −${fmt(i.pointsLost)}  ${pad(i.name, 48)} answered ${i.answer} of ${i.best}`);
const gap = gapToBand(m, unit, 'A');
if (gap.reachable)
  console.log(`  to reach A: ${fmt(gap.pointsNeeded)} points; fewest steps: ${gap.plan.map((s) => `${s.id} ${s.from}→${s.to}`).join(', ') || 'none'}`);
