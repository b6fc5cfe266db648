import { deepFreeze } from '@khuyencong/internal';
import { uniqueCodes } from '../_internal/uniqueCodes';
import { CALC_FINDING_CODES, type CalcFindingCode } from './calcFindingCodes';
import { REPORT_FINDING_CODES, type ReportFindingCode } from './reportFindingCodes';
import { VALIDATION_FINDING_CODES, type ValidationFindingCode } from './validationFindingCodes';

/**
 * Any finding code a `@khuyencong/*` package reports.
 *
 * @category Findings
 */
export type FindingCode = CalcFindingCode | ValidationFindingCode | ReportFindingCode;

/**
 * Every finding code of every package, for translations and parity tests.
 *
 * @category Findings
 * @example
 * ```ts
 * import { FINDING_CODES } from '@khuyencong/domain';
 * Array.isArray(FINDING_CODES)
 * //=> true
 * ```
 */
export const FINDING_CODES: readonly FindingCode[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ uniqueCodes<FindingCode>([
    CALC_FINDING_CODES,
    VALIDATION_FINDING_CODES,
    REPORT_FINDING_CODES,
  ]),
  [CALC_FINDING_CODES, VALIDATION_FINDING_CODES, REPORT_FINDING_CODES],
);
