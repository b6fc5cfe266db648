/**
 * Folds text for matching: no diacritics (đ → d), lower case, letters and digits only.
 * "Tỉnh/Thành phố" → "tinhthanhpho".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
