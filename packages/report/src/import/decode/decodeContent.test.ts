import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeContent } from './decodeContent';
import { firstInvalidUtf8 } from './firstInvalidUtf8';
import { BAD_BYTE, type TextPiece } from './TextPiece';

async function pieces(content: Parameters<typeof decodeContent>[0]): Promise<TextPiece[]> {
  const all: TextPiece[] = [];
  for await (const batch of decodeContent(content, 'test')) all.push(...batch);
  return all;
}

function text(all: readonly TextPiece[]): string {
  return all.map((piece) => (piece === BAD_BYTE ? '|BAD|' : piece)).join('');
}

/** Bytes that are often UTF-8, sometimes not: pieces of real sequences, stray and truncated bytes. */
const bytes = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', 'ệ', '😀', '\r\n', 'Đ').map((s) => [...new TextEncoder().encode(s)]),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => new Uint8Array(parts.flat()))
  // Bytes that open with a UTF-16 byte-order mark (FF FE, FE FF) are read as UTF-16, tested on their own.
  .filter(
    (input) =>
      !((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)),
  );

describe('decodeContent', () => {
  it('finds the first bad UTF-8 sequence exactly where the standard decoder refuses', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const offset = firstInvalidUtf8(input);
        const fatal = new TextDecoder('utf-8', { fatal: true });
        expect(() => fatal.decode(input)).toSatisfy((decode: () => string) => {
          try {
            decode();
            return offset === input.length;
          } catch {
            return offset < input.length;
          }
        });
        // Everything before the offset is valid, complete UTF-8.
        expect(() => fatal.decode(input.subarray(0, offset))).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it('marks the first bad byte once, where it is, however the bytes are split', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.array(fc.nat(), { maxLength: 6 }), async (input, points) => {
        const whole = new TextDecoder('utf-8').decode(input);
        const offset = firstInvalidUtf8(input);
        const at = [...new Set(points.map((p) => p % (input.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, i) =>
          input.subarray(start, [...at, input.length][i]),
        );
        const got = await pieces(chunks);
        expect(got.filter((piece) => piece === BAD_BYTE).length).toBe(
          offset < input.length ? 1 : 0,
        );
        const before = new TextDecoder('utf-8').decode(input.subarray(0, offset));
        const expected =
          offset < input.length ? `${before}|BAD|${whole.slice(before.length)}` : whole;
        // A leading byte-order mark is dropped.
        expect(text(got)).toBe(expected.replace(/^\uFEFF/, ''));
      }),
      { numRuns: 1_000 },
    );
  });

  it('hands a large text or byte array on in bounded pieces', async () => {
    const big = 'x'.repeat(200_000);
    const fromText = await pieces(big);
    const fromBytes = await pieces(new TextEncoder().encode(big));
    for (const all of [fromText, fromBytes]) {
      expect(text(all)).toBe(big);
      expect(
        Math.max(...all.map((piece) => (piece === BAD_BYTE ? 0 : piece.length))),
      ).toBeLessThanOrEqual(65_536);
    }
  });
});
