import { describeValue, foldDiacritics, readOptions } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { requireText } from '../_internal/requireText';

const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
const KIND_PREFIX = /^(?:tinh|thanh pho|tp|t p) /;

/**
 * Folds a Vietnamese administrative name into a comparison key: no diacritics (đ → d, the same folding as
 * i18n-vi's `removeDiacritics`), lower case, punctuation and dashes as single spaces. `'Bà Rịa–Vũng Tàu'`,
 * `'Ba Ria - Vung Tau'` and `'BÀ RỊA-VŨNG TÀU'` give the same key. Both accent placements (`Hòa`/`Hoà`) fold alike.
 *
 * @param name - a name as written.
 * @param options - `stripKind: true` also drops a leading provincial kind word
 *   ("Tỉnh", "Thành phố", "TP", "TP."); only an own property counts (nothing on `Object.prototype`).
 * @returns the key, e.g. `'ba ria vung tau'`.
 * @throws {@link KhuyenCongError} `INVALID_ARGUMENT` when `name` is not a string (reason `boxed` for
 *   `new String('…')`), `INVALID_OPTION` when `options` is not a plain object or `stripKind` not a boolean.
 * @category Administrative units
 * @example
 * ```ts
 * import { normalizeAdminName } from '@khuyencong/domain';
 * [normalizeAdminName('Đắk Lắk'), normalizeAdminName('TP. Hồ Chí Minh', { stripKind: true }), normalizeAdminName('Hoà Bình')]
 * //=> ['dak lak', 'ho chi minh', 'hoa binh']
 * [() => normalizeAdminName(undefined as never), () => normalizeAdminName('Huế', { stripKind: 'yes' as never })].map((call) => { try { return call(); } catch (error) { return (error as { code: string }).code; } })
 * //=> ['INVALID_ARGUMENT', 'INVALID_OPTION']
 * ```
 */
export function normalizeAdminName(
  name: string,
  options: { readonly stripKind?: boolean } = {},
): string {
  const stripKind = readOptions(options, 'options', fail, 'normalizeAdminName').stripKind;
  if (stripKind !== undefined && typeof stripKind !== 'boolean') {
    fail(
      'INVALID_OPTION',
      `normalizeAdminName: option stripKind must be true or false, got ${describeValue(stripKind)}.`,
      { option: 'stripKind', value: describeValue(stripKind) },
    );
  }
  const key = foldDiacritics(requireText(name, 'name', 'normalizeAdminName'))
    .toLowerCase()
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
  return stripKind === true ? key.replace(KIND_PREFIX, '') : key;
}
