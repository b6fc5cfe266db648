import type { IsoDate } from '@khuyencong/domain';
import * as z from 'zod/mini';
import { isKnownIsoDate } from '../_internal/isKnownIsoDate';

/**
 * A calendar date written `YYYY-MM-DD` (no time, no time zone; years 1000-9999, leap years checked): the form
 * of every date in the models. A `Date` object or a timestamp is rejected, so no time zone can shift a day.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { isoDateSchema } from '@khuyencong/validation';
 * [isoDateSchema.safeParse('2024-02-29').success, isoDateSchema.safeParse('2023-02-29').success, isoDateSchema.safeParse('2024-6-1').success]
 * //=> [true, false, false]
 * ```
 */
export const isoDateSchema: z.ZodMiniType<IsoDate, string> = /* @__PURE__ */ z.iso
  .date({ abort: true })
  .check(z.refine(isKnownIsoDate, { params: { code: 'INVALID_CALENDAR_DATE' } })) as z.ZodMiniType<
  IsoDate,
  string
>;
