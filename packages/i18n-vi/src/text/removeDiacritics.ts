/**
 * Removes Vietnamese diacritics (tone marks and the letter marks of ă â ê ô ơ ư), and turns đ/Đ into d/D: what
 * file names, search keys and systems without Vietnamese input need.
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
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
