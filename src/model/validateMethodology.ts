import type { Issue, ValidationResult } from '../errors/issue.js';
import { checkMethodology } from './internal/compile.js';
import type { Methodology } from './methodology.js';

/**
 * Checks a methodology spec without throwing and returns every problem at once, in
 * document order: duplicate ids, empty groups, negative or non-finite weights, weights that
 * do not sum to the declared total, empty or inverted indicator ranges, scales with gaps,
 * overlaps or the wrong range, bad types.
 *
 * @param spec - anything; typically a {@link MethodologySpec} read from JSON
 * @returns `{ ok: true, value }` with the defined methodology, or `{ ok: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { presets, validateMethodology } from 'kepatuhan';
 * // A saved methodology with a typo: Input weighs 21.84 instead of 21.85.
 * const text = JSON.stringify(presets.ombudsman2022).replace('"weight":21.85', '"weight":21.84');
 * const r = validateMethodology(JSON.parse(text));
 * r.ok; // false
 * if (!r.ok) for (const i of r.issues) console.log(`${i.code} at ${i.path}: ${i.message}`);
 * // WEIGHT_SUM_MISMATCH at dimensions: the weights of the dimensions sum to 99.99, not 100 …
 * ```
 * @category Model
 */
export function validateMethodology(spec: unknown): ValidationResult<Methodology> {
  // Hostile values (throwing getters, Proxies, huge lists) come back as UNREADABLE_INPUT /
  // TOO_LARGE issues from checkMethodology's snapshot: nothing here throws.
  const { compiled, issues } = checkMethodology(spec);
  if (compiled !== undefined) return { ok: true, value: compiled.methodology, issues: [] };
  // The methodology itself is named `methodology`, as when defineMethodology throws.
  const named = issues.map((i) => (i.path === '' ? Object.freeze({ ...i, path: 'methodology' }) : i));
  return { ok: false, issues: named as unknown as readonly [Issue, ...Issue[]] };
}
