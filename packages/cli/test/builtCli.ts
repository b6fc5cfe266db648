import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder and the built binary (turbo builds it before the tests: `dependsOn: build`). */
export const PACKAGE_DIR: string = fileURLToPath(new URL('..', import.meta.url));
export const CLI: string = join(PACKAGE_DIR, 'dist', 'cli.js');

/** Fails with what to do when the binary is not built (the tests never build it themselves). */
export function assertBuilt(): void {
  if (!existsSync(CLI)) {
    throw new Error(
      `${CLI} is missing: build first (npx -y pnpm@12.4.2 run build, or npx tsup here).`,
    );
  }
}

/** The result of running the binary. */
export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built binary as a user would: `node dist/cli.js ...args`, `input` on its standard input. */
export function run(
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array } = {},
): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? PACKAGE_DIR,
    encoding: 'utf8',
    ...(options.input === undefined ? {} : { input: options.input }),
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}
