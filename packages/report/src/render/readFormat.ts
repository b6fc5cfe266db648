import { KhuyenCongError } from '@khuyencong/domain';

/** @internal The `format` option of a renderer, one of `formats`, else `INVALID_OPTION`. */
export function readFormat<F extends string>(
  options: unknown,
  formats: readonly F[],
  fn: string,
): F {
  const format: unknown =
    typeof options === 'object' && options !== null && Object.hasOwn(options, 'format')
      ? (options as { readonly format?: unknown }).format
      : undefined;
  if ((formats as readonly unknown[]).includes(format)) return format as F;
  const value = typeof format === 'string' ? format : typeof format;
  throw new KhuyenCongError(
    'INVALID_OPTION',
    `[@khuyencong/report] ${fn}: option format must be one of ${formats.join(', ')}, got ${typeof format === 'string' ? JSON.stringify(format) : typeof format}.`,
    { details: { option: 'format', value } },
  );
}
