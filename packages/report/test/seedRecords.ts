// The records of the bundled seed dataset, built by hand (as the import layer will): one `lines` record per
// plan and report, one `project` record per đề án, each with its JSON path.
import { SEED_DATASET } from '@khuyencong/domain';
import { createReportBuilder, type ReportResult } from '../src/build/createReportBuilder';
import type { ImportRecord } from '../src/model/ImportRecord';

export function seedRecords(): ImportRecord[] {
  const source = SEED_DATASET.source;
  return [
    {
      kind: 'input',
      source: 'seed',
      format: 'dataset',
      ...(source === undefined ? {} : { title: source.title, url: source.url }),
    },
    ...SEED_DATASET.plans.map(
      (plan, i): ImportRecord => ({
        kind: 'lines',
        plan,
        origin: { source: 'seed', path: `plans[${i}]` },
      }),
    ),
    ...SEED_DATASET.reports.map(
      (report, i): ImportRecord => ({
        kind: 'lines',
        report,
        origin: { source: 'seed', path: `reports[${i}]` },
      }),
    ),
    ...SEED_DATASET.projects.map(
      (project, i): ImportRecord => ({
        kind: 'project',
        project,
        origin: { source: 'seed', path: `projects[${i}]` },
      }),
    ),
  ];
}

/** The report of the seed dataset on 1 October 2024 (the article's date), every finding kept. */
export function seedResult(): ReportResult {
  const builder = createReportBuilder({ asOf: '2024-10-01' });
  for (const record of seedRecords()) builder.add(record);
  return builder.build();
}
