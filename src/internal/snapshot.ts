/**
 * Schema-directed copies of untrusted input, taken once at the boundary before validation.
 *
 * Only the fields a shape names are read, each exactly once, so the validator and the code
 * that builds the result see the same values: a getter that answers differently on a second
 * read, a Proxy, a sparse array or a cyclic object in an ignored field cannot make the two
 * disagree. Reading never recurses deeper than the shape, so nesting and cycles cost nothing.
 *
 * - a getter or Proxy trap that throws → `UNREADABLE_INPUT` with the path of the field;
 * - an array longer than its shape allows, or more than {@link MAX_ENTRIES} array entries in
 *   total → `TOO_LARGE` (checked before the entries are read);
 * - holes in arrays become `undefined`, which the validators report like any missing entry;
 * - values that do not match the shape (a number where an object is expected …) are kept as
 *   they are, for the validator to report.
 *
 * @internal
 */
import { KepatuhanError } from '../errors/KepatuhanError.js';
import { index, isArray, isPlainRecord, join, own, readArray, unreadable } from './input.js';

/**
 * `'value'`: keep as is; an object: copy these fields; `[shape, max]`: an array of at most
 * `max` entries of that shape.
 */
export type Shape = 'value' | { readonly [key: string]: Shape } | readonly [Shape, number];

/** Most array entries read in one snapshot (all arrays together). */
export const MAX_ENTRIES = 2_000_000;

export interface Budget {
  left: number;
}

/** Copies `value` following `shape`; throws KepatuhanError (`UNREADABLE_INPUT`, `TOO_LARGE`). */
export function snapshot(value: unknown, shape: Shape, path: string, budget: Budget = { left: MAX_ENTRIES }): unknown {
  if (shape === 'value') return value;
  try {
    Array.isArray(value); // throws only for a revoked Proxy, which nothing can read
  } catch (e) {
    throw unreadable(path, e);
  }
  if (isArray(shape)) {
    if (!isArray(value)) return value;
    const [element, max] = shape as readonly [Shape, number];
    const raw = readArray(value, path, max);
    budget.left -= raw.length;
    if (budget.left < 0)
      throw new KepatuhanError('TOO_LARGE', `the input has more than ${MAX_ENTRIES.toLocaleString('en')} list entries in total`, path);
    return raw.map((v, i) => snapshot(v, element, index(path, i), budget));
  }
  if (!isPlainRecord(value)) return value;
  const out: Record<string, unknown> = {};
  const fields = shape as { readonly [key: string]: Shape };
  for (const key of Object.keys(fields)) {
    const v = own(value, key, path);
    if (v !== undefined) out[key] = snapshot(v, fields[key]!, join(path, key), budget);
  }
  return out;
}
