/**
 * Plain-text pieces of the reports of `checkImplementation` and `checkMethodology`.
 *
 * @internal
 */

/** A value as JavaScript prints it (so 100.00000000000003 shows every digit), or JSON. */
export function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** One questionnaire per line, at most `limit` lines. */
export function showQuestionnaires(qs: readonly unknown[], limit = 12): string {
  const lines = qs.slice(0, limit).map((q) => `  ${show(q)}`);
  if (qs.length > limit) lines.push(`  … and ${qs.length - limit} more (see report.counterexample)`);
  return lines.join('\n');
}

/** How to replay a run. */
export function replayText(seed: number, path: string | undefined): string {
  return path === undefined ? `{ seed: ${seed} }` : `{ seed: ${seed}, path: ${JSON.stringify(path)} }`;
}

/** The message of an error a consumer's function threw. */
export function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : show(e);
}
