import { removeDiacritics } from './removeDiacritics';

/**
 * Makes a URL or file-name slug of Vietnamese text: no diacritics, lower case, words joined by "-".
 *
 * @param text - any text.
 * @returns the slug (possibly empty), e.g. `'khuyen-cong-dak-lak-2024'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` when `text` is not a
 *   string (as {@link removeDiacritics}).
 * @category Text
 * @example
 * ```ts
 * import { slugify } from '@khuyencong/i18n-vi';
 * slugify('Khuyến công Đắk Lắk – năm 2024!')
 * //=> 'khuyen-cong-dak-lak-nam-2024'
 * ```
 */
export function slugify(text: string): string {
  return removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
