import { KhuyenCongError } from '@khuyencong/domain';

/** @internal A short, safe description of a value for error details: strings quoted, others by type. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 50));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : typeof value;
}

/**
 * @internal Throws `INVALID_OPTION` (or `INVALID_ARGUMENT`) for a parameter of a report function that has the
 * wrong shape.
 */
export function invalidArgument(
  code: 'INVALID_OPTION' | 'INVALID_ARGUMENT',
  fn: string,
  parameter: string,
  value: unknown,
  expected: string,
): never {
  throw new KhuyenCongError(
    code,
    `[@khuyencong/report] ${fn}: ${parameter} must be ${expected}, got ${describe(value)}.`,
    { details: { parameter, option: parameter, value: describe(value), expected } },
  );
}
