import { assertIterable } from '../_internal/assertIterable';
import { readOptions } from '../_internal/options';
import { parseAmount } from '../_internal/parseAmount';
import { readPercentOptions } from '../_internal/percentString';
import { rollUpKeyFunction } from '../_internal/rollUpKeyFunction';
import { attainment } from '../attainment/attainment';
import type { AmountInput } from '../money/AmountInput';
import type { PercentOptions } from '../rounding/PercentOptions';
import { createRollUp } from './createRollUp';
import type { RollUpGroup } from './RollUpGroup';
import type { RollUpItem } from './RollUpItem';
import type { RollUpKey } from './RollUpKey';

/**
 * Options of {@link rollUp}.
 *
 * @category Roll-ups
 */
export interface RollUpOptions<T> extends PercentOptions {
  /** A built-in key or a function giving each item's group key. */
  readonly by: RollUpKey | ((item: T) => string);
  /** Maps a province id to its region id; required for `by: 'region'`. */
  readonly regionOf?: (provinceId: string) => string;
  /** The plan per group key (whole đồng), to compute each group's attainment of support. */
  readonly planned?: Readonly<Record<string, AmountInput>>;
}

/**
 * The result of {@link rollUp}: the groups in order of first appearance and the overall total, which
 * equals the sum of the groups exactly.
 *
 * @category Roll-ups
 */
export interface RollUpResult {
  /** One entry per group key. */
  readonly groups: readonly RollUpGroup[];
  /** Everything together (key `'*'`). */
  readonly total: RollUpGroup;
}

/**
 * Aggregates projects or report lines by province, region, fund, activity, year or any key function, in
 * one pass over any iterable: memory grows with the number of groups, not of items, so a national data set
 * can be streamed. Totals are exact, and the overall total equals the sum of the groups. To group by
 * several keys at once, or to add items as they come, use {@link createRollUp}.
 *
 * @param items - projects or lines with `totalCost` and `funding` (any iterable).
 * @param options - `by`, `regionOf`, `planned` per group, and the percent `decimals` / `rounding` of shares.
 * @returns `{ groups, total }`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` for an unknown `by` or a missing `regionOf`;
 *   `INVALID_AMOUNT` naming the item (`items[3].funding.local`); `INVALID_ARGUMENT`.
 * @category Roll-ups
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { rollUp } from '@khuyencong/calc';
 * const { groups, total } = rollUp(SEED_DATASET.projects, { by: 'province' });
 * [groups.map((group) => `${group.key} ${group.support}`), total.totalCost, total.supportShare]
 * //=> [['da-nang 300000000', 'phu-yen 286000000', 'dak-lak 190000000'], '3059000000', '25.37']
 * ```
 */
export function rollUp<T extends RollUpItem>(
  items: Iterable<T>,
  options: RollUpOptions<T>,
): RollUpResult {
  assertIterable<T>(items, 'items');
  const bag = readOptions<RollUpOptions<T>>(options);
  const { decimals, rounding } = bag;
  const accumulator = createRollUp<T, 'group'>({
    by: { group: rollUpKeyFunction<T>(bag.by, bag.regionOf, 'by') },
    ...(decimals === undefined ? {} : { decimals }),
    ...(rounding === undefined ? {} : { rounding }),
  });
  for (const item of items) accumulator.add(item);
  const { total, by } = accumulator.result();
  const planned = readOptions(bag.planned, 'planned');
  const plannedTotal = Object.hasOwn(planned, '*')
    ? planned['*']
    : Object.keys(planned).length > 0
      ? Object.values(planned).reduce<bigint>((sum, plan) => sum + parseAmount(plan, 'planned'), 0n)
      : undefined;
  const percent = readPercentOptions(bag);
  const withPlan = (group: RollUpGroup, plan: AmountInput | bigint | undefined): RollUpGroup =>
    plan === undefined
      ? group
      : {
          ...group,
          attainment: attainment(BigInt(group.support), plan, {
            decimals: percent.decimals,
            rounding: percent.mode,
          }),
        };
  return {
    groups: by.group.map((group) => withPlan(group, planned[group.key])),
    total: withPlan(total, plannedTotal),
  };
}
