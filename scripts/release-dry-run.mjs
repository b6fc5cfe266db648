// Proves that publishing works without publishing: on a scratch copy of the repository, apply the pending
// changesets (`changeset version`), build, `pnpm pack` every library package (so `workspace:` ranges are
// rewritten as they would be on publish), install the tarballs into a fresh project with npm, and run an ESM
// and a CommonJS consumer that do real calculations. Exits non-zero on any failure. The packages' `dist/`
// folders are taken from this checkout, so run it after the build (`release:dry-run` in turbo does).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PNPM = ['-y', 'pnpm@12.4.2'];
const root = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'khuyencong-release-'));
const repo = join(scratch, 'repo');
const tarballs = join(scratch, 'tarballs');
const consumer = join(scratch, 'consumer');

function run(cwd, command, args) {
  console.log(`$ (${cwd.replace(scratch, '<scratch>')}) ${command} ${args.join(' ')}`);
  return execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', TURBO_TELEMETRY_DISABLED: '1' },
  });
}

try {
  const files = run(root, 'git', ['ls-files', '-co', '--exclude-standard', '-z'])
    .split('\0')
    .filter(Boolean);
  for (const file of files) cpSync(join(root, file), join(repo, file), { recursive: true });
  for (const name of readdirSync(join(root, 'packages'))) {
    const dist = join(root, 'packages', name, 'dist');
    if (!existsSync(dist)) throw new Error(`${dist} is missing: build the packages first`);
    cpSync(dist, join(repo, 'packages', name, 'dist'), { recursive: true });
  }
  run(repo, 'git', ['init', '-q']);
  run(repo, 'npx', [...PNPM, 'install', '--frozen-lockfile', '--prefer-offline']);
  run(repo, 'npx', [...PNPM, 'exec', 'changeset', 'version']);
  run(repo, 'npx', [...PNPM, 'install', '--no-frozen-lockfile', '--prefer-offline']);
  mkdirSync(tarballs, { recursive: true });
  const dependencies = {};
  for (const name of readdirSync(join(repo, 'packages'))) {
    const dir = join(repo, 'packages', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    const out = run(dir, 'npx', [...PNPM, 'pack', '--pack-destination', tarballs, '--json']);
    const { filename } = JSON.parse(out);
    dependencies[manifest.name] = `file:${filename}`;
    console.log(`packed ${manifest.name}@${manifest.version}`);
  }
  mkdirSync(consumer, { recursive: true });
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, dependencies }, null, 2),
  );
  cpSync(join(root, 'scripts', 'release-consumer'), consumer, { recursive: true });
  run(consumer, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  for (const name of Object.keys(dependencies)) {
    const installed = JSON.parse(
      readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8'),
    );
    const ranges = JSON.stringify({ ...installed.dependencies, ...installed.peerDependencies });
    if (ranges.includes('workspace:'))
      throw new Error(`${name} was packed with a workspace: range: ${ranges}`);
  }
  console.log(run(consumer, 'node', ['consumer.mjs']).trim());
  console.log(run(consumer, 'node', ['consumer.cjs']).trim());
  console.log('release dry run: ok');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
