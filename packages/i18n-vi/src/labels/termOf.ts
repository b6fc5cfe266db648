import { deepFreeze, describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { languageOption } from '../_internal/languageOption';
import { optionsRecord } from '../_internal/options';
import type { LanguageOptions } from '../messages/LanguageOptions';
import type { Language } from '../messages/readLanguage';
import { TERMS_EN } from './en';
import { TERMS, type TermKey } from './vi';

// Frozen here, with the tables in it (TERMS is an `as const` literal: it cannot be wrapped in a call).
const TERMS_BY_LANGUAGE: Readonly<Record<Language, Readonly<Record<TermKey, string>>>> =
  /* @__PURE__ */ deepFreeze({ vi: TERMS, en: TERMS_EN });

/**
 * A term of reports or of the command line as it is written: Vietnamese ({@link TERMS}) by default, English
 * ({@link TERMS_EN}) with `lang: 'en'`. A term with values (`'Có {errors:number} lỗi.'`) is filled by
 * {@link formatTerm}.
 *
 * @param key - a {@link TermKey}, e.g. `'report.attainment.title'`.
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns the term.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_CODE` for a key that is not a term (JS callers);
 *   `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Labels
 * @example
 * ```ts
 * import { termOf } from '@khuyencong/i18n-vi';
 * [termOf('report.attainment.title'), termOf('report.attainment.title', { lang: 'en' })]
 * //=> ['Kế hoạch và thực hiện', 'Plan and achievement']
 * ```
 */
export function termOf(key: TermKey, options?: LanguageOptions): string {
  const lang = languageOption(optionsRecord(options, 'termOf'), 'termOf');
  const terms: Readonly<Record<string, string>> = TERMS_BY_LANGUAGE[lang];
  const term = typeof key === 'string' && Object.hasOwn(terms, key) ? terms[key] : undefined;
  if (term !== undefined) return term;
  return fail('UNKNOWN_CODE', `termOf: ${describeValue(key)} is not a term.`, {
    list: 'term',
    value: detailValue(key),
  });
}
