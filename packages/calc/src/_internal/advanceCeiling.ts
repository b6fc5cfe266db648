import type { RoundingMode } from '@khuyencong/domain';
import { divRound } from '@khuyencong/internal';
import { ADVANCE_CEILING } from '../rules/ADVANCE_CEILING';

const PERCENT = BigInt(ADVANCE_CEILING.percent);

/** @internal {@link ADVANCE_CEILING} percent of a support amount, rounded. */
export function advanceCeiling(support: bigint, mode: RoundingMode): bigint {
  return divRound(support * PERCENT, 100n, mode);
}
