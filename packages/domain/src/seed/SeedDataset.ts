import type { AnnualPlan } from '../models/AnnualPlan';
import type { PeriodReport } from '../models/PeriodReport';
import type { Project } from '../models/Project';

/**
 * A bundle of plans, reports and projects from one published source.
 *
 * @category Seed data
 */
export interface SeedDataset {
  /** Where the figures were published. */
  readonly source: {
    /** Publication and year. */
    readonly title: string;
    /** The article's address. */
    readonly url: string;
  };
  /** Annual plans. */
  readonly plans: readonly AnnualPlan[];
  /** What was achieved per period. */
  readonly reports: readonly PeriodReport[];
  /** Individual đề án. */
  readonly projects: readonly Project[];
}
