import { describeValue, detailValue } from '@khuyencong/internal';
import { isLanguage, LANGUAGES, type Language } from '../messages/readLanguage';
import { fail } from './fail';

/**
 * The `lang` option: `'vi'` when absent, `'vi'` or `'en'` as given, an `UNSUPPORTED_LANGUAGE` error for anything
 * else (no silent fall back to Vietnamese).
 */
export function languageOption(options: Readonly<Record<string, unknown>>, fn: string): Language {
  const value = options['lang'];
  if (value === undefined) return 'vi';
  if (isLanguage(value)) return value;
  return fail(
    'UNSUPPORTED_LANGUAGE',
    `${fn}: option lang must be one of ${LANGUAGES.map((lang) => JSON.stringify(lang)).join(', ')}, got ${describeValue(value)}.`,
    { option: 'lang', value: detailValue(value), supported: LANGUAGES.join(', ') },
  );
}
