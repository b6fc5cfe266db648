import { foldDiacritics, ownValue } from '@khuyencong/internal';

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
 * @category Administrative units
 * @example
 * ```ts
 * import { normalizeAdminName } from '@khuyencong/domain';
 * [normalizeAdminName('Đắk Lắk'), normalizeAdminName('TP. Hồ Chí Minh', { stripKind: true }), normalizeAdminName('Hoà Bình')]
 * //=> ['dak lak', 'ho chi minh', 'hoa binh']
 * ```
 */
export function normalizeAdminName(
  name: string,
  options: { readonly stripKind?: boolean } = {},
): string {
  const stripKind = ownValue(options, 'stripKind');
  const key = foldDiacritics(name).toLowerCase().replace(NOT_ALPHANUMERIC, ' ').trim();
  return stripKind === true ? key.replace(KIND_PREFIX, '') : key;
}
