// Report benchmark (issue 10: `report` on 1,000,000 rows within 3× a bare streaming parse + bigint sums of the
// same file, peak RSS < 300 MB, rows/s printed). The projects CSV of bench/shared/projectsCsv.ts is made lazily,
// chunk by chunk (the input is never all in memory), and each run, in its own process, reads it:
//   (g) making the bytes only, to know what every run below spends on it;
//   (a) the floor: a bare streaming TextDecoder + quote-aware split + BigInt sums (bench/shared/streamingFloor.ts);
//   (b) `buildReport` + `renderReport` as text, the default options but findings kept only as the text shows them
//       (`keepFindings: { perCode: 5 }`; every finding is still counted);
//   (c) for information: the same keeping every finding, rendered as JSON chunk by chunk (`renderReportJsonChunks`,
//       the bytes counted, not held).
// It checks that every run reads every row and gets the floor's sums, and prints wall, CPU and GC time, rows/s,
// the ratios to (a) (also net of (g), the cost of making the bytes that every run pays) and the peak RSS.
// Run: `pnpm bench` in packages/report (on the built packages: `pnpm build` first; ROWS=… for another size).
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildReport, renderReport, renderReportJsonChunks } from '@khuyencong/report';
import { bundled, inChild, type Measured, measure, sampleRss } from './shared/measure';
import { projectsCsvChunks, projectsCsvStream } from './shared/projectsCsv';
import { type RowsAndSums, streamingFloor } from './shared/streamingFloor';

const ROWS = Number(process.env['ROWS'] ?? 1_000_000);
const AS_OF = '2024-10-01';
const SAMPLE_EVERY = 50_000;

interface Outcome {
  readonly rows: number;
  /** Total cost, support and counterpart. */
  readonly sums: string;
  /** The findings counted, and kept. */
  readonly findings?: number;
  readonly kept?: number;
  /** The length of the output, characters. */
  readonly output?: number;
}

/** Samples memory every {@link SAMPLE_EVERY} records (onProgress is called after each batch). */
function progress(): (source: string, records: number) => void {
  let next = SAMPLE_EVERY;
  return (_source, records) => {
    if (records >= next) {
      sampleRss();
      next += SAMPLE_EVERY;
    }
  };
}

function floorOutcome({ rows, sums }: RowsAndSums): Outcome {
  return { rows, sums: sums.join() };
}

async function report(keepAll: boolean): Promise<Outcome> {
  const result = await buildReport([{ source: 'de-an-1m.csv', content: projectsCsvStream(ROWS) }], {
    asOf: AS_OF,
    keepFindings: keepAll ? true : { perCode: 5 },
    onProgress: progress(),
  });
  sampleRss();
  let output = 0;
  if (keepAll) {
    for (const chunk of renderReportJsonChunks(result)) output += chunk.length;
  } else {
    output = renderReport(result, { format: 'text' }).length;
  }
  const { total } = result.report.projects;
  return {
    rows: result.report.rows.counted,
    sums: [total.totalCost, total.support, total.funding.counterpart].join(),
    findings: result.report.findings.total,
    kept: result.findings.length,
    output,
  };
}

const RUNS = {
  g: {
    title: '(g) making the CSV bytes only',
    run: async (): Promise<Outcome> => {
      let bytes = 0;
      for (const chunk of projectsCsvChunks(ROWS)) bytes += chunk.length;
      return { rows: ROWS, sums: '', output: bytes };
    },
  },
  a: {
    title: '(a) floor: streaming TextDecoder + quote-aware split + BigInt sums',
    run: async (): Promise<Outcome> =>
      floorOutcome(await streamingFloor(projectsCsvStream(ROWS), sampleRss)),
  },
  b: {
    title: "(b) buildReport + renderReport 'text' (keepFindings: { perCode: 5 })",
    run: (): Promise<Outcome> => report(false),
  },
  c: {
    title: '(c) for information: every finding kept, JSON (renderReportJsonChunks)',
    run: (): Promise<Outcome> => report(true),
  },
} as const;
type RunName = keyof typeof RUNS;

const only = process.argv[2] as RunName | undefined;
if (only !== undefined) {
  // A child: one run, its measures as one JSON line.
  const measured = await measure(RUNS[only].run);
  process.stdout.write(`${JSON.stringify(measured)}\n`);
} else {
  const started = performance.now();
  const bundle = await bundled(fileURLToPath(import.meta.url));
  // The floor is always run: every ratio is to it.
  const requested = process.env['RUNS'] ?? 'gabc';
  const names = (['g', 'a', 'b', 'c'] as const).filter(
    (name) => name === 'a' || requested.includes(name),
  );
  const results = {} as Partial<Record<RunName, Measured<Outcome>>> & { a: Measured<Outcome> };
  for (const name of names) results[name] = inChild<Measured<Outcome>>(bundle, name);
  rmSync(bundle);
  const a = results.a;
  for (const name of names) {
    const { rows, sums } = (results[name] as Measured<Outcome>).result;
    if (rows !== ROWS) throw new Error(`run ${name}: ${rows} rows instead of ${ROWS}`);
    if (name !== 'g' && sums !== a.result.sums) {
      throw new Error(`run ${name}: sums ${sums}, not ${a.result.sums}`);
    }
  }
  const g = results.g ?? { ms: 0, cpu: 0 };
  const rate = (ms: number): string => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
  const line = (name: RunName): string => {
    const run = results[name] as Measured<Outcome>;
    const ratios =
      name === 'g'
        ? ['', '', '']
        : [
            `${(run.ms / a.ms).toFixed(2)}×`,
            `${((run.ms - g.ms) / (a.ms - g.ms)).toFixed(2)}×`,
            `${(run.cpu / a.cpu).toFixed(2)}×`,
          ];
    return `| ${RUNS[name].title} | ${run.ms.toFixed(0)} | ${run.cpu.toFixed(0)} | ${run.gcMs.toFixed(0)} | ${rate(run.ms)} | ${ratios.join(' | ')} | ${mb(run.peakRss)} | ${mb(run.maxRss)} |`;
  };
  const b = results.b;
  const net = b === undefined ? Number.NaN : (b.ms - g.ms) / (a.ms - g.ms);
  const bytes = results.g?.result.output;
  process.stdout.write(
    [
      `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); ${ROWS.toLocaleString('en')} rows${bytes === undefined ? '' : `, ${(bytes / 1e6).toFixed(1)} MB of CSV`} made lazily in 256 KB chunks; each run in its own process, cold (no warm-up: as a command runs).`,
      '',
      '| run | wall (ms) | CPU (ms) | GC (ms) | rows/s | wall / (a) | net of (g) | CPU / (a) | peak RSS sampled (MB) | max RSS (MB) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...names.map(line),
      '',
      ...(b === undefined
        ? []
        : [
            `(b): ${b.result.findings?.toLocaleString('en')} findings counted, ${b.result.kept} kept; (b)/(a) net of making the bytes: ${net.toFixed(2)}× (target ≤ 3×: ${net <= 3 ? 'yes' : 'NO'}); peak RSS ${mb(b.maxRss)} MB (target < 300 MB: ${b.maxRss < 300 * 2 ** 20 ? 'yes' : 'NO'}).`,
          ]),
      ...(results.c === undefined
        ? []
        : [
            `(c): ${results.c.result.kept?.toLocaleString('en')} findings kept, ${((results.c.result.output ?? 0) / 1e6).toFixed(0)} M characters of JSON.`,
          ]),
      `Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
      '',
    ].join('\n'),
  );
}
