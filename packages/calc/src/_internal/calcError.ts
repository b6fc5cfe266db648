import { type CalcErrorCode, KhuyenCongError } from '@khuyencong/domain';
import { createPackageError, type PackageError } from '@khuyencong/internal';

/**
 * @internal Builds the one error type calc throws: a coded {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError}
 * prefixed `[@khuyencong/calc]`, whose details are strings (they are the parameters of translated messages).
 */
export const calcError: PackageError<
  CalcErrorCode,
  KhuyenCongError<CalcErrorCode>
> = /* @__PURE__ */ createPackageError('calc', KhuyenCongError);
