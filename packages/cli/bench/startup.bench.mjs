// Start-up of the built `khuyencong` binary against a bare `node -e 0`, each run in its own process as a user
// runs it. The commands are interleaved (one run of each, then again), so that a busy machine slows them
// alike; prints the median wall time of each and its ratio to `node -e 0`, and fails when
// `khuyencong words 73500000000` is over 1.5× (issue 10). RUNS=… for another number of runs (default 40);
// BEFORE=path/to/an/older/dist/cli.js adds that build's `words` as a peer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 40);
const LIMIT = 1.5;

if (!existsSync(CLI)) {
  console.error(`startup.bench: ${CLI} is missing; build the package first (npx tsup).`);
  process.exit(1);
}

const CASES = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'khuyencong words 73500000000', args: [CLI, 'words', '73500000000'], limit: LIMIT },
  { name: 'khuyencong --version', args: [CLI, '--version'] },
  {
    name: 'khuyencong support -a machinery -c "1,36 tỷ"',
    args: [CLI, 'support', '-a', 'machinery', '-c', '1,36 tỷ'],
  },
  { name: 'khuyencong report (bundled dataset)', args: [CLI, 'report', '--as-of', '2024-10-01'] },
  ...(process.env.BEFORE
    ? [{ name: `words, ${process.env.BEFORE}`, args: [process.env.BEFORE, 'words', '73500000000'] }]
    : []),
];

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const samples = CASES.map(() => []);
for (const item of CASES) time(item.args); // warm the file cache
for (let run = 0; run < RUNS; run++) {
  CASES.forEach((item, index) => {
    samples[index].push(time(item.args));
  });
}
const base = median(samples[0]);
let failed = false;
console.log(`Start-up, median of ${RUNS} runs each (Node ${process.version}):`);
console.log('');
console.log('| command | median | × node -e 0 | limit |');
console.log('| --- | ---: | ---: | ---: |');
CASES.forEach((item, index) => {
  const ms = median(samples[index]);
  const ratio = ms / base;
  const over = item.limit !== undefined && ratio > item.limit;
  failed ||= over;
  const limit = item.limit === undefined ? '' : `${item.limit}×${over ? ' **over**' : ' ok'}`;
  console.log(`| \`${item.name}\` | ${ms.toFixed(1)} ms | ${ratio.toFixed(2)}× | ${limit} |`);
});
if (failed) process.exitCode = 1;
