import { invalidArgument } from './requireText';

/**
 * @internal A statistics code given as a string (trimmed) or a whole number (zero-padded to `width` digits);
 * `undefined` for a number that cannot be a code (`NaN`, `6.6`, `-1`); `INVALID_ARGUMENT` for anything else.
 */
export function codeArgument(code: unknown, width: number, fn: string): string | undefined {
  if (typeof code === 'string') return code.trim();
  if (typeof code !== 'number') return invalidArgument(code, 'code', fn, 'a string or a number');
  return Number.isInteger(code) && code >= 0 ? String(code).padStart(width, '0') : undefined;
}
