// How the report benchmarks measure a run: wall and CPU time, peak memory, garbage collection, and each run in
// a fresh process (so that no run inherits another's heap or compiled code).
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';

/** What one run measured. */
export interface Measured<R> {
  /** Wall time, ms. */
  readonly ms: number;
  /** CPU time (user + system, every thread: the garbage collector's helpers too), ms. */
  readonly cpu: number;
  /** Time in garbage collection pauses of the main thread, ms. */
  readonly gcMs: number;
  /** The highest resident set size sampled during the run (see {@link sampleRss}), bytes. */
  readonly peakRss: number;
  /** The highest resident set size of the whole process, as the kernel counts it (getrusage), bytes. */
  readonly maxRss: number;
  readonly result: R;
}

let peak = 0;

/** Samples the resident set size (call it often during a run: every batch, every 50,000 rows). */
export function sampleRss(): void {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
}

/** Runs `run` once, measured. */
export async function measure<R>(run: () => Promise<R>): Promise<Measured<R>> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  peak = 0;
  sampleRss();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  sampleRss();
  // Let the observer see the last entries.
  await new Promise((resolve) => setTimeout(resolve, 10));
  observer.disconnect();
  return {
    ms,
    cpu: (used.user + used.system) / 1000,
    gcMs,
    peakRss: peak,
    maxRss: process.resourceUsage().maxRSS * 1024,
    result,
  };
}

/**
 * Bundles a benchmark script (with the built packages it imports, as a user gets them) into one plain
 * JavaScript file for Node, so that its runs measure no TypeScript loader (tsx adds about 100 MB of resident
 * memory and its own compile time to a process).
 */
export async function bundled(script: string): Promise<string> {
  const outfile = join(tmpdir(), `khuyencong-${process.pid}-bench.mjs`);
  // Imported here, and left out of the bundle: a run never bundles.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [script],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    external: ['esbuild'],
    // A bundled CommonJS dependency may require Node's modules.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/**
 * Runs the bundled script in a fresh Node process with `name` as its argument, and returns what the child
 * wrote as its last line (one JSON value).
 */
export function inChild<T>(bundle: string, name: string): T {
  const child = spawnSync(process.execPath, [bundle, name], {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`run ${name} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as T;
}
