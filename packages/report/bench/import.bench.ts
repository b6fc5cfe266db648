// Import benchmark: a 1,000,000-row projects CSV as a province exports it (BOM, ";", Vietnamese headers, a
// quoted title holding a ";", amounts in đồng, 8 provinces, 4 activities, national and local funds), made in
// memory as 256 KB byte chunks, read (a) by a bare streaming quote-aware CSV parse + BigInt sums of the amount
// columns, written here as the floor, (b) by `readInput` and (c) by `readInputBatches`, consuming every record
// (and summing the same amounts from the projects), and (d) as (c) with projectSchema's parse skipped, to show
// what the import costs besides it (diagnostic only: the import never skips it). Prints wall and CPU time,
// rows/s, the ratios to (a) and the time (b) spent in projectSchema.safeParse.
// Run: `pnpm bench` in packages/report (ROWS=… for another size). Not part of the test run.
import { cpus } from 'node:os';
import { projectSchema } from '@khuyencong/validation';
import type { ImportRecord } from '../src/index';
import { readInput, readInputBatches } from '../src/index';

const ROWS = Number(process.env['ROWS'] ?? 1_000_000);
const CHUNK = 256 * 1024;
const PROVINCES = [
  'Đà Nẵng',
  'Phú Yên',
  'Đắk Lắk',
  'Quảng Nam',
  'Bình Định',
  'Khánh Hòa',
  'Nghệ An',
  'Cần Thơ',
];
const ACTIVITIES = ['máy móc', 'machinery', 'mô hình trình diễn', 'đào tạo'];
const HEADER =
  '\uFEFFMã đề án;Tên đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ;Kinh phí đối ứng\r\n';
/** The amount columns (0-based) of the header: total cost, support, counterpart. */
const AMOUNT_COLUMNS = [6, 7, 8];

function makeChunks(): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text = HEADER;
  const flush = (): void => {
    const bytes = encoder.encode(text);
    for (let start = 0; start < bytes.length; start += CHUNK) {
      chunks.push(bytes.slice(start, start + CHUNK));
    }
    text = '';
  };
  for (let i = 1; i <= ROWS; i++) {
    const total = 100_000_000 + (i % 997) * 1_000_000;
    const support = Math.floor(total / 4);
    text += `DA-${i};"Đề án số ${i}; hỗ trợ";${ACTIVITIES[i % ACTIVITIES.length]};${PROVINCES[i % PROVINCES.length]};2024;${i % 3 === 0 ? 'quốc gia' : 'địa phương'};${total};${support};${total - support}\r\n`;
    if (text.length > 4 * CHUNK) flush();
  }
  flush();
  return chunks;
}

async function* stream(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

/** The floor: decode, split quote-aware into cells, BigInt-sum the amount columns. */
async function baseline(chunks: readonly Uint8Array[]): Promise<{ rows: number; sums: bigint[] }> {
  const decoder = new TextDecoder();
  const sums = AMOUNT_COLUMNS.map(() => 0n);
  let rows = -1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let afterCR = false;
  for await (const chunk of stream(chunks)) {
    const text = decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          field += text.slice(start, i);
          start = i + 1;
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 1;
            start = i + 1;
          } else quoted = false;
        }
      } else if (c === 34) {
        quoted = true;
        start = i + 1;
      } else if (c === 59) {
        cells.push(field + text.slice(start, i));
        field = '';
        start = i + 1;
      } else if (c === 10 || c === 13) {
        if (c === 13 || (i === 0 ? !afterCR : text.charCodeAt(i - 1) !== 13)) {
          cells.push(field + text.slice(start, i));
          field = '';
          if (rows >= 0) {
            for (let k = 0; k < AMOUNT_COLUMNS.length; k++) {
              sums[k] = (sums[k] as bigint) + BigInt(cells[AMOUNT_COLUMNS[k] as number] as string);
            }
          }
          rows += 1;
          if (rows % 50_000 === 0) sampleRss();
          cells = [];
        }
        start = i + 1;
      }
    }
    field += text.slice(start);
    afterCR = text.charCodeAt(text.length - 1) === 13;
  }
  return { rows, sums };
}

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

/** `readInput` over the same bytes, every record consumed. */
async function ours(chunks: readonly Uint8Array[]): Promise<{ rows: number; sums: bigint[] }> {
  const totals = tally();
  for await (const record of readInput({ source: 'de-an-1m.csv', content: stream(chunks) })) {
    totals.add(record);
  }
  return totals.result;
}

