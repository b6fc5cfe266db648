/** The combining diacritical marks NFD separates from Vietnamese letters (tones, ă â ê ô ơ ư). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Removes Vietnamese diacritics: decomposes the text (NFD), drops the combining marks (tone marks and the
 * marks of ă â ê ô ơ ư), turns đ into d and Đ into D, and composes what is left again (NFC). Case, spaces
 * and punctuation are kept; the layers on it (i18n-vi's `removeDiacritics`, domain's `normalizeAdminName`,
 * report's `foldText`) add their own steps.
 *
 * @param text - any text.
 * @returns e.g. `'Dak Lak'` for `'Đắk Lắk'`.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
