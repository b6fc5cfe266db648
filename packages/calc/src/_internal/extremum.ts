import type { VndAmount } from '@khuyencong/domain';
import { assertIterable } from './assertIterable';
import { calcError } from './calcError';
import { parseAmount } from './parseAmount';

/** @internal The smallest (`sign` −1) or largest (`sign` 1) of a non-empty iterable of amounts. */
export function extremum(amounts: unknown, sign: -1 | 1): VndAmount {
  assertIterable<unknown>(amounts, 'amounts');
  let best: bigint | undefined;
  let index = 0;
  for (const value of amounts) {
    const amount = parseAmount(value, 'amounts', index);
    if (best === undefined || (sign < 0 ? amount < best : amount > best)) best = amount;
    index += 1;
  }
  if (best === undefined) {
    throw calcError('EMPTY_INPUT', `Expected at least one amount in amounts, got none.`, {
      parameter: 'amounts',
    });
  }
  return `${best}`;
}
