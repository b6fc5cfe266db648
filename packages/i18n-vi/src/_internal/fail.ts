import { type DomainErrorCode, type I18nErrorCode, KhuyenCongError } from '@khuyencong/domain';

/** Throws the package's coded error, with the message prefixed by the package name. */
export function fail(
  code: I18nErrorCode | DomainErrorCode,
  message: string,
  details: Readonly<Record<string, unknown>>,
): never {
  throw new KhuyenCongError(code, `[@khuyencong/i18n-vi] ${message}`, { details });
}

/** A short, safe description of any value for messages and details: strings quoted, others by type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : typeof value;
}

/** A value for error details: strings as they are, anything else described. */
export function detailValue(value: unknown): string {
  return typeof value === 'string' ? value : describeValue(value);
}
