import type { CalcErrorCode } from '@khuyencong/domain';
import { KhuyenCongError } from '@khuyencong/domain';

/**
 * @internal Builds the one error type calc throws: a coded {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} whose details are
 * strings (they are the parameters of translated messages).
 */
export function calcError(
  code: CalcErrorCode,
  message: string,
  details: Readonly<Record<string, string>>,
): KhuyenCongError<CalcErrorCode> {
  return new KhuyenCongError(code, `[@khuyencong/calc] ${message}`, { details });
}

/** @internal A short, safe description of any input value, for error details. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'array' : 'object';
    default:
      return typeof value;
  }
}
