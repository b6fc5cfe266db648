import { deepFreeze } from '@khuyencong/internal';
import type { Rule } from '../rules/Rule';
import { artisanBeforeReformRule, largeEnterpriseRule } from './beneficiaryRules';
import type { EligibilityApplication } from './EligibilityApplication';
import { eligibilityDataRule } from './eligibilityDataRule';
import {
  location2012Rule,
  location2025Rule,
  locationData2012Rule,
  locationData2025Rule,
  locationGapRule,
  provinceInForceRule,
  unitKindInForceRule,
} from './locationRules';
import { priorityAreaRule, priorityOwnerRule, priorityTypicalProductRule } from './priorityRules';
import { brickKilnRule, miningRule, sectorInForceRule } from './sectorRules';

/**
 * The rules {@link checkEligibility} runs, in order (compose your own list with a spread:
 * `[...ELIGIBILITY_RULES, myProvinceRule]`):
 * - data: `ELIGIBILITY_DATA_MISSING` (warning: the beneficiary's kind or the sector is not given, so the
 *   rules that need it do not run);
 * - beneficiary: `LARGE_ENTERPRISE_NOT_ELIGIBLE` (NĐ 45/2012 Điều 1.2: a large enterprise only for cleaner /
 *   sustainable production and cluster infrastructure), `BENEFICIARY_KIND_NOT_ELIGIBLE` (artisans before
 *   15/10/2025);
 * - location: `PROVINCE_NOT_IN_FORCE`, `LOCATION_UNIT_NOT_IN_FORCE`, `LOCATION_NOT_ELIGIBLE` (two rules: NĐ
 *   45/2012 Điều 1.2.a until 30/06/2025, NĐ 235/2025 from 15/10/2025), `LOCATION_DATA_MISSING` (warning:
 *   until 30/06/2025 a phường without its city grade or a site whose unit kind is not given; from 15/10/2025 a
 *   site of a centrally-run city whose unit kind is not given), `LOCATION_RULE_AMBIGUOUS` (warning, 01/07-14/10/2025);
 * - sector: `SECTOR_NOT_ELIGIBLE` (a sector NĐ 235/2025 adds, before 15/10/2025),
 *   `MINING_OUTSIDE_DIFFICULT_AREA` (NĐ 45/2012 Điều 5.1.e), `CLAY_BRICK_KILN_EXCLUDED` (TT 46/2012 Điều 5.1);
 * - priority (info): `PRIORITY_AREA` (NĐ 45/2012 Điều 6), `PRIORITY_OWNER` (from 15/10/2025),
 *   `PRIORITY_TYPICAL_PRODUCT` (TT 46/2012 Điều 6).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ELIGIBILITY_RULES } from '@khuyencong/validation';
 * ELIGIBILITY_RULES.filter((rule) => rule.code === 'LOCATION_NOT_ELIGIBLE').map((rule) => [rule.effectiveFrom, rule.effectiveTo])
 * //=> [[undefined, '2025-06-30'], ['2025-10-15', undefined]]
 * ```
 */
export const ELIGIBILITY_RULES: readonly Rule<EligibilityApplication>[] =
  /* @__PURE__ */ deepFreeze([
    eligibilityDataRule,
    largeEnterpriseRule,
    artisanBeforeReformRule,
    provinceInForceRule,
    unitKindInForceRule,
    location2012Rule,
    locationData2012Rule,
    locationGapRule,
    location2025Rule,
    locationData2025Rule,
    sectorInForceRule,
    miningRule,
    brickKilnRule,
    priorityAreaRule,
    priorityOwnerRule,
    priorityTypicalProductRule,
  ]);
