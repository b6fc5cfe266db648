/**
 * The edit distance of `a` and `b`, or a number over `limit` as soon as every way on is over it (so that a
 * far candidate costs a few rows, not the whole table).
 */
function distance(a: string, b: string, limit: number): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = c === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** @internal A candidate of {@link closest}: its text, and the key it is compared by. */
export interface ClosestCandidate {
  readonly text: string;
  readonly key: string;
}

/**
 * @internal The candidate nearest to `key` by edit distance on their keys (folded once, by the caller), when it
 * is really close: at most a quarter of the longer key apart (at least 1), and the keys are not both very
 * short.
 */
export function closest(key: string, candidates: readonly ClosestCandidate[]): string | undefined {
  if (key.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { text, key: candidateKey } of candidates) {
    const gap = Math.abs(candidateKey.length - key.length);
    const allowed = Math.max(1, Math.floor(Math.max(key.length, candidateKey.length) / 4));
    // The distance is at least the gap in length: a key far longer than every candidate (a header that is
    // a line of data) costs no distance at all.
    if (gap >= bestDistance || gap > allowed) continue;
    const d = distance(key, candidateKey, Math.min(allowed, bestDistance - 1));
    if (d < bestDistance && d <= allowed) {
      best = text;
      bestDistance = d;
    }
  }
  return best;
}
