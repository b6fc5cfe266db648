import { invalidArgument } from '../../_internal/invalidArgument';
import { isPlainRecord } from '../../_internal/isPlainRecord';
import { ownRecords } from '../../_internal/ownRecords';
import type { ImportRecord } from '../../model/ImportRecord';
import { itemRecords } from './itemRecords';

/**
 * A dataset given as data: where its figures come from, and plans, reports and projects (every part
 * optional), such as `SEED_DATASET` of `@khuyencong/domain`. Its items are checked as if they had been read
 * from a JSON file.
 *
 * @category Import
 */
export interface DatasetInput {
  readonly source?: { readonly title?: string; readonly url?: string };
  readonly plans?: readonly unknown[];
  readonly reports?: readonly unknown[];
  readonly projects?: readonly unknown[];
}

/**
 * The records of a dataset given as data, by the same path as a JSON input: the `input` record (format
 * `dataset`, with the dataset's title and address), then one record per plan, report and project, each
 * checked on its own with the schemas of `@khuyencong/validation` (a bad item is `rejected` with an
 * `INVALID_FIELD` finding per issue, at its path; the others count).
 *
 * @param dataset - plans, reports and projects, e.g. `SEED_DATASET`.
 * @param source - the name to give as the records' origin, e.g. `seed`.
 * @returns the records: the input, then plans, reports and projects.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a dataset that is
 *   not a plain object, or a source that is not a string.
 * @category Import
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { datasetRecords } from '@khuyencong/report';
 * const records = [...datasetRecords(SEED_DATASET, 'seed')];
 * [records[0]?.kind, records.filter((record) => record.kind === 'project').length === SEED_DATASET.projects.length]
 * //=> ['input', true]
 * const bad = [...datasetRecords({ projects: [SEED_DATASET.projects[0], { ...SEED_DATASET.projects[1], totalCost: '1,5' }] }, 'mine')];
 * bad.map((record) => record.kind === 'rejected' ? record.findings.map((f) => `${f.finding.code} ${f.origin.path}`) : record.kind)
 * //=> ['input', 'project', ['INVALID_FIELD projects[1].totalCost']]
 * ```
 */
export function datasetRecords(dataset: DatasetInput, source: string): Generator<ImportRecord> {
  if (!isPlainRecord(dataset)) {
    invalidArgument(
      'INVALID_ARGUMENT',
      'datasetRecords',
      'dataset',
      dataset,
      'a dataset: a plain object of plans, reports and projects',
    );
  }
  if (typeof source !== 'string') {
    invalidArgument('INVALID_ARGUMENT', 'datasetRecords', 'source', source, 'a string');
  }
  return ownItems(itemRecords(dataset, source, 'dataset', true));
}

/** The records of a dataset, each marked as this package's (the builder takes them as checked). */
function* ownItems(records: Generator<ImportRecord>): Generator<ImportRecord> {
  for (const record of records) yield ownRecords([record])[0] as ImportRecord;
}
