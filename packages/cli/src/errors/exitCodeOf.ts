import { isKhuyenCongError } from '@khuyencong/domain';
import { EXIT_CODES } from './EXIT_CODES';

/** The exit code of an error that ended a run: 2 for a `KhuyenCongError`, 3 for anything else. */
export function exitCodeOf(error: unknown): number {
  return isKhuyenCongError(error) ? EXIT_CODES.badInput : EXIT_CODES.unexpected;
}
