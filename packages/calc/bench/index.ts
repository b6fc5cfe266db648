import { cpus } from 'node:os';
import Decimal from 'decimal.js';
import { dinero, allocate as dineroAllocate, toSnapshot } from 'dinero.js';
import { VND } from 'dinero.js/currencies';
import {
  allocate,
  BUILT_IN_RULE_SETS,
  computeSupport,
  createRollUp,
  createRuleSetRegistry,
  DAK_LAK_2025,
  type RollUpGroup,
  sum,
  TT_28_2018,
} from '../src/index';
import { type BenchItem, makeAmounts, makeDates, makeItems } from './data';
import { measure, measureTogether, type Timing } from './measure';

const N = 1_000_000;
const amounts = makeAmounts(N);
const RATIOS = [15, 15, 70];
const CAP = new Decimal('300000000');
const LOCAL_CAP = new Decimal('800000000');
const registry = createRuleSetRegistry(BUILT_IN_RULE_SETS);
/** Approval dates under TT 28/2018 (2019-2024) and under the Đắk Lắk 2025 resolution. */
const NATIONAL_DATES = makeDates('2019-01-01', 2190);
const LOCAL_DATES = makeDates('2025-07-26', 150);

function sumBigIntLoop(): string {
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  return total.toString();
}

function sumDecimalLoop(): string {
  let total = new Decimal(0);
  for (const amount of amounts) total = total.plus(amount);
  return total.toFixed();
}

function supportOurs(): string {
  let last = '';
  for (const amount of amounts) {
    last = computeSupport({
      ruleSet: TT_28_2018,
      activity: 'machinery',
      eligibleCost: amount,
    }).amount;
  }
  return last;
}

/** The same, the rule set selected by fund and approval date from a registry. */
function supportSelected(): string {
  let last = '';
  for (let i = 0; i < N; i += 1) {
    last = computeSupport({
      registry,
      fund: 'national',
      date: NATIONAL_DATES[i % NATIONAL_DATES.length] as string,
      activity: 'machinery',
      eligibleCost: amounts[i] as string,
    }).amount;
  }
  return last;
}

/** Đắk Lắk 2025 demonstration model (30%, at most 800 triệu), handed the rule set. */
function localHanded(): string {
  let last = '';
  for (const amount of amounts) {
    last = computeSupport({
      ruleSet: DAK_LAK_2025,
      activity: 'demonstration-model',
      eligibleCost: amount,
    }).amount;
  }
  return last;
}

/** The same, selected by fund, province and date. */
function localSelected(): string {
  let last = '';
  for (let i = 0; i < N; i += 1) {
    last = computeSupport({
      registry,
      fund: 'local',
      province: 'dak-lak-2025',
      date: LOCAL_DATES[i % LOCAL_DATES.length] as string,
      activity: 'demonstration-model',
      eligibleCost: amounts[i] as string,
    }).amount;
  }
  return last;
}

/** min(floor(30% × cost), 800 triệu) with decimal.js. */
function localDecimal(): string {
  let last = '';
  for (const amount of amounts) {
    const rateLimit = new Decimal(amount).times('0.3').toDecimalPlaces(0, Decimal.ROUND_FLOOR);
    last = (rateLimit.lte(LOCAL_CAP) ? rateLimit : LOCAL_CAP).toFixed();
  }
  return last;
}

/** What a developer writes by hand: min(floor(50% × cost), 300 triệu) with decimal.js. */
function supportDecimal(): string {
  let last = '';
  for (const amount of amounts) {
    const rateLimit = new Decimal(amount).times('0.5').toDecimalPlaces(0, Decimal.ROUND_FLOOR);
    const binding = rateLimit.lte(CAP) ? 'rate' : 'cap';
    last = (binding === 'rate' ? rateLimit : CAP).toFixed();
  }
  return last;
}

function allocateOurs(): string[] {
  let last: string[] = [];
  for (const amount of amounts) last = allocate(amount, RATIOS);
  return last;
}

function allocateDinero(): string[] {
  let last: string[] = [];
  for (const amount of amounts) {
    last = dineroAllocate(dinero({ amount: Number(amount), currency: VND }), RATIOS).map((part) =>
      String(toSnapshot(part).amount),
    );
  }
  return last;
}

/** A digest of roll-up results, to check that both implementations agree. */
function digest(total: RollUpGroup, groups: readonly (readonly RollUpGroup[])[]): string {
  const line = (g: RollUpGroup) =>
    `${g.key}:${g.count}:${g.totalCost}:${g.funding.national}:${g.funding.local}:${g.funding.counterpart}:${g.funding.other}`;
  return [line(total), ...groups.map((list) => list.map(line).join('|'))].join('\n');
}

function rollUpOurs(): string {
  const totals = createRollUp<BenchItem, 'province' | 'fund' | 'year'>({
    by: { province: 'province', fund: 'fund', year: 'year' },
  });
  for (const item of items) totals.add(item);
  const { total, by } = totals.result();
  return digest(total, [by.province, by.fund, by.year]);
}

interface HandSums {
  key: string;
  count: number;
  totalCost: bigint;
  national: bigint;
  local: bigint;
  counterpart: bigint;
  other: bigint;
}

