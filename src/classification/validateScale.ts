import type { ValidationResult } from '../errors/issue.js';
import { IssueList } from '../internal/issues.js';
import { checkScale } from './internal/compileScale.js';
import type { Scale } from './scale.js';

/**
 * Checks a scale spec without throwing and returns every problem at once: bands with gaps
 * or overlaps on the scale's grid, bands outside the range, empty bands, duplicate
 * categories, bad types.
 *
 * @param spec - anything; typically a {@link ScaleSpec} read from JSON
 * @returns `{ ok: true, value }` with the frozen scale, or `{ ok: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { validateScale } from 'kepatuhan';
 * // The loose "80,9" rendering of the 2013 zones leaves 50.91–50.99 and 80.91–80.99 uncovered:
 * const r = validateScale({
 *   id: 'loose', name: 'Loose', min: 0, max: 100,
 *   bands: [
 *     { category: 'hijau', label: 'Tinggi', min: 81, max: 100 },
 *     { category: 'kuning', label: 'Sedang', min: 51, max: 80.9 },
 *     { category: 'merah', label: 'Rendah', min: 0, max: 50.9 },
 *   ],
 * });
 * r.ok; // false
 * r.ok ? [] : r.issues.map((i) => i.code); // ["SCALE_GAP", "SCALE_GAP"]
 * ```
 * @category Classification
 */
export function validateScale(spec: unknown): ValidationResult<Scale> {
  const issues = new IssueList();
  const c = checkScale(spec, '', issues);
  // checkScale returns a compiled scale only when it recorded no issue.
  if (c !== undefined) return { ok: true, value: c.scale, issues: [] };
  // The scale itself is named `scale`, as when defineScale throws.
  const named = issues.items.map((i) => (i.path === '' ? Object.freeze({ ...i, path: 'scale' }) : i));
  return { ok: false, issues: named as unknown as readonly [typeof issues.items[number], ...typeof issues.items] };
}
