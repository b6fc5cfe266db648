import { deepFreeze, describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { languageOption } from '../_internal/languageOption';
import { optionsRecord } from '../_internal/options';
import type { LanguageOptions } from '../messages/LanguageOptions';
import type { Language } from '../messages/readLanguage';
import { FIELD_LABELS_EN } from './en';
import { FIELD_LABELS, type FieldName } from './vi';

// Frozen here, with the tables in it (FIELD_LABELS is an `as const` literal: it cannot be wrapped in a call).
const FIELD_LABELS_BY_LANGUAGE: Readonly<Record<Language, Readonly<Record<FieldName, string>>>> =
  /* @__PURE__ */ deepFreeze({ vi: FIELD_LABELS, en: FIELD_LABELS_EN });

/**
 * The name in words of a field a finding is about: Vietnamese ({@link FIELD_LABELS}) by default, English
 * ({@link FIELD_LABELS_EN}) with `lang: 'en'`. `formatMessage` writes `{field:field}` with it (and shows a field
 * that has no name as it is).
 *
 * @param field - a {@link FieldName}, e.g. `'eligibleCost'`.
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns its name, e.g. `'chi phí được hỗ trợ'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_CODE` for a field that has no name (JS callers);
 *   `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Labels
 * @example
 * ```ts
 * import { fieldLabelOf } from '@khuyencong/i18n-vi';
 * [fieldLabelOf('eligibleCost'), fieldLabelOf('eligibleCost', { lang: 'en' })]
 * //=> ['chi phí được hỗ trợ', 'eligible cost']
 * ```
 */
export function fieldLabelOf(field: FieldName, options?: LanguageOptions): string {
  const lang = languageOption(optionsRecord(options, 'fieldLabelOf'), 'fieldLabelOf');
  const labels: Readonly<Record<string, string>> = FIELD_LABELS_BY_LANGUAGE[lang];
  const label =
    typeof field === 'string' && Object.hasOwn(labels, field) ? labels[field] : undefined;
  if (label !== undefined) return label;
  return fail('UNKNOWN_CODE', `fieldLabelOf: ${describeValue(field)} is not a field with a name.`, {
    list: 'field',
    value: detailValue(field),
  });
}
