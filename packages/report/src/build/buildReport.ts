import { readOptions } from '@khuyencong/internal';
import { checkShape, STRING } from '../_internal/checkShape';
import { fail } from '../_internal/fail';
import { invalidArgument } from '../_internal/invalidArgument';
import { isCallable } from '../_internal/isCallable';
import { isPlainRecord } from '../_internal/isPlainRecord';
import type { InputContent } from '../import/InputContent';
import { type DatasetInput, datasetRecords } from '../import/json/datasetRecords';
import { readInputBatches } from '../import/readInputBatches';
import {
  createReportBuilder,
  type ReportBuilderOptions,
  type ReportResult,
  uncheckedAdd,
} from './createReportBuilder';

/** An input of {@link buildReport}: a plain object with a source and either content or a dataset (own properties). */
function checkInput(input: unknown, index: number): ReportInput {
  const parameter = `inputs[${index}]`;
  const fields = checkShape(input, { source: STRING }, 'buildReport', parameter);
  if (Object.hasOwn(fields, 'dataset')) {
    if (!isPlainRecord(fields['dataset'])) {
      invalidArgument(
        'INVALID_ARGUMENT',
        'buildReport',
        `${parameter}.dataset`,
        fields['dataset'],
        'a dataset (plans, reports, projects)',
      );
    }
    return { source: fields['source'] as string, dataset: fields['dataset'] as DatasetInput };
  }
  const format = Object.hasOwn(fields, 'format') ? fields['format'] : undefined;
  return {
    source: fields['source'] as string,
    content: (Object.hasOwn(fields, 'content') ? fields['content'] : undefined) as InputContent,
    ...(format === undefined ? {} : { format: format as 'csv' | 'json' | 'auto' }),
  };
}

/**
 * One input of {@link buildReport}: a file's content (CSV or JSON, as text, bytes or a stream of either) with
 * its name, or a dataset already in memory (the bundled `SEED_DATASET`, a provincial system's own data).
 *
 * @category Report
 */
export type ReportInput =
  | {
      /** The input's name: a file path, `-` for standard input. */
      readonly source: string;
      readonly content: InputContent;
      /** `csv`, `json` or `auto` (the default: by the name's extension, else by the content). */
      readonly format?: 'csv' | 'json' | 'auto';
    }
  | { readonly source: string; readonly dataset: DatasetInput };

/**
 * Options of {@link buildReport}: those of {@link createReportBuilder}, plus what to tell a long run's user.
 *
 * @category Report
 */
export interface BuildReportOptions extends ReportBuilderOptions {
  /** The implementing unit of CSV rows that name none (see `readInput`). */
  readonly implementingUnit?: string;
  /** Called after each batch of records with the input's name and how many records it has given so far. */
  readonly onProgress?: (source: string, records: number) => void;
}

/**
 * Reads every input in turn and builds one report of all of them: the path a user walks, CSV or JSON in,
 * checks, totals and findings out. Inputs are streamed: memory grows with the groups, ids and findings kept,
 * not with the rows.
 *
 * @param inputs - the inputs, read in this order.
 * @param options - the report date, rule sets, checks, findings filter and progress callback.
 * @returns the report and the findings kept.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_DATE` for a bad `asOf`, and what
 *   `readInput` throws for content of the wrong type.
 *   `INVALID_ARGUMENT` for inputs that are not an array of `{ source, content }` or `{ source, dataset }`;
 *   `INVALID_OPTION` for an `onProgress` that is not a function.
 * @category Report
 * @example
 * ```ts
 * import { buildReport } from '@khuyencong/report';
 * const csv = 'Mã đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\nDA-01;máy móc;Phú Yên;2024;địa phương;899000000;286000000\nDA-02;máy móc;Phú Yên;2024;địa phương;1.36x tỷ;300000000\n';
 * const { report, findings } = await buildReport([{ source: 'de-an.csv', content: csv }], { asOf: '2024-10-01' });
 * [report.rows, report.projects.total.totalCost, findings.find((item) => item.origin.line === 3)?.finding.code]
 * //=> [{ read: 2, counted: 1, rejected: 1, totals: 0 }, '899000000', 'CELL_NOT_AMOUNT']
 * ```
 */
export async function buildReport(
  inputs: readonly ReportInput[],
  options: BuildReportOptions,
): Promise<ReportResult> {
  const bag = readOptions(options, 'options', fail, 'buildReport');
  if (!Array.isArray(inputs)) {
    invalidArgument('INVALID_ARGUMENT', 'buildReport', 'inputs', inputs, 'an array of inputs');
  }
  if (bag.onProgress !== undefined && !isCallable(bag.onProgress)) {
    invalidArgument('INVALID_OPTION', 'buildReport', 'onProgress', bag.onProgress, 'a function');
  }
  const builder = createReportBuilder(bag as BuildReportOptions);
  const add = uncheckedAdd(builder);
  for (let index = 0; index < inputs.length; index++) {
    const input = checkInput(inputs[index], index);
    if ('dataset' in input) {
      for (const record of datasetRecords(input.dataset, input.source)) add(record);
      continue;
    }
    let records = 0;
    const batches = readInputBatches({
      source: input.source,
      content: input.content,
      ...(input.format === undefined ? {} : { format: input.format }),
      ...(bag.implementingUnit === undefined ? {} : { implementingUnit: bag.implementingUnit }),
    });
    for await (const batch of batches) {
      for (const record of batch) add(record);
      records += batch.length;
      bag.onProgress?.(input.source, records);
    }
  }
  return builder.build();
}
