/**
 * Renders the docs page of every built-in preset (docs/presets/<id>.md) and an overview
 * (docs/presets/overview.md) from the presets themselves, so the pages cannot drift from the
 * data. tests/presets/docs.test.ts checks that the committed pages equal this output;
 * `npm run docs:presets` rewrites them.
 */
import { describeProvenance, presetForYear, presets, scoreUnit, type AnswerSpec, type Methodology, type ProvenanceEntry } from '../src/index.js';

const TITLES: Record<string, string> = {
  ombudsman2013: 'Ombudsman 2013–2021 (zones)',
  ombudsman2022: 'Ombudsman 2022 (Opini Pengawasan, 2022 Input list)',
  ombudsman2023: 'Ombudsman 2023–2024 (Opini Pengawasan)',
  ombudsman2025: 'Ombudsman 2025 onward (Opini Ombudsman)',
  pekppp2022: 'PEKPPP (KemenPAN-RB, from 2022)',
  skm2017: 'SKM satisfaction survey (from 2017)',
};

// The "Use" block of each page: a complete program (answers filled from indicatorOrder) whose
// commented values are checked by tests/docs/markdown.test.ts; each value is worked out by hand
// in the comment next to it.
const USAGE: Record<string, string> = {
  ombudsman2013: `import { aggregate, indicatorOrder, presetForYear, presets, scoreUnit, type AnswersOf } from 'kepatuhan';

presetForYear(2019).id; // "ombudsman2013"
const m = presets.ombudsman2013;
// One checklist per service product: 17 components, true = in place and published.
const ids = indicatorOrder(m);
const ktp: AnswersOf<typeof m> = Object.fromEntries(ids.map((id) => [id, true]));
const akta: AnswersOf<typeof m> = { ...ktp, 'penyampaian.biaya': false, 'pengelolaan.jumlah': false, 'pendukung.khusus': false };
const products = [scoreUnit(m, ktp), scoreUnit(m, akta)];
products.map((p) => p.score); // [100, 82.35] (every component weighs 1/17: 14/17 = 82.352…)
// The unit is the mean of its products' two-decimal scores.
const unit = aggregate(products, { scale: m.scale });
unit.score; // 91.18 ((100 + 82.35) / 2 = 91.175, half-up)
unit.classification.zone; // "hijau" (81.00 and above)`,
  ombudsman2022: `import { indicatorOrder, presetForYear, presets, scoreUnit, type AnswersOf } from 'kepatuhan';

presetForYear(2022).id; // "ombudsman2022"
const m = presets.ombudsman2022;
const ids = indicatorOrder(m);
ids.length; // 36 (Input has 5 + 8 indicators)
// Every indicator is answered 0–3 (or 'na'): the best answer everywhere, but 1 on the Maklumat.
const best: AnswersOf<typeof m> = Object.fromEntries(ids.map((id) => [id, 3]));
const unit = scoreUnit(m, { ...best, 'proses.standar.maklumat': 1 });
unit.score; // 98.04 (the Maklumat is 1/11 of Proses' 32.37: 100 − 2/3 × 2.943 = 98.038…)
unit.classification.category; // "A"
// 2023 and 2024 answers belong to presets.ombudsman2023 (6 + 9 Input indicators).`,
  ombudsman2023: `import { aggregate, indicatorOrder, presetForYear, presets, scoreUnit, type AnswersOf } from 'kepatuhan';

presetForYear(2024).id; // "ombudsman2023"
const m = presets.ombudsman2023;
indicatorOrder(m).length; // 38 (Input has 6 + 9 indicators)
const best: AnswersOf<typeof m> = Object.fromEntries(indicatorOrder(m).map((id) => [id, 3]));
const unit = scoreUnit(m, { ...best, 'proses.standar.maklumat': 1 });
unit.score; // 98.04 (Proses is unchanged from 2022: 100 − 2/3 × 32.37/11)
unit.classification.category; // "A"

// Kota Cilegon 2024: seven published unit scores, mean 95.31. The 2023 "variabel substantif"
// (corrective actions not followed up) lowers the score and bars the green zone; its size is
// not public, so you give it.
const cilegon = ['97,55', '97,02', '96,29', '95,22', '93,98', '93,63', '93,46'];
aggregate(cilegon, { scale: m.scale }).score; // 95.31
const corrected = aggregate(cilegon, { scale: m.scale, adjustment: { correction: 5, barZone: 'hijau' } });
corrected.adjustment?.scoreBefore; // 95.31
corrected.score; // 77.99 (95.31 − 5 = 90.31, capped below B's 78.00, the lowest green band)
corrected.classification.zone; // "kuning"`,
  ombudsman2025: `import { aggregate, classify, indicatorOrder, presets, scoreUnit, type AnswersOf } from 'kepatuhan';

const m = presets.ombudsman2025;
// 0–3 for Input, Proses and Pengaduan; 0–100 for the secondary data (Output) and public trust.
const percent = (id: string): boolean => id.startsWith('output.') || id.startsWith('kepercayaan.');
const best: AnswersOf<typeof m> = Object.fromEntries(indicatorOrder(m).map((id) => [id, percent(id) ? 100 : 3]));
const unit = scoreUnit(m, { ...best, 'kepercayaan.survei.indeks': 80 });
unit.score; // 94 (public trust weighs 30: 100 − 30 × 0.2)
unit.classification.category; // "A"
// An entity that followed up every corrective action gets the qualifier.
const entity = aggregate([unit, 90], { scale: m.scale, followedUpCorrectiveActions: true });
entity.score; // 92
entity.classification.label; // "Kualitas Tertinggi Tanpa Maladministrasi"
// The 2025 zones add hitam (black) for category E; they are disputed: show them with a caveat.
classify(31.99, m.scale).zone; // "hitam"
m.scale.zoneProvenance?.confidence; // "disputed"`,
  pekppp2022: `import { checkReportedScore, indicatorOrder, presetForYear, presets, scoreUnit, type AnswersOf } from 'kepatuhan';

presetForYear(2024, 'pekppp').id; // "pekppp2022"
const m = presets.pekppp2022;
// Each indicator is answered with a level '0' … '5' of its rubric (or the number).
const ids = indicatorOrder(m);
ids.length; // 31
const all4: AnswersOf<typeof m> = Object.fromEntries(ids.map((id) => [id, '4']));
scoreUnit(m, all4).score; // 4
scoreUnit(m, all4).classification.category; // "B" (B is (3.50, 4.00]: A- starts above 4.00)
// Level 5 everywhere but innovation (aspect weight 12 of 100) at 0:
const index = scoreUnit(m, Object.fromEntries(ids.map((id) => [id, id.startsWith('inovasi.') ? '0' : '5'])));
index.score; // 4.4 (5 × 0.88)
index.classification.label; // "Sangat Baik"
checkReportedScore({ reported: { score: 4.44, category: 'A' }, methodology: m }).category?.expected; // "A-"`,
  skm2017: `import { presets, scoreSurvey } from 'kepatuhan';

// Three respondents, nine elements answered 1–4; the third left 'biaya' blank (a free service).
const all = (v: number) => ({
  persyaratan: v, prosedur: v, waktu: v, biaya: v, produk: v, kompetensi: v, perilaku: v, sarana: v, pengaduan: v,
});
const questionnaires = [all(4), all(3), { ...all(3), biaya: null }];
const survey = scoreSurvey(presets.skm2017, questionnaires, { missing: 'skip' });
survey.elements.map((e) => e.respondents); // [3, 3, 3, 2, 3, 3, 3, 3, 3]
survey.score; // 83.8 (NRR 10/3 for eight elements, 7/2 for biaya: 25 × (80/3 + 7/2) / 9 = 83.796…)
survey.classification.label; // "Baik"
// Reproduce a report that multiplied each NRR by 0.111 instead of 1/9:
scoreSurvey(presets.skm2017, questionnaires, { missing: 'skip', elementWeight: '0.111' }).score; // 83.71`,
};

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function answerText(a: AnswerSpec): string {
  switch (a.kind) {
    case 'interval':
      return `interval ${a.min}–${a.max}`;
    case 'ordinal':
      return `ordinal ${a.min}–${a.max}`;
    case 'yesNo':
      return 'yes / no';
    case 'percent':
      return `percent 0–100 (${a.decimals ?? 2} decimals)`;
    case 'levels':
      return `levels ${a.levels.map((l) => l.key).join(' / ')}`;
  }
}

