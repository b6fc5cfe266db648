import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';

/** Opens an input file for streaming, or explains why it cannot be read. */
export async function openInput(file: string): Promise<ReadStream> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new CliError(
        'FILE_NOT_FOUND',
        text('đây là thư mục, không phải tệp', 'this is a folder, not a file'),
        { file },
      );
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      'FILE_NOT_FOUND',
      code === 'ENOENT'
        ? text('không tìm thấy tệp', 'file not found')
        : text(
            `không đọc được tệp (${code ?? 'lỗi'})`,
            `cannot read the file (${code ?? 'error'})`,
          ),
      { file },
      error,
    );
  }
  return createReadStream(file, { highWaterMark: 256 * 1024 });
}
