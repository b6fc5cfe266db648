#!/usr/bin/env node
import { runCli } from './runCli';

// The `khuyencong` binary: run the command line on the process's arguments and streams.
const code = await runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
});
process.exitCode = code;
