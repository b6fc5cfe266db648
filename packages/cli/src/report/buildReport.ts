import { type IsoDate, SEED_DATASET } from '@khuyencong/domain';
import type { CliIo } from '../CliIo';
import { datasetRecords } from '../input/datasetRecords';
import { readInputFile } from '../input/readInputFile';
import type { ProjectCheck } from './ProjectCheck';
import { ReportBuilder } from './ReportBuilder';
import type { ReportData } from './ReportData';

/** The origin name of the bundled dataset's records. */
export const SEED_NAME = 'seed';

const PROGRESS_FROM = 10_000;
const PROGRESS_EVERY = 100_000;

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  readonly asOf: IsoDate;
  readonly lang: 'vi' | 'en';
  readonly projectChecks?: readonly ProjectCheck[];
}

/**
 * Streams the input files (or, with none, the bundled seed dataset) into a report, printing progress on
 * standard error for files over 10,000 rows.
 */
export async function buildReport(
  files: readonly string[],
  io: CliIo,
  options: BuildReportOptions,
): Promise<ReportData> {
  const builder = new ReportBuilder({
    asOf: options.asOf,
    ...(options.projectChecks ? { projectChecks: options.projectChecks } : {}),
  });
  if (files.length === 0) {
    for (const record of datasetRecords(SEED_DATASET, SEED_NAME)) builder.add(record);
    const report = builder.build();
    return { ...report, sources: [`${SEED_DATASET.source.title} — ${SEED_DATASET.source.url}`] };
  }
  const vi = options.lang === 'vi';
  const grouped = new Intl.NumberFormat(vi ? 'vi-VN' : 'en-US');
  for (const file of files) {
    let last = 0;
    const onRow = (rows: number) => {
      last = rows;
      if (rows === PROGRESS_FROM || rows % PROGRESS_EVERY === 0) {
        io.stderr(
          `${file}: ${vi ? 'đã đọc' : 'read'} ${grouped.format(rows)} ${vi ? 'dòng' : 'rows'}…\n`,
        );
      }
    };
    for await (const record of readInputFile(file, onRow)) builder.add(record);
    if (last >= PROGRESS_FROM) {
      io.stderr(
        `${file}: ${vi ? 'xong' : 'done'}, ${grouped.format(last)} ${vi ? 'dòng' : 'rows'}.\n`,
      );
    }
  }
  return builder.build();
}
