/**
 * The built-in scales (and methodologies) are built by the trusted constructors, which skip
 * validation. This file proves they may: for every built-in, the trusted result equals what
 * the validating defineScale / defineMethodology make of the very same spec, object for object
 * and in the compiled form that classify and scoreUnit use. The specs are captured by wrapping
 * the trusted constructors before the presets load.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Scale, ScaleSpec } from '../../src/classification/scale.js';
import type { MethodologySpec } from '../../src/model/methodology.js';

const scaleSpecs = vi.hoisted(() => new Map<string, unknown>());
const methodologySpecs = vi.hoisted(() => new Map<string, unknown>());

vi.mock('../../src/classification/internal/trustedScale.js', async (importActual) => {
  const actual = await importActual<typeof import('../../src/classification/internal/trustedScale.js')>();
  return {
    trustedScale: (spec: Scale) => {
      scaleSpecs.set(spec.id, spec);
      return actual.trustedScale(spec);
    },
  };
});

vi.mock('../../src/model/internal/trusted.js', async (importActual) => {
  const actual = await importActual<typeof import('../../src/model/internal/trusted.js')>();
  return {
    trustedMethodology: (spec: MethodologySpec) => {
      methodologySpecs.set(spec.id, spec);
      return actual.trustedMethodology(spec);
    },
  };
});

const { presets } = await import('../../src/presets/presets.js');
const { defineMethodology } = await import('../../src/model/defineMethodology.js');
const { compileMethodology } = await import('../../src/model/internal/compile.js');
const { compiledMethodologyOf } = await import('../../src/model/internal/compiledMethodologies.js');
const { scales } = await import('../../src/presets/scales/scales.js');
const { defineScale } = await import('../../src/classification/defineScale.js');
const { compiledScaleOf } = await import('../../src/classification/internal/compiledScales.js');
const { compileScale } = await import('../../src/classification/internal/compileScale.js');
const { CLASSIC_ZONES } = await import('../../src/classification/zone.js');

/** A deep, unfrozen copy: defineScale does not know it, so validates it from scratch. */
const copy = <T>(value: T): T => structuredClone(value);
const deeplyFrozen = (v: unknown): boolean => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(deeplyFrozen));

describe('built-in scales: the trusted construction equals the validated one', () => {
  it('every built-in scale was built by trustedScale', () => {
    expect([...scaleSpecs.keys()].sort()).toEqual(Object.keys(scales).sort());
  });

  it.each(Object.keys(scales))('%s: the scale and its compiled form equal defineScale’s', (id) => {
    const trusted = scales[id as keyof typeof scales];
    const spec = copy(scaleSpecs.get(id)) as ScaleSpec;
    const validated = defineScale(spec);
    expect(validated).not.toBe(trusted);
    expect(trusted).toStrictEqual(validated);
    // Same keys in the same order: JSON.stringify(scale) gives the same text.
    expect(JSON.stringify(trusted)).toBe(JSON.stringify(validated));
    const compiled = compiledScaleOf(trusted);
    expect(compiled).toBeDefined();
    expect(compiled).toStrictEqual(compileScale(validated));
    // classify finds the trusted compiled form, never validating the built-in again.
    expect(compileScale(trusted)).toBe(compiled);
  });

  it.each(['ombudsman2013', 'ombudsman2022'] as const)('%s: its zones, written out, are the classic zones (CLASSIC_ZONES) in order', (id) => {
    expect(scales[id].zones.map(({ id: zone, label, labelEn, color }) => ({ id: zone, label, labelEn, color }))).toEqual(CLASSIC_ZONES);
  });

  it.each(Object.keys(scales))('%s: every object of the scale is deeply frozen', (id) => {
    expect(deeplyFrozen(scales[id as keyof typeof scales])).toBe(true);
  });
});

describe('built-in methodologies: the trusted construction equals the validated one', () => {
  it('every preset was built by trustedMethodology', () => {
    expect([...methodologySpecs.keys()].sort()).toEqual(Object.keys(presets).sort());
  });

  it.each(Object.keys(presets))('%s: the methodology and its compiled form (shares, kernel, answers) equal defineMethodology’s', (id) => {
    const trusted = presets[id as keyof typeof presets];
    const spec = methodologySpecs.get(id) as MethodologySpec;
    // The whole spec copied, its scale included: the validator checks every part from scratch.
    const validated = defineMethodology(copy(spec));
    expect(validated).not.toBe(trusted);
    expect(validated.scale).not.toBe(trusted.scale);
    expect(trusted).toStrictEqual(validated);
    expect(JSON.stringify(trusted)).toBe(JSON.stringify(validated));
    const compiled = compiledMethodologyOf(trusted);
    expect(compiled).toBeDefined();
    expect(compiled).toStrictEqual(compileMethodology(validated));
    expect(compiled?.kernel).toBeDefined();
    // scoreUnit and every other function find the trusted compiled form: no validation.
    expect(compileMethodology(trusted)).toBe(compiled);
    // The preset's scale is the built-in scale itself.
    expect(trusted.scale).toBe(Object.values(scales).find((s) => s.id === trusted.scale.id));
  });

  it.each(Object.keys(presets))('%s: every object of the methodology is deeply frozen', (id) => {
    expect(deeplyFrozen(presets[id as keyof typeof presets])).toBe(true);
  });
});
