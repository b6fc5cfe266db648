import { assertIterable, invalidArgument } from '../_internal/assertIterable';
import { readOptions } from '../_internal/options';
import type { CalcFinding } from './CalcFinding';
import type { CheckOptions } from './checkPartsSum';

/**
 * Checks that counts per part (đề án per fund, per activity...) add up to the stated count.
 *
 * @param total - the stated count.
 * @param parts - the counts of the parts.
 * @param options - `field` (default `counts`).
 * @returns no finding when they add up, else a `COUNTS_DO_NOT_SUM_TO_TOTAL` error.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a count that is not a non-negative safe integer.
 * @category Consistency checks
 * @example
 * ```ts
 * import { checkCountsSum } from '@khuyencong/calc';
 * [checkCountsSum(65, [56, 9]).length, checkCountsSum(16, [7, 4, 1, 2])[0]?.details['difference']]
 * //=> [0, '-2']
 * ```
 */
export function checkCountsSum(
  total: number,
  parts: Iterable<number>,
  options?: Pick<CheckOptions, 'field'>,
): CalcFinding[] {
  const field = readOptions(options).field ?? 'counts';
  const stated = readCount(total, 'total');
  assertIterable<unknown>(parts, 'parts');
  let partsSum = 0;
  let index = 0;
  for (const part of parts) {
    partsSum += readCount(part, `parts[${index}]`);
    index += 1;
  }
  if (partsSum === stated) return [];
  return [
    {
      code: 'COUNTS_DO_NOT_SUM_TO_TOTAL',
      severity: 'error',
      details: {
        field,
        total: `${stated}`,
        partsSum: `${partsSum}`,
        difference: `${partsSum - stated}`,
      },
    },
  ];
}

function readCount(value: unknown, parameter: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw invalidArgument(parameter, value, 'a count (a non-negative safe integer)');
}
