import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest } from './closest';

/** The full table, as the first version computed it: the oracle of the pruned one. */
function fullDistance(a: string, b: string): number {
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

function byFullTable(key: string, keys: readonly string[]): string | undefined {
  if (key.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of keys) {
    const d = fullDistance(key, candidate);
    if (
      d < bestDistance &&
      d <= Math.max(1, Math.floor(Math.max(key.length, candidate.length) / 4))
    ) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

describe('closest', () => {
  it('finds the nearest candidate within a quarter of the longer key, as the full table does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 14 });
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 8 }), (key, keys) => {
        const candidates = keys.map((candidate) => ({ text: candidate, key: candidate }));
        expect(closest(key, candidates)).toBe(byFullTable(key, keys));
      }),
      { numRuns: 3_000 },
    );
  });

  it('passes over a key far longer than every candidate without comparing it', () => {
    expect(closest('tongkinhphi'.repeat(90), [{ text: 'Tổng kinh phí', key: 'tongkinhphi' }])).toBe(
      undefined,
    );
    expect(closest('tongkinhph', [{ text: 'Tổng kinh phí', key: 'tongkinhphi' }])).toBe(
      'Tổng kinh phí',
    );
  });
});
