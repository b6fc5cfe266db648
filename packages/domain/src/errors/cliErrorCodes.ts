/**
 * The error codes of the `khuyencong` command line (`@khuyencong/cli`): bad usage and files it cannot read or
 * write. Listed in the domain so that `@khuyencong/i18n-vi` translates every code; the CLI maps each code to
 * its exit code. Every `details` value is a string.
 *
 * - `UNKNOWN_COMMAND`: no such command. Details: `value`, `commands` (comma-separated).
 * - `UNKNOWN_FLAG`: an option the command does not have. Details: `command`, `flag` (as typed).
 * - `MISSING_FLAG_VALUE`: an option that needs a value was given none. Details: `command`, `flag`.
 * - `UNEXPECTED_ARGUMENT`: an argument the command does not take. Details: `command`, `value`.
 * - `MISSING_ARGUMENT`: a required argument or option is missing. Details: `command`, `argument`.
 * - `INVALID_CHOICE`: an option value that is not one of its choices. Details: `command`, `flag`, `value`,
 *   `allowed` (comma-separated).
 * - `FILE_NOT_FOUND`: an input file that does not exist. Details: `file`.
 * - `NOT_A_FILE`: an input path that is a folder or something else that cannot be read as a file. Details:
 *   `file`.
 * - `FILE_UNREADABLE`: an input file that exists but cannot be read. Details: `file`, `reason` (the system
 *   error code, e.g. `EACCES`).
 * - `OUTPUT_FAILED`: the output cannot be written. Details: `file` (`-` for standard output), `reason`.
 * - `OUTPUT_IS_INPUT`: the output path is one of the inputs. Details: `file`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CLI_ERROR_CODES } from '@khuyencong/domain';
 * [CLI_ERROR_CODES.includes('UNKNOWN_COMMAND'), CLI_ERROR_CODES.includes('FILE_NOT_FOUND')]
 * //=> [true, true]
 * ```
 */
export const CLI_ERROR_CODES = [
  'UNKNOWN_COMMAND',
  'UNKNOWN_FLAG',
  'MISSING_FLAG_VALUE',
  'UNEXPECTED_ARGUMENT',
  'MISSING_ARGUMENT',
  'INVALID_CHOICE',
  'FILE_NOT_FOUND',
  'NOT_A_FILE',
  'FILE_UNREADABLE',
  'OUTPUT_FAILED',
  'OUTPUT_IS_INPUT',
] as const;

/**
 * One of {@link CLI_ERROR_CODES}.
 *
 * @category Errors
 */
export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];
