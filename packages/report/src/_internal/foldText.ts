import { foldDiacritics } from '@khuyencong/internal';

const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/**
 * @internal Folds text for matching headers, codes and labels: the shared diacritic folding (đ → d, as
 * i18n-vi's `removeDiacritics`), lower case, letters and digits only. "Tỉnh/Thành phố" → "tinhthanhpho".
 */
export function foldText(value: string): string {
  return foldDiacritics(value).toLowerCase().replace(NOT_ALPHANUMERIC, '');
}
