/**
 * Small builders for hand-written methodology specs in example tests. They accept `unknown`
 * where a test needs to put a wrong value in a field.
 */
import { scales, type AnswerSpec, type MethodologySpec } from '../../src/index.js';

export const interval03: AnswerSpec = { kind: 'interval', min: 0, max: 3 };

/** An indicator (id doubles as name). */
export const ind = (id: string, weight: unknown, answer: unknown = interval03): Record<string, unknown> => ({ id, name: id, weight, answer });

/** A variable with or without its own weight. */
export const variable = (id: string, indicators: unknown[], weight?: unknown): Record<string, unknown> =>
  weight === undefined ? { id, name: id, indicators } : { id, name: id, weight, indicators };

/** A dimension. */
export const dimension = (id: string, weight: unknown, variables: unknown[]): Record<string, unknown> => ({ id, name: id, weight, variables });

/** A methodology on 0–100 with the Ombudsman 2022 scale; `extra` overrides top-level fields. */
export const methodology = (dimensions: unknown[], extra: Record<string, unknown> = {}): MethodologySpec =>
  ({ id: 'test', name: 'Test', version: '1', output: { min: 0, max: 100 }, scale: scales.ombudsman2022, dimensions, ...extra }) as unknown as MethodologySpec;

/** One dimension, one variable: the smallest shape, with the given indicators. */
export const flat = (indicators: unknown[], extra: Record<string, unknown> = {}): MethodologySpec =>
  methodology([dimension('d', 100, [variable('v', indicators)])], extra);
