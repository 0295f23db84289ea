// kepatuhan demo on published data: unit scores → a government's score → category and zone →
// rank in province, then year-over-year change, and where one (example) unit lost its points.
// Reads only examples/data (copies of published figures, each with its source). Text is
// English; the official Indonesian labels (categories, zones, indicator names) are data.
import { readFileSync } from 'node:fs';
import { aggregate, classify, compare, explain, formatScore, gapToBand, indicatorOrder, presetForYear, rank, scales, scoreUnit } from '../dist/index.js';

const data = JSON.parse(readFileSync(new URL('./data/seed-results.json', import.meta.url), 'utf8'));
const scale = scales.ombudsman2022;
const fmt = (x) => formatScore(x, { locale: 'id' });
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const heading = (title) => console.log(`\n${title}\n${'─'.repeat(Math.max(title.length, 60))}`);
const band = (c) => `category ${c.category} "${c.label}", zone ${c.zone}`;

/**
 * Shows parts to 2 decimals so that they add up to the shown total (largest remainder: each
 * part is cut to hundredths, and the hundredths still missing go to the largest remainders).
 */
function partsSummingTo(total, parts) {
  const hundredths = parts.map((p) => Math.floor(p * 100 + 1e-9));
  let missing = Math.round(total * 100) - hundredths.reduce((a, b) => a + b, 0);
  const order = parts.map((p, i) => [p * 100 - hundredths[i], i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; missing > 0 && k < order.length; k++, missing--) hundredths[order[k][1]] += 1;
  return hundredths.map((h) => h / 100);
}

console.log(`kepatuhan demo — scale: ${scale.name}`);

heading('1. Unit scores → government score (mean of the units, half-up to 2 decimals) → category and zone');
const regional = [];
for (const region of data.regions) {
  console.log(`\n${region.region} (${region.province}, ${region.year}); source: ${region.source}`);
  if (region.units.length === 0) {
    console.log(`  no unit scores published; published score ${fmt(region.reported.score)} → ${band(classify(region.reported.score, scale))}`);
    continue;
  }
  for (const u of region.units) console.log(`  unit        ${pad(u.name, 42)} ${lpad(fmt(u.score), 6)}  ${band(classify(u.score, scale))}`);
  const r = aggregate(region.units.map((u) => u.score), { scale });
  console.log(`  government  ${pad(`mean of ${r.count} units`, 42)} ${lpad(fmt(r.score), 6)}  ${band(r.classification)}`);
  const reported = region.reported.score;
  if (reported !== undefined) console.log(`  published   ${pad('score in the source', 42)} ${lpad(fmt(reported), 6)}  ${reported === r.score ? 'the same as computed' : 'differs from the computed score'}`);
  else if (region.reported.scoreAsWorded) console.log(`  published   headline "${region.reported.scoreAsWorded}"; the units' mean is ${fmt(r.score)}`);
  regional.push({ id: region.region, group: region.province, score: r.score, published: region.reported });
}

heading('2. Rank in province (competition ranking on the shown score)');
console.log('Banten 2024, among the governments whose units were published (the published rank is among all 8 regencies and cities):');
for (const r of rank(regional)) {
  const pub = r.entry.published.rankInProvince;
  console.log(`  rank ${r.rank} of ${r.of}  ${pad(r.id, 22)} ${lpad(fmt(r.score), 6)}${pub !== undefined ? `   (published rank in Banten: ${pub})` : ''}`);
}
for (const p of data.provinceRankings) {
  console.log(`\n${p.province} ${p.year} (source: ${p.source}):`);
  for (const r of rank(p.results.map((x) => ({ id: x.region, score: x.score, group: p.province, zone: x.zone })))) {
    const c = classify(r.score, scale);
    const agrees = c.zone === r.entry.zone ? '' : `  (the source says zone ${r.entry.zone})`;
    console.log(`  rank ${r.rank} of ${r.of}  ${pad(r.id, 26)} ${lpad(fmt(r.score), 6)}  ${band(c)}${agrees}`);
  }
}

heading('3. Year over year (where the source gives the previous figure)');
const before = data.regions.filter((r) => r.reported.previous?.score !== undefined).map((r) => ({ id: r.region, score: r.reported.previous.score }));
const now = regional.filter((r) => before.some((b) => b.id === r.id)).map(({ id, score }) => ({ id, score }));
for (const e of compare(before, now, { scale }).entities) {
  console.log(`  ${e.id}: score ${fmt(e.previous.score)} → ${fmt(e.current.score)} (${e.delta >= 0 ? 'up' : 'down'} ${fmt(Math.abs(e.delta))} points); category ${e.previous.category} → ${e.current.category}; zone ${e.previous.zone} → ${e.current.zone}`);
}
for (const r of data.regions.filter((x) => x.reported.previous?.rankInProvince !== undefined)) {
  const p = r.reported.previous;
  console.log(`  ${r.region}: published rank in ${r.province} ${p.rankInProvince} → ${r.reported.rankInProvince}; published national rank ${p.rankNational} → ${r.reported.rankNational}`);
}

heading('4. One 2024 unit under presets.ombudsman2023: where the points were lost (example answers)');
const m = presetForYear(2024); // presets.ombudsman2023
const ids = indicatorOrder(m);
const answers = Object.fromEntries(ids.map((id, i) => [id, [3, 3, 2, 3, 1, 3, 3, 2][i % 8]]));
answers['input.kompetensi.rekomendasi'] = 'na'; // listed for 2023 only: this 2024 assessment did not ask it
const unit = scoreUnit(m, answers);
console.log(`  unit score          ${fmt(unit.score)} → ${band(unit.classification)}`);
const why = explain(m, unit);
// Each dimension's unrounded loss comes from the unit's breakdown; explain lists them largest first.
const exactLoss = new Map(unit.dimensions.map((d) => [d.id, d.pointsLost]));
const shown = partsSummingTo(why.pointsLost, why.dimensions.map((d) => exactLoss.get(d.id)));
console.log(`  points lost in all  ${fmt(why.pointsLost)} of ${fmt(m.output.max)} (the dimension losses below are shown so that they add up to it)`);
why.dimensions.forEach((d, i) => console.log(`  dimension ${pad(d.name, 10)} lost ${lpad(fmt(shown[i]), 5)} of its ${fmt(d.maxPoints)} points`));
console.log('  the five largest losses by indicator (official names):');
for (const i of why.indicators.slice(0, 5)) console.log(`    −${fmt(i.pointsLost)}  ${pad(i.name, 48)} answered ${i.answer} of ${i.best}`);
const target = unit.classification.category === 'A' ? null : 'A';
if (target !== null) {
  const gap = gapToBand(m, unit, target);
  if (gap.reachable) {
    console.log(`  to reach category ${target}: ${fmt(gap.pointsNeeded)} more points; the fewest answer changes (${gap.steps} steps):`);
    for (const s of gap.plan) console.log(`    ${pad(s.name, 48)} ${s.from} → ${s.to}  (+${fmt(s.pointsGained)} points)`);
  } else {
    console.log(`  category ${target} cannot be reached by changing answers`);
  }
}
