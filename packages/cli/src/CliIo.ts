/**
 * Where the CLI reads and writes: the process streams in the binary, strings in tests.
 *
 * @category CLI
 */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (chunk: string) => void;
  /** Writes to standard error (progress, errors). */
  readonly stderr: (chunk: string) => void;
  /** Today, for the default `--as-of`; `new Date()` when absent. */
  readonly now?: () => Date;
}
