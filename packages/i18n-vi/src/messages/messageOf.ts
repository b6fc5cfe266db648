import { isKhuyenCongError } from '@khuyencong/domain';
import { ownValue } from '@khuyencong/internal';
import { UNKNOWN_ERROR_EN } from './en';
import { formatMessage, type MessageOptions } from './formatMessage';
import { isLanguage, type Language } from './readLanguage';
import { MESSAGES, type MessageCode, UNKNOWN_ERROR } from './vi';

const UNKNOWN_ERRORS: Readonly<Record<Language, string>> = {
  vi: UNKNOWN_ERROR,
  en: UNKNOWN_ERROR_EN,
};

/** The language asked for, or Vietnamese when the options cannot say (messageOf never throws). */
function languageOf(options: unknown): Language {
  try {
    // Its own `lang` only: nothing polluted onto Object.prototype is read. Never throws (see below).
    const lang: unknown =
      typeof options === 'object' && options !== null
        ? ownValue(options as MessageOptions, 'lang')
        : undefined;
    return isLanguage(lang) ? lang : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * The Vietnamese (or, with `lang: 'en'`, English) message of anything caught: a `KhuyenCongError` gets its
 * code's message filled with its details;
 * an error of an unknown code, or any other error, keeps its own message, and a thrown string is its own message.
 * Anything else (`undefined`, a number, a plain object, an error with an empty message) gets the unknown-error
 * text, never "undefined" or "[object Object]". Never throws (a `lang` it does not know gives Vietnamese).
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
 * [messageOf(caught), messageOf(caught, { lang: 'en' })]
 * //=> ['Số tiền phải là số đồng nguyên, không có phần lẻ của đồng: 0,5 đồng.', 'An amount must be whole dong, with no fraction of a dong: 0,5 đồng.']
 * [messageOf({}), messageOf(undefined, { lang: 'en' }), messageOf('hết giờ')]
 * //=> ['Lỗi không xác định.', 'Unknown error.', 'hết giờ']
 * ```
 */
export function messageOf(error: unknown, options: MessageOptions = {}): string {
  const lang = languageOf(options);
  try {
    if (isKhuyenCongError(error) && Object.hasOwn(MESSAGES, error.code)) {
      return formatMessage(error.code as MessageCode, error.details, { lang });
    }
    // A message of its own, else the unknown-error text: never "undefined", "NaN" or "[object Object]".
    const own = error instanceof Error ? error.message : error;
    return typeof own === 'string' && own.trim() !== '' ? own : UNKNOWN_ERRORS[lang];
  } catch {
    return UNKNOWN_ERRORS[lang];
  }
}
