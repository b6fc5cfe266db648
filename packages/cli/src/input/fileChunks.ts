import { createReadStream } from 'node:fs';
import { fileError } from './fileError';

/**
 * The bytes of an input file as they are read (256 KiB at a time), for `readInput`: a file of any size is
 * streamed. A read that fails midway is `FILE_UNREADABLE` (or `FILE_NOT_FOUND` if it vanished).
 */
export async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      yield chunk as Uint8Array;
    }
  } catch (error) {
    throw fileError(file, error);
  }
}
