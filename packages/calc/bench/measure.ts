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

/**
 * Times implementations that are compared with each other in alternation (A, B, C, A, B, C...) after one
 * warm-up each, keeping each one's fastest run: a burst of load from other work on a shared machine then
 * falls on all of them alike instead of on one.
 */
export function measureTogether(
  entries: readonly (readonly [name: string, fn: () => unknown])[],
  repeats = 3,
): Timing[] {
  const results = entries.map(([, fn]) => fn());
  const best = entries.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < repeats; round += 1) {
    entries.forEach(([, fn], index) => {
      const start = performance.now();
      results[index] = fn();
      best[index] = Math.min(best[index] as number, performance.now() - start);
    });
  }
  return entries.map(([name], index) => ({
    name,
    ms: best[index] as number,
    result: results[index],
  }));
}
