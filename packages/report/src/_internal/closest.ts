function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * @internal The candidate nearest to `value` by edit distance on the keys `fold` gives them, when it is really
 * close: at most a quarter of the longer key apart (at least 1), and the keys are not both very short.
 */
export function closest(
  value: string,
  candidates: readonly string[],
  fold: (text: string) => string,
): string | undefined {
  const key = fold(value);
  if (key.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const candidateKey = fold(candidate);
    const gap = Math.abs(candidateKey.length - key.length);
    const allowed = Math.max(1, Math.floor(Math.max(key.length, candidateKey.length) / 4));
    // The distance is at least the gap in length: a key far longer than every candidate (a header that is
    // a line of data) costs no distance at all.
    if (gap >= bestDistance || gap > allowed) continue;
    const d = distance(key, candidateKey);
    if (d < bestDistance && d <= allowed) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
