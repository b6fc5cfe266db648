import {
  BUILT_IN_RULE_SETS,
  createRuleSetRegistry,
  type RuleSet,
  type RuleSetRegistry,
} from '@khuyencong/calc';
import { isKhuyenCongError, type KhuyenCongError } from '@khuyencong/domain';
import { memoize } from '../_internal/memoize';

const BUILT_IN = createRuleSetRegistry(BUILT_IN_RULE_SETS);

// The answer for a fund, province and date, remembered: most rows of a file share them. A `NO_RULE_SET`
// error is remembered too and thrown again as the same object (building a new error, with its stack, for
// every row of a province without a rule set was a fifth of the run).
const selectOnce = memoize((key: string): { ruleSet: RuleSet } | { error: KhuyenCongError } => {
  const [fund, province, date] = JSON.parse(key) as [string, string | undefined, string];
  try {
    return {
      ruleSet: BUILT_IN.select({
        fund: fund as 'local',
        date,
        ...(province === undefined ? {} : { province }),
      }),
    };
  } catch (error) {
    if (isKhuyenCongError(error, ['NO_RULE_SET'])) return { error };
    throw error;
  }
});

/**
 * calc's built-in rule sets, with `select` remembered by fund, province and date (given as `YYYY-MM-DD`):
 * the same rule set, or the same `NO_RULE_SET` error, as `createRuleSetRegistry(BUILT_IN_RULE_SETS)`.
 */
export const CACHED_REGISTRY: RuleSetRegistry = {
  ruleSets: BUILT_IN.ruleSets,
  get: (id) => BUILT_IN.get(id),
  find: (query) => BUILT_IN.find(query),
  select: (query) => {
    if (typeof query?.date !== 'string') return BUILT_IN.select(query);
    const answer = selectOnce(JSON.stringify([query.fund, query.province, query.date]));
    if ('error' in answer) throw answer.error;
    return answer.ruleSet;
  },
};
