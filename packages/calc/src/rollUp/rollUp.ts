import {
  type DecimalString,
  FUNDING_SOURCES,
  type FundingSource,
  type VndAmount,
} from '@khuyencong/domain';
import { assertIterable, invalidArgument } from '../_internal/assertIterable';
import { invalidOption, readOptions } from '../_internal/options';
import { parseAmount } from '../_internal/parseAmount';
import { percentString, readPercentOptions } from '../_internal/percentString';
import { type AttainmentResult, attainment } from '../attainment/attainment';
import type { AmountInput } from '../money/AmountInput';
import type { PercentOptions } from '../rounding/PercentOptions';

/**
 * What {@link rollUp} needs of an item; a `Project` of `@khuyencong/domain` is one, and a report line
 * with the same fields is too.
 *
 * @category Roll-ups
 */
export interface RollUpItem {
  /** Total cost, whole đồng. */
  readonly totalCost: AmountInput;
  /** Amount per funding source, whole đồng. */
  readonly funding: Readonly<Partial<Record<FundingSource, AmountInput>>>;
  /** The activity, for `by: 'activity'`. */
  readonly activity?: string;
  /** The state fund, for `by: 'fund'`. */
  readonly fund?: string;
  /** The year, for `by: 'year'`. */
  readonly year?: number;
  /** The location, for `by: 'province'` and `by: 'region'`. */
  readonly location?: { readonly provinceId: string };
}

/**
 * The built-in group keys: `province` (`location.provinceId`), `region` (through `regionOf`), `fund`,
 * `activity`, `year` (the period).
 *
 * @category Roll-ups
 */
export type RollUpKey = 'province' | 'region' | 'fund' | 'activity' | 'year';

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
 * The totals of one group (or of everything).
 *
 * @category Roll-ups
 */
export interface RollUpGroup {
  /** The group key (`''` for items without one; `'*'` for the overall total). */
  readonly key: string;
  /** Number of items. */
  readonly count: number;
  /** Sum of total costs. */
  readonly totalCost: VndAmount;
  /** Sum per funding source (every source, `'0'` when none). */
  readonly funding: Readonly<Record<FundingSource, VndAmount>>;
  /** State support: national + local. */
  readonly support: VndAmount;
  /** Support / total cost in percent, or `null` when the total cost is 0. */
  readonly supportShare: DecimalString | null;
  /** Counterpart / total cost in percent, or `null` when the total cost is 0. */
  readonly counterpartShare: DecimalString | null;
  /** Attainment of support against the group's plan, when `planned` has the key (`'*'`: all plans). */
  readonly attainment?: AttainmentResult;
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

interface Accumulator {
  count: number;
  totalCost: bigint;
  readonly funding: Record<FundingSource, bigint>;
}

/**
 * Aggregates projects or report lines by province, region, fund, activity, year or any key function, in
 * one pass over any iterable: memory grows with the number of groups, not of items, so a national data set
 * can be streamed. Totals are exact, and the overall total equals the sum of the groups.
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
  const keyOf = keyFunction(bag);
  const percent = readPercentOptions(bag);
  const groups = new Map<string, Accumulator>();
  const all = emptyAccumulator();
  let index = 0;
  for (const item of items) {
    if (typeof item !== 'object' || item === null)
      throw invalidArgument(`items[${index}]`, item, 'an object');
    const key = keyOf(item);
    let group = groups.get(key);
    if (group === undefined) {
      group = emptyAccumulator();
      groups.set(key, group);
    }
    add(group, all, item, `items[${index}]`);
    index += 1;
  }
  const planned = bag.planned ?? {};
  const plannedTotal = Object.hasOwn(planned, '*')
    ? planned['*']
    : Object.keys(planned).length > 0
      ? Object.values(planned).reduce<bigint>(
          (total, plan) => total + parseAmount(plan, 'planned'),
          0n,
        )
      : undefined;
  return {
    groups: [...groups].map(([key, group]) => finish(key, group, planned[key], percent)),
    total: finish('*', all, plannedTotal, percent),
  };
}

function emptyAccumulator(): Accumulator {
  return {
    count: 0,
    totalCost: 0n,
    funding: { national: 0n, local: 0n, counterpart: 0n, other: 0n },
  };
}

function add(group: Accumulator, all: Accumulator, item: RollUpItem, where: string): void {
  const cost = parseAmount(item.totalCost, `${where}.totalCost`);
  group.count += 1;
  all.count += 1;
  group.totalCost += cost;
  all.totalCost += cost;
  const funding = item.funding ?? {};
  for (const source of FUNDING_SOURCES) {
    const value = funding[source];
    if (value === undefined) continue;
    const amount = parseAmount(value, `${where}.funding.${source}`);
    group.funding[source] += amount;
    all.funding[source] += amount;
  }
}

function finish(
  key: string,
  group: Accumulator,
  planned: AmountInput | bigint | undefined,
  percent: ReturnType<typeof readPercentOptions>,
): RollUpGroup {
  const support = group.funding.national + group.funding.local;
  const share = (part: bigint): DecimalString | null =>
    group.totalCost === 0n ? null : percentString(part, group.totalCost, percent, 'totalCost');
  const result: RollUpGroup = {
    key,
    count: group.count,
    totalCost: `${group.totalCost}`,
    funding: {
      national: `${group.funding.national}`,
      local: `${group.funding.local}`,
      counterpart: `${group.funding.counterpart}`,
      other: `${group.funding.other}`,
    },
    support: `${support}`,
    supportShare: share(support),
    counterpartShare: share(group.funding.counterpart),
  };
  if (planned === undefined) return result;
  return {
    ...result,
    attainment: attainment(support, planned, {
      decimals: percent.decimals,
      rounding: percent.mode,
    }),
  };
}

function keyFunction<T extends RollUpItem>(
  options: Partial<RollUpOptions<T>>,
): (item: T) => string {
  const { by, regionOf } = options;
  if (typeof by === 'function') {
    return (item) => {
      const key = by(item);
      if (typeof key !== 'string')
        throw invalidOption('by', key, 'a function returning a string key');
      return key;
    };
  }
  switch (by) {
    case 'province':
      return (item) => item.location?.provinceId ?? '';
    case 'region':
      if (typeof regionOf !== 'function') {
        throw invalidOption(
          'regionOf',
          regionOf,
          "a function (provinceId) => regionId for by: 'region'",
        );
      }
      return (item) =>
        item.location === undefined ? '' : String(regionOf(item.location.provinceId));
    case 'fund':
      return (item) => item.fund ?? '';
    case 'activity':
      return (item) => item.activity ?? '';
    case 'year':
      return (item) => (item.year === undefined ? '' : String(item.year));
    default:
      throw invalidOption('by', by, 'province, region, fund, activity, year or a key function');
  }
}
