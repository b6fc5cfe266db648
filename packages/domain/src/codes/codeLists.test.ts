import { describe, expect, it } from 'vitest';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { ACTIVITIES } from './activities';
import { CODE_LISTS } from './codeLists';
import { assertCode, isCode } from './isCode';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('CODE_LISTS', () => {
  it('holds only unique, stable kebab-case codes (schema issues keep the names zod and validation give them)', () => {
    for (const [name, codes] of Object.entries(CODE_LISTS)) {
      expect(new Set(codes).size, name).toBe(codes.length);
      const pattern =
        name === 'schemaIssue' ? /^(?:[a-z]+(?:_[a-z]+)*|[A-Z]+(?:_[A-Z]+)*)$/ : KEBAB;
      for (const code of codes) expect(code, name).toMatch(pattern);
    }
  });

  it('has at least the activities the programme funds', () => {
    for (const wanted of [
      'startup',
      'machinery',
      'cleaner-production-pilot',
      'digital-transformation',
    ]) {
      expect(ACTIVITIES).toContain(wanted);
    }
  });
});

describe('isCode / assertCode', () => {
  it('accepts codes of the named list only', () => {
    expect(isCode('fundingSource', 'counterpart')).toBe(true);
    expect(isCode('fundingSource', 'machinery')).toBe(false);
    expect(isCode('projectStatus', 'settled')).toBe(true);
    expect(isCode('activity', undefined)).toBe(false);
  });

  it('throws UNKNOWN_CODE naming the list and the value', () => {
    let caught: unknown;
    try {
      assertCode('fundingSource', 'trung-uong');
    } catch (error) {
      caught = error;
    }
    expect(isKhuyenCongError(caught, ['UNKNOWN_CODE'])).toBe(true);
    expect((caught as Error).message).toContain('"trung-uong" is not a fundingSource code');
  });
});
