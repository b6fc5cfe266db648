import { foldDiacritics } from '@khuyencong/internal';
import { requireText } from '../_internal/requireText';

/**
 * Removes Vietnamese diacritics (tone marks and the letter marks of ă â ê ô ơ ư), and turns đ/Đ into d/D: what
 * file names, search keys and systems without Vietnamese input need. Case, spaces and punctuation are kept,
 * and the result is NFC. The same folding as domain's `normalizeAdminName` and the report's column matching;
 * a value that is not a string is read as `String(value)`.
 *
 * @param text - any text.
 * @returns the text without diacritics.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` when `text` is not a
 *   string (`undefined` never becomes "undefined"; a boxed `new String('…')` has reason `boxed`).
 * @category Text
 * @example
 * ```ts
 * import { removeDiacritics } from '@khuyencong/i18n-vi';
 * removeDiacritics('Đắk Lắk, Nguyễn Thiên Ban, Krông Búk')
 * //=> 'Dak Lak, Nguyen Thien Ban, Krong Buk'
 * (() => { try { return removeDiacritics(undefined as never); } catch (error) { return (error as { code: string; details: { reason?: string } }).details.reason ?? (error as { code: string }).code; } })()
 * //=> 'type'
 * ```
 */
export function removeDiacritics(text: string): string {
  return foldDiacritics(requireText(text, 'text', 'removeDiacritics'));
}
