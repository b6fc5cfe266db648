import { SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  attainment,
  checkAdvance,
  checkCountsSum,
  checkPartsSum,
  checkReport,
  checkReportedPercent,
  checkSharesSum,
  computeSupport,
  DAK_LAK_2025,
  impliedPlan,
  maxAdvance,
  rollUp,
  shareOf,
  subtract,
  sum,
  TT_28_2018,
  TTLT_26_2014,
} from '../src/index';

const TỶ = 1_000_000_000n;
const TRIỆU = 1_000_000n;

describe('seed article (seed-article.md)', () => {
  it('F1: 73,5 of 78,6 tỷ is 93,5% at one decimal, and the printed 93,5% is consistent', () => {
    expect(attainment((735n * TỶ) / 10n, (786n * TỶ) / 10n, { decimals: 1 }).percent).toBe('93.5');
    expect(attainment('73500000000', '78600000000', { decimals: 3 }).percent).toBe('93.511');
    const check = checkReportedPercent('73500000000', '78600000000', '93.5');
    expect(check).toEqual({
      consistent: true,
      computed: '93.5',
      interval: { min: '93.45', max: '93.55', minInclusive: true, maxInclusive: false },
      impliedAchieved: {
        min: '73451700000',
        max: '73530300000',
        minInclusive: true,
        maxInclusive: false,
      },
    });
  });

  it('F2: 33,8 tỷ at 52,03% implies a plan in [64.956.279.427; 64.968.765.017]', () => {
    const plan = impliedPlan('33800000000', '52.03');
    expect([plan.min, plan.max]).toEqual(['64956279427', '64968765017']);
    // the whole-đồng plans that really round to 52,03%: the printed ends, rounded, fall just outside
    expect(attainment('33800000000', plan.smallest).percent).toBe('52.03');
    expect(attainment('33800000000', plan.largest).percent).toBe('52.03');
    expect(attainment('33800000000', BigInt(plan.smallest) - 1n).percent).toBe('52.04');
    expect(attainment('33800000000', BigInt(plan.largest) + 1n).percent).toBe('52.02');
  });

  it('F3: "hơn 9 tỷ" national + 24,8 tỷ local against 33,8 tỷ fits only a rounded total', () => {
    const [finding] = checkPartsSum('33800000000', [
      { amount: '9000000000', qualifier: 'more-than' },
      '24800000000',
    ]);
    expect(finding).toEqual({
      code: 'PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED',
      severity: 'warning',
      details: {
        field: 'parts',
        total: '33800000000',
        partsSum: '33800000000',
        partsMin: '33800000000',
        partsMax: '34250000000',
        difference: '0',
        totalMin: '33750000000',
        totalMax: '33850000000',
      },
    });
    expect(subtract('33800000000', '24800000000')).toBe('9000000000');
  });

  it('F5: "gần 8 tỷ" of 6,04 tỷ is not 115,6%, under any tolerance below 12%', () => {
    for (const tolerance of ['1', '5', '10', '12']) {
      const check = checkReportedPercent(
        { amount: '8000000000', qualifier: 'nearly' },
        '6040000000',
        '115.6',
        { tolerance },
      );
      expect(check.consistent).toBe(false);
    }
    expect(attainment('8000000000', '6040000000').percent).toBe('132.45');
    expect(attainment(76, 128).percent).toBe('59.38');
    // "gần 7 tỷ" would have been consistent: 115,6% of 6,04 tỷ is 6,98 tỷ
    expect(
      checkReportedPercent({ amount: '7000000000', qualifier: 'nearly' }, '6040000000', '115.6')
        .consistent,
    ).toBe(true);
  });

  it('F7: 300 triệu on 1,36 tỷ machinery is exactly the TT 28/2018 cap (22,06%)', () => {
    const support = computeSupport({
      fund: 'national',
      date: '2024-03-01',
      activity: 'machinery',
      eligibleCost: '1360000000',
      requested: '300000000',
    });
    expect(support).toMatchObject({
      amount: '300000000',
      capLimit: '300000000',
      binding: 'cap',
      requestedWithinLimit: true,
      ruleSetId: 'tt-28-2018',
    });
    expect(support.legalReference).toEqual({
      document: 'tt-28-2018-btc',
      article: '8',
      clause: '4',
    });
    expect(shareOf('300000000', '1360000000')).toBe('22.06');
    // within Đắk Lắk's 2025 cleaner-production cap (30% / 400 triệu): the rate limit is 408 triệu
    const local = computeSupport({
      ruleSet: DAK_LAK_2025,
      activity: 'cleaner-production-pilot',
      eligibleCost: '1360000000',
      requested: '300000000',
    });
    expect(local).toMatchObject({
      amount: '300000000',
      rateLimit: '408000000',
      binding: 'requested',
    });
  });

  it("F8: Phú Yên's 286 of 899 triệu fits a machinery rule and exceeds a 30% model rule", () => {
    expect(sum(['286000000', '613000000'])).toBe('899000000');
    expect([shareOf('286000000', '899000000'), shareOf('613000000', '899000000')]).toEqual([
      '31.81',
      '68.19',
    ]);
    const machinery = computeSupport({
      ruleSet: TT_28_2018,
      activity: 'machinery',
      eligibleCost: '899000000',
      requested: '286000000',
    });
    expect(machinery).toMatchObject({
      amount: '286000000',
      binding: 'requested',
      requestedWithinLimit: true,
    });
    const model = computeSupport({
      ruleSet: TT_28_2018,
      activity: 'demonstration-model',
      eligibleCost: '899000000',
      requested: '286000000',
    });
    expect(model).toMatchObject({
      amount: '269700000',
      binding: 'rate',
      requestedWithinLimit: false,
    });
  });

  it('F9: Đắk Lắk ice: 190 of 800 triệu is 23,75%, counterpart 610 triệu; machinery has no 2025 local rule', () => {
    expect(shareOf('190000000', '800000000')).toBe('23.75');
    expect(subtract('800000000', '190000000')).toBe('610000000');
    expect(() =>
      computeSupport({ ruleSet: DAK_LAK_2025, activity: 'machinery', eligibleCost: '800000000' }),
    ).toThrow(/no rule for machinery/);
  });

  it('advance ceiling: 70% of the support (tạm ứng)', () => {
    expect(maxAdvance('286000000')).toBe('200200000');
    expect(checkAdvance('200200001', '286000000')).toEqual({
      withinLimit: false,
      maxAdvance: '200200000',
      excess: '1',
    });
  });

  it('checks the seed reports against their plans', () => {
    const [report2023, report2024] = SEED_DATASET.reports;
    const [plan2023, consultingPlan] = SEED_DATASET.plans;
    if (!report2023 || !report2024 || !plan2023 || !consultingPlan) throw new Error('seed changed');
    expect(checkReport(report2023, plan2023)).toEqual([]);
    const findings = checkReport(report2024, consultingPlan);
    expect(findings.map((f) => f.code)).toEqual([
      'PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED',
      'PLAN_IMPLIED',
      'REPORTED_PERCENT_INCONSISTENT',
    ]);
    expect(findings[1]?.details).toMatchObject({ planMin: '64956279427', planMax: '64968765017' });
    expect(findings[2]?.details).toEqual({
      field: 'consulting.reportedAttainment',
      achieved: '8000000000',
      planned: '6040000000',
      reportedPercent: '115.6',
      computedPercent: '132.5',
      impliedAchievedMin: '6979220000',
      impliedAchievedMax: '6985260000',
    });
  });

  it('rolls the seed projects up by province, fund and region, totals equal to the parts', () => {
    const byFund = rollUp(SEED_DATASET.projects, { by: 'fund', planned: { local: '1000000000' } });
    expect(byFund.groups).toHaveLength(1);
    expect(byFund.groups[0]).toMatchObject({
      key: 'local',
      count: 3,
      support: '776000000',
      totalCost: '3059000000',
    });
    expect(byFund.groups[0]?.attainment?.percent).toBe('77.6');
    const byRegion = rollUp(SEED_DATASET.projects, {
      by: 'region',
      regionOf: () => 'central-and-central-highlands',
    });
    expect(byRegion.groups.map((g) => [g.key, g.count])).toEqual([
      ['central-and-central-highlands', 3],
    ]);
    const byProvince = rollUp(SEED_DATASET.projects, { by: 'province' });
    expect(sum(byProvince.groups.map((g) => g.totalCost))).toBe(byProvince.total.totalCost);
    expect(byProvince.groups[1]).toMatchObject({
      key: 'phu-yen',
      supportShare: '31.81',
      counterpartShare: '68.19',
    });
  });
});

