import {
  type IsoDate,
  isKhuyenCongError,
  type ProvinceLevelKind,
  provinceNameOn,
} from '@khuyencong/domain';

/**
 * @internal Whether a provincial unit was a tỉnh or a centrally-run city on a date (Huế became one on
 * 2025-01-01), or `undefined` when no unit with that id existed on that date.
 */
export function provinceKindOn(provinceId: string, date: IsoDate): ProvinceLevelKind | undefined {
  try {
    return provinceNameOn(provinceId, date)?.kind;
  } catch (error) {
    if (isKhuyenCongError(error, ['UNKNOWN_PROVINCE'])) return undefined;
    throw error;
  }
}
