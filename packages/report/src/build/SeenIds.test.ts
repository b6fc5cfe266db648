import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeenIds } from './SeenIds';

describe('SeenIds', () => {
  it('answers as a Map of first sightings does, whatever the ids (property)', () => {
    // Few distinct ids (many repeats), any text, and ids that differ in one character only.
    const id = fc.oneof(
      fc.constantFrom('DA-1', 'DA-2', 'DA-10', 'Đề án 1', '', 'a\u0000b'),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.nat(3_000).map((n) => `KC-DAK-LAK-2024-${n}`),
      fc.nat(3_000).map((n) => `ĐA-${n}`),
      fc.nat(3_000).map((n) => `DA-${n}-😀`),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 3_000 }), (ids) => {
        const seen = new SeenIds();
        const expected = new Map<string, number>();
        ids.forEach((one, where) => {
          const first = expected.get(one);
          expect(seen.firstOrAdd(one, where)).toBe(first);
          if (first === undefined) expected.set(one, where);
        });
        expect(seen.size).toBe(expected.size);
        for (const [one, where] of expected) expect(seen.firstOrAdd(`${one}`, -1)).toBe(where);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every id of a large file, through many growths, and the numbers as given', () => {
    const seen = new SeenIds();
    const count = 300_000;
    for (let index = 0; index < count; index++) {
      expect(seen.firstOrAdd(`DA-${index}`, index * 2 ** 32 + 7)).toBeUndefined();
    }
    expect(seen.size).toBe(count);
    for (let index = 0; index < count; index += 997) {
      expect(seen.firstOrAdd(`DA-${index}`, 0)).toBe(index * 2 ** 32 + 7);
    }
    expect(seen.firstOrAdd('DA-300000', 1)).toBeUndefined();
  });
});
