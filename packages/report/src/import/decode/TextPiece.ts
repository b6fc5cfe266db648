/**
 * @internal Marks, in a stream of decoded text, the place of the first byte that is not UTF-8: the text before
 * it was decoded exactly, the text after it with U+FFFD for every bad sequence.
 */
export const BAD_BYTE: unique symbol = Symbol('bad byte');

/** @internal A piece of decoded text (at most 65,536 characters) or the {@link BAD_BYTE} mark. */
export type TextPiece = string | typeof BAD_BYTE;
