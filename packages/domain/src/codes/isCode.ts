import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { CODE_LISTS, type CodeListName, type CodeOf } from './codeLists';

/**
 * Whether a value is a code of the named list.
 *
 * @param list - the list name, e.g. `'activity'`.
 * @param value - anything.
 * @returns `true` when `value` is one of the list's codes; `false` for anything else, and for a `list` that is
 *   not a list name (`'__proto__'`, `undefined`): a predicate never throws.
 * @category Codes
 * @example
 * ```ts
 * import { isCode } from '@khuyencong/domain';
 * [isCode('activity', 'machinery'), isCode('activity', 'Machinery'), isCode('fundingSource', 'local')]
 * //=> [true, false, true]
 * [isCode('__proto__' as never, 'x'), isCode('activity', new String('machinery'))]
 * //=> [false, false]
 * ```
 */
export function isCode<L extends CodeListName>(list: L, value: unknown): value is CodeOf<L> {
  const codes = codesOf(list);
  return codes !== undefined && typeof value === 'string' && codes.includes(value);
}

/** The codes of a list named by an own key of {@link CODE_LISTS} (never `'__proto__'` or `'toString'`). */
function codesOf(list: unknown): readonly string[] | undefined {
  return typeof list === 'string' && Object.hasOwn(CODE_LISTS, list)
    ? (CODE_LISTS[list as CodeListName] as readonly string[])
    : undefined;
}

/**
 * Returns the value typed as a code of the named list, or throws.
 *
 * @param list - the list name, e.g. `'fundingSource'`.
 * @param value - anything.
 * @returns the value, typed.
 * @throws {@link KhuyenCongError} `UNKNOWN_CODE` when the value is not in the list (details `list`, `value`),
 *   or when `list` is not a list name (details `list: 'CodeListName'` and `value`: the list given).
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
  if (codesOf(list) === undefined) {
    return fail(
      'UNKNOWN_CODE',
      `${describeValue(list)} is not a code list; expected one of ${Object.keys(CODE_LISTS).join(', ')}.`,
      { list: 'CodeListName', value: detailValue(list) },
    );
  }
  return fail(
    'UNKNOWN_CODE',
    `${describeValue(value)} is not a ${list} code; expected one of ${CODE_LISTS[list].join(', ')}.`,
    { list, value: detailValue(value) },
  );
}
