import { describe, expectTypeOf, it } from 'vitest';
import {
  CLASSIC_ZONES,
  classify,
  defineScale,
  scales,
  validateScale,
  type Band,
  type Classification,
  type Scale,
  type ScaleCategory,
  type ScaleSpec,
  type ScaleZone,
  type ScaleZoneId,
  type ValidationResult,
  type Zone,
} from '../../src/index.js';

type Ombudsman = 'A' | 'B' | 'C' | 'D' | 'E';

describe('classification types follow the scale (issue 11 §3)', () => {
  it('classify on scales.ombudsman2022 gives the A–E categories and the classic zones', () => {
    const c = classify(95.31, scales.ombudsman2022);
    expectTypeOf(c).toEqualTypeOf<Classification<Ombudsman, Zone>>();
    expectTypeOf(c.category).toEqualTypeOf<Ombudsman>();
    expectTypeOf(c.zone).toEqualTypeOf<Zone | undefined>();
    expectTypeOf(c.zoneLabel).toEqualTypeOf<string | undefined>();
    expectTypeOf(c.value).toEqualTypeOf<number>();
    expectTypeOf<Zone>().toEqualTypeOf<'hijau' | 'kuning' | 'merah'>();
    // @ts-expect-error there is no category F on the Ombudsman scale
    void (c.category === 'F');
    // @ts-expect-error the 2022–2024 scale has no zona hitam
    const z: typeof c.zone = 'hitam';
    void z;
  });

  it('ombudsman2025 has the fourth zone hitam', () => {
    const c = classify(31.99, scales.ombudsman2025);
    expectTypeOf(c.category).toEqualTypeOf<Ombudsman>();
    expectTypeOf(c.zone).toEqualTypeOf<Zone | 'hitam' | undefined>();
    expectTypeOf<ScaleZoneId<typeof scales.ombudsman2025>>().toEqualTypeOf<'hijau' | 'kuning' | 'merah' | 'hitam'>();
    expectTypeOf(scales.ombudsman2025.zones).toEqualTypeOf<readonly ScaleZone<'hijau' | 'kuning' | 'merah' | 'hitam'>[]>();
    // A 2025 zone cannot be put where a 2022 zone is expected.
    const old: ScaleZoneId<typeof scales.ombudsman2022> = 'merah';
    void old;
    // @ts-expect-error hitam is not a zone of ombudsman2022
    const black: ScaleZoneId<typeof scales.ombudsman2022> = c.zone ?? 'hitam';
    void black;
  });

  it('a scale without zones has no zone type: zone is always undefined', () => {
    const p = classify(4.51, scales.pekppp2022);
    expectTypeOf(p.category).toEqualTypeOf<'A' | 'A-' | 'B' | 'B-' | 'C' | 'C-' | 'D' | 'E' | 'F'>();
    expectTypeOf(p.zone).toEqualTypeOf<undefined>();
    expectTypeOf(classify(90, scales.skm2017).category).toEqualTypeOf<'A' | 'B' | 'C' | 'D'>();
    expectTypeOf(classify(90, scales.ombudsman2013).category).toEqualTypeOf<Zone>();
    expectTypeOf<ScaleCategory<typeof scales.skm2017>>().toEqualTypeOf<'A' | 'B' | 'C' | 'D'>();
  });

  it('defineScale infers categories and zones from the spec, with or without as const', () => {
    const passFail = defineScale({
      id: 'pf', name: 'Pass/fail', min: 0, max: 100,
      zones: [{ id: 'lulus', label: 'Lulus' }, { id: 'gagal', label: 'Gagal' }],
      bands: [
        { category: 'P', label: 'Pass', zone: 'lulus', min: 60, max: 100 },
        { category: 'F', label: 'Fail', zone: 'gagal', min: 0, max: 59.99 },
      ],
    });
    expectTypeOf(passFail).toEqualTypeOf<Scale<'P' | 'F', 'lulus' | 'gagal'>>();
    expectTypeOf(classify(70, passFail).category).toEqualTypeOf<'P' | 'F'>();
    expectTypeOf(classify(70, passFail).zone).toEqualTypeOf<'lulus' | 'gagal' | undefined>();

    const spec = {
      id: 'c', name: 'Classic', min: 0, max: 100, zones: CLASSIC_ZONES,
      bands: [
        { category: 'hi', label: 'Hi', zone: 'hijau', min: 50, max: 100 },
        { category: 'lo', label: 'Lo', zone: 'merah', min: 0, max: 49.99 },
      ],
    } as const;
    expectTypeOf(defineScale(spec)).toEqualTypeOf<Scale<'hi' | 'lo', Zone>>();

    // Zones named by the bands only (the classic zones, implicitly) are inferred from the bands.
    const implicit = defineScale({ id: 'i', name: 'I', min: 0, max: 1, bands: [{ category: 'x', label: 'X', zone: 'kuning', min: 0, max: 1 }] });
    expectTypeOf(implicit).toEqualTypeOf<Scale<'x', 'kuning'>>();
    // Without zones anywhere, the zone type is never (zone is undefined).
    const none = defineScale({ id: 'n', name: 'N', min: 0, max: 1, bands: [{ category: 'x', label: 'X', min: 0, max: 1 }] });
    expectTypeOf(none).toEqualTypeOf<Scale<'x', never>>();
    // A spec typed as plain ScaleSpec gives the plain Scale.
    const loose: ScaleSpec = spec;
    expectTypeOf(defineScale(loose)).toEqualTypeOf<Scale>();
  });

  it('a band must name one of the zones the spec declares', () => {
    const ok: ScaleSpec<'a', 'z'> = { id: 's', name: 'S', min: 0, max: 1, zones: [{ id: 'z', label: 'Z' }], bands: [{ category: 'a', label: 'A', zone: 'z', min: 0, max: 1 }] };
    void ok;
    // @ts-expect-error zone y is not declared
    const bad: ScaleSpec<'a', 'z'> = { id: 's', name: 'S', min: 0, max: 1, zones: [{ id: 'z', label: 'Z' }], bands: [{ category: 'a', label: 'A', zone: 'y', min: 0, max: 1 }] };
    void bad;
  });

  it('classify takes a number or a decimal string, and a defined Scale', () => {
    expectTypeOf(classify).parameter(0).toEqualTypeOf<number | string>();
    expectTypeOf(classify<string, string>).parameter(1).toEqualTypeOf<Scale>();
    // @ts-expect-error a boolean is not a score
    classify(true, scales.ombudsman2022);
    // @ts-expect-error a scale is required
    classify(95.31);
  });

  it('Scale without parameters means any scale: every built-in is one', () => {
    const any: readonly Scale[] = Object.values(scales);
    void any;
    expectTypeOf(scales.ombudsman2022).toMatchTypeOf<Scale>();
    expectTypeOf(scales.ombudsman2022).toEqualTypeOf<Scale<Ombudsman, Zone>>();
    expectTypeOf<Scale['bands'][number]>().toEqualTypeOf<Band>();
    expectTypeOf<Band['min']>().toEqualTypeOf<number>();
    expectTypeOf(validateScale).returns.toEqualTypeOf<ValidationResult<Scale>>();
  });

  it('a ScaleSpec band needs a category, a label and bounds', () => {
    // @ts-expect-error label is missing
    const bad: ScaleSpec = { id: 's', name: 'S', min: 0, max: 100, bands: [{ category: 'A', min: 0, max: 100 }] };
    void bad;
  });

  it('classify refuses a plain ScaleSpec at compile time, and keeps the literal types of a defined one', () => {
    const spec = { id: 'lulus', name: 'Lulus', min: 0, max: 100, bands: [{ category: 'P', label: 'Lulus', min: 60, max: 100 }, { category: 'F', label: 'Gagal', min: 0, max: 60, maxInclusive: false }] } as const;
    // @ts-expect-error a plain spec is not a defined scale: pass defineScale(spec)
    classify(70, spec);
    const typed: ScaleSpec = spec;
    // @ts-expect-error a value typed ScaleSpec is not a Scale either
    classify(70, typed);
    const defined = defineScale(spec);
    expectTypeOf(classify(70, defined).category).toEqualTypeOf<'P' | 'F'>();
    expectTypeOf(classify(70, scales.ombudsman2022).category).toEqualTypeOf<Ombudsman>();
  });
});
