import { SEED_DATASET } from '@khuyencong/domain';
import type { HostileCases } from '@khuyencong/hostile';
import { BUILT_IN_RULE_SETS, createRuleSetRegistry, TT_28_2018 } from '../src/index';

/** The seed article's Phú Yên machinery project (899 million đồng, 286 million of it local support). */
const PHU_YEN = {
  totalCost: '899000000',
  funding: { national: '0', local: '286000000', counterpart: '613000000', other: '0' },
  activity: 'machinery',
  fund: 'local',
  year: 2024,
  location: { provinceId: 'phu-yen' },
};

const [REPORT_2023] = SEED_DATASET.reports;
const [PLAN_2023] = SEED_DATASET.plans;

/**
 * A valid call of every runtime export of calc, with real figures (the seed article's 2023 regional figures:
 * 73.5 of 78.6 billion đồng planned, reported as 93.5%; the Phú Yên and Việt Séc projects), every option
 * key listed so that each is attacked.
 */
export const CASES: HostileCases = {
  ADVANCE_CEILING: { kind: 'value' },
  ALLOCATION_METHODS: { kind: 'value' },
  BUILT_IN_RULE_SETS: { kind: 'value' },
  DAK_LAK_2025: { kind: 'value' },
  ROUNDING_MODES: { kind: 'value' },
  TT_28_2018: { kind: 'value' },
  TTLT_26_2014: { kind: 'value' },
  allocate: {
    kind: 'function',
    valid: ['899000000', ['286', '613'], { method: 'largestRemainder' }],
  },
  attainment: {
    kind: 'function',
    valid: ['73500000000', '78600000000', { decimals: 1, rounding: 'halfExpand' }],
  },
  checkAdvance: { kind: 'function', valid: ['200000000', '286000000'] },
  checkCountsSum: { kind: 'function', valid: [15, [5, 10], { field: 'consulting.units' }] },
  checkPartsSum: {
    kind: 'function',
    valid: [
      '33800000000',
      ['9000000000', '24800000000'],
      { field: 'achievedBySource', tolerance: '0.05' },
    ],
  },
  checkReport: {
    kind: 'function',
    valid: [REPORT_2023, PLAN_2023, { tolerance: '0.05' }],
  },
  checkReportedPercent: {
    kind: 'function',
    valid: [
      '73500000000',
      '78600000000',
      '93.5',
      { achievedQualifier: 'more-than', percentQualifier: 'about', tolerance: '0.05' },
    ],
  },
  checkSharesSum: {
    kind: 'function',
    valid: [['31.81', '68.19'], { field: 'funding', tolerance: '0.05' }],
  },
  compare: { kind: 'function', valid: ['73500000000', '78600000000'] },
  computeSupport: {
    kind: 'function',
    valid: [
      {
        fund: 'national',
        province: 'phu-yen',
        date: '2024-10-01',
        registry: createRuleSetRegistry(BUILT_IN_RULE_SETS),
        activity: 'machinery',
        eligibleCost: '2000000000',
        requested: '400000000',
        modifiers: ['technology-line'],
        rounding: 'floor',
      },
    ],
  },
  createRollUp: {
    kind: 'function',
    valid: [
      {
        by: { province: 'province', fund: 'fund' },
        regionOf: () => 'central-highlands',
        decimals: 2,
        rounding: 'halfExpand',
      },
    ],
    methods: {
      add: [PHU_YEN],
      result: [],
      group: ['province', 'phu-yen'],
    },
  },
  impliedPlan: {
    kind: 'function',
    valid: [
      '33800000000',
      '52.03',
      {
        achievedQualifier: 'more-than',
        percentQualifier: 'about',
        tolerance: '0.05',
        rounding: 'floor',
      },
    ],
  },
  lookupSupport: {
    kind: 'function',
    valid: [
      {
        ruleSet: TT_28_2018,
        activity: 'machinery',
        eligibleCost: '1360000000',
        requested: '300000000',
        modifiers: [],
        rounding: 'floor',
      },
    ],
  },
  max: { kind: 'function', valid: [['9000000000', '24800000000']] },
  maxAdvance: { kind: 'function', valid: ['286000000', { rounding: 'floor' }] },
  min: { kind: 'function', valid: [['9000000000', '24800000000']] },
  multiply: {
    kind: 'function',
    valid: ['899000000', '0.3', { decimals: 0, rounding: 'floor' }],
  },
  percentOf: {
    kind: 'function',
    valid: ['899000000', '30', { decimals: 0, rounding: 'floor' }],
  },
  rollUp: {
    kind: 'function',
    valid: [
      [PHU_YEN, ...SEED_DATASET.projects],
      {
        by: 'region',
        regionOf: () => 'central-highlands',
        planned: { 'central-highlands': '5500000000' },
        decimals: 2,
        rounding: 'halfExpand',
      },
    ],
  },
  shareOf: {
    kind: 'function',
    valid: ['286000000', '899000000', { decimals: 2, rounding: 'halfExpand' }],
  },
  subtract: { kind: 'function', valid: ['78600000000', '73500000000'] },
  sum: { kind: 'function', valid: [['9000000000', '24800000000']] },
  createRuleSetRegistry: {
    kind: 'function',
    valid: [BUILT_IN_RULE_SETS],
    methods: {
      get: ['tt-28-2018'],
      select: [{ fund: 'local', province: 'dak-lak-2025', date: '2025-10-01' }],
      find: [{ fund: 'national', province: 'phu-yen', date: '2024-10-01' }],
    },
  },
};
