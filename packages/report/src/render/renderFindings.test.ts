import type { FindingSeverity } from '@khuyencong/domain';
import { formatNumber } from '@khuyencong/i18n-vi';
import { describe, expect, it } from 'vitest';
import { manyResult, SHEET } from '../../test/manyFindings';
import { csvBlocks } from '../../test/parseCsv';
import { seedResult } from '../../test/seedRecords';
import type { FindingJson } from './findings/FindingJson';
import { type FindingsJson, renderFindings } from './renderFindings';
import { renderReport } from './renderReport';

const SEVERITY_WORDS: Readonly<Record<string, FindingSeverity>> = {
  lỗi: 'error',
  'cảnh báo': 'warning',
  'thông tin': 'info',
};

interface TextGroup {
  readonly severity: FindingSeverity;
  readonly code: string;
  readonly count: number;
  readonly shown: number;
  readonly more: number;
}

/** The groups of a Vietnamese findings text, read back from its lines. */
function textGroups(text: string): TextGroup[] {
  const groups: TextGroup[] = [];
  for (const block of text.split('\n\n')) {
    const [head = '', ...lines] = block.split('\n');
    const match = /^(lỗi|cảnh báo|thông tin) · ([A-Z_]+) · ([\d.]+) phát hiện$/.exec(head);
    if (match === null) continue;
    const more = lines
      .map((line) => /^ {2}… và ([\d.]+) phát hiện khác/.exec(line)?.[1])
      .find((value) => value !== undefined);
    groups.push({
      severity: SEVERITY_WORDS[match[1] ?? ''] ?? 'info',
      code: match[2] ?? '',
      count: Number((match[3] ?? '').replaceAll('.', '')),
      shown: lines.filter((line) => line.startsWith('  - ')).length,
      more: more === undefined ? 0 : Number(more.replaceAll('.', '')),
    });
  }
  return groups;
}

