// Import benchmark: the 1,000,000-row projects CSV of bench/shared/projectsCsv.ts (made lazily in 256 KB byte
// chunks: the input is never all in memory), read (a) by the floor of bench/shared/streamingFloor.ts (a bare
// streaming quote-aware CSV parse + BigInt sums of the amount columns), (b) by `readInput` and (c) by
// `readInputBatches`, consuming every record (and summing the same amounts from the projects), and (d) as (c)
// with projectSchema's parse skipped, to show what the import costs besides it (diagnostic only: the import
// never skips it). Each run in its own process, on the built packages, warmed up on a fifth of the rows.
// Prints wall and CPU time, rows/s, the ratios to (a) and the time (b) spent in projectSchema.safeParse.
// Run: `pnpm bench` in packages/report (after `pnpm build`; ROWS=… for another size). Not part of the test run.
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type ImportRecord, readInput, readInputBatches } from '@khuyencong/report';
import { projectSchema } from '@khuyencong/validation';
import { bundled, inChild, type Measured, measure, sampleRss } from './shared/measure';
import { projectsCsvStream } from './shared/projectsCsv';
import { type RowsAndSums, streamingFloor } from './shared/streamingFloor';

const ROWS = Number(process.env['ROWS'] ?? 1_000_000);
const SOURCE = 'de-an-1m.csv';

// projectSchema.safeParse is wrapped to time it (b), or, for the diagnostic run (d) only, to skip it.
let schemaMs = 0;
let skipSchema = false;
const parse = projectSchema.safeParse.bind(projectSchema);
(projectSchema as { safeParse: typeof parse }).safeParse = (data, params) => {
  if (skipSchema) return { success: true, data } as ReturnType<typeof parse>;
  const started = performance.now();
  const result = parse(data, params);
  schemaMs += performance.now() - started;
  return result;
};

/** Counts the rows of the records and sums the same amounts from the projects. */
function tally(): { add(record: ImportRecord): void; result: { rows: number; sums: bigint[] } } {
  const result = { rows: 0, sums: [0n, 0n, 0n] };
  return {
    result,
    add(record) {
      if (record.kind === 'input' || record.kind === 'finding') return;
      result.rows += 1;
      if (result.rows % 50_000 === 0) sampleRss();
      if (record.kind !== 'project') return;
      const { project } = record;
      const sums = result.sums;
      sums[0] = (sums[0] as bigint) + BigInt(project.totalCost);
      sums[1] = (sums[1] as bigint) + BigInt(project.funding[project.fund] ?? '0');
      sums[2] = (sums[2] as bigint) + BigInt(project.funding.counterpart ?? '0');
    },
  };
}

/** `readInput` over the bytes, every record consumed. */
async function ours(rows: number): Promise<RowsAndSums> {
  const totals = tally();
  for await (const record of readInput({ source: SOURCE, content: projectsCsvStream(rows) })) {
    totals.add(record);
  }
  return totals.result;
}

/** `readInputBatches` over the bytes, every record consumed. */
async function oursInBatches(rows: number): Promise<RowsAndSums> {
  const totals = tally();
  const batches = readInputBatches({ source: SOURCE, content: projectsCsvStream(rows) });
  for await (const batch of batches) for (const record of batch) totals.add(record);
  return totals.result;
}

const RUNS = {
  a: '(a) bare streaming CSV parse + BigInt sums',
  b: '(b) readInput, every record consumed',
  c: '(c) readInputBatches, every record consumed',
  d: '(d) diagnostic only: (c) with projectSchema.safeParse skipped',
} as const;
type RunName = keyof typeof RUNS;

interface Outcome {
  readonly rows: number;
  readonly sums: string;
  readonly schemaMs: number;
}

/** One run in this process: warm up on a fifth of the rows, then time the whole. */
async function run(name: RunName): Promise<Measured<Outcome>> {
  const read = (rows: number): Promise<RowsAndSums> =>
    name === 'a'
      ? streamingFloor(projectsCsvStream(rows), sampleRss)
      : name === 'b'
        ? ours(rows)
        : oursInBatches(rows);
  skipSchema = name === 'd';
  await read(Math.ceil(ROWS / 5));
  schemaMs = 0;
  return measure(async () => {
    const { rows, sums } = await read(ROWS);
    return { rows, sums: sums.join(), schemaMs };
  });
}

const only = process.argv[2] as RunName | undefined;
if (only !== undefined) {
  // A child: one run, its measures as one JSON line.
  process.stdout.write(`${JSON.stringify(await run(only))}\n`);
} else {
  const started = performance.now();
  const bundle = await bundled(fileURLToPath(import.meta.url));
  const names = Object.keys(RUNS) as RunName[];
  const results = {} as Record<RunName, Measured<Outcome>>;
  for (const name of names) results[name] = inChild<Measured<Outcome>>(bundle, name);
  rmSync(bundle);
  const a = results.a;
  for (const name of names) {
    const { rows, sums } = results[name].result;
    if (rows !== ROWS) throw new Error(`run ${name}: ${rows} rows instead of ${ROWS}`);
    if (sums !== a.result.sums) throw new Error(`run ${name}: sums ${sums}, not ${a.result.sums}`);
  }
  const rate = (ms: number): string => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
  const row = (name: RunName): string => {
    const measured = results[name];
    return `| ${RUNS[name]} | ${measured.ms.toFixed(0)} | ${measured.cpu.toFixed(0)} | ${rate(measured.ms)} | ${(measured.ms / a.ms).toFixed(2)}× | ${(measured.cpu / a.cpu).toFixed(2)}× | ${(measured.maxRss / 2 ** 20).toFixed(0)} |`;
  };
  const b = results.b;
  const ratio = b.ms / a.ms;
  process.stdout.write(
    [
      `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); ${ROWS.toLocaleString('en')} rows made lazily in 256 KB chunks; each run in its own process, warmed up on a fifth of the rows.`,
      '',
      '| run | wall (ms) | CPU (ms) | rows/s | wall / (a) | CPU / (a) | max RSS (MB) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...names.map(row),
      '',
      `ratio b/a: ${ratio.toFixed(2)}×. In (b), projectSchema.safeParse took ${b.result.schemaMs.toFixed(0)} ms (${((100 * b.result.schemaMs) / b.ms).toFixed(0)}% of the wall time, its garbage not counted). Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
      '',
    ].join('\n'),
  );
}
