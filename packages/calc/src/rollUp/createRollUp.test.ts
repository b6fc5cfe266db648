import { FUNDING_SOURCES, isKhuyenCongError } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRollUp } from './createRollUp';
import type { RollUpGroup } from './RollUpGroup';
import type { RollUpItem } from './RollUpItem';
import type { RollUpKey } from './RollUpKey';
import { rollUp } from './rollUp';

const RUNS = { numRuns: 300 };

/** Amounts of every accepted form and size: around the 15-digit fast path, past 2^53, negative. */
const amount = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String),
  fc.bigInt({ min: 10n ** 14n, max: 10n ** 16n }).map(String),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
  fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
  fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
);
const item = fc.record(
  {
    totalCost: amount,
    funding: fc.record(
      { national: amount, local: amount, counterpart: amount, other: amount },
      { requiredKeys: [] },
    ),
    fund: fc.constantFrom('national', 'local'),
    activity: fc.constantFrom('machinery', 'media', 'demonstration-model'),
    year: fc.constantFrom(2023, 2024),
    location: fc.record({ provinceId: fc.constantFrom('da-nang', 'phu-yen', 'dak-lak', 'ha-noi') }),
  },
  { requiredKeys: ['totalCost', 'funding'] },
);
const items = fc.array(item, { maxLength: 40 });
const KEYS: readonly RollUpKey[] = ['province', 'region', 'fund', 'activity', 'year'];
const regionOf = (province: string): string => (province === 'ha-noi' ? 'north' : 'central');
/** Any non-empty set of groupings, built-in or key functions. */
const groupings = fc
  .subarray([...KEYS, 'custom'] as const, { minLength: 1 })
  .map((names) =>
    Object.fromEntries(
      names.map((name) => [
        name,
        name === 'custom' ? (i: RollUpItem) => `${i.fund ?? ''}/${i.year ?? ''}` : name,
      ]),
    ),
  );

function bigSum(groups: readonly RollUpGroup[], pick: (group: RollUpGroup) => string): bigint {
  return groups.reduce((total, group) => total + BigInt(pick(group)), 0n);
}

describe('createRollUp', () => {
  it("every grouping's groups add up exactly to the total, which is the exact bigint sum", () => {
    fc.assert(
      fc.property(items, groupings, (list, by) => {
        const totals = createRollUp({ by, regionOf });
        for (const one of list) totals.add(one);
        const { total, by: grouped } = totals.result();
        expect(totals.count).toBe(list.length);
        expect(total.count).toBe(list.length);
        expect(BigInt(total.totalCost)).toBe(list.reduce((t, i) => t + BigInt(i.totalCost), 0n));
        for (const source of FUNDING_SOURCES) {
          const expected = list.reduce((t, i) => t + BigInt(i.funding[source] ?? 0), 0n);
          expect(BigInt(total.funding[source])).toBe(expected);
        }
        expect(Object.keys(grouped)).toEqual(Object.keys(by));
        for (const groups of Object.values(grouped)) {
          expect(groups.reduce((count, group) => count + group.count, 0)).toBe(total.count);
          expect(bigSum(groups, (g) => g.totalCost)).toBe(BigInt(total.totalCost));
          expect(bigSum(groups, (g) => g.support)).toBe(BigInt(total.support));
          for (const source of FUNDING_SOURCES) {
            expect(bigSum(groups, (g) => g.funding[source])).toBe(BigInt(total.funding[source]));
          }
        }
      }),
      RUNS,
    );
  });

  it('result() between adds equals rollUp of the items so far, for every grouping', () => {
    fc.assert(
      fc.property(items, groupings, fc.constantFrom(0, 1, 4), (list, by, decimals) => {
        const totals = createRollUp({ by, regionOf, decimals });
        list.forEach((one, index) => {
          totals.add(one);
          if (index % 3 !== 0 && index !== list.length - 1) return;
          const prefix = list.slice(0, index + 1);
          const now = totals.result();
          for (const [name, key] of Object.entries(by)) {
            const expected = rollUp(prefix, { by: key, regionOf, decimals });
            expect(now.by[name]).toEqual(expected.groups);
            expect(now.total).toEqual(expected.total);
          }
          // non-destructive: asking again gives the same
          expect(totals.result()).toEqual(now);
        });
      }),
      RUNS,
    );
  });

  it('group(name, key) is the group of result(), at any time, and undefined for a key or grouping it has not', () => {
    fc.assert(
      fc.property(items, groupings, fc.nat(40), (list, by, cut) => {
        const totals = createRollUp({ by, regionOf });
        for (const [index, one] of list.entries()) {
          totals.add(one);
          if (index !== cut && index !== list.length - 1) continue;
          const { by: grouped } = totals.result();
          for (const [name, groups] of Object.entries(grouped)) {
            for (const group of groups) expect(totals.group(name, group.key)).toEqual(group);
            expect(totals.group(name, 'no such key')).toBeUndefined();
          }
          expect(totals.group('no such grouping' as never, '')).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it('lists the groups of each grouping in order of first appearance', () => {
    fc.assert(
      fc.property(items, (list) => {
        const totals = createRollUp({ by: { province: 'province', year: 'year' } });
        for (const one of list) totals.add(one);
        const { by } = totals.result();
        const firstSeen = (keys: string[]) => [...new Set(keys)];
        expect(by.province.map((g) => g.key)).toEqual(
          firstSeen(list.map((i) => i.location?.provinceId ?? '')),
        );
        expect(by.year.map((g) => g.key)).toEqual(
          firstSeen(list.map((i) => (i.year === undefined ? '' : String(i.year)))),
        );
      }),
      RUNS,
    );
  });

  it('adds nothing of an item that throws, and names it by its position among the calls', () => {
    const totals = createRollUp({ by: { province: 'province', fund: 'fund' } });
    totals.add({ totalCost: '100', funding: { local: '30' }, fund: 'local' });
    const before = totals.result();
    const bad = [
      { totalCost: '50', funding: { local: '10', counterpart: '4.5' }, fund: 'national' },
      { totalCost: 'x', funding: {}, fund: 'national' },
      null,
    ];
    const errors = bad.map((one) => {
      try {
        totals.add(one as RollUpItem);
      } catch (error) {
        if (isKhuyenCongError(error)) return [error.code, error.details['parameter']];
      }
      return undefined;
    });
    expect(errors).toEqual([
      ['INVALID_AMOUNT', 'items[1].funding.counterpart'],
      ['INVALID_AMOUNT', 'items[2].totalCost'],
      ['INVALID_ARGUMENT', 'items[3]'],
    ]);
    expect(totals.count).toBe(1);
    expect(totals.result()).toEqual(before);
    expect(before.by.fund.map((group) => group.key)).toEqual(['local']);
  });

  it('rejects bad options with INVALID_OPTION naming the grouping', () => {
    const parameterOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (isKhuyenCongError(error, ['INVALID_OPTION'])) return error.details['parameter'];
      }
      return undefined;
    };
    expect(parameterOf(() => createRollUp({ by: 'province' as never }))).toBe('by');
    expect(parameterOf(() => createRollUp({ by: { place: 'district' as 'province' } }))).toBe(
      'by.place',
    );
    expect(parameterOf(() => createRollUp({ by: { region: 'region' } }))).toBe('regionOf');
    expect(parameterOf(() => createRollUp({ by: {}, decimals: 21 }))).toBe('decimals');
    const numbered = createRollUp({ by: { n: () => 7 as unknown as string } });
    expect(parameterOf(() => numbered.add({ totalCost: '1', funding: {} }))).toBe('by.n');
    expect(numbered.count).toBe(0);
  });
});
