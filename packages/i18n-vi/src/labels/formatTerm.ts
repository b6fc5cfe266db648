import { fillTemplate } from '../_internal/fillTemplate';
import { languageOption } from '../_internal/languageOption';
import { optionsRecord } from '../_internal/options';
import type { LanguageOptions } from '../messages/LanguageOptions';
import { termOf } from './termOf';
import type { TermKey } from './vi';

/**
 * A term of reports or of the command line filled with its values, with the placeholders of `formatMessage`:
 * `{errors:number}`, `{date:date}`, `{amount:vnd}`, `{amount:vndAuto}`, `{percent:percent}`,
 * `{qualifier:@amountQualifier}`, and, in English, `{errors:plural(error|errors)}` (the first word for a count of
 * 1, the second otherwise). Numbers, amounts and dates are written in the term's language.
 *
 * @param key - a {@link TermKey}, e.g. `'cli.check.verdictErrors'`.
 * @param values - the values its placeholders name; a missing one shows as "…".
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns the filled term.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_CODE` for a key that is not a term (JS callers);
 *   `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Labels
 * @example
 * ```ts
 * import { formatTerm } from '@khuyencong/i18n-vi';
 * [formatTerm('cli.check.verdictErrors', { errors: 89 }), formatTerm('cli.check.verdictErrors', { errors: 1 }, { lang: 'en' }), formatTerm('cli.check.verdictErrors', { errors: 2000 }, { lang: 'en' })]
 * //=> ['Có 89 lỗi.', '1 error.', '2,000 errors.']
 * formatTerm('report.html.subtitle', { date: '2024-10-01' }, { lang: 'en' })
 * //=> 'Figures as of 1 October 2024'
 * ```
 */
export function formatTerm(
  key: TermKey,
  values: Readonly<Record<string, unknown>> = {},
  options?: LanguageOptions,
): string {
  const lang = languageOption(optionsRecord(options, 'formatTerm'), 'formatTerm');
  return fillTemplate(termOf(key, { lang }), values, lang);
}
