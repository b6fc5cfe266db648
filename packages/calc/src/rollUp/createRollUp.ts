import { type DecimalString, FUNDING_SOURCES } from '@khuyencong/domain';
import { ownValue } from '@khuyencong/internal';
import { invalidArgument } from '../_internal/assertIterable';
import { ExactSums, smallAmount } from '../_internal/exactSum';
import { invalidOption, readOptions } from '../_internal/options';
import { parseAmount } from '../_internal/parseAmount';
import {
  percentString,
  type ResolvedPercentOptions,
  readPercentOptions,
} from '../_internal/percentString';
import { rollUpKeyFunction } from '../_internal/rollUpKeyFunction';
import type { PercentOptions } from '../rounding/PercentOptions';
import type { RollUpGroup } from './RollUpGroup';
import type { RollUpItem } from './RollUpItem';
import type { RollUpKey } from './RollUpKey';

/**
 * Options of {@link createRollUp}.
 *
 * @typeParam T - the items.
 * @typeParam K - the names of the groupings.
 * @category Roll-ups
 */
export interface RollUpAccumulatorOptions<T, K extends string> extends PercentOptions {
  /**
   * One grouping per name: a built-in key or a function giving each item's group key, e.g.
   * `{ province: 'province', region: 'region', kind: (item) => item.kind }`.
   */
  readonly by: Readonly<Record<K, RollUpKey | ((item: T) => string)>>;
  /** Maps a province id to its region id; required when a grouping is `'region'`. */
  readonly regionOf?: (provinceId: string) => string;
}

/**
 * The totals of {@link createRollUp} so far: everything together, and the groups of every grouping.
 *
 * @typeParam K - the names of the groupings.
 * @category Roll-ups
 */
export interface RollUpTotals<K extends string> {
  /** Everything together (key `'*'`). */
  readonly total: RollUpGroup;
  /** The groups of each grouping, in order of first appearance; each grouping's groups add up to `total`. */
  readonly by: Readonly<Record<K, readonly RollUpGroup[]>>;
}

/**
 * An incremental roll-up made by {@link createRollUp}: add items one at a time, read the totals at any
 * time.
 *
 * @typeParam T - the items.
 * @typeParam K - the names of the groupings.
 * @category Roll-ups
 */
export interface RollUpAccumulator<T, K extends string> {
  /**
   * Adds one item: its amounts are parsed once and added to the total and to its group in every grouping.
   * Throws `INVALID_AMOUNT` naming the item by its position among the calls (`items[3].funding.local`),
   * `INVALID_ARGUMENT` for an item that is not an object, `INVALID_OPTION` for a key function that does not
   * return a string; after a throw nothing of the item was added.
   */
  add(item: T): void;
  /** How many items were added. */
  readonly count: number;
  /**
   * The totals so far. It changes nothing: call it at any time, then add more. The groups of each grouping
   * are in order of first appearance, and every grouping's sums add up exactly to `total`.
   */
  result(): RollUpTotals<K>;
  /**
   * The totals of one group so far, as {@link RollUpAccumulator.result | result()} gives them, without
   * finishing the others: `undefined` when no item has fallen in it (or `name` is not a grouping). Cheap at any
   * time, e.g. to check a subtotal row against the rows above it, grouped by section.
   */
  group(name: K, key: string): RollUpGroup | undefined;
}

/**
 * The count and the five exact sums of one group (slot 0 total cost, then 1 national, 2 local, 3 counterpart
 * and 4 other funding), in one object: an add touches one object per group, not six.
 */
class GroupSums extends ExactSums {
  count = 0;

  constructor() {
    super(5);
  }

  /** Counts an item and adds its five amounts. */
  addItem(
    cost: number | bigint,
    national: number | bigint,
    local: number | bigint,
    counterpart: number | bigint,
    other: number | bigint,
  ): void {
    this.count += 1;
    this.add(0, cost);
    this.add(1, national);
    this.add(2, local);
    this.add(3, counterpart);
    this.add(4, other);
  }
}

interface Grouping<T> {
  readonly name: string;
  readonly keyOf: (item: T) => string;
  readonly groups: Map<string, GroupSums>;
}

/**
 * Starts an incremental roll-up over several groupings at once (by province, by region and by fund, say):
 * each item added is parsed once and counted in the overall total and in one group of every grouping, so a
 * report over a national data set is one pass in memory that grows with the number of groups, not of items.
 * Sums are exact (bigint inside, whole-đồng strings out) and every grouping adds up to the total exactly.
 * An item is read by its own properties only (`totalCost`, `funding` and its sources, `location.provinceId`,
 * `fund`, `activity`, `year`: never one polluted onto `Object.prototype`); a funding key that is no funding
 * source (`locall`) is an `INVALID_ARGUMENT` error, reason `unknown-key`, never a silent 0.
 * {@link rollUp} is this with one grouping.
 *
 * @param options - `by` (one built-in key or key function per grouping name), `regionOf`, and the percent
 *   `decimals` / `rounding` of the shares.
 * @returns the accumulator: `add(item)`, `count`, `result()`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` for a `by` that is not an object, an unknown key
 *   (`by.region`), a missing `regionOf`, bad `decimals` or `rounding`.
 * @category Roll-ups
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createRollUp } from '@khuyencong/calc';
 * const totals = createRollUp({ by: { province: 'province', fund: 'fund' } });
 * for (const project of SEED_DATASET.projects) totals.add(project);
 * const { total, by } = totals.result();
 * [totals.count, total.support, by.province.map((group) => `${group.key} ${group.support}`), by.fund.map((group) => group.key)]
 * //=> [3, '776000000', ['da-nang 300000000', 'phu-yen 286000000', 'dak-lak 190000000'], ['local']]
 * ```
 */
