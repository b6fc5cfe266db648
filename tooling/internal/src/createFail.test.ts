import { describe, expect, it } from 'vitest';
import { createFail } from './createFail';
import { createPackageError } from './createPackageError';

/** A stand-in for domain's KhuyenCongError (this package cannot import domain). */
class CodedError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(
    code: string,
    message: string,
    options: { readonly details?: Readonly<Record<string, unknown>>; readonly cause?: unknown },
  ) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.details = { ...options.details };
  }
}

describe('createPackageError', () => {
  it('builds the coded error with the package prefix, the details and no cause unless given', () => {
    const error = createPackageError<'BAD', CodedError>('calc', CodedError)('BAD', 'No.', {
      a: '1',
    });
    expect([error.code, error.message, error.details, 'cause' in error]).toEqual([
      'BAD',
      '[@khuyencong/calc] No.',
      { a: '1' },
      false,
    ]);
  });
});

describe('createFail', () => {
  it('throws the coded error of the package, with its cause', () => {
    const fail = createFail<'BAD'>('validation', CodedError);
    const cause = new Error('inner');
    let thrown: unknown;
    try {
      fail('BAD', 'Broken.', { parameter: 'x' }, cause);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodedError);
    const error = thrown as CodedError;
    expect([error.code, error.message, error.details, error.cause]).toEqual([
      'BAD',
      '[@khuyencong/validation] Broken.',
      { parameter: 'x' },
      cause,
    ]);
  });
});
