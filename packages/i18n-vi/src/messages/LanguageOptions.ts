import type { Language } from './readLanguage';

/**
 * Options of every function that writes words: the language to write them in.
 *
 * @category Messages
 */
export interface LanguageOptions {
  /** `'vi'` (default) or `'en'`; anything else is an `UNSUPPORTED_LANGUAGE` error. */
  readonly lang?: Language;
}
