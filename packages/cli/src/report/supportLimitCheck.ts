import { computeSupport } from '@khuyencong/calc';
import { type Finding, isKhuyenCongError, type Project } from '@khuyencong/domain';
import { memoize } from '../_internal/memoize';

// Whether a fund, province and date have a rule set, remembered: most rows of a file share them.
const hasRuleSet = memoize((key: string) => {
  const [fund = 'local', province = '', date = ''] = key.split('|');
  try {
    computeSupport({
      fund: fund as 'local',
      province,
      date,
      activity: 'startup',
      eligibleCost: '0',
    });
    return true;
  } catch (error) {
    return !isKhuyenCongError(error, ['NO_RULE_SET']);
  }
});

/**
 * For a local-fund project whose province has no rule set encoded (where `checkFunding` of
 * `@khuyencong/validation` can only say the limit is unknown), compares the support with the national caps
 * in force on its date as a reference, as a department would: within them is `info`, above them a
 * `warning` (not an error: the province's own caps may differ). No finding when no national cap is
 * encoded for the activity either: no number is guessed.
 */
export function supportLimitCheck(project: Project): Finding[] {
  const support = project.funding[project.fund];
  const date = project.approval?.date ?? project.location.asOf ?? `${project.year}-01-01`;
  if (support === undefined || project.fund !== 'local') return [];
  if (hasRuleSet(`local|${project.location.provinceId}|${date}`)) return [];
  let result: ReturnType<typeof computeSupport>;
  try {
    result = computeSupport({
      fund: 'national',
      date,
      activity: project.activity,
      eligibleCost: project.eligibleCost ?? project.totalCost,
    });
  } catch (error) {
    if (isKhuyenCongError(error, ['NO_RULE', 'NO_RULE_SET', 'VARIANT_REQUIRED'])) return [];
    throw error;
  }
  const above = BigInt(support) > BigInt(result.limit);
  return [
    {
      code: above ? 'SUPPORT_ABOVE_NATIONAL_REFERENCE' : 'SUPPORT_WITHIN_NATIONAL_REFERENCE',
      severity: above ? 'warning' : 'info',
      details: {
        support,
        limit: result.limit,
        rateLimit: result.rateLimit,
        capLimit: result.capLimit,
        maxRatePercent: result.maxRatePercent,
        binding: result.binding,
        ruleSetId: result.ruleSetId,
      },
      legalReference: result.legalReference,
    },
  ];
}
