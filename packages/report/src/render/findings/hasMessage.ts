import { MESSAGES, type MessageCode } from '@khuyencong/i18n-vi';

/** @internal Whether a code has a message in `@khuyencong/i18n-vi` (a check of your own may not). */
export function hasMessage(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}
