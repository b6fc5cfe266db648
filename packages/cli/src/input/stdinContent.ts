import { isKhuyenCongError } from '@khuyencong/domain';
import type { CliIo } from '../CliIo';
import { fileError } from './fileError';

async function* guarded(
  stdin: AsyncIterable<Uint8Array>,
  name: string,
): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stdin) yield chunk;
  } catch (error) {
    throw isKhuyenCongError(error) ? error : fileError(name, error);
  }
}

/**
 * What `-` reads: the bytes of `io.stdin` (none when absent); a standard input that fails while it is read
 * is `FILE_UNREADABLE` naming it (`name`, `<stdin>`), as a file that fails is.
 */
export function stdinContent(
  stdin: CliIo['stdin'],
  name: string,
): Uint8Array | AsyncIterable<Uint8Array> {
  if (stdin === undefined) return new Uint8Array();
  return stdin instanceof Uint8Array ? stdin : guarded(stdin, name);
}
