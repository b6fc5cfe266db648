// The records of the bundled seed dataset, as the import layer reads it: one `lines` record per plan and
// report, one `project` record per đề án, each with its JSON path.
import { SEED_DATASET } from '@khuyencong/domain';
import { createReportBuilder, type ReportResult } from '../src/build/createReportBuilder';
import { datasetRecords } from '../src/import/json/datasetRecords';
import type { ImportRecord } from '../src/model/ImportRecord';

export function seedRecords(): ImportRecord[] {
  return [...datasetRecords(SEED_DATASET, 'seed')];
}

/** The report of the seed dataset on 1 October 2024 (the article's date), every finding kept. */
export function seedResult(): ReportResult {
  const builder = createReportBuilder({ asOf: '2024-10-01' });
  for (const record of seedRecords()) builder.add(record);
  return builder.build();
}
