import { describe, expect, it } from 'vitest';
import { isCode } from '../codes/isCode';
import { isVndAmount } from '../money/isVndAmount';
import { SEED_DATASET } from './centralHighlandsArticle2024';

const region = (year: number) =>
  SEED_DATASET.reports.find((r) => r.scope.kind === 'region' && r.period.year === year);

describe('SEED_DATASET (the seed article, figures as printed)', () => {
  it('has the 2023 regional plan and result: 73,5 of 78,6 tỷ, reported 93,5%', () => {
    const plan = SEED_DATASET.plans.find((p) => p.year === 2023 && p.scope.kind === 'region');
    expect(plan?.planned).toEqual({ amount: '78600000000', asWritten: '78,6 tỷ đồng' });
    expect(region(2023)?.achieved?.amount).toBe('73500000000');
    expect(region(2023)?.reportedAttainment?.percent).toBe('93.5');
  });

  it('has 9 months of 2024 with the funding split and its approximate words', () => {
    const report = region(2024);
    expect(report?.period).toEqual({ kind: 'nine-months', year: 2024 });
    expect(report?.achieved?.amount).toBe('33800000000');
    expect(report?.reportedAttainment?.percent).toBe('52.03');
    expect(report?.achievedBySource?.national).toEqual({
      amount: '9000000000',
      qualifier: 'more-than',
      asWritten: 'hơn 9 tỷ đồng',
    });
    expect(report?.achievedBySource?.local?.amount).toBe('24800000000');
    expect(
      'planned' in
        (SEED_DATASET.plans.find((p) => p.year === 2024 && p.scope.kind === 'region') ?? {}),
    ).toBe(false);
  });

  it('keeps the inconsistent consulting figures as printed: gần 8 tỷ of 6,04 tỷ, 115,6%', () => {
    const plan = SEED_DATASET.plans.find((p) => p.year === 2024 && p.consulting !== undefined);
    expect(plan?.consulting?.revenue?.amount).toBe('6040000000');
    expect(plan?.consulting?.projects).toBe(128);
    const done = region(2024)?.consulting;
    expect(done?.revenue).toEqual({
      amount: '8000000000',
      qualifier: 'nearly',
      asWritten: 'gần 8 tỷ đồng',
    });
    expect(done?.projects).toBe(76);
    expect(done?.reportedAttainment?.percent).toBe('115.6');
  });

  it('has the three projects with their stated amounts', () => {
    const byId = Object.fromEntries(SEED_DATASET.projects.map((p) => [p.id, p]));
    expect(byId['seed-da-nang-viet-sec']?.funding).toEqual({ local: '300000000' });
    expect(byId['seed-da-nang-viet-sec']?.totalCost).toBe('1360000000');
    expect(byId['seed-phu-yen-agro-aquatic-machinery']?.funding).toEqual({
      local: '286000000',
      counterpart: '613000000',
    });
    expect(byId['seed-phu-yen-agro-aquatic-machinery']?.reported?.totalCost?.qualifier).toBe(
      'more-than',
    );
    expect(byId['seed-phu-yen-agro-aquatic-machinery']?.beneficiaries).toHaveLength(3);
    expect(byId['seed-dak-lak-purified-ice']?.location.commune).toBe('Cư Né');
    expect(byId['seed-dak-lak-purified-ice']?.funding).toEqual({ local: '190000000' });
  });

  it('uses only canonical amounts and valid codes', () => {
    for (const project of SEED_DATASET.projects) {
      expect(isVndAmount(project.totalCost)).toBe(true);
      for (const amount of Object.values(project.funding)) expect(isVndAmount(amount)).toBe(true);
      expect(isCode('activity', project.activity)).toBe(true);
      expect(isCode('projectStatus', project.status)).toBe(true);
      for (const b of project.beneficiaries) expect(isCode('beneficiaryKind', b.kind)).toBe(true);
    }
  });
});
