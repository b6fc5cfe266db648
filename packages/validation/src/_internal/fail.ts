import { KhuyenCongError, type ValidationErrorCode } from '@khuyencong/domain';

/**
 * @internal Throws the validation package's error: `[@khuyencong/validation]` English message, code and details.
 */
export function fail(
  code: ValidationErrorCode,
  message: string,
  details: Readonly<Record<string, unknown>>,
  cause?: unknown,
): never {
  throw new KhuyenCongError(code, `[@khuyencong/validation] ${message}`, {
    details,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** @internal A short description of a value for error details: `"x"` for strings, `12n`, `1.5`, or a type name. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value instanceof Date) return 'Date';
  return Array.isArray(value) ? 'array' : typeof value;
}
