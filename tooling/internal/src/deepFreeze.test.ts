import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deepFreeze';

describe('deepFreeze', () => {
  it('freezes a constant and every object and array in it, and returns it', () => {
    const data = { codes: ['a', 'b'], nested: { list: [{ id: 'x' }] } };
    const frozen = deepFreeze(data);
    expect(frozen).toBe(data);
    expect([
      Object.isFrozen(data),
      Object.isFrozen(data.codes),
      Object.isFrozen(data.nested),
      Object.isFrozen(data.nested.list),
      Object.isFrozen(data.nested.list[0]),
    ]).toEqual([true, true, true, true, true]);
    expect(() => {
      (data.codes as string[]).push('c');
    }).toThrow(TypeError);
  });

  it('goes through already-frozen parents and survives a cycle', () => {
    const inner = { value: 1 };
    const outer = Object.freeze({ inner });
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    deepFreeze(outer);
    deepFreeze(cyclic);
    expect([Object.isFrozen(inner), Object.isFrozen(cyclic)]).toEqual([true, true]);
    expect(deepFreeze(3)).toBe(3);
  });
});
