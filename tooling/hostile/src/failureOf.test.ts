import { describe, expect, it } from 'vitest';
import { failureOf } from './failureOf';

class CodedError extends Error {
  constructor(
    readonly code: string,
    readonly details: Readonly<Record<string, unknown>>,
  ) {
    super(code);
  }
}
const coded = (error: unknown) => error instanceof CodedError;

describe('failureOf', () => {
  it('names the code and reason of a coded error, or says the call returned', () => {
    expect(failureOf(() => 1, coded)).toBe('returned');
    expect(
      failureOf(() => {
        throw new CodedError('INVALID_AMOUNT', { reason: 'too-long' });
      }, coded),
    ).toBe('INVALID_AMOUNT too-long');
    expect(
      failureOf(() => {
        throw new CodedError('NO_RULE_SET', {});
      }, coded),
    ).toBe('NO_RULE_SET');
  });

  it('throws an uncoded error on', () => {
    expect(() =>
      failureOf(() => {
        throw new TypeError('x');
      }, coded),
    ).toThrow(TypeError);
  });
});
