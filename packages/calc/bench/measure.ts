/** The result of timing one implementation. */
export interface Timing {
  readonly name: string;
  readonly ms: number;
  readonly result: unknown;
}

/** Runs `fn` once to warm up, then `repeats` times, and keeps the fastest run. */
export function measure(name: string, fn: () => unknown, repeats = 3): Timing {
  let result = fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { name, ms: best, result };
}
