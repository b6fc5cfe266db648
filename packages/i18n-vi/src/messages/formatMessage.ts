import { CODE_LISTS, type CodeListName, type CodeOf } from '@khuyencong/domain';
import { DETAIL_FIELD_LABELS } from '../_internal/detailFieldLabels';
import { describeValue, detailValue, fail } from '../_internal/fail';
import { formatDate } from '../format/formatDate';
import { formatNumber } from '../format/formatNumber';
import { formatPercent } from '../format/formatPercent';
import { formatVnd } from '../format/formatVnd';
import { labelOf } from '../labels/labelOf';
import { MESSAGES, type MessageCode } from './MESSAGES';
import { MESSAGES_EN } from './MESSAGES_EN';

const PLACEHOLDER = /\{([A-Za-z|]+)(?::(vnd|percent|number|date|field|@[A-Za-z]+))?\}/g;
/** `[[ … ]]`: a part of a template that is left out when a detail it names is absent, `null` or empty. */
const OPTIONAL = /\[\[([^[\]]*)\]\]/g;

function asText(value: unknown): string {
  return typeof value === 'string' ? value : describeValue(value);
}

function formatParameter(value: unknown, type: string | undefined, lang: MessageLanguage): string {
  try {
    const text = String(value);
    if (type === 'vnd') {
      const amount = /\./.test(text) ? `${formatNumber(text)} đồng` : formatVnd(text);
      return lang === 'vi' ? amount : `${toEnglishDigits(formatNumber(text))} VND`;
    }
    if (type === 'percent') {
      return lang === 'vi' ? formatPercent(text) : `${toEnglishDigits(formatNumber(text))}%`;
    }
    if (type === 'number') {
      return lang === 'vi' ? formatNumber(text) : toEnglishDigits(formatNumber(text));
    }
    if (type === 'date') return lang === 'vi' ? formatDate(text, { style: 'numeric' }) : text;
    if (type === 'field') {
      const label = Object.hasOwn(DETAIL_FIELD_LABELS, text)
        ? DETAIL_FIELD_LABELS[text]
        : undefined;
      return label === undefined ? text : label[lang];
    }
    if (type?.startsWith('@') === true) {
      const list = type.slice(1) as CodeListName;
      if (!Object.hasOwn(CODE_LISTS, list)) return asText(value);
      return lang === 'vi' ? labelOf(list, value as CodeOf<typeof list>) : text.replace(/-/g, ' ');
    }
  } catch {
    // A detail that does not fit its type is shown as it is.
  }
  return asText(value);
}

/** "1.234,5" (Vietnamese) → "1,234.5" (English): swaps the two separators. */
function toEnglishDigits(vietnamese: string): string {
  return vietnamese.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
}

/**
 * The languages messages come in: `vi` (default, {@link MESSAGES}) and `en` ({@link MESSAGES_EN}).
 *
 * @category Messages
 */
export type MessageLanguage = 'vi' | 'en';

/**
 * Options of {@link formatMessage} and {@link messageOf}.
 *
 * @category Messages
 */
export interface MessageOptions {
  /** The language, `vi` by default. */
  readonly lang?: MessageLanguage;
}

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
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_CODE` for a code that has no message.
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
 * ```
 */
export function formatMessage(
  code: MessageCode,
  details: Readonly<Record<string, unknown>> = {},
  options: MessageOptions = {},
): string {
  const lang: MessageLanguage = options?.lang === 'en' ? 'en' : 'vi';
  const messages: Readonly<Record<string, string>> = lang === 'en' ? MESSAGES_EN : MESSAGES;
  const template =
    typeof code === 'string' && Object.hasOwn(messages, code) ? messages[code] : undefined;
  if (template === undefined) {
    return fail('UNKNOWN_CODE', `formatMessage: no message for code ${describeValue(code)}.`, {
      list: 'MessageCode',
      value: detailValue(code),
    });
  }
  const values: Readonly<Record<string, unknown>> =
    typeof details === 'object' && details !== null ? details : {};
  const present = (names: string): string | undefined =>
    names
      .split('|')
      .find((candidate) => Object.hasOwn(values, candidate) && values[candidate] !== undefined);
  const filled = (name: string | undefined): boolean =>
    name !== undefined && values[name] !== null && values[name] !== '';
  return template
    .replace(OPTIONAL, (_match, part: string) =>
      [...part.matchAll(PLACEHOLDER)].every((placeholder) => filled(present(placeholder[1] ?? '')))
        ? part
        : '',
    )
    .replace(PLACEHOLDER, (_match, names: string, type: string | undefined) => {
      const name = present(names);
      return name === undefined ? '…' : formatParameter(values[name], type, lang);
    });
}
