import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * @internal Gives zod its English messages when no locale is configured yet, exactly as classic zod does when
 * its first schema is built (zod/mini leaves every message at "Invalid input"). A locale the application
 * configured stays in force.
 */
export function useDefaultLocale(): void {
  if (z.config().localeError === undefined) z.config(en());
}
