import { createFail, type Fail } from '@khuyencong/internal';
import type { DomainErrorCode } from '../errors/domainErrorCodes';
import { KhuyenCongError } from '../errors/KhuyenCongError';

/** @internal Throws the domain package's coded error, the message prefixed `[@khuyencong/domain]`. */
export const fail: Fail<DomainErrorCode> = /* @__PURE__ */ createFail('domain', KhuyenCongError);
