import * as z from 'zod/mini';

/**
 * The envelope of a dataset file: where its figures come from, and its lists of plans, reports and projects,
 * each item still unchecked (check each with `annualPlanSchema`, `periodReportSchema` or `projectSchema`, so
 * that one bad item does not hide the others). `SEED_DATASET` has this shape.
 *
 * @category Schemas
 */
export interface DatasetEnvelope {
  /** Where the figures were published: a title and an address, either optional. */
  readonly source?: { readonly title?: string; readonly url?: string };
  /** Annual plans (`AnnualPlan`), unchecked. */
  readonly plans?: readonly unknown[];
  /** Period reports (`PeriodReport`), unchecked. */
  readonly reports?: readonly unknown[];
  /** Đề án (`Project`), unchecked. */
  readonly projects?: readonly unknown[];
}

const text = z.string().check(z.minLength(1));

/**
 * The envelope of a dataset (see {@link DatasetEnvelope}), strict: no keys but `source`, `plans`, `reports`
 * and `projects`; `source` has only a non-empty `title` and `url`; the lists are arrays, whatever their items.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { datasetSchema } from '@khuyencong/validation';
 * [datasetSchema.safeParse(SEED_DATASET).success, datasetSchema.safeParse({ projects: [{ anything: 1 }] }).success]
 * //=> [true, true]
 * datasetSchema.safeParse({ projets: [], plans: {} }).error?.issues.map((issue) => [issue.code, issue.path.join('.')])
 * //=> [['invalid_type', 'plans'], ['unrecognized_keys', '']]
 * ```
 */
export const datasetSchema: z.ZodMiniType<DatasetEnvelope> = /* @__PURE__ */ z.strictObject({
  source: z.exactOptional(
    z.strictObject({ title: z.exactOptional(text), url: z.exactOptional(text) }),
  ),
  plans: z.exactOptional(z.array(z.unknown())),
  reports: z.exactOptional(z.array(z.unknown())),
  projects: z.exactOptional(z.array(z.unknown())),
});
