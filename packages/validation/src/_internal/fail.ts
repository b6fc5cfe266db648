import { KhuyenCongError, type ValidationErrorCode } from '@khuyencong/domain';
import { createFail, type Fail } from '@khuyencong/internal';

/**
 * @internal Throws the validation package's error: `[@khuyencong/validation]` English message, code, details
 * and cause.
 */
export const fail: Fail<ValidationErrorCode> = /* @__PURE__ */ createFail(
  'validation',
  KhuyenCongError,
);
