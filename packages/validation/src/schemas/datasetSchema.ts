import { z } from 'zod';

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

const text = z.string().min(1);

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
export const datasetSchema: z.ZodType<DatasetEnvelope> = z.strictObject({
  source: z
    .strictObject({ title: text.exactOptional(), url: text.exactOptional() })
    .exactOptional(),
  plans: z.array(z.unknown()).exactOptional(),
  reports: z.array(z.unknown()).exactOptional(),
  projects: z.array(z.unknown()).exactOptional(),
});
