import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, readLanguage } from './readLanguage';

describe('readLanguage', () => {
  it('reads vi and en with any case and a region part', () => {
    expect(
      ['vi', 'VI', ' vi ', 'vi-VN', 'vi_vn', 'en', 'en-US', 'EN-gb'].map(readLanguage),
    ).toEqual(['vi', 'vi', 'vi', 'vi', 'vi', 'en', 'en', 'en']);
  });

  it('refuses every other value with UNSUPPORTED_LANGUAGE, never falling back to Vietnamese', () => {
    for (const value of ['fr', '', 'vie', 'english', 'v', undefined, null, 1, {}, ['vi']]) {
      expect(() => readLanguage(value), String(value)).toThrow(
        expect.objectContaining({ code: 'UNSUPPORTED_LANGUAGE' }),
      );
    }
    fc.assert(
      fc.property(fc.string(), (value) => {
        try {
          expect(LANGUAGES).toContain(readLanguage(value));
        } catch (error) {
          expect(error).toMatchObject({ code: 'UNSUPPORTED_LANGUAGE' });
        }
      }),
    );
  });
});
