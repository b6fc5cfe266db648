import type { Language } from '../messages/readLanguage';

/** The currency word each language ends an amount with by default: "5.500.000.000 đồng", "5,500,000,000 VND". */
export const CURRENCY_WORDS: Readonly<Record<Language, 'đồng' | 'VND'>> = { vi: 'đồng', en: 'VND' };
