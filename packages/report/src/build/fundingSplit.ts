import { shareOf, sum } from '@khuyencong/calc';
import type { AmountQualifier, FundingSource, VndAmount } from '@khuyencong/domain';
import type { FundingSplit } from '../model/Report';

/** @internal Parts by funding source, each with its share of their sum (percent, 2 decimals). */
export function fundingSplit(
  parts: readonly {
    readonly source: FundingSource;
    readonly amount: VndAmount;
    readonly qualifier?: AmountQualifier;
  }[],
): FundingSplit {
  const total = sum(parts.map((part) => part.amount));
  return {
    total,
    parts: parts.map((part) => ({
      ...part,
      share: total === '0' ? '0' : shareOf(part.amount, total, { decimals: 2 }),
    })),
  };
}
