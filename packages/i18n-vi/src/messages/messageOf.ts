import { isKhuyenCongError } from '@khuyencong/domain';
import { formatMessage, type MessageOptions } from './formatMessage';
import { MESSAGES, type MessageCode } from './MESSAGES';

/**
 * The Vietnamese (or, with `lang: 'en'`, English) message of anything caught: a `KhuyenCongError` gets its
 * code's message filled with its details;
 * an error of an unknown code, or any other error, keeps its own message. Never throws.
 *
 * @param error - anything caught.
 * @param options - `lang: 'vi' | 'en'`.
 * @returns a message to show.
 * @category Messages
 * @example
 * ```ts
 * import { messageOf, parseVnd } from '@khuyencong/i18n-vi';
 * let caught: unknown;
 * try { parseVnd('0,5 đồng'); } catch (error) { caught = error; }
 * messageOf(caught)
 * //=> 'Số tiền phải là số đồng nguyên, không có phần lẻ của đồng: 0,5 đồng.'
 * ```
 */
export function messageOf(error: unknown, options: MessageOptions = {}): string {
  try {
    if (isKhuyenCongError(error) && Object.hasOwn(MESSAGES, error.code)) {
      return formatMessage(error.code as MessageCode, error.details, options);
    }
    if (error instanceof Error) return error.message;
    return String(error);
  } catch {
    return options?.lang === 'en' ? 'Unknown error.' : 'Lỗi không xác định.';
  }
}
