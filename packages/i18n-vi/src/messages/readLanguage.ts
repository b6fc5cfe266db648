import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';

/**
 * The languages every message, label and report comes in: Vietnamese (`vi`, the default everywhere) and
 * English (`en`).
 *
 * @category Messages
 * @example
 * ```ts
 * import { LANGUAGES } from '@khuyencong/i18n-vi';
 * LANGUAGES
 * //=> ['vi', 'en']
 * ```
 */
export const LANGUAGES = ['vi', 'en'] as const;

/**
 * One of {@link LANGUAGES}.
 *
 * @category Messages
 */
export type Language = (typeof LANGUAGES)[number];

/** Whether a value is exactly one of {@link LANGUAGES}. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * Reads a language the user asked for (a `--lang` option, an `Accept-Language` choice already reduced to a
 * tag, a setting): `vi` or `en`, case-insensitive, with a region part allowed (`vi-VN`, `en-US`). Anything
 * else is an error rather than a silent fall back to Vietnamese.
 *
 * @param value - the language as given.
 * @returns `'vi'` or `'en'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNSUPPORTED_LANGUAGE` for any other value.
 * @category Messages
 * @example
 * ```ts
 * import { readLanguage } from '@khuyencong/i18n-vi';
 * [readLanguage('vi'), readLanguage('EN'), readLanguage('vi-VN')]
 * //=> ['vi', 'en', 'vi']
 * ```
 */
export function readLanguage(value: unknown): Language {
  if (typeof value === 'string') {
    const tag = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/i.exec(value.trim());
    const primary = tag?.[1]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return fail(
    'UNSUPPORTED_LANGUAGE',
    `readLanguage: ${describeValue(value)} is not a supported language; expected ${LANGUAGES.join(' or ')}.`,
    { value: detailValue(value), supported: LANGUAGES.join(', ') },
  );
}