describe('news figures (news-figures.md)', () => {
  it('#1 arit 2016: 103,7 + 127,2 = 230,9 tỷ; 44,9% + 55% = 99,9% is a rounding artefact', () => {
    expect(checkPartsSum('230900000000', ['103700000000', '127200000000'])).toEqual([]);
    expect(shareOf('103700000000', '230900000000', { decimals: 1 })).toBe('44.9');
    expect(shareOf('127200000000', '230900000000')).toBe('55.09');
    expect(checkSharesSum(['44.9', '55']).map((f) => f.severity)).toEqual(['info']);
    expect(checkSharesSum(['44.9', '54']).map((f) => f.code)).toEqual(['SHARES_DO_NOT_SUM_TO_100']);
  });

  it('#3 Lâm Đồng 2017: 56 + 9 = 65 đề án; 8,3 + 1,8 tỷ is "trên 10 tỷ"; 93,8% of the 8,85 tỷ plan', () => {
    expect(checkCountsSum(65, [56, 9])).toEqual([]);
    expect(
      checkPartsSum({ amount: '10000000000', qualifier: 'more-than' }, [
        '8300000000',
        '1800000000',
      ]),
    ).toEqual([]);
    expect(attainment('8300000000', '8850000000', { decimals: 1 }).percent).toBe('93.8');
  });

  it('#4 Đắk Lắk 2020: 16 đề án; items sum to 3,59 tỷ, "gần 3,6 tỷ"; support share 55,6%', () => {
    expect(checkCountsSum(16, [7, 4, 1, 2, 2])).toEqual([]);
    const items = ['2700000000', '380000000', '310000000', '80000000', '120000000'];
    expect(sum(items)).toBe('3590000000');
    expect(checkPartsSum({ amount: '3600000000', qualifier: 'nearly' }, items)).toEqual([]);
    expect(shareOf('2000000000', '3600000000', { decimals: 1 })).toBe('55.6');
  });

  it('#5, #7: support shares 20,0% and 29,7%, counterparts 600 and 355 triệu', () => {
    expect([
      shareOf(150n * TRIỆU, 750n * TRIỆU, { decimals: 1 }),
      subtract(750n * TRIỆU, 150n * TRIỆU),
    ]).toEqual(['20', '600000000']);
    expect([
      shareOf(150n * TRIỆU, 505n * TRIỆU, { decimals: 1 }),
      subtract(505n * TRIỆU, 150n * TRIỆU),
    ]).toEqual(['29.7', '355000000']);
    expect(
      allocate(
        1200n * TRIỆU,
        Array.from({ length: 13 }, () => 1),
      )[0],
    ).toBe('92307693');
  });

  it('#10, #12, #14: totals and counts add up', () => {
    expect(checkPartsSum('11500000000', ['4800000000', '3700000000', '3000000000'])).toEqual([]);
    expect(checkCountsSum(67, [29, 5, 33])).toEqual([]);
    expect(checkCountsSum(20, [13, 3, 2, 2])).toEqual([]);
    expect(
      checkPartsSum('2520000000', [
        '2035000000',
        '262500000',
        '60000000',
        { amount: '162500000', qualifier: 'nearly' },
      ]),
    ).toEqual([]);
    expect(
      checkPartsSum({ amount: '4700000000', qualifier: 'more-than' }, [
        { amount: '2500000000', qualifier: 'nearly' },
        { amount: '2200000000', qualifier: 'more-than' },
      ]),
    ).toEqual([]);
  });
});

