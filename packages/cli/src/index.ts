// @khuyencong/cli: the programmatic API of the `khuyencong` command line. Explicit named exports only. The
// report engine itself is @khuyencong/report.

export type { CliIo } from './CliIo';
export { runCli } from './runCli';
export { VERSION } from './VERSION';
