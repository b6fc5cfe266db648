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

const generated = performance.now();
const chunks = makeChunks();
const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
process.stdout.write(
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); ${ROWS.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB made in ${((performance.now() - generated) / 1000).toFixed(1)} s.\n`,
);
let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
// Warm up both on a slice, then time each on the whole (best of 2 for the baseline).
await baseline(chunks.slice(0, 40));
await ours(chunks.slice(0, 40));
const a1 = await time(() => baseline(chunks));
const a2 = await time(() => baseline(chunks));
const a = a1.ms <= a2.ms ? a1 : a2;
schemaMs = 0;
const b = await time(() => ours(chunks));
const schema = schemaMs;
const c = await time(() => oursInBatches(chunks));
skipSchema = true;
const d = await time(() => oursInBatches(chunks));
skipSchema = false;
for (const run of [a, b, c, d]) {
  if (run.result.rows !== ROWS)
    throw new Error(`rows differ: ${run.result.rows} instead of ${ROWS}`);
  if (run.result.sums.join() !== a.result.sums.join()) {
    throw new Error(`sums differ: ${run.result.sums.join()} / ${a.result.sums.join()}`);
  }
}
const rate = (ms: number): string => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
const row = (name: string, run: { ms: number; cpu: number }): string =>
  `| ${name} | ${run.ms.toFixed(0)} | ${run.cpu.toFixed(0)} | ${rate(run.ms)} | ${(run.ms / a.ms).toFixed(2)}× | ${(run.cpu / a.cpu).toFixed(2)}× |`;
const ratio = b.ms / a.ms;
process.stdout.write(
  [
    '',
    '| run | wall (ms) | CPU (ms) | rows/s | wall / (a) | CPU / (a) |',
    '|---|---:|---:|---:|---:|---:|',
    row('(a) bare streaming CSV parse + BigInt sums', a),
    row('(b) readInput, every record consumed', b),
    row('(c) readInputBatches, every record consumed', c),
    row('(d) diagnostic only: (c) with projectSchema.safeParse skipped', d),
    '',
    `ratio b/a: ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'yes' : 'NO'}). In (b), projectSchema.safeParse took ${schema.toFixed(0)} ms (${((100 * schema) / b.ms).toFixed(0)}% of the wall time, its garbage not counted). Peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, the ${(bytes / 2 ** 20).toFixed(0)} MB of input bytes held in memory included.`,
    '',
  ].join('\n'),
);
