import type { VndAmount } from '@khuyencong/domain';
import * as z from 'zod/mini';
import { useDefaultLocale } from '../_internal/useDefaultLocale';
import { amountIssue } from './amountIssue';

/**
 * What an amount schema accepts: a plain integer string (`'899000000'`), a bigint, or a safe-integer number.
 *
 * @category Schemas
 */
export type VndAmountInput = string | bigint | number;

function amountSchema(allowNegative: boolean): z.ZodMiniType<VndAmount, VndAmountInput> {
  useDefaultLocale();
  return z.pipe(
    z.custom<VndAmountInput>().check((ctx) => {
      const reason = amountIssue(ctx.value, allowNegative);
      if (reason === undefined) return;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: { code: 'INVALID_AMOUNT', reason },
        abort: true,
      });
    }),
    z.transform((value: VndAmountInput) => (value === 0 ? '0' : String(value)) as VndAmount),
  );
}

/**
 * An amount of whole đồng, possibly negative (a difference, an adjustment): accepts a plain integer string,
 * a bigint or a safe integer and outputs the canonical `VndAmount` string. Rejects floats, exponent notation,
 * grouping (`'1.000.000'`), fractional đồng and unsafe numbers, each with a custom issue whose `params` are
 * `{ code: 'INVALID_AMOUNT', reason }` (see {@link AmountIssueReason}). The issue has no fixed message, so
 * that an error map such as {@link viErrorMap} words it (zod's default says "Invalid input").
 *
 * @category Schemas
 * @example
 * ```ts
 * import { vndAmountSchema } from '@khuyencong/validation';
 * [vndAmountSchema.parse(-1500000), vndAmountSchema.parse(12345678901234567890n), vndAmountSchema.safeParse('1.5').success]
 * //=> ['-1500000', '12345678901234567890', false]
 * ```
 */
export const vndAmountSchema: z.ZodMiniType<VndAmount, VndAmountInput> =
  /* @__PURE__ */ amountSchema(true);

/**
 * An amount of whole đồng where a cost or a payment is meant, so never negative: the same as
 * {@link vndAmountSchema} plus the `negative` reason. Every amount of the model schemas uses it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { costAmountSchema, viErrorMap } from '@khuyencong/validation';
 * [costAmountSchema.parse('899000000'), costAmountSchema.safeParse(-1, { error: viErrorMap() }).error?.issues[0]?.message]
 * //=> ['899000000', 'Số tiền không được âm']
 * ```
 */
export const costAmountSchema: z.ZodMiniType<VndAmount, VndAmountInput> =
  /* @__PURE__ */ amountSchema(false);
