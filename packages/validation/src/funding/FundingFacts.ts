import type { SupportResult } from '@khuyencong/calc';
import type { Project, VndAmount } from '@khuyencong/domain';

/**
 * What the funding rules check: the project and what {@link checkFunding} computed from it.
 *
 * @category Funding
 */
export interface FundingFacts {
  /** The project, parsed. */
  readonly project: Project;
  /** The support from the project's state fund (`funding[fund]`, `'0'` when absent). */
  readonly support: VndAmount;
  /** The limit from `@khuyencong/calc`'s `computeSupport`, when the rule set has one for the activity. */
  readonly limit?: SupportResult;
  /** Why no limit could be computed: the reason of calc's `lookupSupport` (`NO_RULE`, `NO_RULE_SET`...). */
  readonly limitUnavailable?: {
    /** The reason (`NO_RULE_SET`, `NO_RULE`, `VARIANT_REQUIRED`), as calc's error codes. */
    readonly reason: string;
    /** The rule set id, when one was found. */
    readonly ruleSetId: string | null;
  };
  /** The advance (tạm ứng) paid or asked for, when given. */
  readonly advance?: VndAmount;
}
