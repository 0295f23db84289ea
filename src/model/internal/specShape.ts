/**
 * The fields of a methodology spec the compiler reads, for {@link snapshot}: everything else
 * is never touched (getters, Proxies and huge lists are read once, into plain data).
 *
 * @internal
 */
import type { Shape } from '../../internal/snapshot.js';
import { MAX_INDICATORS, MAX_LEVELS } from './limits.js';

const PROVENANCE: Shape = { confidence: 'value', source: 'value', note: 'value' };
const ANSWER: Shape = { kind: 'value', min: 'value', max: 'value', decimals: 'value', levels: [{ key: 'value', label: 'value', value: 'value' }, MAX_LEVELS] };
const NAMED = { id: 'value', name: 'value', nameEn: 'value', notes: 'value', provenance: PROVENANCE, weight: 'value' } as const;
const INDICATOR: Shape = { ...NAMED, answer: ANSWER };
const VARIABLE: Shape = { ...NAMED, indicators: [INDICATOR, MAX_INDICATORS] };
const DIMENSION: Shape = { ...NAMED, variables: [VARIABLE, MAX_INDICATORS] };
/** The fields of a methodology spec that are read; `scale` is read by checkScale. */
export const METHODOLOGY: Shape = {
  id: 'value',
  name: 'value',
  version: 'value',
  assessment: 'value',
  notes: 'value',
  provenance: PROVENANCE,
  years: { from: 'value', to: 'value' },
  output: { min: 'value', max: 'value' },
  weights: { total: 'value', tolerance: 'value', renormalize: 'value' },
  rounding: { mode: 'value', decimals: 'value' },
  scale: 'value',
  dimensions: [DIMENSION, MAX_INDICATORS],
};
