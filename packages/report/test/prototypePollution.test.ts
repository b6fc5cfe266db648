import { SEED_DATASET } from '@khuyencong/domain';
import { withPollutedPrototype } from '@khuyencong/internal/testing';
import { describe, expect, it } from 'vitest';
import { buildReport, createReportBuilder, datasetRecords, readCsvRows } from '../src/index';

/** Options set on Object.prototype, each a value that would change a result if it were read. */
const POLLUTION: Readonly<Record<string, unknown>> = {
  keepFindings: false,
  checks: [],
  maxLineLength: 3,
  implementingUnit: 'polluted',
};

type Options = Readonly<Record<string, unknown>>;

async function rows(options: Options): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of readCsvRows('id,title\n1,x\n', options)) items.push(item);
  return items;
}

const CSV =
  'Mã đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\nDA-01;máy móc;Phú Yên;2024;địa phương;899000000;286000000\n';

const CALLS: readonly ((options: Options) => unknown)[] = [
  (o) => rows(o),
  (o) =>
    buildReport([{ source: 'seed', dataset: SEED_DATASET }], { asOf: '2024-10-01', ...o }).then(
      (result) => result.findings.length,
    ),
  (o) => {
    const builder = createReportBuilder({ asOf: '2024-10-01', ...o });
    for (const record of datasetRecords(SEED_DATASET, 'seed')) builder.add(record);
    return builder.build().findings.length;
  },
  (o) =>
    buildReport([{ source: 'de-an.csv', content: CSV }], { asOf: '2024-10-01', ...o }).then(
      (result) => result.report,
    ),
];

describe('options polluted onto Object.prototype', () => {
  // Not enumerable, as in validation's test: zod reads the data it parses through the prototype.
  it('change no result of the report: only own properties are read', async () => {
    // Each call would give another outcome with the values passed: `insensitive` lists those that would not.
    expect(await withPollutedPrototype(POLLUTION, CALLS, false)).toEqual({
      changed: [],
      insensitive: [],
    });
  });
});
