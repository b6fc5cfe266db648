import { type ErrorCode, KhuyenCongError, type ReportErrorCode } from '@khuyencong/domain';
import { createFail, type Fail } from '@khuyencong/internal';

/** @internal The codes the report throws: its own, and those of the packages it calls where they fit. */
export type ReportFailCode =
  | ReportErrorCode
  | Extract<ErrorCode, 'INVALID_ARGUMENT' | 'INVALID_OPTION' | 'UNKNOWN_LEGAL_DOCUMENT'>;

/** @internal Throws the report package's coded error, the message prefixed `[@khuyencong/report]`. */
export const fail: Fail<ReportFailCode> = /* @__PURE__ */ createFail('report', KhuyenCongError);
