import { removeDiacritics } from '@khuyencong/i18n-vi';

const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/**
 * @internal Folds text for matching headers, codes and labels: i18n-vi's `removeDiacritics` (đ → d), lower
 * case, letters and digits only. "Tỉnh/Thành phố" → "tinhthanhpho".
 */
export function foldText(value: string): string {
  return removeDiacritics(value).toLowerCase().replace(NOT_ALPHANUMERIC, '');
}
