import { shareOf } from '@khuyencong/calc';
import { FUNDING_SOURCES, type FundingSource, type VndAmount } from '@khuyencong/domain';
import type { FundingSplit } from './ReportData';

/** Running sums of amounts by funding source, exact (bigint), for any number of projects. */
export class FundingTally {
  readonly #sums = new Map<FundingSource, bigint>();
  count = 0;
  totalCost = 0n;

  add(totalCost: string, funding: Readonly<Partial<Record<FundingSource, string>>>): void {
    this.count += 1;
    this.totalCost += BigInt(totalCost);
    for (const source of FUNDING_SOURCES) {
      const amount = funding[source];
      if (amount !== undefined)
        this.#sums.set(source, (this.#sums.get(source) ?? 0n) + BigInt(amount));
    }
  }

  toSplit(): FundingSplit {
    return splitOf(
      FUNDING_SOURCES.flatMap((source) => {
        const amount = this.#sums.get(source);
        return amount === undefined ? [] : [{ source, amount: `${amount}` as VndAmount }];
      }),
    );
  }
}

/** Each part's share of the parts' sum, 2 decimals. */
export function splitOf(
  parts: readonly Omit<FundingSplit['parts'][number], 'share'>[],
): FundingSplit {
  const total = parts.reduce((sum, part) => sum + BigInt(part.amount), 0n);
  return {
    total: `${total}`,
    parts: parts.map((part) => ({
      ...part,
      share: total === 0n ? '0' : shareOf(part.amount, `${total}`, { decimals: 2 }),
    })),
  };
}
