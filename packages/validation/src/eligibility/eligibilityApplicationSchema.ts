import type * as z from 'zod/mini';
import { modelSchema } from '../_internal/modelSchema';
import { eligibilityApplicationModel } from '../schemas/modelDefinitions';
import type { EligibilityApplication } from './EligibilityApplication';

/**
 * An {@link EligibilityApplication}, strict: what {@link checkEligibility} parses first.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { eligibilityApplicationSchema } from '@khuyencong/validation';
 * eligibilityApplicationSchema.safeParse({ beneficiary: { kind: 'household-business' }, activity: 'machinery', sector: 'cottage-industry', location: { provinceId: 'phu-yen', unitKind: 'commune' } }).success
 * //=> true
 * ```
 */
export const eligibilityApplicationSchema: z.ZodMiniType<EligibilityApplication> =
  /* @__PURE__ */ modelSchema(eligibilityApplicationModel);
