import type { CalcErrorCode, IsoDate, KhuyenCongError } from '@khuyencong/domain';
import { detailValue } from '@khuyencong/internal';
import type { SupportUnavailableReason } from '../rules/lookupSupport';
import { calcError } from './calcError';

/** @internal The details of `NO_RULE_SET`: the fund, the province (`''` for national funds) and the date. */
export function noRuleSetDetails(
  fund: unknown,
  province: unknown,
  date: IsoDate,
): Readonly<Record<string, string>> {
  return {
    fund: detailValue(fund),
    province: fund === 'national' || province === undefined ? '' : detailValue(province),
    date,
  };
}

/**
 * @internal The error `computeSupport` and `RuleSetRegistry.select` throw when no limit is known, built
 * from the reason and details of a lookup (only when it is thrown). `variantGiven`: whether the caller
 * passed a variant (the `NO_RULE` message names it).
 */
export function supportUnavailableError(
  reason: SupportUnavailableReason,
  details: Readonly<Record<string, string>>,
  variantGiven: boolean,
): KhuyenCongError<CalcErrorCode> {
  const field = (name: string): string => details[name] ?? '';
  switch (reason) {
    case 'NO_RULE_SET': {
      const province = field('province');
      return calcError(
        reason,
        `No ${field('fund')} rule set${province ? ` for ${province}` : ''} is in force on ${field('date')}.`,
        details,
      );
    }
    case 'VARIANT_REQUIRED':
      return calcError(
        reason,
        `Rule set ${field('ruleSetId')} has several rules for ${field('activity')} (${field('variants')}); pass a variant.`,
        details,
      );
    default:
      return calcError(
        reason,
        `Rule set ${field('ruleSetId')} has no rule for ${field('activity')}${variantGiven ? ` (${field('variant')})` : ''}: the limit was not found in the legal sources, so none is guessed.`,
        details,
      );
  }
}
