import { describe, expect, it } from 'vitest';
import { detailValue } from './detailValue';

describe('detailValue', () => {
  it('keeps a string as it is, unquoted, up to 200 characters', () => {
    expect(detailValue('12a')).toBe('12a');
    expect(detailValue('x'.repeat(200))).toBe('x'.repeat(200));
  });

  it('cuts a longer string at 200 characters with …', () => {
    expect(detailValue('x'.repeat(10_000))).toBe(`${'x'.repeat(200)}…`);
  });

  it('describes anything else as describeValue does', () => {
    expect([12n, 1.5, null, undefined, new Date(0), [], {}].map(detailValue)).toEqual([
      '12n',
      '1.5',
      'null',
      'undefined',
      'Date',
      'array',
      'object',
    ]);
  });
});
