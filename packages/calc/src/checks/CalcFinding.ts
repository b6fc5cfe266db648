import type { CalcFindingCode, Finding } from '@khuyencong/domain';

/**
 * One result of a consistency check: the domain's `Finding` with a calc code (see `CALC_FINDING_CODES`
 * in `@khuyencong/domain` for each code's meaning and details) and the numbers involved as strings.
 * `error`: the figures contradict each other; `warning`: they agree only under an assumption, such as a
 * rounded total; `info`: worth knowing, e.g. a rounding artefact.
 *
 * @category Consistency checks
 */
export type CalcFinding = Finding<CalcFindingCode> & {
  /** The numbers involved (whole đồng or percentage points) and the `field` checked. */
  readonly details: Readonly<Record<string, string>>;
};
