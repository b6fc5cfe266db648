import type { RuleSetRegistry } from '@khuyencong/calc';
import { ARRAY, checkShape, FUNCTION } from './checkShape';

/**
 * @internal Checks a rule-set registry handed to a public function (what calc's `createRuleSetRegistry` or
 * `loadRuleSets` gives): `INVALID_ARGUMENT` (or `code`: `INVALID_OPTION` for an option) naming the first part
 * that is missing.
 */
export function checkRuleSetRegistry(
  value: unknown,
  fn: string,
  parameter: string,
  code: 'INVALID_ARGUMENT' | 'INVALID_OPTION' = 'INVALID_ARGUMENT',
): RuleSetRegistry {
  checkShape(
    value,
    { ruleSets: ARRAY, get: FUNCTION, select: FUNCTION, find: FUNCTION },
    fn,
    parameter,
    code,
  );
  return value as RuleSetRegistry;
}
