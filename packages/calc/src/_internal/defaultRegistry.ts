import { BUILT_IN_RULE_SETS } from '../rules/BUILT_IN_RULE_SETS';
import { createRuleSetRegistry, type RuleSetRegistry } from '../rules/createRuleSetRegistry';

let registry: RuleSetRegistry | undefined;

/** @internal The registry of the built-in rule sets, built on first use. */
export function defaultRegistry(): RuleSetRegistry {
  registry ??= createRuleSetRegistry(BUILT_IN_RULE_SETS);
  return registry;
}
