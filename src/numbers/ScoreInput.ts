/**
 * A score as users hold it: a JS number (read as the decimal it shows, so `88.005` is
 * exactly 88.005) or a decimal string with `.` or the Indonesian `,` as separator (`"95,31"`).
 *
 * @example
 * ```ts
 * import type { ScoreInput } from 'kepatuhan';
 * const a: ScoreInput = 95.31;
 * const b: ScoreInput = '95,31';
 * ```
 * @category Numbers
 */
export type ScoreInput = number | string;
