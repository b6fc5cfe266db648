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
 * ```
 */
export class KhuyenCongError<C extends string = string> extends Error {
  /** The stable machine-readable code, e.g. `INVALID_DATE`. */
  readonly code: C;
  /** The values that explain the error; also the parameters of the translated message. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - the stable error code.
   * @param message - an English message for developers.
   * @param options - details and cause.
   */
  constructor(code: C, message: string, options: KhuyenCongErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KhuyenCongError';
    this.code = code;
    this.details = Object.freeze({ ...options.details });
    // The brand that isKhuyenCongError checks: a global symbol, so duplicate package copies agree.
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

/** @internal The brand symbol, for the guard; not exported from the package. */
export const KHUYENCONG_ERROR_BRAND: typeof BRAND = BRAND;
