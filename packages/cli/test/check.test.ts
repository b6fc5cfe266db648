import { readFileSync } from 'node:fs';
import { SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, flat } from './inProcess';

const ERRORS_FILE = `${FIXTURES}/de-an-2000-loi.csv`;

interface FindingJson {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly source: string;
  readonly line?: number;
  readonly column?: string;
  readonly projectId?: string;
  readonly details: Record<string, unknown>;
  readonly citation?: string;
}

interface CheckJson {
  readonly ok: boolean;
  readonly errors: number;
  readonly summary: {
    readonly total: number;
    readonly bySeverity: { error: number; warning: number; info: number };
    readonly byCode: readonly { code: string; severity: string; count: number }[];
  };
  readonly rows: { read: number; counted: number; rejected: number; totals: number };
  readonly findings: readonly FindingJson[];
}

async function checkJson(...args: string[]): Promise<{ code: number; json: CheckJson }> {
  const { code, stdout } = await cli(['check', ...args, '--format', 'json']);
  return { code, json: JSON.parse(stdout) as CheckJson };
}

describe('check', () => {
  it('exit code 1 on an error finding, with the code, the line, the đề án and the legal text', async () => {
    const file = `${FIXTURES}/de-an-bom-semicolon.csv`;
    const text = await cli(['check', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/\nCó 1 lỗi\.\n$/);
    expect(text.stdout).toContain(
      'cảnh báo · LOCATION_DATA_MISSING · 3 phát hiện\n  Thiếu thông tin để xác định địa bàn',
    );
    const { code, json } = await checkJson(file);
    expect([code, json.ok, json.errors]).toEqual([1, false, 1]);
    expect(json.findings.find((finding) => finding.severity === 'error')).toMatchObject({
      code: 'SUPPORT_EXCEEDS_LIMIT',
      source: file,
      line: 5,
      projectId: 'DA-04',
      citation: 'khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC',
    });
    // The plan/report lines of the bundled article have one inconsistency, an error.
    expect((await checkJson(`${FIXTURES}/lines-english.csv`)).code).toBe(1);
    // A file with no error finding.
    const clean = await cli(['check', '-'], {
      stdin:
        'Mã đề án,Nội dung,Tỉnh/Thành phố,Năm,Nguồn kinh phí,Tổng kinh phí,Kinh phí hỗ trợ,Ngày phê duyệt,Cam kết không trùng lặp\nDA-1,máy móc,Phú Yên,2024,quốc gia,800 triệu,200 triệu,15/03/2024,x\n',
    });
    expect([clean.code, clean.stdout.split('\n').at(-2)]).toEqual([0, 'Không có lỗi.']);
  });

  it('eligibility by the site columns: EL-02, EL-03 and EL-04 are not eligible', async () => {
    const file = `${FIXTURES}/eligibility.csv`;
    const { code, json } = await checkJson(file);
    expect([code, json.errors]).toEqual([1, 3]);
    expect(
      json.findings
        .filter((finding) => finding.severity === 'error')
        .map((finding) => [finding.projectId, finding.line, finding.code]),
    ).toEqual([
      ['EL-02', 3, 'LOCATION_NOT_ELIGIBLE'],
      ['EL-03', 4, 'LARGE_ENTERPRISE_NOT_ELIGIBLE'],
      ['EL-04', 5, 'LOCATION_NOT_ELIGIBLE'],
    ]);
    const codes = (id: string) =>
      json.findings
        .filter((finding) => finding.projectId === id)
        .map((finding) => finding.code)
        .filter((code) => !['COUNTERPART_IMPLIED', 'SETTLEMENT_DUE'].includes(code));
    expect(codes('EL-01')).toEqual(['PRIORITY_AREA', 'PRIORITY_AREA']);
    expect(codes('EL-05')).toEqual([]);
    const message = (id: string, code: string) =>
      json.findings.find((finding) => finding.projectId === id && finding.code === code)?.message;
    expect(message('EL-02', 'LOCATION_NOT_ELIGIBLE')).toBe(
      'Địa bàn sản xuất (ward) không thuộc địa bàn được hưởng chính sách khuyến công theo quy định tại thời điểm xét.',
    );
    expect(message('EL-03', 'LARGE_ENTERPRISE_NOT_ELIGIBLE')).toBe(
      'Doanh nghiệp lớn chỉ được hỗ trợ cho sản xuất sạch hơn, sản xuất và tiêu dùng bền vững hoặc đầu tư hạ tầng cụm công nghiệp, không cho nội dung hỗ trợ ứng dụng máy móc tiên tiến, chuyển giao công nghệ.',
    );
    expect(message('EL-01', 'PRIORITY_AREA')).toBe(
      'Địa bàn ưu tiên: vùng đồng bào dân tộc thiểu số.',
    );
    const text = await cli(['check', file]);
    expect(flat(text.stdout)).toContain(
      'lỗi · LOCATION_NOT_ELIGIBLE · 2 phát hiện\n  Địa bàn sản xuất (ward) không thuộc địa bàn được hưởng chính sách khuyến công theo quy định tại thời điểm xét.\n  Căn cứ: khoản 1 Điều 1 Nghị định số 235/2025/NĐ-CP\n  - test/fixtures/eligibility.csv:3 · đề án EL-02\n',
    );
    expect(text.stdout).toMatch(/\nCó 3 lỗi\.\n$/);
    expect((await cli(['check', file, '--lang', 'en'])).stdout).toMatch(/\n3 errors\.\n$/);
  });

  it('a 2,000-row sheet with many mistakes: JSON lists every finding, the text counts the same', async () => {
    const { code, json } = await checkJson(ERRORS_FILE);
    expect(code).toBe(1);
    expect(json.rows).toEqual({ read: 2000, counted: 1600, rejected: 398, totals: 2 });
    expect(json.summary.bySeverity).toEqual({ error: 646, warning: 5847, info: 1392 });
    expect(json.findings).toHaveLength(json.summary.total);
    expect(json.summary.total).toBe(7885);
    for (const entry of json.summary.byCode) {
      const found = json.findings.filter(
        (finding) => finding.code === entry.code && finding.severity === entry.severity,
      );
      expect(found.length, entry.code).toBe(entry.count);
    }
    // Every mistake the fixture was made with, at its line and column with its value.
    const expected = JSON.parse(
      readFileSync(`${FIXTURES}/de-an-2000-loi.expected.json`, 'utf8'),
    ) as { line: number; code: string; column?: string; value?: string }[];
    expect(expected.length).toBeGreaterThan(600);
    const listed = new Set(
      json.findings.map((f) =>
        [f.line, f.code, f.column ?? '', f.details['value'] ?? ''].join('|'),
      ),
    );
    const missing = expected.filter(
      (item) => !listed.has([item.line, item.code, item.column ?? '', item.value ?? ''].join('|')),
    );
    expect(missing).toEqual([]);

    const text = flat((await cli(['check', ERRORS_FILE])).stdout);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Đã đọc 2.000 dòng: 1.600 dòng được tính, 398 dòng bị loại, 2 dòng tổng cộng.',
      'Phát hiện: 7.885 (646 lỗi, 5.847 cảnh báo, 1.392 thông tin).',
    ]);
    const groups = [
      ...text.matchAll(/^(lỗi|cảnh báo|thông tin) · ([A-Z_]+) · ([\d.]+) phát hiện$/gm),
    ];
    const severity = { lỗi: 'error', 'cảnh báo': 'warning', 'thông tin': 'info' } as const;
    expect(
      groups.map(([, word, code, count]) => ({
        code,
        severity: severity[word as keyof typeof severity],
        count: Number(count?.replaceAll('.', '')),
      })),
    ).toEqual(json.summary.byCode);
    // Each group shows its first 5 and says exactly how many more there are, and how to list them.
    for (const entry of json.summary.byCode.filter((item) => item.count > 5)) {
      expect(text).toContain(
        `  … và ${(entry.count - 5).toLocaleString('vi-VN')} phát hiện khác; để xem tất cả: khuyencong check test/fixtures/de-an-2000-loi.csv --code ${entry.code} --format json\n`,
      );
    }
    expect(text).toMatch(/\nCó 646 lỗi\.\n$/);
  });

  it('--only errors, --only warnings and --code choose what is listed, counted and judged', async () => {
    const errors = await checkJson(ERRORS_FILE, '--only', 'errors');
    expect(errors.code).toBe(1);
    expect(errors.json.findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(errors.json.findings).toHaveLength(646);
    expect(errors.json.summary.bySeverity).toEqual({ error: 646, warning: 0, info: 0 });
    const text = (await cli(['check', ERRORS_FILE, '--only', 'errors'])).stdout;
    expect(text).toContain('Phát hiện: 646 (646 lỗi, 0 cảnh báo, 0 thông tin).');
    expect(text).not.toMatch(/^(cảnh báo|thông tin) · /m);
    const warnings = await checkJson(ERRORS_FILE, '--only', 'warnings');
    expect(warnings.json.findings).toHaveLength(646 + 5847);
    const code = await checkJson(
      ERRORS_FILE,
      '--code',
      'CELL_NOT_AMOUNT',
      '--code',
      'ROW_TOO_SHORT',
    );
    expect(new Set(code.json.findings.map((finding) => finding.code))).toEqual(
      new Set(['CELL_NOT_AMOUNT', 'ROW_TOO_SHORT']),
    );
    expect(code.json.findings).toHaveLength(code.json.summary.total);
    // A warning code only: no error among what was asked for, exit code 0.
    const unknownColumn = await checkJson(ERRORS_FILE, '--code', 'COLUMN_UNKNOWN');
    expect([unknownColumn.code, unknownColumn.json.ok, unknownColumn.json.findings.length]).toEqual(
      [0, true, 1],
    );
    const typo = await cli(['check', ERRORS_FILE, '--code', 'CELL_NOT_AMOUT']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /^khuyencong: lỗi: check: --code phải là một trong CELL_REQUIRED, CELL_NOT_AMOUNT, .* \(nhận "CELL_NOT_AMOUT"\)\.\n$/,
    );
    expect((await cli(['check', ERRORS_FILE, '--only', 'all'])).code).toBe(2);
  });

  it('reads a JSON dataset on standard input, and an empty one', async () => {
    const dataset = JSON.stringify(SEED_DATASET);
    const run = await cli(['check', '-', '--format', 'json'], { stdin: dataset });
    const json = JSON.parse(run.stdout) as CheckJson;
    expect([run.code, json.rows, json.findings[0]?.source]).toEqual([
      1,
      { read: 8, counted: 8, rejected: 0, totals: 0 },
      '<stdin>',
    ]);
    expect(json.findings.map((finding) => finding.code)).toContain('REPORTED_PERCENT_INCONSISTENT');
    // Nothing on standard input: an empty file, an error.
    const empty = await checkJson('-');
    expect([empty.code, empty.json.rows.read, empty.json.findings.map((f) => f.code)]).toEqual([
      1,
      0,
      ['FILE_EMPTY'],
    ]);
  });
});
