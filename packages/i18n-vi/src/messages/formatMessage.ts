import { CODE_LISTS, type CodeListName, type CodeOf } from '@khuyencong/domain';
import { describeValue, detailValue, fail } from '../_internal/fail';
import { formatDate } from '../format/formatDate';
import { formatNumber } from '../format/formatNumber';
import { formatPercent } from '../format/formatPercent';
import { formatVnd } from '../format/formatVnd';
import { labelOf } from '../labels/labelOf';
import { MESSAGES, type MessageCode } from './MESSAGES';

const PLACEHOLDER = /\{([A-Za-z|]+)(?::(vnd|percent|number|date|@[A-Za-z]+))?\}/g;

function asText(value: unknown): string {
  return typeof value === 'string' ? value : describeValue(value);
}

function formatParameter(value: unknown, type: string | undefined): string {
  try {
    if (type === 'vnd') {
      const text = String(value);
      return /\./.test(text) ? `${formatNumber(text)} đồng` : formatVnd(text);
    }
    if (type === 'percent') return formatPercent(String(value));
    if (type === 'number') return formatNumber(String(value));
    if (type === 'date') return formatDate(String(value), { style: 'numeric' });
    if (type?.startsWith('@') === true) {
      const list = type.slice(1) as CodeListName;
      return Object.hasOwn(CODE_LISTS, list)
        ? labelOf(list, value as CodeOf<typeof list>)
        : asText(value);
    }
  } catch {
    // A detail that does not fit its type is shown as it is.
  }
  return asText(value);
}

/**
 * Fills the Vietnamese message of a code with its details, formatting amounts, percents, numbers and dates the
 * Vietnamese way. A detail that is missing shows as "…"; one that does not fit its type is shown as it is.
 *
 * @param code - an error or finding code.
 * @param details - the details of the error or finding.
 * @returns the message.
 * @throws {@link @khuyencong/domain!KhuyenCongError} `UNKNOWN_CODE` for a code that has no message.
 * @category Messages
 * @example
 * ```ts
 * import { formatMessage } from '@khuyencong/i18n-vi';
 * formatMessage('PARTS_DO_NOT_SUM_TO_TOTAL', { field: 'budget', total: '5500000000', partsSum: '5000000000', difference: '-500000000' })
 * //=> 'Các khoản thành phần (budget) cộng lại được 5.000.000.000 đồng, không khớp với tổng 5.500.000.000 đồng (chênh lệch -500.000.000 đồng).'
 * ```
 */
export function formatMessage(
  code: MessageCode,
  details: Readonly<Record<string, unknown>> = {},
): string {
  const messages: Readonly<Record<string, string>> = MESSAGES;
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
  return template.replace(PLACEHOLDER, (_match, names: string, type: string | undefined) => {
    const name = names
      .split('|')
      .find((candidate) => Object.hasOwn(values, candidate) && values[candidate] !== undefined);
    return name === undefined ? '…' : formatParameter(values[name], type);
  });
}
