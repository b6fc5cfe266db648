import type { KhuyenCongError } from '@khuyencong/domain';
import { cliError } from '../errors/cliError';

/**
 * The error of an input file the system would not open or read: `FILE_NOT_FOUND` (no such file, or a part of
 * its path is not a folder), `NOT_A_FILE` (a folder, a socket), else `FILE_UNREADABLE` with the system's
 * reason (`EACCES`, `EIO`, …).
 */
export function fileError(file: string, cause: unknown): KhuyenCongError {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return cliError('FILE_NOT_FOUND', `${file} does not exist.`, { file }, cause);
  }
  if (code === 'EISDIR' || code === 'ENXIO') {
    return cliError('NOT_A_FILE', `${file} is not a file.`, { file }, cause);
  }
  const reason = typeof code === 'string' ? code : 'error';
  return cliError(
    'FILE_UNREADABLE',
    `${file} cannot be read (${reason}).`,
    { file, reason },
    cause,
  );
}
