/** One more call of an exit-code case: how a failure names it, and its arguments (made afresh for the call). */
export interface ExitCodeCall {
  readonly label: string;
  readonly args: () => readonly unknown[];
}

/**
 * The contract of a function that runs a command line (`runCli(argv, io)`): whatever it is given, it resolves
 * to an exit code and says why in what it writes; it never throws nor rejects, not even with a coded error
 * (that is an exit code and a message). A `function` case with `exitCode` is held to it instead of "a value or
 * a coded error":
 *
 * - the call resolves to one of `allowed` (a bug's code, such as 3, is left out of it);
 * - what it wrote (`written()`, read once the call settled: each stream's text by name) holds no
 *   "undefined", "NaN" or "[object Object]" that no input string held, no stack trace (a line `    at f
 *   (file:1:2)`), and no character a terminal obeys: C0 controls but tab and line feed (a carriage return
 *   only before a line feed, as CSV ends its rows), DEL, C1 controls, bidirectional overrides and isolates.
 *
 * `calls` are hostile calls the generic values cannot make, as many as the case needs (each option of each
 * command given each hostile string, a hostile file as input), checked in the same way after the others.
 */
export interface ExitCodeContract {
  readonly allowed: readonly number[];
  readonly written: () => Readonly<Record<string, string>>;
  readonly calls?: () => Iterable<ExitCodeCall>;
}
