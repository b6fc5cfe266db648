/**
 * The most digits an amount may have anywhere in khuyencong: a whole-đồng string, a bigint, a cell of a
 * sheet, a number read in words. Far beyond any VND total (the state budget is about 2 × 10¹⁵ đồng), it
 * keeps every product of two amounts small and every text about one short. Longer input is a coded error
 * (`INVALID_AMOUNT` with reason `too-long`, or the package's own code), never a slow or silent result.
 *
 * @category Money
 * @example
 * ```ts
 * import { MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
 * MAX_AMOUNT_DIGITS
 * //=> 300
 * ```
 */
export const MAX_AMOUNT_DIGITS = 300;