function countBy(findings: readonly FindingJson[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of findings) {
    const key = `${item.severity} ${item.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('renderFindings on a 2,000-row sheet with many errors', () => {
  const result = manyResult();
  const { report } = result;

  it('the sheet: 2,001 rows read, 571 rejected, thousands of findings, all kept', () => {
    expect(report.rows).toEqual({ read: 2001, counted: 1429, rejected: 571, totals: 1 });
    expect(report.findings.total).toBeGreaterThan(9000);
    expect(result.findings).toHaveLength(report.findings.total);
  });

  it('json lists every finding, flat, in the order found; ok, errors and the summary agree with it', () => {
    const json = JSON.parse(renderFindings(result, { format: 'json' })) as FindingsJson;
    expect(Object.keys(json)).toEqual(['ok', 'errors', 'summary', 'rows', 'findings']);
    expect(json.findings).toHaveLength(report.findings.total);
    expect(json.findings.map((item) => [item.code, item.line])).toEqual(
      result.findings.map((item) => [item.finding.code, item.origin.line]),
    );
    expect(json.rows).toEqual(report.rows);
    expect(json.summary).toEqual(report.findings);
    const errors = json.findings.filter((item) => item.severity === 'error').length;
    expect(json).toMatchObject({ ok: false, errors });
    expect(errors).toBe(report.findings.bySeverity.error);
    const counts = countBy(json.findings);
    expect(Object.fromEntries(counts)).toEqual(
      Object.fromEntries(
        json.summary.byCode.map((entry) => [`${entry.severity} ${entry.code}`, entry.count]),
      ),
    );
    // Every bad cell of the sheet, with its line, column and value.
    const cells = json.findings.filter((item) => item.code === 'CELL_NOT_AMOUNT');
    expect(cells).toHaveLength(400);
    expect(cells[399]).toEqual({
      code: 'CELL_NOT_AMOUNT',
      severity: 'error',
      message: '"1999x tỷ" không phải số tiền hợp lệ (tổng kinh phí).',
      source: SHEET,
      line: 2001,
      column: 'Tổng kinh phí',
      projectId: 'DA-1999',
      details: { field: 'totalCost', value: '1999x tỷ' },
    });
  });

  it("the text's counts are the summary's and the JSON's, and it says how many more of each there are", () => {
    const perCode = 3;
    const text = renderFindings(result, {
      format: 'text',
      perCode,
      moreFindings: (code) => `khuyencong check ${SHEET} --code ${code} --format json`,
    });
    const groups = textGroups(text);
    expect(groups.map((group) => [group.severity, group.code, group.count])).toEqual(
      report.findings.byCode.map((entry) => [entry.severity, entry.code, entry.count]),
    );
    expect(groups.reduce((total, group) => total + group.count, 0)).toBe(report.findings.total);
    for (const group of groups) {
      expect(group.shown, group.code).toBe(Math.min(perCode, group.count));
      expect(group.shown + group.more, group.code).toBe(group.count);
    }
    expect(
      text.startsWith(
        'Đã đọc 2.001 dòng: 1.429 dòng được tính, 571 dòng bị loại, 1 dòng tổng cộng.\nPhát hiện: ',
      ),
    ).toBe(true);
    expect(text).toContain(
      'lỗi · CELL_NOT_AMOUNT · 400 phát hiện\n  "4x tỷ" không phải số tiền hợp lệ (tổng kinh phí).\n  - de-an-2024.csv:6 · cột "Tổng kinh phí" · đề án DA-4\n  - de-an-2024.csv:11 · cột "Tổng kinh phí" · đề án DA-9: "9x tỷ" không phải số tiền hợp lệ (tổng kinh phí).\n  - de-an-2024.csv:16 · cột "Tổng kinh phí" · đề án DA-14: "14x tỷ" không phải số tiền hợp lệ (tổng kinh phí).\n  … và 397 phát hiện khác; để xem tất cả: khuyencong check de-an-2024.csv --code CELL_NOT_AMOUNT --format json\n',
    );
    expect(text.endsWith(`\nCó ${formatNumber(report.findings.bySeverity.error)} lỗi.\n`)).toBe(
      true,
    );
  });

  it('the report formats keep every finding too (with skipInvalid: 571 rows were rejected)', () => {
    const options = { skipInvalid: true } as const;
    const json = JSON.parse(renderReport(result, { format: 'json', ...options })) as {
      findings: FindingJson[];
    };
    expect(json.findings).toHaveLength(report.findings.total);
    const csv = csvBlocks(renderReport(result, { format: 'csv', ...options }));
    expect(csv.at(-1)?.rows).toHaveLength(1 + report.findings.total);
    const html = renderReport(result, { format: 'html', ...options });
    expect((html.match(/<tr><td>de-an-2024\.csv:\d+<\/td>/g) ?? []).length).toBe(
      report.findings.total,
    );
    const text = renderReport(result, { format: 'text', ...options });
    const groups = textGroups(text);
    expect(groups.reduce((total, group) => total + group.count, 0)).toBe(report.findings.total);
  });

  it('with a filter, the counts stay those of every finding and the text says how many are not shown', () => {
    const errorsOnly = manyResult({ filter: { minSeverity: 'error' } });
    expect(errorsOnly.report.findings).toEqual(report.findings);
    const json = JSON.parse(renderFindings(errorsOnly, { format: 'json' })) as FindingsJson;
    expect(json.findings).toHaveLength(report.findings.bySeverity.error);
    expect(json.summary.total).toBe(report.findings.total);
    const groups = textGroups(renderFindings(errorsOnly, { format: 'text' }));
    expect(groups.reduce((total, group) => total + group.count, 0)).toBe(report.findings.total);
    const warning = groups.find((group) => group.severity === 'warning');
    expect(warning).toMatchObject({ shown: 0 });
    expect(warning?.more).toBe(warning?.count);
  });
});

describe('renderFindings on the seed', () => {
  it('json: ok is false when any finding is an error', () => {
    const json = JSON.parse(
      renderFindings(seedResult(), { format: 'json', lang: 'en' }),
    ) as FindingsJson;
    expect(json).toMatchObject({ ok: false, errors: 1, rows: { read: 8, counted: 8 } });
    expect(json.findings.find((item) => item.severity === 'error')?.message).toBe(
      'The reported 115.6% does not match the figures (consulting revenue attainment): 8,000,000,000 VND of a 6,040,000,000 VND plan is 132.5%.',
    );
  });

  it('text ends with the verdict; a format other than text or json is refused', () => {
    expect(renderFindings(seedResult(), { format: 'text' }).endsWith('\nCó 1 lỗi.\n')).toBe(true);
    expect(
      renderFindings(seedResult(), { format: 'text', lang: 'en' }).endsWith('\n1 error.\n'),
    ).toBe(true);
    expect(() => renderFindings(seedResult(), { format: 'csv' as 'text' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        details: { option: 'format', value: 'csv' },
      }),
    );
  });
});
