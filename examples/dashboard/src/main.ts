// The dashboard page: controls → table, chart and what-if panel, all re-rendered from the
// library's results on every change.
import { gapToBand, indicatorOrder, scoreUnit, TIE_RULE_NAMES, type AnswerValue, type Scale, type TieRuleName } from 'kepatuhan';
// Each scale and preset by name from its subpath: the page ships these, not every built-in.
import { ombudsman2022 as methodology } from 'kepatuhan/presets';
import { ombudsman2013, ombudsman2022, ombudsman2025 } from 'kepatuhan/scales';
import { unitChart } from './chart.js';
import { governments, rounds } from './data.js';
import { colorOf, fmt, rows } from './view.js';

const $ = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`#${id} is missing`);
  return node as T;
};

const SCALES: readonly { readonly id: string; readonly label: string; readonly scale: Scale }[] = [
  { id: 'ombudsman2022', label: '2022–2024: categories A–E', scale: ombudsman2022 },
  { id: 'ombudsman2025', label: '2025: categories A–E, four zones', scale: ombudsman2025 },
  { id: 'ombudsman2013', label: '2013–2021: zones only', scale: ombudsman2013 },
];

const state = {
  round: rounds[0]?.year ?? 2024,
  scale: SCALES[0]!.scale,
  tie: 'competition' as TieRuleName,
  government: '',
};

function option(select: HTMLSelectElement, value: string, label: string): void {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  select.append(o);
}

function cell(tr: HTMLTableRowElement, text: string, col: string, numeric = false): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  td.dataset['col'] = col;
  if (numeric) td.className = 'num';
  tr.append(td);
  return td;
}

function renderTable(): void {
  const table = $<HTMLTableElement>('governments');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const [text, cls] of [['Government', ''], ['Score', 'num'], ['Category', ''], ['Zone', ''], ['Rank in province', 'num'], ['Rank nationally', 'num']] as const) {
    const th = document.createElement('th');
    th.textContent = text;
    if (cls !== '') th.className = cls;
    head.append(th);
  }
  const body = table.createTBody();
  const inRound = governments.filter((g) => g.year === state.round);
  for (const r of rows(inRound, state.scale, state.tie)) {
    const tr = body.insertRow();
    tr.dataset['id'] = r.government.id;
    cell(tr, r.government.name, 'name');
    cell(tr, fmt(r.score), 'score', true);
    const category = cell(tr, `${r.classification.category} `, 'category');
    const label = document.createElement('span');
    label.className = 'hide-narrow';
    label.textContent = r.classification.label;
    category.append(label);
    const zone = cell(tr, r.classification.zone ?? '—', 'zone');
    const dot = document.createElement('span');
    dot.className = 'zone';
    dot.style.background = colorOf(r.classification);
    zone.prepend(dot);
    cell(tr, r.rankInProvince === null ? '—' : `${r.rankInProvince.rank} dari ${r.rankInProvince.of}`, 'rankInProvince', true);
    cell(tr, `${r.rankNational.rank} dari ${r.rankNational.of}`, 'rankNational', true);
  }
  $('table-note').textContent =
    `Round ${state.round}: scores of governments whose units were published are the mean of the units (half-up, 2 decimals); the others are as published. ` +
    `"Rank nationally" ranks the governments of the same type in this data set (${inRound.length} governments), with the chosen tie rule.`;
}

function renderChart(): void {
  const withUnits = governments.filter((g) => g.units.length > 0);
  const g = withUnits.find((x) => x.id === state.government) ?? withUnits[0];
  const chart = $('chart');
  chart.replaceChildren();
  if (g !== undefined) chart.append(unitChart(g, state.scale, chart.clientWidth));
}

// The what-if panel: one unit under the 2022–2024 methodology.
const indicators = methodology.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
const answers: Record<string, AnswerValue> = Object.fromEntries(indicatorOrder(methodology).map((id, i) => [id, [3, 3, 2, 3, 1, 3, 3, 2][i % 8] ?? 3]));

function renderWhatIf(): void {
  const unit = scoreUnit(methodology, answers);
  const c = unit.classification;
  const result = $('whatif-result');
  result.replaceChildren();
  const strong = document.createElement('strong');
  strong.textContent = fmt(unit.score);
  strong.dataset['score'] = String(unit.score);
  result.append(strong, ` — ${c.category} ${c.label}${c.zone !== undefined ? `, zona ${c.zone}` : ''}`);
  result.dataset['category'] = c.category;
  const bands = [...methodology.scale.bands].sort((a, b) => a.min - b.min);
  const next = bands[bands.findIndex((b) => b.category === c.category) + 1];
  const plan = $('whatif-plan');
  plan.replaceChildren();
  const summary = document.createElement('p');
  summary.id = 'whatif-gap';
  if (next === undefined) {
    summary.textContent = 'Already in the top band.';
  } else {
    const gap = gapToBand(methodology, unit, next.category);
    summary.dataset['target'] = next.category;
    summary.dataset['steps'] = String(gap.steps);
    summary.textContent = gap.reachable
      ? `To reach ${next.category} (${fmt(next.min)}): ${fmt(gap.pointsNeeded)} points, ${gap.steps} answer step${gap.steps === 1 ? '' : 's'} at the fewest:`
      : `${next.category} cannot be reached by changing answers.`;
    for (const step of gap.plan) {
      const li = document.createElement('li');
      li.textContent = `${step.name}: ${String(step.from)} → ${String(step.to)} (+${fmt(step.pointsGained)})`;
      plan.append(li);
    }
  }
  plan.before(summary);
  document.querySelectorAll('#whatif-gap').forEach((node) => node !== summary && node.remove());
}

function buildAnswerControls(): void {
  const box = $('whatif-answers');
  for (const indicator of indicators) {
    const label = document.createElement('label');
    label.textContent = indicator.name;
    const select = document.createElement('select');
    select.dataset['indicator'] = indicator.id;
    for (const v of ['0', '1', '2', '3']) option(select, v, v);
    select.value = String(answers[indicator.id]);
    select.addEventListener('change', () => {
      answers[indicator.id] = Number(select.value);
      renderWhatIf();
    });
    label.append(select);
    box.append(label);
  }
}

function renderAll(): void {
  renderTable();
  renderChart();
}

function init(): void {
  const round = $<HTMLSelectElement>('round');
  for (const r of rounds) option(round, String(r.year), `${r.year} — ${r.provinces.join(', ')}`);
  round.addEventListener('change', () => {
    state.round = Number(round.value);
    renderAll();
  });
  const scale = $<HTMLSelectElement>('scale');
  for (const s of SCALES) option(scale, s.id, s.label);
  scale.addEventListener('change', () => {
    state.scale = SCALES.find((s) => s.id === scale.value)?.scale ?? state.scale;
    renderAll();
  });
  const tie = $<HTMLSelectElement>('tie');
  for (const t of TIE_RULE_NAMES) option(tie, t, t);
  tie.value = state.tie;
  tie.addEventListener('change', () => {
    state.tie = tie.value as TieRuleName;
    renderAll();
  });
  const government = $<HTMLSelectElement>('government');
  for (const g of governments.filter((x) => x.units.length > 0)) option(government, g.id, `${g.name} (${g.year})`);
  state.government = government.value;
  government.addEventListener('change', () => {
    state.government = government.value;
    renderChart();
  });
  buildAnswerControls();
  let width = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      renderChart();
    }
  });
  renderAll();
  renderWhatIf();
  document.body.dataset['ready'] = 'true';
}

init();
