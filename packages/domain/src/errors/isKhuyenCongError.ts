import { KHUYENCONG_ERROR_BRAND, type KhuyenCongError } from './KhuyenCongError';

/**
 * Whether a value is a {@link KhuyenCongError}, optionally with one of the given codes. Works across
 * duplicate copies of the packages because it checks a global symbol brand, never `instanceof`.
 *
 * @param value - anything caught.
 * @param codes - when given, the error's code must be one of them (an array; anything else matches no code).
 * @returns `true` when `value` is a khuyencong error (with a matching code); never throws.
 * @category Errors
 * @example
 * ```ts
 * import { KhuyenCongError, isKhuyenCongError } from '@khuyencong/domain';
 * const error = new KhuyenCongError('INVALID_DATE', 'bad date');
 * [isKhuyenCongError(error), isKhuyenCongError(error, ['INVALID_AMOUNT']), isKhuyenCongError(new Error('x'))]
 * //=> [true, false, false]
 * isKhuyenCongError(error, null as never)
 * //=> false
 * ```
 */
export function isKhuyenCongError<C extends string = string>(
  value: unknown,
  codes?: readonly C[],
): value is KhuyenCongError<C> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as {
    readonly [KHUYENCONG_ERROR_BRAND]?: unknown;
    readonly code?: unknown;
  };
  if (candidate[KHUYENCONG_ERROR_BRAND] !== true || typeof candidate.code !== 'string')
    return false;
  // Codes that are not an array (`null`, a string, a Set) match nothing: a predicate never throws.
  return codes === undefined || (Array.isArray(codes) && codes.includes(candidate.code));
}
