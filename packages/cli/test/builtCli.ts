import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder and the built binary. */
export const PACKAGE_DIR: string = fileURLToPath(new URL('..', import.meta.url));
export const CLI: string = join(PACKAGE_DIR, 'dist', 'cli.js');
const PACKAGES = join(PACKAGE_DIR, '..');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    return Math.max(latest, time);
  }, 0);
}

function tsup(cwd: string): void {
  execFileSync('npx', ['-y', 'pnpm@12.4.2', 'exec', 'tsup'], { cwd, stdio: 'pipe' });
}

/**
 * Builds what the binary runs on when it is missing or older than its sources: the workspace libraries'
 * `dist` (turbo's `^build` does this in CI) and the CLI itself.
 */
export function ensureBuilt(): void {
  for (const name of ['domain', 'calc', 'i18n-vi', 'validation']) {
    const dir = join(PACKAGES, name);
    if (!existsSync(join(dir, 'dist', 'index.js'))) tsup(dir);
  }
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest(join(PACKAGE_DIR, 'src')))
    tsup(PACKAGE_DIR);
}

/** The result of running the binary. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built binary as a user would: `node dist/cli.js ...args`. */
export function run(
  args: readonly string[],
  options: { cwd?: string; input?: string } = {},
): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? PACKAGE_DIR,
    encoding: 'utf8',
    ...(options.input === undefined ? {} : { input: options.input }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
