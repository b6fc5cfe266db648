/**
 * Where {@link runCli} reads and writes: the process's streams in the `khuyencong` binary, strings in tests or
 * in a program that runs the command line itself.
 *
 * @category CLI
 */
export interface CliIo {
  /**
   * Writes a chunk of standard output. It may return a promise that settles once the chunk is written: a
   * rejection with `code: 'EPIPE'` (the reader went away, as in `khuyencong report | head`) ends the output
   * quietly, any other is `OUTPUT_FAILED` (exit code 2).
   */
  readonly stdout: (chunk: string) => void | Promise<void>;
  /** Writes a chunk of standard error: progress, the problems of rejected rows, errors. */
  readonly stderr: (chunk: string) => void | Promise<void>;
  /**
   * What `-` reads: the bytes of standard input, whole or as they come (CSV or JSON, recognised by the
   * content). Absent: `-` reads nothing.
   */
  readonly stdin?: Uint8Array | AsyncIterable<Uint8Array>;
  /**
   * The file standard input is redirected from (`< de-an.csv`), by device and inode, so that `--out` naming
   * that file is refused (`OUTPUT_IS_INPUT`) as it is for a named input. Absent for a pipe or a terminal.
   */
  readonly stdinFile?: { readonly dev: number; readonly ino: number };
  /** Today, for the default `--as-of` and `support --date`; `new Date()` when absent. */
  readonly now?: () => Date;
}
