// Size budgets: what a consumer's bundle pays for a package. Run in a package directory (its `size` script,
// `node ../../scripts/check-size.mjs`, which `turbo run size` runs after the builds). The package's
// `size-budget.json` lists entries { name, import | file, limitKb, mustNotContain?, platform?, external? }:
// `import` is code that imports from the package by its name (keep what it imports: `globalThis.x = readVnd`);
// `file` a built file bundled whole, side effects and all (a bin: `dist/cli.js`). Each entry is
// bundled with esbuild (minified, ESM, platform `neutral` unless `node`), the package and its workspace
// dependencies resolved to their BUILT dist (never `src`), then gzipped (level 9). Prints one table and exits 1
// when an entry is over its limit, holds a `mustNotContain` string, or does not build; also when a package
// under packages/ has no budget, and when the built dist still refers to a private workspace package that
// tsup must inline (`@khuyencong/internal`: a devDependency, never published), or the manifest lists it
// outside devDependencies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_FILE = 'size-budget.json';
const packageDir = process.cwd();
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const problems = [];

function readBudget() {
  const file = join(packageDir, BUDGET_FILE);
  if (!existsSync(file)) {
    console.error(`check-size: ${manifest.name} has no ${BUDGET_FILE}.`);
    process.exit(1);
  }
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  const valid =
    Array.isArray(entries) &&
    entries.length > 0 &&
    entries.every(
      (entry) =>
        typeof entry?.name === 'string' &&
        (typeof entry.import === 'string') !== (typeof entry.file === 'string') &&
        typeof entry.limitKb === 'number' &&
        entry.limitKb > 0 &&
        (entry.mustNotContain === undefined ||
          (Array.isArray(entry.mustNotContain) &&
            entry.mustNotContain.every((text) => typeof text === 'string'))) &&
        (entry.platform === undefined ||
          entry.platform === 'neutral' ||
          entry.platform === 'node') &&
        (entry.external === undefined ||
          (Array.isArray(entry.external) &&
            entry.external.every((name) => typeof name === 'string'))),
    );
  if (!valid) {
    console.error(
      `check-size: ${relative(ROOT, file)} must be a non-empty array of { name, import | file, limitKb, mustNotContain?, platform?, external? }.`,
    );
    process.exit(1);
  }
  return entries;
}

// The package's own name resolves to its built entry (a package does not find itself in its node_modules), and
// `name/sub` to the built entry of its `./sub` export (e.g. `@khuyencong/domain/communes`).
function ownEntry(subpath = '.') {
  const exported = manifest.exports?.[subpath];
  const target =
    typeof exported === 'string'
      ? exported
      : (exported?.import?.default ??
        exported?.import ??
        exported?.default ??
        (subpath === '.' ? manifest.module : undefined));
  if (typeof target !== 'string') {
    console.error(
      `check-size: cannot find the ESM entry of ${manifest.name} (${subpath}) in its package.json.`,
    );
    process.exit(1);
  }
  const file = join(packageDir, target);
  if (!existsSync(file)) {
    console.error(`check-size: ${relative(ROOT, file)} is missing; build the package first.`);
    process.exit(1);
  }
  return file;
}

const selfPlugin = {
  name: 'self',
  setup(plugin) {
    const filter = new RegExp(`^${manifest.name.replace(/[/.]/g, '\\$&')}(/[^/]+)?$`);
    plugin.onResolve({ filter }, (args) => ({
      path: ownEntry(
        args.path === manifest.name ? '.' : `.${args.path.slice(manifest.name.length)}`,
      ),
    }));
  },
};

async function bundle(entry) {
  const result = await build({
    ...(entry.file === undefined
      ? { stdin: { contents: entry.import, resolveDir: packageDir, loader: 'js' } }
      : { entryPoints: [join(packageDir, entry.file)] }),
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'esm',
    platform: entry.platform ?? 'neutral',
    mainFields: ['module', 'main'],
    external: entry.external ?? [],
    plugins: [selfPlugin],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

function packagesWithoutBudget() {
  const dir = join(ROOT, 'packages');
  return readdirSync(dir).filter(
    (name) =>
      existsSync(join(dir, name, 'package.json')) && !existsSync(join(dir, name, BUDGET_FILE)),
  );
}

/** Private workspace packages inlined at build (tsup `noExternal`): a dist must not import them. */
const INLINED = ['@khuyencong/internal'];

function distFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return distFiles(path);
    return entry.name.endsWith('.map') ? [] : [path];
  });
}

function inlinedLeaks() {
  const leaks = [];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const name of INLINED) {
      if (manifest[field]?.[name] !== undefined)
        leaks.push(`${name} is in ${field}; it is inlined at build, so only a devDependency`);
    }
  }
  // A quoted name is an import, a require, an export … from, or a type import in a .d.ts.
  const quoted = new RegExp(`['"\`](?:${INLINED.join('|')})(?:/[^'"\`]*)?['"\`]`);
  for (const file of distFiles(join(packageDir, 'dist'))) {
    if (quoted.test(readFileSync(file, 'utf8')))
      leaks.push(
        `${relative(packageDir, file)} imports ${INLINED.join(' or ')}; inline it (tsup noExternal)`,
      );
  }
  return leaks;
}

const kb = (bytes) => (bytes / 1024).toFixed(2);
const rows = [];
for (const entry of readBudget()) {
  try {
    const { code, gzip } = await bundle(entry);
    const leaked = (entry.mustNotContain ?? []).filter((text) => code.includes(text));
    const over = gzip > entry.limitKb * 1024;
    if (over) problems.push(`${entry.name}: ${kb(gzip)} KB gzipped, over ${entry.limitKb} KB`);
    if (leaked.length > 0)
      problems.push(
        `${entry.name}: holds ${leaked.map((text) => JSON.stringify(text)).join(', ')}`,
      );
    rows.push([
      entry.name,
      kb(gzip),
      String(entry.limitKb),
      over || leaked.length > 0 ? 'NO' : 'ok',
    ]);
  } catch (error) {
    problems.push(`${entry.name}: does not bundle: ${error.message}`);
    rows.push([entry.name, '-', String(entry.limitKb), 'NO']);
  }
}

const header = ['entry', 'KB gzipped', 'limit KB', 'ok'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column].length)),
);
const line = (cells) =>
  `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
console.log(
  `${manifest.name}: size budgets (${BUDGET_FILE}; esbuild minified, gzip -9, built dist)`,
);
console.log(line(header));
console.log(
  `|${widths.map((width, column) => `${column === 0 ? ':' : ''}${'-'.repeat(width + 1)}${column === 0 ? '' : ':'}`).join('|')}|`,
);
for (const row of rows) console.log(line(row));

problems.push(...inlinedLeaks());
const unbudgeted = packagesWithoutBudget();
if (unbudgeted.length > 0)
  problems.push(`packages without a ${BUDGET_FILE}: ${unbudgeted.join(', ')}`);
for (const problem of problems) console.error(`check-size: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
