/**
 * For tests that pin what a call refuses: `'returned'` when `run` returns, else the code of the coded error it
 * throws followed by its `details.reason` when it has one (`'INVALID_AMOUNT too-long'`). Anything else thrown
 * (an uncoded error) is thrown on, so that the test fails on it.
 *
 * @example
 * ```ts
 * failureOf(() => readNumber('9'.repeat(301)), isKhuyenCongError)
 * //=> 'INVALID_NUMBER too-long'
 * ```
 */
export function failureOf(run: () => unknown, isCodedError: (error: unknown) => boolean): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    if (!isCodedError(error)) throw error;
    const { code, details } = error as {
      readonly code: string;
      readonly details: Readonly<Record<string, unknown>>;
    };
    const reason = details['reason'];
    return typeof reason === 'string' ? `${code} ${reason}` : code;
  }
}
