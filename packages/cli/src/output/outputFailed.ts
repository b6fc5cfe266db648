import type { KhuyenCongError } from '@khuyencong/domain';
import { cliError } from '../errors/cliError';

/** `OUTPUT_FAILED` for a file (`-`: standard output), with the system's reason (`ENOSPC`, `EACCES`, …). */
export function outputFailed(file: string, cause: unknown): KhuyenCongError {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  const reason = typeof code === 'string' ? code : cause instanceof Error ? cause.message : 'error';
  return cliError('OUTPUT_FAILED', `cannot write ${file} (${reason}).`, { file, reason }, cause);
}
