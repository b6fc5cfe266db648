import { SEED_DATASET } from '@khuyencong/domain';
import { withPollutedPrototype } from '@khuyencong/internal/testing';
import { describe, expect, it } from 'vitest';
import * as calc from '../src/index';

/**
 * Options set on Object.prototype (an attack on main: `Object.prototype.rounding = 'floor'` changed
 * `multiply`), each a value that would change a result if it were read.
 */
const POLLUTION: Readonly<Record<string, unknown>> = {
  rounding: 'ceil',
  decimals: 3,
  method: 'largestRatioFirst',
  tolerance: '50',
  field: 'polluted',
  planned: { '*': '1' },
  regionOf: () => 'polluted',
  variant: 'polluted',
  modifiers: ['technology-line'],
  requested: '1',
  ruleSet: calc.DAK_LAK_2025,
  registry: calc.createRuleSetRegistry([]),
  province: 'dak-lak',
  achievedQualifier: 'nearly',
  percentQualifier: 'about',
};

type Options = Readonly<Record<string, unknown>>;

const CALLS: readonly ((options: Options) => unknown)[] = [
  (o) => calc.multiply('1000001', '0.5', o),
  (o) => calc.percentOf('999', '33.3', o),
  (o) => calc.shareOf('1', '3', o),
  (o) => calc.attainment('2', '3', o),
  (o) => calc.allocate('10', ['15', '15', '70'], o),
  (o) => calc.maxAdvance('286000001', o),
  (o) => calc.impliedPlan('33800000000', '52.03', o),
  (o) => calc.checkReportedPercent('73500000000', '78600000000', '93.4', o),
  (o) => calc.checkPartsSum('100', ['40', '59'], o),
  (o) => calc.checkSharesSum(['44.9', '55'], o),
  (o) => calc.checkCountsSum(3, [1, 1], o),
  (o) => calc.rollUp(SEED_DATASET.projects, { by: 'province', ...o }),
  (o) => {
    const totals = calc.createRollUp({ by: { province: 'province' }, ...o });
    for (const project of SEED_DATASET.projects) totals.add(project);
    return totals.result();
  },
  (o) =>
    calc.computeSupport({
      ruleSet: calc.TT_28_2018,
      activity: 'machinery',
      eligibleCost: '1360000001',
      ...o,
    }),
  (o) =>
    calc.computeSupport({
      fund: 'national',
      date: '2024-06-01',
      activity: 'demonstration-model',
      eligibleCost: '899000001',
      ...o,
    }),
];

describe('options polluted onto Object.prototype', () => {
  it('change no result of calc: only own properties are read', async () => {
    // Each call would give another outcome with the values passed: `insensitive` lists those that would not.
    expect(await withPollutedPrototype(POLLUTION, CALLS)).toEqual({ changed: [], insensitive: [] });
  });
});