function years(m: Methodology): string {
  const y = m.years!;
  return y.to === undefined ? `${y.from} onward` : y.to === y.from ? `${y.from}` : `${y.from}–${y.to}`;
}

function maxAnswers(m: Methodology): Record<string, number | boolean | string> {
  const pick = (a: AnswerSpec): number | boolean | string => {
    switch (a.kind) {
      case 'interval':
      case 'ordinal':
        return a.max;
      case 'yesNo':
        return true;
      case 'percent':
        return 100;
      case 'levels':
        return [...a.levels].sort((x, y) => Number(y.value) - Number(x.value))[0]!.key;
    }
  };
  return Object.fromEntries(m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => [i.id, pick(i.answer)]))));
}

const pct = (share: number): string => `${(share * 100).toFixed(3)} %`;

/** The docs page of one preset. */
export function renderPresetPage(m: Methodology): string {
  const report = describeProvenance(m);
  const byPath = new Map(report.entries.map((e) => [e.path, e]));
  const shares = scoreUnit(m, maxAnswers(m));
  const out: string[] = [];
  out.push('---', `title: Preset ${m.id}`, '---', '');
  out.push(`# \`presets.${m.id}\` — ${TITLES[m.id] ?? m.id}`, '', `**${m.name}**`, '');
  out.push('<!-- Generated from the preset by scripts/presetDocs.ts; do not edit by hand. Regenerate with `npm run docs:presets`. -->', '');
  const official = report.entries.filter((e) => e.status === 'official').length;
  out.push('| | |', '|---|---|');
  out.push(`| assessment | ${m.assessment} |`);
  out.push(`| in force | ${years(m)} — \`presetForYear(${m.years!.from}${m.assessment === 'ombudsman' ? '' : `, '${m.assessment}'`})\` |`);
  out.push(`| score | ${m.output.min}–${m.output.max}, rounded ${m.rounding.mode} to ${m.rounding.decimals} decimals |`);
  out.push(`| weights | every group of siblings sums to ${m.weights.total} |`);
  out.push(`| scale | \`scales.${m.scale.id}\` |`);
  out.push(
    `| provenance | ${report.entries.length} numbers and labels: ${official} official, ${report.counts.inferred} inferred, ${report.counts.disputed} disputed, ${report.placeholders.length} assumed |`,
  );
  out.push('');
  const formula = byPath.get('')!;
  out.push(`**Formula** (${formula.confidence}): ${formula.note ?? ''}${formula.source !== undefined ? ` — *${formula.source}*` : ''}`, '');
  if (m.notes !== undefined) out.push(m.notes, '');

  out.push('## Use', '', '```ts', USAGE[m.id] ?? `import { presets } from 'kepatuhan';\nconst m = presets.${m.id};`, '```', '');

  out.push('## Structure', '');
  out.push('Weights as declared; *share* is the share of the whole score when every indicator counts.', '');
  out.push('| dimension / variable / indicator | id | answer | weight | share | confidence |', '|---|---|---|---|---|---|');
  m.dimensions.forEach((d, di) => {
    const dr = shares.dimensions[di]!;
    out.push(`| **${cell(d.name)}** | \`${d.id}\` | | **${d.weight}** | **${pct(dr.effectiveWeight)}** | ${byPath.get(`dimensions[${di}]`)!.confidence} |`);
    d.variables.forEach((v, vi) => {
      const vr = dr.variables[vi]!;
      const ve = byPath.get(`dimensions[${di}].variables[${vi}]`);
      out.push(`| ${cell(v.name)} | \`${v.id}\` | | ${v.weight ?? ''} | ${pct(vr.effectiveWeight)} | ${ve?.confidence ?? ''} |`);
      v.indicators.forEach((i, ii) => {
        const ie = byPath.get(`dimensions[${di}].variables[${vi}].indicators[${ii}]`)!;
        out.push(`| — ${cell(i.name)} | \`${i.id}\` | ${answerText(i.answer)} | ${i.weight} | ${pct(vr.indicators[ii]!.effectiveWeight)} | ${ie.confidence} |`);
      });
    });
  });
  out.push('');

  const rubrics = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators)).filter((i) => i.answer.kind === 'levels' && i.answer.levels.some((l) => l.label !== undefined));
  if (rubrics.length > 0) {
    out.push('## Answer levels', '');
    out.push('The official description of every answer level (answer with the key or, as a number, the value).', '');
    for (const i of rubrics) {
      if (i.answer.kind !== 'levels') continue;
      out.push(`**\`${i.id}\`** — ${i.name}${i.notes !== undefined ? ` (${i.notes})` : ''}`, '');
      for (const l of i.answer.levels) out.push(`- \`${l.key}\`${String(l.value) === l.key ? '' : ` (${l.value})`}: ${l.label ?? ''}`);
      out.push('');
    }
  }

  out.push('## Scale', '');
  out.push('| category | label | English | range | zone | confidence |', '|---|---|---|---|---|---|');
  for (const b of m.scale.bands) {
    const range = `${b.minInclusive ? '[' : '('}${b.min.toFixed(m.scale.decimals)}, ${b.max.toFixed(m.scale.decimals)}${b.maxInclusive ? ']' : ')'}`;
    out.push(`| ${b.category} | ${cell(b.label)} | ${cell(b.labelEn)} | ${range} | ${b.zone ?? ''} | ${b.provenance?.confidence ?? 'unspecified'} |`);
  }
  out.push('');
  out.push('Ranges: `[` and `]` include the bound, `(` and `)` exclude it; scores are rounded half-up to the two-decimal grid before classifying.', '');
  if (m.scale.zones.length > 0) {
    out.push('Zones, best first:', '', '| zone | label | English | range | colour | confidence |', '|---|---|---|---|---|---|');
    for (const z of m.scale.zones) {
      const range = `${z.minInclusive ? '[' : '('}${z.min.toFixed(m.scale.decimals)}, ${z.max.toFixed(m.scale.decimals)}${z.maxInclusive ? ']' : ')'}`;
      out.push(`| ${z.id} | ${cell(z.label)} | ${cell(z.labelEn)} | ${range} | ${z.color ?? ''} | ${z.provenance?.confidence ?? 'unspecified'} |`);
    }
    out.push('');
  }
  if (m.scale.zoneProvenance !== undefined) out.push(`**Zones** (${m.scale.zoneProvenance.confidence}): ${m.scale.zoneProvenance.note ?? ''}`, '');
  if (m.scale.followUpQualifier !== undefined)
    out.push(
      `**Qualifier** (${m.scale.followUpQualifier.provenance?.confidence ?? 'unspecified'}): with \`followedUpCorrectiveActions: true\` the label becomes e.g. "${m.scale.bands[0]!.label} ${m.scale.followUpQualifier.label}".`,
      '',
    );

  out.push('## Provenance', '');
  out.push('Every weight, band and label, grouped by where it comes from (`describeProvenance(presets.' + m.id + ')` returns the same as data).', '');
  out.push('| status | confidence | items | source | note |', '|---|---|---|---|---|');
  const groups = new Map<string, ProvenanceEntry[]>();
  for (const e of report.entries) {
    const key = JSON.stringify([e.status, e.confidence, e.source ?? '', e.note ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const label = (e: ProvenanceEntry): string =>
    e.subject === 'methodology' ? 'formula' : e.subject === 'band' ? `band ${e.id}` : e.subject === 'scale' ? 'scale' : e.subject === 'zones' ? 'zones' : e.subject === 'qualifier' ? 'qualifier' : `\`${e.id}\``;
  for (const es of groups.values()) {
    const e = es[0]!;
    const items = es.length <= 4 ? es.map(label).join(', ') : `${es.slice(0, 3).map(label).join(', ')} … (${es.length} items)`;
    out.push(`| ${e.status} | ${e.confidence} | ${items} | ${cell(e.source ?? '')} | ${cell(e.note ?? '')} |`);
  }
  out.push('');
  out.push('## Per dimension', '');
  for (const d of report.dimensions) out.push(`- ${d.summary}`);
  out.push('');
  return out.join('\n');
}

/** The overview page: every preset, its years and how much of it is official. */
export function renderPresetsOverview(): string {
  const out: string[] = [];
  out.push('---', 'title: Presets', '---', '');
  out.push('# Presets', '');
  out.push('<!-- Generated from the presets by scripts/presetDocs.ts; do not edit by hand. Regenerate with `npm run docs:presets`. -->', '');
  out.push(
    'Every methodology of the domain reference ships as a ready, deeply frozen preset. Every weight, threshold and label carries its provenance; the pages below show which numbers are official and which are placeholders to override with `defineMethodology`. [Assessments and presets](../assessments-and-presets.md) describes each assessment and compares the presets\' structure.',
    '',
  );
  out.push('| preset | assessment | in force | score | official | inferred | disputed | assumed |', '|---|---|---|---|---|---|---|---|');
  for (const m of Object.values(presets)) {
    const r = describeProvenance(m);
    const official = r.entries.filter((e) => e.status === 'official').length;
    out.push(`| \`presets.${m.id}\` — ${TITLES[m.id]} | ${m.assessment} | ${years(m)} | ${m.output.min}–${m.output.max} | ${official} | ${r.counts.inferred} | ${r.counts.disputed} | ${r.placeholders.length} |`);
  }
  out.push('');
  out.push('## By year', '');
  out.push('`presetForYear(year, assessment = \'ombudsman\')` returns the preset in force:', '');
  out.push('| year | ombudsman | pekppp | skm |', '|---|---|---|---|');
  const at = (y: number, a: 'ombudsman' | 'pekppp' | 'skm'): string => {
    try {
      return `\`${presetForYear(y, a).id}\``;
    } catch (e) {
      return (e as { code?: string }).code ?? 'error';
    }
  };
  for (const y of [2012, 2013, 2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]) out.push(`| ${y} | ${at(y, 'ombudsman')} | ${at(y, 'pekppp')} | ${at(y, 'skm')} |`);
  out.push('');
  out.push('`NO_ASSESSMENT_YEAR`: no round was held (Ombudsman: none before 2013, none in 2020). `NO_PRESET_FOR_YEAR`: a round was held under a methodology the library does not ship.', '');
  return out.join('\n');
}

/** What each assessment is, for the assessments page (domain reference §1–§3, §5, §6). */
const ASSESSMENT_TEXT: Record<string, string> = {
  ombudsman2013:
    'Ombudsman RI, 2013–2021 (no round in 2020): compliance with the service standard of UU 25/2009, checked per service product at each unit; results were reported as zones only (hijau, kuning, merah). The indicator list, weights and formula were never published, so this preset is a checklist of the standard\'s components with equal weights (every number `assumed`): override it with yours (domain reference §1).',
  ombudsman2022:
    'Ombudsman RI, 2022: "Opini Pengawasan". Four dimensions with published weights (Input 21.85 %, Proses 32.37 %, Output 24.24 %, Pengaduan 21.54 %), five variables, every indicator answered 0–3, opinion categories A–E with zones. This preset has the 2022 Input list (5 + 8 indicators) (domain reference §2).',
  ombudsman2023:
    'Ombudsman RI, 2023–2024: the same "Opini Pengawasan" dimensions and scale with the 2023 Input list (6 + 9 indicators). From 2023 a "variabel substantif" can lower the score of an entity that did not follow up its corrective actions and bar it from the green zone: pass it as `adjustment` (domain reference §2).',
  ombudsman2025:
    'Ombudsman RI, 2025 onward: "Opini Ombudsman" (Peraturan Ombudsman 61/2025). The four dimensions together weigh 70 %, public trust 30 %; Output uses secondary data (percentages); the A–E bands are as before, with the qualifier "Tanpa Maladministrasi" for an entity that followed up its corrective actions. The weights inside the 70 % are not public, and the zones are disputed: see the preset page (domain reference §3).',
  pekppp2022:
    'KemenPAN-RB PEKPPP (Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik, PermenPANRB 29/2022 amended by 4/2023), 2022 onward: six aspects, every indicator answered on a 0–5 rubric, an index from 0 to 5 in nine bands A … F (domain reference §5).',
  skm2017:
    'SKM, the citizen satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB 14/2017), 2017 onward: nine elements answered 1–4 by each respondent, the mean per element (NRR), each element weighing exactly 1/9, IKM = 25 × Σ NRR / 9 on 25–100, quality bands A–D. Scored from raw questionnaires with `scoreSurvey` (domain reference §6).',
};

function answerSummary(indicators: readonly { readonly answer: AnswerSpec }[]): string {
  const counts = new Map<string, number>();
  for (const i of indicators) {
    const t = i.answer.kind === 'levels' ? `levels ${i.answer.levels.map((l) => l.key).join('–').replace(/^(\w+)–.*–(\w+)$/, '$1…$2')}` : answerText(i.answer);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].map(([t, n]) => (counts.size === 1 ? t : `${t} (${n})`)).join(', ');
}

/** The structure table of one preset, for the assessments page. */
function structureTable(m: Methodology): string[] {
  const shares = scoreUnit(m, maxAnswers(m));
  const out: string[] = [];
  const indicators = m.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
  const unit = m.assessment === 'pekppp' ? 'aspect' : 'dimension';
  out.push(`| ${unit} | id | weight | share | variables | indicators | answers |`, '|---|---|---|---|---|---|---|');
  m.dimensions.forEach((d, di) => {
    const own = d.variables.flatMap((v) => v.indicators);
    out.push(
      `| ${cell(d.name)} | \`${d.id}\` | ${d.weight} | ${pct(shares.dimensions[di]!.effectiveWeight)} | ${d.variables.length} | ${own.length} | ${cell(answerSummary(own))} |`,
    );
  });
  out.push(`| **total** | | ${m.weights.total} | 100.000 % | ${m.dimensions.reduce((n, d) => n + d.variables.length, 0)} | ${indicators.length} | |`);
  out.push('');
  const bands = m.scale.bands
    .map((b) => `${b.category} ${b.minInclusive ? '[' : '('}${b.min.toFixed(m.scale.decimals)}, ${b.max.toFixed(m.scale.decimals)}${b.maxInclusive ? ']' : ')'}${b.zone !== undefined && b.zone !== null && b.zone !== b.category ? ` ${b.zone}` : ''}`)
    .join(' · ');
  const zones = m.scale.zoneProvenance !== undefined ? ` Zones: ${m.scale.zoneProvenance.confidence} (see the preset page).` : '';
  const qualifier = m.scale.followUpQualifier !== undefined ? ` Qualifier with \`followedUpCorrectiveActions: true\`: "${m.scale.followUpQualifier.label}".` : '';
  out.push(`Score ${m.output.min}–${m.output.max}, rounded ${m.rounding.mode} to ${m.rounding.decimals} decimals. Scale \`scales.${m.scale.id}\`: ${bands}.${zones}${qualifier}`, '');
  return out;
}

/** docs/assessments-and-presets.md: the assessments, and the structure of every preset. */
export function renderAssessmentsPage(): string {
  const out: string[] = [];
  out.push('---', 'title: Assessments and presets', '---', '');
  out.push('# Assessments and presets', '');
  out.push('<!-- Generated from the presets by scripts/presetDocs.ts; do not edit by hand. Regenerate with `npm run docs:presets`. -->', '');
  out.push(
    'Three kinds of assessment score Indonesian public services, and each has changed its method over the years. `kepatuhan` ships each method as a preset: a ready, deeply frozen methodology whose every weight, band and label carries its provenance. This page says which preset belongs to which assessment and year, and how each is built; each preset has its own page with every indicator.',
    '',
  );
  out.push('## The assessments', '');
  for (const m of Object.values(presets)) {
    out.push(`- **[\`presets.${m.id}\`](presets/${m.id}.md)** — ${ASSESSMENT_TEXT[m.id] ?? m.name}`);
  }
  out.push('');
  out.push('## Which preset for which year', '');
  out.push(
    '`presetForYear(year, assessment)` returns the preset in force (the assessment defaults to `\'ombudsman\'`; the others are `\'pekppp\'` and `\'skm\'`). A year without a round throws `NO_ASSESSMENT_YEAR`; a round under a method the library does not ship throws `NO_PRESET_FOR_YEAR`. The [presets overview](presets/overview.md) has the table by year.',
    '',
  );
  out.push(
    '```ts',
    "import { presetForYear } from 'kepatuhan';",
    '',
    "presetForYear(2019).id; // \"ombudsman2013\"",
    "presetForYear(2022).id; // \"ombudsman2022\"",
    "presetForYear(2024).id; // \"ombudsman2023\"",
    "presetForYear(2025).id; // \"ombudsman2025\"",
    "presetForYear(2024, 'pekppp').id; // \"pekppp2022\"",
    "presetForYear(2024, 'skm').id; // \"skm2017\"",
    'presetForYear(2020); // throws KepatuhanError NO_ASSESSMENT_YEAR',
    "presetForYear(2016, 'skm'); // throws KepatuhanError NO_PRESET_FOR_YEAR",
    '```',
    '',
  );
  out.push('## Structure of each preset', '');
  out.push(
    '*Share* is the share of the whole score when every indicator counts (a not-applicable indicator passes its weight to its siblings). Bands: `[` and `]` include the bound, `(` and `)` exclude it; scores are rounded to the scale\'s grid before classifying.',
    '',
  );
  for (const m of Object.values(presets)) {
    out.push(`### [\`presets.${m.id}\`](presets/${m.id}.md) — ${TITLES[m.id] ?? m.id}`, '');
    out.push(...structureTable(m));
  }
  out.push('## Where the numbers come from', '');
  out.push(
    'Not every number of every method is public. Each preset says, for every weight, band and label, whether it is official (a regulation or several independent sources), inferred from published results, disputed, or an assumed placeholder for you to override. `describeProvenance` returns that as data; each preset page shows it as a table.',
    '',
  );
  out.push(
    '```ts',
    "import { describeProvenance, presets } from 'kepatuhan';",
    '',
    'const report = describeProvenance(presets.skm2017);',
    'report.placeholders.length; // 0 (every number of the SKM is in PermenPANRB 14/2017)',
    'describeProvenance(presets.ombudsman2023).placeholders.length; // 37 (indicator weights inside the dimensions are not public)',
    "describeProvenance(presets.ombudsman2023).dimensions.map((d) => d.summary)[0]; // \"Input: weight multiple-sources; indicator weights: 1 single-source, 14 assumed\"",
    '```',
    '',
  );
  out.push(
    'To replace assumed weights with your own, define your own methodology from the preset\'s spec ([Your own methodology](your-own-methodology.md)).',
    '',
  );
  return out.join('\n');
}
