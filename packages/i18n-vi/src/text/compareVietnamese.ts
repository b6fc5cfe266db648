import { requireText } from '../_internal/requireText';

let collator: Intl.Collator | undefined;

/**
 * Compares two strings in Vietnamese alphabetical order, for `Array#sort`: a ă â b c d đ e ê … with the tones
 * ordered ngang, huyền, hỏi, ngã, sắc, nặng ("a à ả ã á ạ"), case after letters. Uses `Intl.Collator('vi')`
 * (ICU's Vietnamese tailoring), created on first use.
 *
 * @param a - first string.
 * @param b - second string.
 * @returns a negative number, zero or a positive number, as `Array#sort` wants.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` when `a` or `b` is not
 *   a string (a number, `undefined`, a boxed `new String('…')`): never compared as "undefined".
 * @category Text
 * @example
 * ```ts
 * import { compareVietnamese } from '@khuyencong/i18n-vi';
 * ['Đặng', 'Dương', 'Bùi', 'Ân', 'An', 'Ăn'].sort(compareVietnamese)
 * //=> ['An', 'Ăn', 'Ân', 'Bùi', 'Dương', 'Đặng']
 * ```
 */
export function compareVietnamese(a: string, b: string): number {
  collator ??= new Intl.Collator('vi');
  return collator.compare(
    requireText(a, 'a', 'compareVietnamese'),
    requireText(b, 'b', 'compareVietnamese'),
  );
}
