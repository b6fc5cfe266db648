import { createRuleSetRegistry } from '@khuyencong/calc';
import { isKhuyenCongError, judgementDate, SEED_DATASET } from '@khuyencong/domain';
import { failureOf } from '@khuyencong/hostile';
import { describe, expect, it } from 'vitest';
import {
  approvalDateCheck,
  COLUMN_ALIASES,
  createReportBuilder,
  datasetRecords,
  detectDelimiter,
  eligibilitySite,
  findingToJson,
  type ImportRecord,
  LINE_FIELDS,
  loadRuleSets,
  matchesFilter,
  PROJECT_CHECKS,
  PROJECT_FIELDS,
  readInput,
  renderReportText,
  resolveColumns,
  selectFindings,
} from '../src/index';

const refusal = (run: () => unknown) => failureOf(run, isKhuyenCongError);

/** The code and the part named of what a call throws. */
function refused(run: () => unknown): unknown {
  try {
    run();
    return 'returned';
  } catch (error) {
    if (!isKhuyenCongError(error)) throw error;
    return [error.code, error.details['parameter']];
  }
}

const [VIET_SEC] = SEED_DATASET.projects;
if (VIET_SEC === undefined) throw new Error('the seed dataset has projects');
const CONTEXT = { judgement: judgementDate(VIET_SEC), ruleSets: createRuleSetRegistry([]) };
const LOCATED = {
  finding: { code: 'COUNTERPART_IMPLIED', severity: 'info', details: {} },
  origin: { source: 'a.csv', line: 2 },
} as const;

function seedResult() {
  const builder = createReportBuilder({ asOf: '2024-10-01' });
  for (const record of datasetRecords(SEED_DATASET, 'seed')) builder.add(record);
  return builder.build();
}

describe('the arguments of every public function are checked where it is called', () => {
  it('names the argument or the part of it that is wrong', () => {
    expect(refused(() => resolveColumns(undefined as never))).toEqual([
      'INVALID_ARGUMENT',
      'headers',
    ]);
    expect(refused(() => resolveColumns(['Mã đề án', 7] as never))).toEqual([
      'INVALID_ARGUMENT',
      'headers[1]',
    ]);
    expect(refused(() => detectDelimiter(undefined as never))).toEqual([
      'INVALID_ARGUMENT',
      'headerLine',
    ]);
    expect(refused(() => loadRuleSets(null as never))).toEqual(['INVALID_ARGUMENT', 'files']);
    expect(refused(() => datasetRecords(undefined as never, 'seed'))).toEqual([
      'INVALID_ARGUMENT',
      'dataset',
    ]);
    expect(
      refused(() => approvalDateCheck({ ...VIET_SEC, totalCost: '1,5' } as never, CONTEXT)),
    ).toEqual(['INVALID_ARGUMENT', 'project.totalCost']);
    expect(
      refused(() =>
        approvalDateCheck(VIET_SEC, {
          ...CONTEXT,
          ruleSets: { ...CONTEXT.ruleSets, find: 1 },
        } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'context.ruleSets.find']);
    expect(
      refused(() => eligibilitySite({ provinceId: 'phu-yen' }, '2024-13-01' as never, undefined)),
    ).toEqual(['INVALID_ARGUMENT', 'asOf']);
    expect(
      refused(() =>
        eligibilitySite({ provinceId: 'phu-yen' }, '2024-01-01', {
          priorityAreas: new Array(2),
        } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'details.priorityAreas']);
  });

  it('checks findings and filters, holes and callables included', () => {
    expect(
      refused(() =>
        findingToJson({ ...LOCATED, finding: { ...LOCATED.finding, code: {} } } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'item.finding.code']);
    expect(
      refused(() =>
        findingToJson({
          ...LOCATED,
          finding: { ...LOCATED.finding, details: { n: Number.NaN } },
        } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'item.finding.details.n']);
    expect(matchesFilter(LOCATED, { codes: ['COUNTERPART_IMPLIED'] })).toBe(true);
    expect(
      refused(() => matchesFilter(LOCATED, { codes: 'COUNTERPART_IMPLIED' } as never)),
    ).toEqual(['INVALID_OPTION', 'filter.codes']);
    expect(
      refused(() => createReportBuilder({ asOf: '2024-10-01', checks: new Array(1) })),
    ).toEqual(['INVALID_OPTION', 'checks']);
    expect(
      refused(() =>
        createReportBuilder({ asOf: '2024-10-01', ruleSets: { ruleSets: [] } as never }),
      ),
    ).toEqual(['INVALID_OPTION', 'ruleSets.get']);
    class NotACallback {}
    expect(
      refused(() => createReportBuilder({ asOf: '2024-10-01', onFinding: NotACallback as never })),
    ).toEqual(['INVALID_OPTION', 'onFinding']);
  });

  it('reads options as own properties of plain objects only: a boxed primitive is refused', () => {
    const result = seedResult();
    expect(refusal(() => renderReportText(result, new String('en') as never))).toBe(
      'INVALID_OPTION',
    );
    expect(refusal(() => selectFindings(result, new Boolean(true) as never))).toBe(
      'INVALID_OPTION',
    );
    const prototype = Object.prototype as { lang?: string };
    prototype.lang = 'en';
    try {
      expect(renderReportText(result, {}).startsWith('BÁO CÁO KHUYẾN CÔNG')).toBe(true);
    } finally {
      delete prototype.lang;
    }
  });

  it('checks a rendered result part by part', () => {
    const result = seedResult();
    expect(
      refused(() =>
        renderReportText({
          ...result,
          report: { ...result.report, attainment: [undefined] },
        } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'result.report.attainment']);
    expect(
      refused(() =>
        renderReportText({
          ...result,
          report: { ...result.report, rows: { ...result.report.rows, read: Number.NaN } },
        } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'result.report.rows.read']);
  });
});

describe('the records a builder is given', () => {
  it('are checked, but those of the package’s readers are taken as read', async () => {
    const builder = createReportBuilder({ asOf: '2024-10-01' });
    expect(
      refused(() =>
        builder.add({
          kind: 'project',
          project: { ...VIET_SEC, funding: { local: '1,5' } },
          origin: { source: 'x' },
        } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'record.project.funding.local']);
    expect(refused(() => builder.add({ kind: 'row' } as never))).toEqual([
      'INVALID_ARGUMENT',
      'record.kind',
    ]);
    const records: ImportRecord[] = [];
    const csv =
      'Mã đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\nDA-01;máy móc;Phú Yên;2024;địa phương;899000000;286000000\n';
    for await (const record of readInput({ source: 'de-an.csv', content: csv }))
      records.push(record);
    await builder.addAll(records);
    expect(builder.build().report.rows).toEqual({ read: 1, counted: 1, rejected: 0, totals: 0 });
  });

  it('are read from a plain iterable without awaiting them: a thenable among them is refused, not awaited', async () => {
    const builder = createReportBuilder({ asOf: '2024-10-01' });
    // biome-ignore lint/suspicious/noThenProperty: a thenable is what this test is about.
    const thenable = { then: () => undefined };
    await expect(builder.addAll([thenable] as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { parameter: 'record.kind' },
    });
  });
});

describe('the constants', () => {
  it('are frozen all the way down', () => {
    expect(Object.isFrozen(LINE_FIELDS) && Object.isFrozen(PROJECT_FIELDS)).toBe(true);
    expect(Object.isFrozen(COLUMN_ALIASES) && Object.isFrozen(COLUMN_ALIASES.totalCost)).toBe(true);
    expect(Object.isFrozen(PROJECT_CHECKS)).toBe(true);
  });
});
