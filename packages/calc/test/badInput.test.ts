import { isKhuyenCongError } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import * as calc from '../src/index';

type Call = readonly [label: string, run: () => unknown, code: string];

/**
 * Every public function, fed bad input, must throw a coded KhuyenCongError (never a TypeError, NaN or a
 * silently wrong number). The table is checked against the runtime exports: a new exported function
 * without cases fails the first test.
 */
const BAD_INPUT: Readonly<Record<string, readonly Call[]>> = {
  sum: [
    [
      'boxed string (was 6: its characters)',
      () => calc.sum(new String('123') as never),
      'INVALID_ARGUMENT',
    ],
    ['bigint of 301 digits', () => calc.sum([10n ** 300n]), 'INVALID_AMOUNT'],
    ['string of 301 digits', () => calc.sum([`1${'0'.repeat(300)}`]), 'INVALID_AMOUNT'],
    ['fraction', () => calc.sum(['1.5']), 'INVALID_AMOUNT'],
    ['exponent', () => calc.sum(['7.35e10']), 'INVALID_AMOUNT'],
    ['grouping', () => calc.sum(['73.500.000.000']), 'INVALID_AMOUNT'],
    ['NaN', () => calc.sum([Number.NaN]), 'INVALID_AMOUNT'],
    ['Infinity', () => calc.sum([Number.POSITIVE_INFINITY]), 'INVALID_AMOUNT'],
    ['unsafe number', () => calc.sum([2 ** 53]), 'INVALID_AMOUNT'],
    ['float', () => calc.sum([0.1]), 'INVALID_AMOUNT'],
    ['empty string', () => calc.sum(['']), 'INVALID_AMOUNT'],
    ['spaces', () => calc.sum([' 1']), 'INVALID_AMOUNT'],
    ['plus sign', () => calc.sum(['+1']), 'INVALID_AMOUNT'],
    ['null item', () => calc.sum([null as unknown as string]), 'INVALID_AMOUNT'],
    ['a string, not a list', () => calc.sum('123' as unknown as string[]), 'INVALID_ARGUMENT'],
    ['undefined', () => calc.sum(undefined as unknown as string[]), 'INVALID_ARGUMENT'],
  ],
  subtract: [
    ['garbage', () => calc.subtract('abc', '1'), 'INVALID_AMOUNT'],
    ['float', () => calc.subtract('1', 1.5), 'INVALID_AMOUNT'],
  ],
  multiply: [
    [
      'bigint of 1001 digits (the +1 was dropped)',
      () => calc.multiply(10n ** 1000n + 1n, '1'),
      'INVALID_AMOUNT',
    ],
    ['bigint factor of 301 digits', () => calc.multiply('1', -(10n ** 300n)), 'INVALID_DECIMAL'],
    ['float factor', () => calc.multiply('100', 1.5), 'INVALID_DECIMAL'],
    ['exponent factor', () => calc.multiply('100', '1e2'), 'INVALID_DECIMAL'],
    [
      'bad rounding',
      () => calc.multiply('100', '1.5', { rounding: 'halfUp' as 'halfExpand' }),
      'INVALID_ROUNDING',
    ],
    ['bad decimals', () => calc.multiply('100', '1.5', { decimals: 21 }), 'INVALID_OPTION'],
    ['options not an object', () => calc.multiply('100', '2', 'floor' as never), 'INVALID_OPTION'],
  ],
  percentOf: [
    ['bad amount', () => calc.percentOf('1,5', '30'), 'INVALID_AMOUNT'],
    ['NaN percent', () => calc.percentOf('100', Number.NaN), 'INVALID_DECIMAL'],
    [
      'bad rounding',
      () => calc.percentOf('100', '30', { rounding: 'up' as 'ceil' }),
      'INVALID_ROUNDING',
    ],
  ],
  shareOf: [
    ['zero whole', () => calc.shareOf('1', '0'), 'DIVISION_BY_ZERO'],
    ['bad decimals', () => calc.shareOf('1', '2', { decimals: 1.5 }), 'INVALID_OPTION'],
    ['bigint-ish string', () => calc.shareOf('1n', '2'), 'INVALID_AMOUNT'],
  ],
  compare: [
    ['undefined', () => calc.compare(undefined as unknown as string, '1'), 'INVALID_AMOUNT'],
    ['object', () => calc.compare({} as unknown as string, '1'), 'INVALID_AMOUNT'],
  ],
  min: [
    ['empty', () => calc.min([]), 'EMPTY_INPUT'],
    ['bad item', () => calc.min(['1', 'x']), 'INVALID_AMOUNT'],
  ],
  max: [
    ['empty', () => calc.max([]), 'EMPTY_INPUT'],
    ['not iterable', () => calc.max(5 as unknown as string[]), 'INVALID_ARGUMENT'],
  ],
  allocate: [
    ['no ratios', () => calc.allocate('10', []), 'INVALID_RATIOS'],
    ['all zero', () => calc.allocate('10', [0, '0.0']), 'INVALID_RATIOS'],
    ['negative ratio', () => calc.allocate('10', [1, -1]), 'INVALID_RATIOS'],
    ['float ratio', () => calc.allocate('10', [0.5, 0.5]), 'INVALID_DECIMAL'],
    ['fractional total', () => calc.allocate('10.5', [1]), 'INVALID_AMOUNT'],
    [
      'unknown method',
      () => calc.allocate('10', [1], { method: 'dhondt' as 'largestRemainder' }),
      'INVALID_OPTION',
    ],
  ],
  attainment: [
    ['zero plan', () => calc.attainment('1', '0'), 'DIVISION_BY_ZERO'],
    ['negative achieved', () => calc.attainment('-1', '10'), 'INVALID_AMOUNT'],
    ['bad decimals', () => calc.attainment('1', '10', { decimals: -1 }), 'INVALID_OPTION'],
  ],
  checkReportedPercent: [
    ['zero plan', () => calc.checkReportedPercent('1', '0', '5'), 'DIVISION_BY_ZERO'],
    ['float percent', () => calc.checkReportedPercent('1', '2', 93.5), 'INVALID_DECIMAL'],
    [
      'unknown qualifier',
      () => calc.checkReportedPercent({ amount: '1', qualifier: 'gần' as 'nearly' }, '2', '50'),
      'INVALID_ARGUMENT',
    ],
    [
      'tolerance of 100%',
      () => calc.checkReportedPercent('1', '2', '50', { tolerance: '100' }),
      'INVALID_DECIMAL',
    ],
    ['negative percent', () => calc.checkReportedPercent('1', '2', '-50'), 'INVALID_DECIMAL'],
  ],
  impliedPlan: [
    ['empty interval of plans', () => calc.impliedPlan('1', '30.0'), 'INVALID_PERCENT'],
    ['zero percent', () => calc.impliedPlan('33800000000', '0'), 'INVALID_PERCENT'],
    ['zero achieved', () => calc.impliedPlan('0', '52.03'), 'INVALID_AMOUNT'],
    ['garbage percent', () => calc.impliedPlan('1', '52,03'), 'INVALID_DECIMAL'],
  ],
  computeSupport: [
    [
      'fund with no prototype',
      () =>
        calc.computeSupport({
          fund: Object.create(null),
          date: '2024-10-01',
          activity: 'machinery',
          eligibleCost: '1',
        }),
      'NO_RULE_SET',
    ],
    [
      'an array for a registry',
      () =>
        calc.computeSupport({
          fund: 'national',
          date: '2024-10-01',
          registry: [] as never,
          activity: 'machinery',
          eligibleCost: '1',
        }),
      'INVALID_ARGUMENT',
    ],
    ['no input', () => calc.computeSupport(undefined as never), 'INVALID_ARGUMENT'],
    [
      'no rule set or date',
      () => calc.computeSupport({ activity: 'machinery', eligibleCost: '1' }),
      'INVALID_ARGUMENT',
    ],
    [
      'not-found activity',
      () =>
        calc.computeSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'consulting',
          eligibleCost: '1',
        }),
      'NO_RULE',
    ],
    [
      'unknown activity',
      () =>
        calc.computeSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'dancing' as 'media',
          eligibleCost: '1',
        }),
      'INVALID_ARGUMENT',
    ],
    [
      'variant missing',
      () =>
        calc.computeSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'typical-product-voting',
          eligibleCost: '1',
        }),
      'VARIANT_REQUIRED',
    ],
    [
      'priority under TT 28',
      () =>
        calc.computeSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'machinery',
          eligibleCost: '1',
          modifiers: ['priority'],
        }),
      'MODIFIER_NOT_AVAILABLE',
    ],
    [
      'before any rule set',
      () =>
        calc.computeSupport({
          fund: 'national',
          date: '2010-01-01',
          activity: 'machinery',
          eligibleCost: '1',
        }),
      'NO_RULE_SET',
    ],
    [
      'bad date',
      () =>
        calc.computeSupport({
          fund: 'national',
          date: '2018-02-30',
          activity: 'machinery',
          eligibleCost: '1',
        }),
      'INVALID_DATE',
    ],
    [
      'negative cost',
      () =>
        calc.computeSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'machinery',
          eligibleCost: '-1',
        }),
      'INVALID_AMOUNT',
    ],
    [
      'bad rule set',
      () =>
        calc.computeSupport({
          ruleSet: { id: 'x' } as never,
          activity: 'machinery',
          eligibleCost: '1',
        }),
      'INVALID_RULE_SET',
    ],
    [
      'modifiers not a list',
      () =>
        calc.computeSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'machinery',
          eligibleCost: '1',
          modifiers: 'technology-line' as never,
        }),
      'INVALID_ARGUMENT',
    ],
  ],
  lookupSupport: [
    ['no input', () => calc.lookupSupport(undefined as never), 'INVALID_ARGUMENT'],
    [
      'unknown activity',
      () =>
        calc.lookupSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'dancing' as 'media',
          eligibleCost: '1',
        }),
      'INVALID_ARGUMENT',
    ],
    [
      'fraction',
      () =>
        calc.lookupSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'machinery',
          eligibleCost: '1.5',
        }),
      'INVALID_AMOUNT',
    ],
    [
      'not a registry',
      () =>
        calc.lookupSupport({
          fund: 'national',
          date: '2024-01-01',
          registry: {} as never,
          activity: 'machinery',
          eligibleCost: '1',
        }),
      'INVALID_ARGUMENT',
    ],
    [
      'bad date',
      () =>
        calc.lookupSupport({
          fund: 'national',
          date: '2024-13-01',
          activity: 'machinery',
          eligibleCost: '1',
        }),
      'INVALID_DATE',
    ],
    [
      'modifier not provided',
      () =>
        calc.lookupSupport({
          ruleSet: calc.TT_28_2018,
          activity: 'machinery',
          eligibleCost: '1',
          modifiers: ['priority'],
        }),
      'MODIFIER_NOT_AVAILABLE',
    ],
  ],
  createRuleSetRegistry: [
    ['not iterable', () => calc.createRuleSetRegistry(null as never), 'INVALID_ARGUMENT'],
    [
      'duplicate id',
      () => calc.createRuleSetRegistry([calc.TT_28_2018, calc.TT_28_2018]),
      'INVALID_RULE_SET',
    ],
    ['unknown id', () => calc.createRuleSetRegistry([]).get('nope'), 'UNKNOWN_RULE_SET'],
    [
      'find without a query',
      () => calc.createRuleSetRegistry([]).find(null as never),
      'INVALID_ARGUMENT',
    ],
    [
      'find on a bad date',
      () => calc.createRuleSetRegistry([]).find({ fund: 'national', date: '2024-02-30' }),
      'INVALID_DATE',
    ],
  ],
  maxAdvance: [
    ['negative', () => calc.maxAdvance('-1'), 'INVALID_AMOUNT'],
    [
      'bad rounding',
      () => calc.maxAdvance('1', { rounding: 'down' as 'floor' }),
      'INVALID_ROUNDING',
    ],
  ],
  checkAdvance: [
    ['garbage', () => calc.checkAdvance('x', '1'), 'INVALID_AMOUNT'],
    ['negative support', () => calc.checkAdvance('1', '-1'), 'INVALID_AMOUNT'],
  ],
  createRollUp: [
    ['by not an object', () => calc.createRollUp({ by: 'province' as never }), 'INVALID_OPTION'],
    [
      'unknown key',
      () => calc.createRollUp({ by: { place: 'district' as 'province' } }),
      'INVALID_OPTION',
    ],
    [
      'region without regionOf',
      () => calc.createRollUp({ by: { region: 'region' } }),
      'INVALID_OPTION',
    ],
    [
      'bad amount',
      () => calc.createRollUp({ by: {} }).add({ totalCost: '1', funding: { local: 1.5 } }),
      'INVALID_AMOUNT',
    ],
    ['not an item', () => calc.createRollUp({ by: {} }).add(null as never), 'INVALID_ARGUMENT'],
  ],
  rollUp: [
    [
      'unknown funding key',
      () =>
        calc.rollUp([{ totalCost: '899000000', funding: { locall: '286000000' } as never }], {
          by: 'fund',
        }),
      'INVALID_ARGUMENT',
    ],
    [
      'a key function that throws',
      () =>
        calc.rollUp([{ totalCost: '1', funding: {} }], {
          by: () => {
            throw new TypeError('bug in the caller');
          },
        }),
      'INVALID_OPTION',
    ],
    ['unknown key', () => calc.rollUp([], { by: 'district' as 'province' }), 'INVALID_OPTION'],
    ['region without regionOf', () => calc.rollUp([], { by: 'region' }), 'INVALID_OPTION'],
    [
      'bad amount',
      () => calc.rollUp([{ totalCost: '1.5', funding: {} }], { by: 'fund' }),
      'INVALID_AMOUNT',
    ],
    ['not iterable', () => calc.rollUp(7 as never, { by: 'fund' }), 'INVALID_ARGUMENT'],
    [
      'zero plan',
      () =>
        calc.rollUp([{ totalCost: '1', funding: {}, fund: 'local' }], {
          by: 'fund',
          planned: { local: '0' },
        }),
      'DIVISION_BY_ZERO',
    ],
  ],
  checkPartsSum: [
    ['bad part', () => calc.checkPartsSum('10', ['x']), 'INVALID_AMOUNT'],
    ['not iterable', () => calc.checkPartsSum('10', 10 as never), 'INVALID_ARGUMENT'],
  ],
  checkCountsSum: [
    ['fractional count', () => calc.checkCountsSum(10, [1.5]), 'INVALID_ARGUMENT'],
    ['negative total', () => calc.checkCountsSum(-1, []), 'INVALID_ARGUMENT'],
  ],
  checkSharesSum: [
    ['float share', () => calc.checkSharesSum([44.9, 55]), 'INVALID_DECIMAL'],
    [
      'negative tolerance',
      () => calc.checkSharesSum(['50'], { tolerance: '-1' }),
      'INVALID_DECIMAL',
    ],
  ],
  checkReport: [
    ['no report', () => calc.checkReport(null as never), 'INVALID_ARGUMENT'],
    [
      'plan of another year',
      () =>
        calc.checkReport(
          { scope: { kind: 'national' }, period: { kind: 'year', year: 2023 } },
          { scope: { kind: 'national' }, year: 2024 },
        ),
      'INVALID_ARGUMENT',
    ],
  ],
};

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isKhuyenCongError(error)) return error.code;
    return `not a KhuyenCongError: ${String(error)}`;
  }
  return 'no error';
}

describe('bad input to every public function', () => {
  it('has cases for every exported function', () => {
    const functions = Object.entries(calc)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(BAD_INPUT).sort()).toEqual(functions);
  });

  for (const [name, calls] of Object.entries(BAD_INPUT)) {
    for (const [label, run, code] of calls) {
      it(`${name}: ${label} → ${code}`, () => {
        expect(codeOf(run)).toBe(code);
      });
    }
  }
});
