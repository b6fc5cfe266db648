import { describe, expect, it } from 'vitest';
import { ownValue } from './ownValue';

describe('ownValue', () => {
  it('reads own properties, undefined included, and never an inherited one', () => {
    const parent = { rounding: 'ceil', variant: 'x' };
    const child: { rounding?: string; variant?: string | undefined; decimals?: number } =
      Object.assign(Object.create(parent) as object, { variant: undefined, decimals: 2 });
    expect([
      ownValue(child, 'rounding'),
      ownValue(child, 'variant'),
      ownValue(child, 'decimals'),
    ]).toEqual([undefined, undefined, 2]);
  });

  it('ignores a property polluted onto Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['rounding'] = 'floor';
    try {
      const input: { rounding?: string } = {};
      expect([input.rounding, ownValue(input, 'rounding')]).toEqual(['floor', undefined]);
    } finally {
      delete prototype['rounding'];
    }
  });
});
