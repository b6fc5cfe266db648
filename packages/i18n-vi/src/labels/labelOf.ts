import { CODE_LISTS, type CodeListName, type CodeOf } from '@khuyencong/domain';
import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { languageOption } from '../_internal/languageOption';
import { optionsRecord } from '../_internal/options';
import type { LanguageOptions } from '../messages/LanguageOptions';
import type { Language } from '../messages/readLanguage';
import { LABELS_EN } from './en';
import { type CodeLabels, LABELS } from './vi';

const LABELS_BY_LANGUAGE: Readonly<Record<Language, CodeLabels>> = { vi: LABELS, en: LABELS_EN };

/**
 * The label of one code: Vietnamese ({@link LABELS}) by default, English ({@link LABELS_EN}) with `lang: 'en'`.
 *
 * @param list - the code list, e.g. `'fundingSource'`.
 * @param code - a code of that list.
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns its label, e.g. `'vốn đối ứng'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_CODE` for a list or code that does not exist (JS callers);
 *   `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Labels
 * @example
 * ```ts
 * import { labelOf } from '@khuyencong/i18n-vi';
 * [labelOf('fundingSource', 'counterpart'), labelOf('beneficiaryKind', 'household-business')]
 * //=> ['vốn đối ứng', 'hộ kinh doanh']
 * [labelOf('fundingSource', 'counterpart', { lang: 'en' }), labelOf('activity', 'demonstration-model', { lang: 'en' })]
 * //=> ['counterpart funds', 'building demonstration models of techniques']
 * ```
 */
export function labelOf<L extends CodeListName>(
  list: L,
  code: CodeOf<L>,
  options?: LanguageOptions,
): string {
  const lang = languageOption(optionsRecord(options, 'labelOf'), 'labelOf');
  const lists: Readonly<Record<string, Readonly<Record<string, string>>>> =
    LABELS_BY_LANGUAGE[lang];
  const labels = typeof list === 'string' && Object.hasOwn(lists, list) ? lists[list] : undefined;
  if (labels !== undefined && typeof code === 'string' && Object.hasOwn(labels, code)) {
    return labels[code] ?? '';
  }
  const known = labels === undefined ? Object.keys(CODE_LISTS) : Object.keys(labels);
  return fail(
    'UNKNOWN_CODE',
    `labelOf: ${describeValue(labels === undefined ? list : code)} is not ${labels === undefined ? 'a code list' : `a ${String(list)} code`}; expected one of ${known.join(', ')}.`,
    { list: detailValue(list), value: detailValue(code) },
  );
}
