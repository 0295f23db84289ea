import { describe, expectTypeOf, it } from 'vitest';
import { classify, presets, scales, scoreUnit, type Classification, type Zone } from '../../src/index.js';
import * as presetEntry from '../../src/presets/index.js';
import * as scaleEntry from '../../src/presets/scales/index.js';

type Ombudsman = 'A' | 'B' | 'C' | 'D' | 'E';

describe('the subpath entries keep the types of the root objects', () => {
  it('kepatuhan/scales: each named scale has the type of scales.<id>', () => {
    expectTypeOf(scaleEntry.ombudsman2022).toEqualTypeOf(scales.ombudsman2022);
    expectTypeOf(scaleEntry.ombudsman2025).toEqualTypeOf(scales.ombudsman2025);
    expectTypeOf(scaleEntry.pekppp2022).toEqualTypeOf(scales.pekppp2022);
    expectTypeOf(classify(95.31, scaleEntry.ombudsman2022)).toEqualTypeOf<Classification<Ombudsman, Zone>>();
    // @ts-expect-error: the subpath has no scale ombudsman2023 (2023 shares ombudsman2022's scale)
    void scaleEntry.ombudsman2023;
  });

  it('kepatuhan/presets: each named preset has the type of presets.<id>, indicator ids included', () => {
    expectTypeOf(presetEntry.skm2017).toEqualTypeOf(presets.skm2017);
    expectTypeOf(presetEntry.ombudsman2025).toEqualTypeOf(presets.ombudsman2025);
    // @ts-expect-error: an unknown indicator id does not compile with a preset from the subpath either
    scoreUnit(presetEntry.skm2017, { persyaratan: 4, nope: 1 });
  });

  it('the entries export the same names as the root objects', () => {
    expectTypeOf<keyof typeof scaleEntry>().toEqualTypeOf<keyof typeof scales>();
    expectTypeOf<keyof typeof presetEntry>().toEqualTypeOf<keyof typeof presets>();
  });
});
