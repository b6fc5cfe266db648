// Benchmark: readNumber against read-vietnamese-number and n2words on the same 100,000 pseudo-random amounts
// up to 10^15. Prints a table and writes BENCHMARKS.md; exits 1 when readNumber is slower than the faster peer.
// Run: pnpm bench (tsx --conditions=@khuyencong/source bench/readNumber.bench.ts)
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { readNumber } from '@khuyencong/i18n-vi';
import { toCardinal } from 'n2words/vi-VN';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

const COUNT = 100_000;
const ROUNDS = 7;

/** mulberry32: a small deterministic PRNG, so every run and every library reads the same amounts. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function amounts(): string[] {
  const random = prng(20241127);
  const out: string[] = [];
  for (let index = 0; index < COUNT; index += 1) {
    const digits = 1 + Math.floor(random() * 15);
    let text = String(1 + Math.floor(random() * 9));
    for (let digit = 1; digit < digits; digit += 1) text += String(Math.floor(random() * 10));
    out.push(index === 0 ? '1000000000000000' : text);
  }
  return out;
}

const config = new ReadingConfig();
config.unit = [];
config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
config.pointText = 'phẩy';

const LIBRARIES: readonly { readonly name: string; readonly read: (value: string) => string }[] = [
  { name: '@khuyencong/i18n-vi readNumber', read: (value) => readNumber(value) },
  {
    name: 'read-vietnamese-number 2.3.1 doReadNumber',
    read: (value) => doReadNumber(value, config),
  },
  { name: 'n2words 4.0.0 toCardinal', read: (value) => toCardinal(value) },
];

function run(read: (value: string) => string, inputs: readonly string[]): number {
  let length = 0;
  const start = process.hrtime.bigint();
  for (const value of inputs) length += read(value).length;
  const nanos = Number(process.hrtime.bigint() - start);
  if (length === 0) throw new Error('no output');
  return (inputs.length * 1e9) / nanos;
}

const inputs = amounts();
const mismatches = inputs.filter(
  (value) => readNumber(value) !== doReadNumber(value, config),
).length;
for (const library of LIBRARIES) run(library.read, inputs); // warm-up
const samples = new Map<string, number[]>(LIBRARIES.map((library) => [library.name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const library of LIBRARIES) samples.get(library.name)?.push(run(library.read, inputs));
}
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const results = LIBRARIES.map((library) => ({
  name: library.name,
  opsPerSecond: median(samples.get(library.name) ?? []),
}));
const ours = results[0]?.opsPerSecond ?? 0;
const fastestPeer = Math.max(...results.slice(1).map((result) => result.opsPerSecond));

const rows = results.map(
  (result) =>
    `| ${result.name} | ${Math.round(result.opsPerSecond).toLocaleString('en-US')} | ${(ours / result.opsPerSecond).toFixed(2)}× |`,
);
const environment = `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${process.platform}/${process.arch}`;
const table = [
  '| library | ops/s (median of 7 rounds) | readNumber speed-up |',
  '|---|---:|---:|',
  ...rows,
].join('\n');
console.log(`${COUNT.toLocaleString('en-US')} amounts up to 10^15, ${environment}\n${table}`);
console.log(`readNumber and read-vietnamese-number differ on ${mismatches} of ${COUNT} amounts.`);

writeFileSync(
  new URL('../BENCHMARKS.md', import.meta.url),
  `# Benchmarks

\`readNumber\` against the two npm peers on the same ${COUNT.toLocaleString('en-US')} deterministic pseudo-random integers of 1 to
15 digits (plus 10^15), given as strings; one warm-up pass, then ${ROUNDS} rounds, median ops/s. read-vietnamese-number is
configured for money (units nghìn / triệu / tỷ, "phẩy", no unit word); its words equal ours on ${COUNT - mismatches} of
${COUNT.toLocaleString('en-US')} inputs. Re-run with \`pnpm --filter @khuyencong/i18n-vi bench\`; the script writes this file.

${environment}, ${new Date().toISOString().slice(0, 10)}.

${table}

readNumber is table-driven: the words of 0-999 are precomputed once per option set and the digits are sliced as a
string, never converted to a number or bigint.
`,
);

if (ours < fastestPeer) {
  console.error(`readNumber is slower than the faster peer (${(ours / fastestPeer).toFixed(2)}×).`);
  process.exit(1);
}
