import { cutText } from './cutText';
import { describeValue } from './describeValue';

/** How many code units of a string `detailValue` keeps. */
const DETAIL_LENGTH = 200;

/**
 * A value for the details of an error, which are the parameters of translated messages: a string as it is
 * (not quoted) but cut at 200 characters with `…`, anything else as {@link describeValue} describes it.
 *
 * @param value - anything.
 * @returns e.g. `12a` for the string `'12a'`, `12n` for a bigint, `object`.
 */
export function detailValue(value: unknown): string {
  return typeof value === 'string' ? cutText(value, DETAIL_LENGTH) : describeValue(value);
}
