import type { RoundingMode } from '@khuyencong/domain';
import { ADVANCE_CEILING } from '../rules/ADVANCE_CEILING';
import { divRound } from './divRound';

const PERCENT = BigInt(ADVANCE_CEILING.percent);

/** @internal {@link ADVANCE_CEILING} percent of a support amount, rounded. */
export function advanceCeiling(support: bigint, mode: RoundingMode): bigint {
  return divRound(support * PERCENT, 100n, mode);
}
