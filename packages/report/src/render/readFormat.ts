import { readOptions } from '@khuyencong/internal';
import { fail } from '../_internal/fail';

/** @internal The `format` option of a renderer (options a plain object, read as own properties), one of `formats`, else `INVALID_OPTION`. */
export function readFormat<F extends string>(
  options: unknown,
  formats: readonly F[],
  fn: string,
): F {
  const { format } = readOptions(
    options as { readonly format?: unknown } | undefined,
    'options',
    fail,
    fn,
  );
  if ((formats as readonly unknown[]).includes(format)) return format as F;
  const value = typeof format === 'string' ? format : typeof format;
  return fail(
    'INVALID_OPTION',
    `${fn}: option format must be one of ${formats.join(', ')}, got ${typeof format === 'string' ? JSON.stringify(format) : typeof format}.`,
    { option: 'format', value },
  );
}
