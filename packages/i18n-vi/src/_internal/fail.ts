import { type DomainErrorCode, type I18nErrorCode, KhuyenCongError } from '@khuyencong/domain';
import { createFail, type Fail } from '@khuyencong/internal';

/** Throws the package's coded error, with the message prefixed by the package name. */
export const fail: Fail<I18nErrorCode | DomainErrorCode> = /* @__PURE__ */ createFail(
  'i18n-vi',
  KhuyenCongError,
);
