import { CODE_LISTS, type CodeListName, type CodeOf } from '@khuyencong/domain';
import { describeValue, detailValue, fail } from '../_internal/fail';
import { LABELS } from './LABELS';

/**
 * The Vietnamese label of one code.
 *
 * @param list - the code list, e.g. `'fundingSource'`.
 * @param code - a code of that list.
 * @returns its label, e.g. `'vốn đối ứng'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_CODE` for a list or code that does not exist (JS callers).
 * @category Labels
 * @example
 * ```ts
 * import { labelOf } from '@khuyencong/i18n-vi';
 * [labelOf('fundingSource', 'counterpart'), labelOf('beneficiaryKind', 'household-business')]
 * //=> ['vốn đối ứng', 'hộ kinh doanh']
 * ```
 */
export function labelOf<L extends CodeListName>(list: L, code: CodeOf<L>): string {
  const lists: Readonly<Record<string, Readonly<Record<string, string>>>> = LABELS;
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
