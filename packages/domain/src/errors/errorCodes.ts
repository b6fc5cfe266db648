import { deepFreeze } from '@khuyencong/internal';
import { uniqueCodes } from '../_internal/uniqueCodes';
import { CALC_ERROR_CODES, type CalcErrorCode } from './calcErrorCodes';
import { CLI_ERROR_CODES, type CliErrorCode } from './cliErrorCodes';
import { DOMAIN_ERROR_CODES, type DomainErrorCode } from './domainErrorCodes';
import { I18N_ERROR_CODES, type I18nErrorCode } from './i18nErrorCodes';
import { REPORT_ERROR_CODES, type ReportErrorCode } from './reportErrorCodes';
import { VALIDATION_ERROR_CODES, type ValidationErrorCode } from './validationErrorCodes';

/**
 * Any error code a `@khuyencong/*` package throws.
 *
 * @category Errors
 */
export type ErrorCode =
  | DomainErrorCode
  | CalcErrorCode
  | I18nErrorCode
  | ValidationErrorCode
  | ReportErrorCode
  | CliErrorCode;

/** The error code lists of the packages (frozen with {@link ERROR_CODES}: each is exported too). */
const PACKAGE_ERROR_CODES: readonly (readonly ErrorCode[])[] = [
  DOMAIN_ERROR_CODES,
  CALC_ERROR_CODES,
  I18N_ERROR_CODES,
  VALIDATION_ERROR_CODES,
  REPORT_ERROR_CODES,
  CLI_ERROR_CODES,
];

/**
 * Every error code of every package, each once (packages share a code such as `INVALID_OPTION` where
 * the meaning is the same), for translations and parity tests.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ERROR_CODES } from '@khuyencong/domain';
 * ERROR_CODES.includes('INVALID_DATE')
 * //=> true
 * ```
 */
export const ERROR_CODES: readonly ErrorCode[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ uniqueCodes<ErrorCode>(PACKAGE_ERROR_CODES),
  PACKAGE_ERROR_CODES,
);
