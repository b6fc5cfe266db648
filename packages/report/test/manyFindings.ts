// A 2,000-row projects sheet read by hand into records, with many findings: every fifth row rejected for two
// bad cells, every seventh a repeated project id, every eleventh a national-fund đề án over the cap of
// TT 28/2018/TT-BTC, a totals row at the end; every counted đề án also gets the findings of the project checks.
import { type Project, SEED_DATASET } from '@khuyencong/domain';
import {
  createReportBuilder,
  type ReportBuilderOptions,
  type ReportResult,
} from '../src/build/createReportBuilder';
import type { ImportRecord } from '../src/model/ImportRecord';

const PHU_YEN = SEED_DATASET.projects[1] as Project;
export const SHEET = 'de-an-2024.csv';

function project(index: number): Project {
  if (index % 11 === 0) {
    return {
      ...PHU_YEN,
      id: `DA-${index}`,
      fund: 'national',
      totalCost: '1000000000',
      eligibleCost: '1000000000',
      funding: { national: '400000000', counterpart: '600000000' },
      location: { provinceId: 'dak-lak', asOf: '2024-01-01' },
    };
  }
  return { ...PHU_YEN, id: `DA-${index}`, totalCost: `${800000000n + BigInt(index)}` };
}

/** The records of the sheet: rows on lines 2 to 2001, the totals row on line 2002. */
export function manyRecords(rows = 2000): ImportRecord[] {
  const records: ImportRecord[] = [
    { kind: 'input', source: SHEET, format: 'csv', table: 'projects' },
  ];
  for (let index = 0; index < rows; index++) {
    const line = index + 2;
    if (index % 5 === 4) {
      const origin = { source: SHEET, line };
      records.push({
        kind: 'rejected',
        origin,
        projectId: `DA-${index}`,
        findings: [
          {
            finding: {
              code: 'CELL_NOT_AMOUNT',
              severity: 'error',
              details: { field: 'totalCost', value: `${index}x tỷ` },
            },
            origin: { ...origin, column: 'Tổng kinh phí' },
            projectId: `DA-${index}`,
          },
          {
            finding: { code: 'CELL_REQUIRED', severity: 'error', details: { field: 'province' } },
            origin: { ...origin, column: 'Tỉnh/Thành phố' },
            projectId: `DA-${index}`,
          },
        ],
      });
    } else {
      const id = index % 7 === 6 ? index - 1 : index;
      records.push({
        kind: 'project',
        project: { ...project(index), id: `DA-${id}` },
        origin: { source: SHEET, line },
      });
    }
  }
  records.push({
    kind: 'totals',
    origin: { source: SHEET, line: rows + 2 },
    label: 'Tổng cộng',
    figures: { totalCost: { amount: '1', asWritten: '1' } },
  });
  return records;
}

/** The result of the sheet, every finding kept (or as `options` say). */
export function manyResult(options: Partial<ReportBuilderOptions> = {}): ReportResult {
  const builder = createReportBuilder({ asOf: '2024-10-01', ...options });
  for (const record of manyRecords()) builder.add(record);
  return builder.build();
}