export function createRollUp<T extends RollUpItem, K extends string>(
  options: RollUpAccumulatorOptions<T, K>,
): RollUpAccumulator<T, K> {
  const bag = readOptions(options);
  const by: unknown = bag.by;
  if (typeof by !== 'object' || by === null || Array.isArray(by)) {
    throw invalidOption('by', by, "an object of groupings, e.g. { province: 'province' }");
  }
  const groupings: Grouping<T>[] = Object.entries(by).map(([name, key]) => ({
    name,
    keyOf: rollUpKeyFunction<T>(key, bag.regionOf, `by.${name}`),
    groups: new Map(),
  }));
  const byName = new Map(groupings.map((grouping) => [grouping.name, grouping]));
  // The keys of the item being added, one per grouping (one array for every add).
  const keys: string[] = groupings.map(() => '');
  const percent = readPercentOptions(bag);
  const total = new GroupSums();
  let calls = 0;
  return Object.freeze({
    add(item: T): void {
      const index = calls;
      calls += 1;
      if (typeof item !== 'object' || item === null) {
        throw invalidArgument(`items[${index}]`, item, 'an object');
      }
      // Every key first, so that a key function that throws leaves nothing added.
      for (let position = 0; position < groupings.length; position += 1) {
        keys[position] = (groupings[position] as Grouping<T>).keyOf(item);
      }
      const cost = amount(ownValue(item, 'totalCost'), index, 'totalCost');
      // The funding's own keys only, each a known source: `locall` is an error, never a silent 0.
      let national: number | bigint = 0;
      let local: number | bigint = 0;
      let counterpart: number | bigint = 0;
      let other: number | bigint = 0;
      const funding: unknown = ownValue(item, 'funding');
      if (funding !== undefined) {
        if (typeof funding !== 'object' || funding === null) {
          throw invalidArgument(
            `items[${index}].funding`,
            funding,
            'an object of amounts by source',
          );
        }
        for (const source in funding) {
          if (!Object.hasOwn(funding, source)) continue;
          const value = (funding as Record<string, unknown>)[source];
          if (source === 'national') national = fundingAmount(value, index, source);
          else if (source === 'local') local = fundingAmount(value, index, source);
          else if (source === 'counterpart') counterpart = fundingAmount(value, index, source);
          else if (source === 'other') other = fundingAmount(value, index, source);
          else throw unknownSource(index, source);
        }
      }
      total.addItem(cost, national, local, counterpart, other);
      for (let position = 0; position < groupings.length; position += 1) {
        const { groups } = groupings[position] as Grouping<T>;
        const key = keys[position] as string;
        let sums = groups.get(key);
        if (sums === undefined) {
          sums = new GroupSums();
          groups.set(key, sums);
        }
        sums.addItem(cost, national, local, counterpart, other);
      }
    },
    get count(): number {
      return total.count;
    },
    result(): RollUpTotals<K> {
      const groups = groupings.map(({ name, groups: byKey }) => [
        name,
        Array.from(byKey, ([key, sums]) => finish(key, sums, percent)),
      ]);
      return {
        total: finish('*', total, percent),
        by: Object.fromEntries(groups) as Record<K, readonly RollUpGroup[]>,
      };
    },
    group(name: K, key: string): RollUpGroup | undefined {
      const sums = byName.get(name)?.groups.get(key);
      return sums === undefined ? undefined : finish(key, sums, percent);
    },
  });
}

function amount(value: unknown, index: number, field: string): number | bigint {
  return smallAmount(value) ?? parseAmount(value, `items[${index}].${field}`);
}

/** The error for a funding key that is no funding source (`locall`). */
function unknownSource(index: number, source: string): Error {
  return invalidArgument(
    `items[${index}].funding`,
    source,
    `keys among ${FUNDING_SOURCES.join(', ')}`,
    'unknown-key',
  );
}

function fundingAmount(value: unknown, index: number, source: string): number | bigint {
  return value === undefined ? 0 : amount(value, index, `funding.${source}`);
}

function finish(key: string, sums: GroupSums, percent: ResolvedPercentOptions): RollUpGroup {
  const totalCost = sums.value(0);
  const national = sums.value(1);
  const local = sums.value(2);
  const counterpart = sums.value(3);
  const support = national + local;
  const share = (part: bigint): DecimalString | null =>
    totalCost === 0n ? null : percentString(part, totalCost, percent, 'totalCost');
  return {
    key,
    count: sums.count,
    totalCost: `${totalCost}`,
    funding: {
      national: `${national}`,
      local: `${local}`,
      counterpart: `${counterpart}`,
      other: `${sums.value(4)}`,
    },
    support: `${support}`,
    supportShare: share(support),
    counterpartShare: share(counterpart),
  };
}
