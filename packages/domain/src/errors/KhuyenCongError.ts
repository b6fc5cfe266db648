import { describeValue, ownValue } from '@khuyencong/internal';

/** The brand every {@link KhuyenCongError} carries; shared across duplicate copies of the package. */
const BRAND: unique symbol = Symbol.for('@khuyencong/error');

/**
 * Options for {@link KhuyenCongError}.
 *
 * @category Errors
 */
export interface KhuyenCongErrorOptions {
  /** The values that explain the error (the offending input, the limit, the row...). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if any (ES2022 `cause`). */
  readonly cause?: unknown;
}

/**
 * The one error class of every `@khuyencong/*` package. Each error carries a stable SCREAMING_SNAKE
 * `code` (for programs and for translated messages in `@khuyencong/i18n-vi`) and an English `message`
 * for developers. Check for it with {@link isKhuyenCongError}, not `instanceof`, so that errors from a
 * duplicate copy of a package (ESM and CJS side by side, two versions) are recognised too.
 *
 * @typeParam C - the code union of the package that throws.
 * @category Errors
 * @example
 * ```ts
 * import { KhuyenCongError } from '@khuyencong/domain';
 * const error = new KhuyenCongError('INVALID_DATE', 'Not a calendar date: "2024-02-30".', { details: { value: '2024-02-30' } });
 * [error.code, error.name, error.details['value']]
 * //=> ['INVALID_DATE', 'KhuyenCongError', '2024-02-30']
 * (() => { try { return new KhuyenCongError('INVALID_DATE', undefined as never); } catch (misuse) { return (misuse as KhuyenCongError).code; } })()
 * //=> 'INVALID_ARGUMENT'
 * ```
 */
export class KhuyenCongError<C extends string = string> extends Error {
  /** The stable machine-readable code, e.g. `INVALID_DATE`. */
  readonly code: C;
  /** The values that explain the error; also the parameters of the translated message. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - the stable error code (a non-empty string).
   * @param message - an English message for developers (a string).
   * @param options - details (a plain object) and cause; only own properties are read.
   * @throws {@link KhuyenCongError} `INVALID_ARGUMENT` for a code, message, options or details of the wrong
   *   type (details `parameter`, `value`, `expected`), rather than an error whose message is "undefined".
   */
  constructor(code: C, message: string, options: KhuyenCongErrorOptions = {}) {
    const { details, cause } = checkedArguments(code, message, options);
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'KhuyenCongError';
    this.code = code;
    this.details = Object.freeze({ ...details });
    // The brand that isKhuyenCongError checks: a global symbol, so duplicate package copies agree.
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

const EXPECTED_OPTIONS = 'a plain object';

/** Whether a value is an object literal (its prototype a root prototype, or none). */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** An error about the constructor's own arguments: a coded one, so misuse is no plain `TypeError`. */
function misuse(parameter: string, value: unknown, expected: string): KhuyenCongError {
  const described = describeValue(value);
  return new KhuyenCongError(
    'INVALID_ARGUMENT',
    `[@khuyencong/domain] KhuyenCongError: expected ${parameter} to be ${expected}, got ${described}.`,
    { details: { parameter, value: described, expected } },
  );
}

/** The own `details` and `cause` of the options, after checking every argument (only own properties read). */
function checkedArguments(
  code: unknown,
  message: unknown,
  options: unknown,
): { readonly details: object | undefined; readonly cause: unknown } {
  if (typeof code !== 'string' || code === '') throw misuse('code', code, 'a non-empty string');
  if (typeof message !== 'string') throw misuse('message', message, 'a string');
  if (options === undefined) return { details: undefined, cause: undefined };
  if (!isPlainObject(options)) throw misuse('options', options, EXPECTED_OPTIONS);
  const details = ownValue(options as KhuyenCongErrorOptions, 'details');
  if (details !== undefined && !isPlainObject(details)) {
    throw misuse('options.details', details, EXPECTED_OPTIONS);
  }
  return { details, cause: ownValue(options as KhuyenCongErrorOptions, 'cause') };
}

/** @internal The brand symbol, for the guard; not exported from the package. */
export const KHUYENCONG_ERROR_BRAND: typeof BRAND = BRAND;
