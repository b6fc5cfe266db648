import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { CODE_LISTS, type CodeListName, type CodeOf } from './codeLists';

/**
 * Whether a value is a code of the named list.
 *
 * @param list - the list name, e.g. `'activity'`.
 * @param value - anything.
 * @returns `true` when `value` is one of the list's codes.
 * @category Codes
 * @example
 * ```ts
 * import { isCode } from '@khuyencong/domain';
 * [isCode('activity', 'machinery'), isCode('activity', 'Machinery'), isCode('fundingSource', 'local')]
 * //=> [true, false, true]
 * ```
 */
export function isCode<L extends CodeListName>(list: L, value: unknown): value is CodeOf<L> {
  return typeof value === 'string' && (CODE_LISTS[list] as readonly string[]).includes(value);
}

/**
 * Returns the value typed as a code of the named list, or throws.
 *
 * @param list - the list name, e.g. `'fundingSource'`.
 * @param value - anything.
 * @returns the value, typed.
 * @throws {@link KhuyenCongError} `UNKNOWN_CODE` when the value is not in the list.
 * @category Codes
 * @example
 * ```ts
 * import { assertCode } from '@khuyencong/domain';
 * assertCode('fundingSource', 'national')
 * //=> 'national'
 * ```
 */
export function assertCode<L extends CodeListName>(list: L, value: unknown): CodeOf<L> {
  if (isCode(list, value)) return value;
  return fail(
    'UNKNOWN_CODE',
    `${describeValue(value)} is not a ${list} code; expected one of ${CODE_LISTS[list].join(', ')}.`,
    { list, value: detailValue(value) },
  );
}
