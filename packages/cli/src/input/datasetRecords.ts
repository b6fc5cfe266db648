import type { AnnualPlan, PeriodReport, Project } from '@khuyencong/domain';
import type { InputRecord } from './InputRecord';

/**
 * A dataset in the shape of `SEED_DATASET` (plans, reports, projects; every list optional).
 *
 * @category Input
 */
export interface DatasetInput {
  readonly plans?: readonly AnnualPlan[];
  readonly reports?: readonly PeriodReport[];
  readonly projects?: readonly Project[];
}

/**
 * The records of a dataset, each with its path in it as origin.
 *
 * @param dataset - plans, reports and projects, e.g. `SEED_DATASET`.
 * @param file - the name to give as the records' origin.
 * @returns the records: plans, then reports, then projects.
 * @category Input
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { datasetRecords } from '@khuyencong/cli';
 * [...datasetRecords(SEED_DATASET, 'seed')].map((record) => `${record.kind} ${record.origin.path}`).slice(2, 5)
 * //=> ['plan plans[2]', 'report reports[0]', 'report reports[1]']
 * ```
 */
export function* datasetRecords(dataset: DatasetInput, file: string): Generator<InputRecord> {
  for (const [index, plan] of (dataset.plans ?? []).entries()) {
    yield { kind: 'plan', plan, origin: { file, path: `plans[${index}]` } };
  }
  for (const [index, report] of (dataset.reports ?? []).entries()) {
    yield { kind: 'report', report, origin: { file, path: `reports[${index}]` } };
  }
  for (const [index, project] of (dataset.projects ?? []).entries()) {
    yield { kind: 'project', project, origin: { file, path: `projects[${index}]` } };
  }
}
