import { deepFreeze, describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { fillTemplate } from '../_internal/fillTemplate';
import { languageOption } from '../_internal/languageOption';
import { optionsRecord } from '../_internal/options';
import { MESSAGES_EN } from './en';
import type { LanguageOptions } from './LanguageOptions';
import { LANGUAGES, type Language } from './readLanguage';
import { MESSAGES, type MessageCode } from './vi';

/**
 * The languages messages come in: `vi` (default, {@link MESSAGES}) and `en` ({@link MESSAGES_EN}); the same as
 * {@link Language}.
 *
 * @category Messages
 */
export type MessageLanguage = Language;

/**
 * Options of {@link formatMessage} and {@link messageOf}.
 *
 * @category Messages
 */
export interface MessageOptions extends LanguageOptions {}

// Frozen here, with the tables in it and the list of languages (an `as const` literal cannot be wrapped in a call).
const MESSAGES_BY_LANGUAGE: Readonly<Record<Language, Readonly<Record<MessageCode, string>>>> =
  /* @__PURE__ */ deepFreeze({ vi: MESSAGES, en: MESSAGES_EN }, [LANGUAGES]);

/**
 * Fills the message of a code with its details, formatting amounts, percents, numbers and dates the
 * Vietnamese way (or, with `lang: 'en'`, the English message the English way). A detail that is missing shows
 * as "…"; one that does not fit its type is shown as it is. A part of a template written `[[ … ]]` is left out
 * when a detail it names is absent, `null` or empty (`'Cột "{header}" bị bỏ qua[[ (có phải "{suggestion}"?)]].'`).
 *
 * @param code - an error or finding code.
 * @param details - the details of the error or finding.
 * @param options - `lang: 'vi' | 'en'`.
 * @returns the message.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_CODE` for a code that has no message; `INVALID_OPTION` when
 *   `options` is not an object; `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Messages
 * @example
 * ```ts
 * import { formatMessage } from '@khuyencong/i18n-vi';
 * formatMessage('PARTS_DO_NOT_SUM_TO_TOTAL', { field: 'budget', total: '5500000000', partsSum: '5000000000', difference: '-500000000' })
 * //=> 'Các khoản thành phần (budget) cộng lại được 5.000.000.000 đồng, không khớp với tổng 5.500.000.000 đồng (chênh lệch -500.000.000 đồng).'
 * formatMessage('SUPPORT_EXCEEDS_LIMIT', { support: '300000001', limit: '300000000', maxRatePercent: '50', capLimit: '300000000', ruleSetId: 'tt-28-2018', excess: '1' }, { lang: 'en' })
 * //=> 'Support of 300,000,001 VND exceeds the limit of 300,000,000 VND (rate at most 50%, cap 300,000,000 VND) under the rule set tt-28-2018, by 1 VND.'
 * [formatMessage('COLUMN_UNKNOWN', { header: 'Cán bộ theo dõi', suggestion: null }), formatMessage('COLUMN_UNKNOWN', { header: 'Kinh phí tài trợ', suggestion: 'Kinh phí hỗ trợ' })]
 * //=> ['Cột "Cán bộ theo dõi" không rõ nên bị bỏ qua.', 'Cột "Kinh phí tài trợ" không rõ nên bị bỏ qua (có phải "Kinh phí hỗ trợ"?).']
 * formatMessage('NO_RULE_SET', { fund: 'local', province: 'Đắk Lắk', date: '2025-07-01' }, { lang: 'en' })
 * //=> 'No support rule set applies to the local industrial promotion fund in Đắk Lắk on 1 July 2025.'
 * ```
 */
export function formatMessage(
  code: MessageCode,
  details: Readonly<Record<string, unknown>> = {},
  options?: MessageOptions,
): string {
  const lang = languageOption(optionsRecord(options, 'formatMessage'), 'formatMessage');
  const messages: Readonly<Record<string, string>> = MESSAGES_BY_LANGUAGE[lang];
  const template =
    typeof code === 'string' && Object.hasOwn(messages, code) ? messages[code] : undefined;
  if (template === undefined) {
    return fail('UNKNOWN_CODE', `formatMessage: no message for code ${describeValue(code)}.`, {
      list: 'MessageCode',
      value: detailValue(code),
    });
  }
  return fillTemplate(template, details, lang);
}
