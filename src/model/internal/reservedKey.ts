/**
 * Ids and level keys that read as "not applicable".
 *
 * @internal
 */

/**
 * Ids and level keys reserved because they read as "not applicable" (any case, spaces ignored):
 * `na`, `n/a`. An answer marks not applicable only with `"na"` itself (see readAnswers).
 */
export function isReservedKey(value: string): boolean {
  const s = value.trim().toLowerCase();
  return s === 'na' || s === 'n/a';
}