/** `readInputBatches` over the same bytes, every record consumed. */
async function oursInBatches(
  chunks: readonly Uint8Array[],
): Promise<{ rows: number; sums: bigint[] }> {
  const totals = tally();
  for await (const batch of readInputBatches({ source: 'de-an-1m.csv', content: stream(chunks) })) {
    for (const record of batch) totals.add(record);
  }
  return totals.result;
}

/** Wall time and CPU time (user + system, all threads: the garbage collector's helpers too). */
async function time<T>(run: () => Promise<T>): Promise<{ ms: number; cpu: number; result: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000, result };
}

const RUNS = {
  a: '(a) bare streaming CSV parse + BigInt sums',
  b: '(b) readInput, every record consumed',
  c: '(c) readInputBatches, every record consumed',
  d: '(d) diagnostic only: (c) with projectSchema.safeParse skipped',
} as const;
type RunName = keyof typeof RUNS;

interface Measured {
  readonly ms: number;
  readonly cpu: number;
  readonly rows: number;
  readonly sums: string;
  readonly schemaMs: number;
  readonly peakRss: number;
}

let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

/** One run in this process: make the bytes, warm up on a fifth of them, then time the whole. */
async function measureRun(name: RunName): Promise<Measured> {
  const chunks = makeChunks();
  const run = (part: readonly Uint8Array[]) =>
    name === 'a' ? baseline(part) : name === 'b' ? ours(part) : oursInBatches(part);
  skipSchema = name === 'd';
  await run(chunks.slice(0, Math.ceil(chunks.length / 5)));
  schemaMs = 0;
  peakRss = 0;
  const timed = await time(() => run(chunks));
  sampleRss();
  return {
    ms: timed.ms,
    cpu: timed.cpu,
    rows: timed.result.rows,
    sums: timed.result.sums.join(),
    schemaMs,
    peakRss,
  };
}

const only = process.argv[2] as RunName | undefined;
if (only !== undefined) {
  // A child: one run, its result as one JSON line.
  process.stdout.write(`${JSON.stringify(await measureRun(only))}\n`);
} else {
  // Each run in a fresh process, so that none inherits another's heap or compiled code.
  const { spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const script = fileURLToPath(import.meta.url);
  const started = performance.now();
  const results = {} as Record<RunName, Measured>;
  for (const name of Object.keys(RUNS) as RunName[]) {
    const child = spawnSync(process.execPath, [...process.execArgv, script, name], {
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`run ${name} failed: ${child.stderr}`);
    results[name] = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Measured;
  }
  const a = results.a;
  for (const name of Object.keys(RUNS) as RunName[]) {
    const { rows, sums } = results[name];
    if (rows !== ROWS) throw new Error(`run ${name}: ${rows} rows instead of ${ROWS}`);
    if (sums !== a.sums) throw new Error(`run ${name}: sums ${sums}, not ${a.sums}`);
  }
  const bytes = makeChunks().reduce((sum, chunk) => sum + chunk.length, 0);
  const rate = (ms: number): string => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
  const row = (name: RunName): string => {
    const run = results[name];
    return `| ${RUNS[name]} | ${run.ms.toFixed(0)} | ${run.cpu.toFixed(0)} | ${rate(run.ms)} | ${(run.ms / a.ms).toFixed(2)}× | ${(run.cpu / a.cpu).toFixed(2)}× | ${(run.peakRss / 2 ** 20).toFixed(0)} |`;
  };
  const b = results.b;
  const ratio = b.ms / a.ms;
  process.stdout.write(
    [
      `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); ${ROWS.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB of CSV bytes held in memory; each run in its own process, warmed up on a fifth of the rows.`,
      '',
      '| run | wall (ms) | CPU (ms) | rows/s | wall / (a) | CPU / (a) | peak RSS (MB) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      row('a'),
      row('b'),
      row('c'),
      row('d'),
      '',
      `ratio b/a: ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'yes' : 'NO'}). In (b), projectSchema.safeParse took ${b.schemaMs.toFixed(0)} ms (${((100 * b.schemaMs) / b.ms).toFixed(0)}% of the wall time, its garbage not counted). Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
      '',
    ].join('\n'),
  );
}
