import type { Language } from '@khuyencong/i18n-vi';

/** The language of the command line when `--lang` is not given: Vietnamese, its users' language. */
export const DEFAULT_LANGUAGE: Language = 'vi';
