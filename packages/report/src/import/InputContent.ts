/**
 * What an input can be read from: a whole text or a whole file's bytes, or chunks of either from any
 * iterable, synchronous (an array) or asynchronous (a Node stream, a `ReadableStream` of a `fetch` response
 * or a `File` in a browser). Chunks may have any size and be split anywhere, even inside a character or
 * between the CR and LF of a line break.
 *
 * Bytes are UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark (what Excel saves as
 * "Unicode Text"); text is read as it is (a leading U+FEFF is dropped).
 *
 * @category Import
 */
export type InputContent =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;
