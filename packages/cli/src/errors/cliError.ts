import { type CliErrorCode, KhuyenCongError } from '@khuyencong/domain';

/**
 * A `KhuyenCongError` of the command line: one of the codes of `CLI_ERROR_CODES`, an English message for
 * developers, every detail a string (the vi/en texts come from `@khuyencong/i18n-vi` by code).
 */
export function cliError(
  code: CliErrorCode,
  message: string,
  details: Readonly<Record<string, string>>,
  cause?: unknown,
): KhuyenCongError<CliErrorCode> {
  return new KhuyenCongError(code, `[@khuyencong/cli] ${message}`, {
    details,
    ...(cause === undefined ? {} : { cause }),
  });
}
