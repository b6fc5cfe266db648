// Assembles the static documentation site in docs/site/: the TypeDoc reference and guides (docs/api, built
// first by `docs:api`), the calculator page with a browser bundle of the packages' ESM builds, and the JSON
// Schemas of @khuyencong/validation when present. Everything works offline, opened as files.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';

const site = 'docs/site';
rmSync(site, { recursive: true, force: true });
cpSync('docs/api', site, { recursive: true });
// TypeDoc writes navigation links verbatim on every page; make the calculator link relative to each page.
for (const page of htmlPages(site)) {
  const depth = relative(site, page).split(sep).length - 1;
  const html = readFileSync(page, 'utf8');
  const fixed = html.replaceAll(
    'href="calculator/index.html"',
    `href="${'../'.repeat(depth)}calculator/index.html"`,
  );
  if (fixed !== html) writeFileSync(page, fixed);
}
mkdirSync(`${site}/calculator`, { recursive: true });
for (const file of ['index.html', 'calculator.js', 'calculator.css']) {
  cpSync(`docs/calculator/${file}`, `${site}/calculator/${file}`);
}
const result = await build({
  entryPoints: ['docs/calculator/entry.mjs'],
  bundle: true,
  format: 'iife',
  globalName: 'khuyencong',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  outfile: `${site}/calculator/khuyencong.js`,
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce(
  (total, output) => total + output.bytes,
  0,
);
if (existsSync('packages/validation/schemas')) {
  cpSync('packages/validation/schemas', `${site}/schemas`, { recursive: true });
}
console.log(`docs/site written (calculator bundle ${(bytes / 1024).toFixed(1)} KiB)`);

function htmlPages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
