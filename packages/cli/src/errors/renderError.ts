import { isKhuyenCongError, KhuyenCongError } from '@khuyencong/domain';
import { formatTerm, type Language, messageOf, termOf } from '@khuyencong/i18n-vi';

function detail(details: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = Object.hasOwn(details, key) ? details[key] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * What `khuyencong` prints on standard error for an error that ends a run, ending with a line break:
 * `khuyencong: lỗi: <file>, dòng N, cột "X": <message>` for a `KhuyenCongError` (its message in `lang`; the
 * file, line and column of its details when the message does not already name them), else the "unexpected
 * error, please report it" line followed by the stack.
 */
export function renderError(error: unknown, lang: Language): string {
  if (!isKhuyenCongError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error && error.stack !== undefined ? `${error.stack}\n` : '';
    const line = formatTerm('cli.error.unexpected', { message }, { lang });
    return `${formatTerm('cli.error.message', { message: line }, { lang })}\n${stack}`;
  }
  // `-` is standard output in the details of OUTPUT_FAILED; the message says so in words.
  const shown =
    error.code === 'OUTPUT_FAILED' && error.details['file'] === '-'
      ? new KhuyenCongError(error.code, error.message, {
          details: { ...error.details, file: termOf('cli.error.standardOutput', { lang }) },
        })
      : error;
  const message = messageOf(shown, { lang });
  const file = detail(shown.details, 'file') ?? detail(shown.details, 'source');
  const line = detail(error.details, 'line');
  const column = detail(error.details, 'column');
  const where = [
    file !== undefined && !message.includes(file) ? file : undefined,
    line !== undefined && !message.includes(line)
      ? formatTerm('cli.error.line', { line }, { lang })
      : undefined,
    column !== undefined && !message.includes(column)
      ? formatTerm('cli.error.column', { column }, { lang })
      : undefined,
  ].filter((part) => part !== undefined);
  const text = where.length === 0 ? message : `${where.join(', ')}: ${message}`;
  return `${formatTerm('cli.error.message', { message: text }, { lang })}\n`;
}