describe('rule sets', () => {
  it('TTLT 26/2014: machinery 50% / 200 triệu, priority ×1,5, prizes by level', () => {
    const base = {
      ruleSet: TTLT_26_2014,
      activity: 'machinery',
      eligibleCost: '1000000000',
    } as const;
    expect(computeSupport(base).amount).toBe('200000000');
    expect(computeSupport({ ...base, modifiers: ['priority'] })).toMatchObject({
      amount: '300000000',
      maxRatePercent: '75',
    });
    expect(
      computeSupport({
        ruleSet: TTLT_26_2014,
        activity: 'typical-product-prize',
        variant: 'national',
        eligibleCost: '50000000',
      }).amount,
    ).toBe('10000000');
    expect(
      computeSupport({
        ruleSet: TTLT_26_2014,
        activity: 'trade-fair-domestic',
        variant: 'attending',
        eligibleCost: '10000001',
      }).amount,
    ).toBe('8000000');
    expect(
      computeSupport({
        ruleSet: TTLT_26_2014,
        activity: 'cluster-infrastructure',
        eligibleCost: '2000000000',
      }),
    ).toMatchObject({ amount: '2000000000', binding: 'rate', maxRatePercent: '100' });
    expect(
      computeSupport({
        ruleSet: TTLT_26_2014,
        activity: 'trade-fair-domestic',
        variant: 'organising',
        eligibleCost: '7',
        modifiers: ['priority'],
      }).maxRatePercent,
    ).toBe('100');
  });

  it('selects by date: TTLT 26/2014 until 10/05/2018, TT 28/2018 from 11/05/2018', () => {
    const run = (date: string) =>
      computeSupport({
        fund: 'national',
        date,
        activity: 'demonstration-model',
        eligibleCost: '5000000000',
      });
    expect([run('2018-05-10').amount, run('2018-05-11').amount]).toEqual([
      '500000000',
      '1000000000',
    ]);
    expect(
      computeSupport({
        fund: 'local',
        province: 'dak-lak-2025',
        date: new Date(2025, 6, 26),
        activity: 'demonstration-model',
        eligibleCost: '5000000000',
      }).amount,
    ).toBe('800000000');
  });
});
