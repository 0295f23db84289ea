import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, snapshot, type Shape } from '../../src/internal/snapshot.js';
import { KepatuhanError } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const SHAPE: Shape = { id: 'value', tags: ['value', 3], child: { n: 'value' }, items: [{ k: 'value' }, 10] };


describe('snapshot copies the fields a shape names, once', () => {
  it('keeps known fields, drops unknown ones, and never shares containers with the input', () => {
    const input = { id: 'x', extra: { huge: true }, tags: ['a'], child: { n: 1, m: 2 }, items: [{ k: 1, z: 2 }] };
    const copy = snapshot(input, SHAPE, '') as typeof input;
    expect(copy).toEqual({ id: 'x', tags: ['a'], child: { n: 1 }, items: [{ k: 1 }] });
    expect(copy.tags).not.toBe(input.tags);
    expect(copy.child).not.toBe(input.child);
  });

  it('leaves values that do not match the shape as they are, for the validator to report', () => {
    const input = { id: { not: 'a string' }, tags: 'not a list', child: 5 };
    expect(snapshot(input, SHAPE, '')).toEqual(input);
    expect(snapshot(7, SHAPE, '')).toBe(7);
  });

  it('omits absent fields instead of writing undefined', () => {
    expect(Object.keys(snapshot({ id: undefined, child: {} }, SHAPE, '') as object)).toEqual(['child']);
  });

  it('turns holes into undefined entries', () => {
    const copy = snapshot({ tags: [1, , 3] }, SHAPE, '') as { tags: unknown[] };
    expect(copy.tags).toEqual([1, undefined, 3]);
    expect(1 in copy.tags).toBe(true);
  });

  it('ignores cycles and depth outside the shape', () => {
    const input: Record<string, unknown> = { id: 'x' };
    input['child'] = input;
    input['extra'] = input;
    expect(snapshot(input, SHAPE, '')).toEqual({ id: 'x', child: {} });
  });

  it('refuses a list longer than the shape allows, with its path', () => {
    const e = thrown(() => snapshot({ tags: [1, 2, 3, 4] }, SHAPE, 'root'));
    expect([e.code, e.path]).toEqual(['TOO_LARGE', 'root.tags']);
    expect((snapshot({ tags: [1, 2, 3] }, SHAPE, '') as { tags: unknown[] }).tags.length).toBe(3);
  });

  it('refuses more list entries in total than MAX_ENTRIES', () => {
    const shape: Shape = { lists: [['value', MAX_ENTRIES], 10] };
    const e = thrown(() => snapshot({ lists: [new Array(MAX_ENTRIES - 4), [1, 2, 3]] }, shape, ''));
    expect([e.code, e.path]).toEqual(['TOO_LARGE', 'lists[1]']);
    expect(e.message).toBe('lists[1]: the input has more than 2,000,000 list entries in total');
    // Exactly MAX_ENTRIES entries in all (the outer list counts too) is fine.
    expect(() => snapshot({ lists: [new Array(MAX_ENTRIES - 4), [1, 2]] }, shape, '')).not.toThrow();
  });

  it('turns a throwing getter, Proxy trap or revoked Proxy into UNREADABLE_INPUT at its path', () => {
    const getter = Object.defineProperty({}, 'n', { enumerable: true, get: () => { throw new Error('g'); } });
    expect(thrown(() => snapshot({ child: getter }, SHAPE, '')).path).toBe('child.n');
    const r = Proxy.revocable({}, {});
    r.revoke();
    const e = thrown(() => snapshot({ items: [r.proxy] }, SHAPE, ''));
    expect([e.code, e.path]).toEqual(['UNREADABLE_INPUT', 'items[0]']);
    // Where a shape keeps the value as it is, nothing is read from it.
    expect((snapshot({ id: r.proxy }, SHAPE, '') as { id: unknown }).id).toBe(r.proxy);
  });
});
