/**
 * Copying a provenance record, shared by the scale validator and the methodology freezer.
 * Apart from compileScale.ts so that freezing a built-in methodology does not load the scale
 * validator's module.
 *
 * @internal
 */
import { isPlainRecord, own } from '../../internal/input.js';

/** A frozen copy of a (validated) provenance record: only its known fields are kept. */
export function copyProvenance(value: unknown): unknown {
  if (!isPlainRecord(value)) return undefined;
  const out: { confidence?: unknown; source?: unknown; note?: unknown } = { confidence: own(value, 'confidence') };
  const source = own(value, 'source');
  const note = own(value, 'note');
  if (source !== undefined) out.source = source;
  if (note !== undefined) out.note = note;
  return Object.freeze(out);
}
