// A horizontal bar chart (plain SVG) of one government's unit scores, with the scale's band
// thresholds drawn as vertical lines.
import { classify, type Scale } from 'kepatuhan';
import type { Government } from './data.js';
import { colorOf, fmt } from './view.js';

const NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A name shortened to about `chars` characters, with an ellipsis. */
const fit = (name: string, chars: number): string => (name.length <= chars ? name : `${name.slice(0, Math.max(1, chars - 1))}…`);

/** The chart, drawn for a container `width` pixels wide (so its text stays legible on a phone). */
export function unitChart(government: Government, scale: Scale, containerWidth: number): SVGSVGElement {
  const width = Math.max(320, Math.min(700, Math.round(containerWidth)));
  const left = Math.round(width * 0.36);
  const right = 48;
  const bar = 22;
  const gap = 8;
  const top = 36;
  const height = top + government.units.length * (bar + gap) + 10;
  const x = (v: number): number => left + ((v - scale.min) / (scale.max - scale.min)) * (width - left - right);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Unit scores of ${government.name}` });
  government.units.forEach((u, i) => {
    const y = top + i * (bar + gap);
    const c = classify(u.score, scale);
    const label = el('text', { x: left - 8, y: y + bar * 0.7, 'text-anchor': 'end', 'font-size': 12 }, fit(u.name, Math.floor((left - 12) / 7.5)));
    label.append(el('title', {}, u.name));
    svg.append(label);
    const rect = el('rect', { x: x(scale.min), y, width: Math.max(0, x(u.score) - x(scale.min)), height: bar, fill: colorOf(c), 'data-unit': u.name, 'data-score': u.score });
    rect.append(el('title', {}, `${u.name}: ${fmt(u.score)} (${c.category})`));
    svg.append(rect);
    svg.append(el('text', { x: x(u.score) + 4, y: y + bar * 0.7, 'font-size': 12, class: 'bar-value' }, fmt(u.score)));
  });
  // One line per band threshold inside the scale (each band's lower bound); labels alternate
  // between two heights so neighbouring thresholds do not overwrite each other.
  const thresholds = scale.bands.filter((b) => b.min > scale.min).sort((a, b) => a.min - b.min);
  thresholds.forEach((band, i) => {
    const lx = x(band.min);
    const ly = i % 2 === 0 ? top - 16 : top - 4;
    svg.append(el('line', { x1: lx, x2: lx, y1: ly + 2, y2: height - 4, stroke: '#333', 'stroke-dasharray': '4 3', 'data-threshold': band.min }));
    svg.append(el('text', { x: lx, y: ly, 'text-anchor': 'middle', 'font-size': 10 }, `${band.category} ${fmt(band.min)}`));
  });
  return svg;
}
