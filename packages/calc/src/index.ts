// @khuyencong/calc: the one public entry point. Explicit named exports only.

export { ROUNDING_MODES, type RoundingMode } from '@khuyencong/domain';
export {
  ALLOCATION_METHODS,
  type AllocateOptions,
  type AllocationMethod,
} from './allocate/AllocationMethod';
export { allocate } from './allocate/allocate';
export { compare } from './arithmetic/compare';
export { max } from './arithmetic/max';
export { min } from './arithmetic/min';
export { multiply } from './arithmetic/multiply';
export { percentOf } from './arithmetic/percentOf';
export { shareOf } from './arithmetic/shareOf';
export { subtract } from './arithmetic/subtract';
export { sum } from './arithmetic/sum';
export {
  type AttainmentResult,
  type AttainmentStatus,
  attainment,
} from './attainment/attainment';
export {
  type CheckReportedPercentResult,
  checkReportedPercent,
  type ReportedPercentOptions,
} from './attainment/checkReportedPercent';
export type { DecimalInterval } from './attainment/DecimalInterval';
export {
  type ImpliedPlanOptions,
  type ImpliedPlanResult,
  impliedPlan,
} from './attainment/impliedPlan';
export type { CalcFinding } from './checks/CalcFinding';
export { checkCountsSum } from './checks/checkCountsSum';
export { type CheckOptions, checkPartsSum } from './checks/checkPartsSum';
export { checkReport } from './checks/checkReport';
export { type CheckSharesOptions, checkSharesSum } from './checks/checkSharesSum';
export type { AmountInput, DecimalInput } from './money/AmountInput';
export {
  createRollUp,
  type RollUpAccumulator,
  type RollUpAccumulatorOptions,
  type RollUpTotals,
} from './rollUp/createRollUp';
export type { RollUpGroup } from './rollUp/RollUpGroup';
export type { RollUpItem } from './rollUp/RollUpItem';
export type { RollUpKey } from './rollUp/RollUpKey';
export { type RollUpOptions, type RollUpResult, rollUp } from './rollUp/rollUp';
export type { PercentOptions } from './rounding/PercentOptions';
export type { DecimalRoundingOptions, RoundingOptions } from './rounding/RoundingOptions';
export { ADVANCE_CEILING } from './rules/ADVANCE_CEILING';
export { BUILT_IN_RULE_SETS } from './rules/BUILT_IN_RULE_SETS';
export { type AdvanceCheck, checkAdvance } from './rules/checkAdvance';
export {
  type ComputeSupportInput,
  computeSupport,
  type SupportResult,
} from './rules/computeSupport';
export {
  createRuleSetRegistry,
  type RuleSetQuery,
  type RuleSetRegistry,
} from './rules/createRuleSetRegistry';
export { DAK_LAK_2025 } from './rules/DAK_LAK_2025';
export {
  lookupSupport,
  type SupportLookup,
  type SupportUnavailableReason,
} from './rules/lookupSupport';
export { maxAdvance } from './rules/maxAdvance';
export type {
  CapUnit,
  RateBase,
  RuleSet,
  SupportModifier,
  SupportRule,
} from './rules/RuleSet';
export { TT_28_2018 } from './rules/TT_28_2018';
export { TTLT_26_2014 } from './rules/TTLT_26_2014';
