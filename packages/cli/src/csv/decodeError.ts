import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';

/** The error for bytes that are not UTF-8, on the line where the first bad byte sits. */
export function decodeError(file: string, line: number, cause?: unknown): CliError {
  return new CliError(
    'ENCODING',
    text(
      `tệp không phải UTF-8 (có thể là Windows-1258/ANSI): byte không hợp lệ ở dòng ${line}. Hãy lưu lại từ Excel bằng "CSV UTF-8 (Comma delimited)".`,
      `the file is not UTF-8 (perhaps Windows-1258/ANSI): invalid byte on line ${line}. Save it again from Excel as "CSV UTF-8 (Comma delimited)".`,
    ),
    { file, line },
    cause,
  );
}

/** The 1-based line, counted from `firstLine`, of the first byte of `bytes` that is not UTF-8. */
export function lineOfBadByte(bytes: Uint8Array, firstLine: number): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const bad = lossy.indexOf('\uFFFD');
  const before = bad < 0 ? lossy : lossy.slice(0, bad);
  return firstLine + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
}
