import type { Band, Scale } from '../classification/scale.js';
import { requireMethodology } from './internal/compiledMethodologies.js';
import type { Methodology } from './methodology.js';
import { CONFIDENCE_LEVELS, type Confidence, type Provenance } from '../provenance/provenance.js';
import type { DimensionProvenance, ProvenanceEntry, ProvenanceReport, ProvenanceStatus, ProvenanceSubject } from './provenanceReport.js';

type Level = Confidence | 'unspecified';
const LEVELS: readonly Level[] = [...CONFIDENCE_LEVELS, 'unspecified'];

function statusOf(c: Level): ProvenanceStatus {
  switch (c) {
    case 'regulation':
    case 'multiple-sources':
    case 'single-source':
      return 'official';
    case 'inferred':
      return 'inferred';
    case 'disputed':
      return 'disputed';
    default:
      return 'placeholder';
  }
}

function entry(
  subject: ProvenanceSubject,
  path: string,
  id: string,
  name: string,
  value: string,
  provenance: Provenance | undefined,
  dimension?: string,
): ProvenanceEntry {
  const confidence: Level = provenance?.confidence ?? 'unspecified';
  return {
    subject,
    path,
    id,
    name,
    ...(dimension !== undefined ? { dimension } : {}),
    value,
    confidence,
    status: statusOf(confidence),
    ...(provenance?.source !== undefined ? { source: provenance.source } : {}),
    ...(provenance?.note !== undefined ? { note: provenance.note } : {}),
  };
}

function countsOf(entries: readonly ProvenanceEntry[]): Record<Level, number> {
  const out = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const e of entries) out[e.confidence] += 1;
  return out;
}

const bandValue = (b: Band): string =>
  `${b.minInclusive ? '[' : '('}${b.min}, ${b.max}${b.maxInclusive ? ']' : ')'} ${b.category}${b.label === b.category ? '' : ` ${b.label}`}`;

function zonesValue(s: Scale): string {
  const byZone = new Map<string, string[]>();
  for (const b of s.bands) if (b.zone !== undefined) byZone.set(b.zone, [...(byZone.get(b.zone) ?? []), b.category]);
  return [...byZone].map(([z, cats]) => `${cats.join(', ')} ${z}`).join('; ');
}

/**
 * Lists where every number of a methodology comes from: the formula and range, each
 * dimension's, variable's and indicator's weight, the scale, each band (bounds and label),
 * the colour zones and the follow-up qualifier — with its confidence, source and note, and
 * whether it is official, inferred, disputed or a placeholder. A dashboard can show from it
 * which parts of a preset are official and which are assumed ("weights inside Input are
 * assumed"); the docs page of every preset shows the same table.
 *
 * @param methodology - a preset or a {@link defineMethodology} result
 * @returns the entries in document order, counts per confidence level, the placeholders, and a summary per dimension
 * @throws {@link KepatuhanError} `NOT_DEFINED` for a methodology that is not a preset or a {@link defineMethodology} result (a plain spec, a copy), `INVALID_TYPE` for a non-object (path `methodology`)
 * @example
 * ```ts
 * import { describeProvenance, presets } from 'kepatuhan';
 * const r = describeProvenance(presets.ombudsman2023);
 * r.dimensions.map((d) => d.summary); // ["Input: weight multiple-sources; indicator weights: 1 single-source, 14 assumed", …]
 * r.placeholders.length; // how many numbers are assumed
 * describeProvenance(presets.skm2017).official; // true
 * ```
 * @category Model
 */
export function describeProvenance(methodology: Methodology): ProvenanceReport {
  const m = requireMethodology(methodology, 'methodology').methodology;
  const entries: ProvenanceEntry[] = [];
  const range = `output ${m.output.min}–${m.output.max}; rounding ${m.rounding.mode}, ${m.rounding.decimals} decimals`;
  entries.push(entry('methodology', '', m.id, m.name, range, m.provenance));
  const dimensions: DimensionProvenance[] = [];
  m.dimensions.forEach((d, di) => {
    const dp = `dimensions[${di}]`;
    const weight = entry('dimension', dp, d.id, d.name, String(d.weight), d.provenance, d.id);
    entries.push(weight);
    const inside: ProvenanceEntry[] = [];
    d.variables.forEach((v, vi) => {
      const vp = `${dp}.variables[${vi}]`;
      if (v.weight !== undefined) inside.push(entry('variable', vp, v.id, v.name, String(v.weight), v.provenance, d.id));
      v.indicators.forEach((i, ii) => inside.push(entry('indicator', `${vp}.indicators[${ii}]`, i.id, i.name, String(i.weight), i.provenance, d.id)));
    });
    entries.push(...inside);
    const byConfidence = countsOf(inside);
    const placeholders = inside.filter((e) => e.status === 'placeholder').length;
    const parts = LEVELS.filter((l) => byConfidence[l] > 0).map((l) => `${byConfidence[l]} ${l}`);
    dimensions.push({
      id: d.id,
      name: d.name,
      weight,
      indicatorWeights: { total: inside.length, placeholders, byConfidence },
      summary: `${d.name}: weight ${weight.confidence}; ${inside.length === 1 ? 'indicator weight' : 'indicator weights'}: ${parts.join(', ')}`,
    });
  });
  const s = m.scale;
  entries.push(entry('scale', 'scale', s.id, s.name, `${s.min}–${s.max}, ${s.decimals} decimals, ${s.rounding}`, s.provenance));
  s.bands.forEach((b, bi) => entries.push(entry('band', `scale.bands[${bi}]`, b.category, b.label, bandValue(b), b.provenance)));
  // Zones share the bands' provenance unless the scale gives them their own.
  if (s.zoneProvenance !== undefined) entries.push(entry('zones', 'scale.zoneProvenance', s.id, 'Zones', zonesValue(s), s.zoneProvenance));
  if (s.followUpQualifier !== undefined)
    entries.push(entry('qualifier', 'scale.followUpQualifier', 'followUpQualifier', s.followUpQualifier.label, s.followUpQualifier.label, s.followUpQualifier.provenance));
  const placeholders = entries.filter((e) => e.status === 'placeholder');
  return {
    methodology: { id: m.id, name: m.name, version: m.version },
    entries,
    counts: countsOf(entries),
    placeholders,
    complete: entries.every((e) => e.confidence !== 'unspecified'),
    official: entries.every((e) => e.status === 'official'),
    dimensions,
  };
}
