import { withPollutedPrototype } from '@khuyencong/internal/testing';
import { describe, expect, it } from 'vitest';
import { normalizeAdminName } from '../src/index';

describe('options polluted onto Object.prototype', () => {
  it('change no result of domain: only own properties are read', async () => {
    const calls = [
      (options: Readonly<Record<string, unknown>>) => normalizeAdminName('Tỉnh Phú Yên', options),
    ];
    expect(await withPollutedPrototype({ stripKind: true }, calls)).toEqual({
      changed: [],
      insensitive: [],
    });
  });
});
