import { deepFreeze } from '@khuyencong/internal';
import { DAK_LAK_2025 } from './DAK_LAK_2025';
import type { RuleSet } from './RuleSet';
import { TT_28_2018 } from './TT_28_2018';
import { TTLT_26_2014 } from './TTLT_26_2014';

/**
 * The rule sets calc ships: {@link TTLT_26_2014} and {@link TT_28_2018} (national) and
 * {@link DAK_LAK_2025} (local). The default registry of `computeSupport` holds exactly these.
 *
 * @category Support rules
 * @example
 * ```ts
 * import { BUILT_IN_RULE_SETS } from '@khuyencong/calc';
 * BUILT_IN_RULE_SETS.map((ruleSet) => ruleSet.id)
 * //=> ['ttlt-26-2014', 'tt-28-2018', 'dak-lak-2025']
 * ```
 */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = /* @__PURE__ */ deepFreeze([
  TTLT_26_2014,
  TT_28_2018,
  DAK_LAK_2025,
]);
