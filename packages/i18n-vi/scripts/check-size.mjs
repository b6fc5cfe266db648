// Measures what a consumer pays: an esbuild bundle (minified, gzipped) of an entry that imports only readVnd from
// the BUILT package, and of the whole package. Fails (exit 1) when the readVnd bundle is over 3 KB or still holds
// labels or parsers. Run after `pnpm build` (of this package and @khuyencong/domain): `pnpm size`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const LIMIT = 3 * 1024;
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(entry)) {
  console.error(`check-size: ${entry} is missing; run the build first.`);
  process.exit(1);
}

async function bundle(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const only = await bundle(
  `import { readVnd } from ${JSON.stringify(entry)};\nglobalThis.result = readVnd('73500000000');`,
);
const own = await bundle(
  `import { readVnd } from ${JSON.stringify(entry)};\nglobalThis.result = readVnd('73500000000');`,
  ['@khuyencong/domain'],
);
const whole = await bundle(`export * from ${JSON.stringify(entry)};`);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log(
  `readVnd only:  ${kb(only.gzip)} gzipped (${kb(only.raw)} minified), limit ${kb(LIMIT)}`,
);
console.log(`  of which i18n-vi's own code (domain left external): ${kb(own.gzip)} gzipped`);
console.log(`whole package: ${kb(whole.gzip)} gzipped (${kb(whole.raw)} minified)`);

// Strings that only labels, messages, legal references and parsers hold.
const LEFT_OUT = [
  'kinh phí khuyến công',
  'Thông tư liên tịch',
  'không hợp lệ',
  'nhăm',
  'xấp xỉ',
  'nghin-ty',
];
const leaked = LEFT_OUT.filter((text) => only.code.includes(text));
let failed = false;
if (leaked.length > 0) {
  console.error(`check-size: the readVnd bundle holds code it does not need: ${leaked.join(', ')}`);
  failed = true;
}
if (only.gzip > LIMIT) {
  console.error(`check-size: the readVnd bundle is ${kb(only.gzip)}, over ${kb(LIMIT)}.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
