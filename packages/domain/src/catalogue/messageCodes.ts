import { deepFreeze } from '@khuyencong/internal';
import { uniqueCodes } from '../_internal/uniqueCodes';
import { ERROR_CODES, type ErrorCode } from '../errors/errorCodes';
import { FINDING_CODES, type FindingCode } from '../findings/findingCodes';

/**
 * The code of anything a `@khuyencong/*` package reports: an error code (thrown, {@link ERROR_CODES}) or a
 * finding code (reported, {@link FINDING_CODES}). Each has a Vietnamese and an English message in
 * `@khuyencong/i18n-vi`, typed `Record<MessageCode, string>` so that a code without a text does not compile.
 *
 * @category Catalogue
 */
export type MessageCode = ErrorCode | FindingCode;

/**
 * Every code of the catalogue, each once: the error codes of every package (domain, calc, i18n-vi, validation,
 * report, the command line) and the finding codes of every package (calc, validation, report).
 *
 * To add a finding: add its code to the finding code list of the package that reports it (e.g.
 * `reportFindingCodes.ts`), its Vietnamese and English messages to `@khuyencong/i18n-vi` (the compiler asks for
 * both), and the rule that reports it.
 *
 * @category Catalogue
 * @example
 * ```ts
 * import { MESSAGE_CODES } from '@khuyencong/domain';
 * [MESSAGE_CODES.includes('INVALID_DATE'), MESSAGE_CODES.includes('SUPPORT_EXCEEDS_LIMIT'), MESSAGE_CODES.includes('UNKNOWN_COMMAND')]
 * //=> [true, true, true]
 * ```
 */
export const MESSAGE_CODES: readonly MessageCode[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ uniqueCodes<MessageCode>([ERROR_CODES, FINDING_CODES]),
  [ERROR_CODES, FINDING_CODES],
);
