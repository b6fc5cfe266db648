import { foldDiacritics } from '@khuyencong/internal';

/**
 * Removes Vietnamese diacritics (tone marks and the letter marks of ă â ê ô ơ ư), and turns đ/Đ into d/D: what
 * file names, search keys and systems without Vietnamese input need. Case, spaces and punctuation are kept,
 * and the result is NFC. The same folding as domain's `normalizeAdminName` and the report's column matching;
 * a value that is not a string is read as `String(value)`.
 *
 * @param text - any text.
 * @returns the text without diacritics.
 * @category Text
 * @example
 * ```ts
 * import { removeDiacritics } from '@khuyencong/i18n-vi';
 * removeDiacritics('Đắk Lắk, Nguyễn Thiên Ban, Krông Búk')
 * //=> 'Dak Lak, Nguyen Thien Ban, Krong Buk'
 * ```
 */
export function removeDiacritics(text: string): string {
  return foldDiacritics(String(text));
}
