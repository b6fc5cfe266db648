import { isKhuyenCongError } from '@khuyencong/domain';
import { messageOf } from '@khuyencong/i18n-vi';
import type { Lang } from '../_internal/Text';
import { CliError } from './CliError';

/**
 * The message printed for an error: `khuyencong: lỗi: FILE: dòng N, cột "X": message`. A library error
 * keeps its code and gets its Vietnamese message from `@khuyencong/i18n-vi`.
 */
export function formatError(error: unknown, lang: Lang): string {
  const vi = lang === 'vi';
  const prefix = vi ? 'khuyencong: lỗi: ' : 'khuyencong: error: ';
  if (error instanceof CliError) {
    const { file, line, column } = error.location;
    const where = [
      file,
      line === undefined ? undefined : `${vi ? 'dòng' : 'line'} ${line}`,
      column === undefined ? undefined : `${vi ? 'cột' : 'column'} "${column}"`,
    ].filter((part) => part !== undefined);
    return `${prefix}${where.length > 0 ? `${where.join(', ')}: ` : ''}${error.text[lang]}\n`;
  }
  if (isKhuyenCongError(error)) {
    return `${prefix}${vi ? messageOf(error) : error.message} [${error.code}]\n`;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${prefix}${vi ? 'lỗi ngoài dự kiến' : 'unexpected error'}: ${message}\n`;
}
