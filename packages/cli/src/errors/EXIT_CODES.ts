/**
 * The exit codes of `khuyencong`, the one table: `ok` success; `errorFindings` when `check` found an error
 * finding; `badInput` for every `KhuyenCongError` (bad usage, bad input, a file that cannot be read, output
 * that cannot be written); `unexpected` for anything else (a bug, reported with its stack).
 */
export const EXIT_CODES = { ok: 0, errorFindings: 1, badInput: 2, unexpected: 3 } as const;
