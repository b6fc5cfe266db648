import { requireText } from '../_internal/requireText';
import { compareVietnamese } from './compareVietnamese';

function nameParts(name: string, parameter: string): [string, string] {
  const words = requireText(name, parameter, 'compareVietnameseNames').trim().split(/\s+/u);
  const given = words.pop() ?? '';
  return [given, words.join(' ')];
}

/**
 * Compares two Vietnamese personal names the way Vietnamese lists sort people: by the given name (the last
 * word, tên) first, then by family and middle names (họ và tên đệm), in Vietnamese alphabetical order.
 *
 * @param a - first full name, e.g. "Nguyễn Thiên Ban".
 * @param b - second full name.
 * @returns a negative number, zero or a positive number, as `Array#sort` wants.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` when `a` or `b` is not
 *   a string.
 * @category Text
 * @example
 * ```ts
 * import { compareVietnameseNames } from '@khuyencong/i18n-vi';
 * ['Phạm Thị Bích Thủy', 'Nguyễn Thiên Ban', 'Trần Văn An', 'Lê Thị An'].sort(compareVietnameseNames)
 * //=> ['Lê Thị An', 'Trần Văn An', 'Nguyễn Thiên Ban', 'Phạm Thị Bích Thủy']
 * ```
 */
export function compareVietnameseNames(a: string, b: string): number {
  const [givenA, restA] = nameParts(a, 'a');
  const [givenB, restB] = nameParts(b, 'b');
  return compareVietnamese(givenA, givenB) || compareVietnamese(restA, restB);
}