/** A hand-written roll-up: BigInt of every amount (unchecked), one Map per key. */
function rollUpByHand(): string {
  const empty = (key: string): HandSums => ({
    key,
    count: 0,
    totalCost: 0n,
    national: 0n,
    local: 0n,
    counterpart: 0n,
    other: 0n,
  });
  const total = empty('*');
  const maps = [
    new Map<string, HandSums>(),
    new Map<string, HandSums>(),
    new Map<string, HandSums>(),
  ];
  const into = (
    sums: HandSums,
    cost: bigint,
    nat: bigint,
    loc: bigint,
    cp: bigint,
    oth: bigint,
  ) => {
    sums.count += 1;
    sums.totalCost += cost;
    sums.national += nat;
    sums.local += loc;
    sums.counterpart += cp;
    sums.other += oth;
  };
  for (const item of items) {
    const { funding } = item;
    const cost = BigInt(item.totalCost);
    const nat = funding.national === undefined ? 0n : BigInt(funding.national);
    const loc = funding.local === undefined ? 0n : BigInt(funding.local);
    const cp = BigInt(funding.counterpart);
    into(total, cost, nat, loc, cp, 0n);
    const keys = [item.location.provinceId, item.fund, String(item.year)];
    for (let k = 0; k < 3; k += 1) {
      const map = maps[k] as Map<string, HandSums>;
      const key = keys[k] as string;
      let sums = map.get(key);
      if (sums === undefined) {
        sums = empty(key);
        map.set(key, sums);
      }
      into(sums, cost, nat, loc, cp, 0n);
    }
  }
  const asGroup = (s: HandSums): RollUpGroup => ({
    key: s.key,
    count: s.count,
    totalCost: `${s.totalCost}`,
    funding: {
      national: `${s.national}`,
      local: `${s.local}`,
      counterpart: `${s.counterpart}`,
      other: `${s.other}`,
    },
    support: `${s.national + s.local}`,
    supportShare: null,
    counterpartShare: null,
  });
  return digest(
    asGroup(total),
    maps.map((map) => [...map.values()].map(asGroup)),
  );
}

function row(task: string, ours: Timing, other: Timing, target: string): string {
  const ratio = other.ms / ours.ms;
  return `| ${task} | ${ours.ms.toFixed(0)} | ${other.name} | ${other.ms.toFixed(0)} | ${ratio.toFixed(2)}× | ${target} |`;
}

const yes = (ok: boolean): string => (ok ? 'yes' : 'NO');

const started = performance.now();
const sumOurs = measure('sum', () => sum(amounts));
const sumBig = measure('bigint loop', sumBigIntLoop);
const sumDec = measure('decimal.js loop', sumDecimalLoop);
if (sumOurs.result !== sumBig.result || sumBig.result !== sumDec.result)
  throw new Error('sums differ');
const [supOurs, supSel, supDec] = measureTogether([
  ['handed the rule set', supportOurs],
  ['selected by fund/date', supportSelected],
  ['decimal.js by hand', supportDecimal],
]) as [Timing, Timing, Timing];
if (supOurs.result !== supDec.result || supSel.result !== supDec.result)
  throw new Error('supports differ');
const [locOurs, locSel, locDec] = measureTogether([
  ['handed the rule set', localHanded],
  ['selected by fund/province/date', localSelected],
  ['decimal.js by hand', localDecimal],
]) as [Timing, Timing, Timing];
if (locOurs.result !== locDec.result || locSel.result !== locDec.result)
  throw new Error('local supports differ');

const allocOurs = measure('allocate', allocateOurs, 1);
const allocDinero = measure('dinero.js allocate', allocateDinero, 1);
const items = makeItems(amounts);
const [rollOurs, rollHand] = measureTogether([
  ['createRollUp', rollUpOurs],
  ['bigint loop with Maps', rollUpByHand],
]) as [Timing, Timing];
if (rollOurs.result !== rollHand.result) throw new Error('roll-ups differ');

const lines = [
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${N.toLocaleString('en')} amounts, best of the runs, ms.`,
  '',
  '| task | ours (ms) | compared with | theirs (ms) | theirs / ours | target |',
  '|---|---|---|---|---|---|',
  row('sum', sumOurs, sumBig, 'within 2× of bigint (ratio ≥ 0.5)'),
  row('sum', sumOurs, sumDec, '—'),
  row('support (TT 28 machinery)', supOurs, supDec, '≥ 5×'),
  row('support, TT 28 selected by fund/date', supSel, supDec, '≥ 5×'),
  row('support, TT 28 selected by fund/date', supSel, supOurs, 'within 1.5× (ratio ≥ 0.67)'),
  row('support (Đắk Lắk 2025 demonstration model)', locOurs, locDec, '≥ 5×'),
  row('support, Đắk Lắk selected by fund/province/date', locSel, locDec, '≥ 5×'),
  row(
    'support, Đắk Lắk selected by fund/province/date',
    locSel,
    locOurs,
    'within 1.5× (ratio ≥ 0.67)',
  ),
  row('allocate [15, 15, 70]', allocOurs, allocDinero, '—'),
  row('createRollUp, 3 keys (province, fund, year)', rollOurs, rollHand, '—'),
  '',
  `sum within 2× of the bigint loop: ${yes(sumBig.ms / sumOurs.ms >= 0.5)}; support ≥ 5× faster than decimal.js: ${yes(Math.min(supDec.ms / supOurs.ms, supDec.ms / supSel.ms, locDec.ms / locOurs.ms, locDec.ms / locSel.ms) >= 5)}; selecting within 1.5× of being handed the rule set: ${yes(Math.max(supSel.ms / supOurs.ms, locSel.ms / locOurs.ms) <= 1.5)}.`,
  `createRollUp: ${(N / (rollOurs.ms / 1000)).toLocaleString('en', { maximumFractionDigits: 0 })} items/s; ${(rollOurs.ms / rollHand.ms).toFixed(2)}× the time of the hand-written bigint loop.`,
  `Total time ${((performance.now() - started) / 1000).toFixed(1)} s.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
