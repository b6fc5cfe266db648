import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, flat, scratch } from './inProcess';
import { projectsCsv } from './projectsCsv';

const ERRORS_FILE = `${FIXTURES}/de-an-2000-loi.csv`;

interface ReportJson {
  readonly report: {
    readonly asOf: string;
    readonly rows: { read: number; counted: number; rejected: number; totals: number };
    readonly inputs: readonly { source: string; title?: string; url?: string }[];
    readonly attainment: readonly { year: number; percent?: string; reportedPercent?: string }[];
    readonly consulting: readonly { percent?: string; reportedPercent?: string }[];
    readonly projects: { total: { count: number; totalCost: string } };
    readonly findings: { total: number };
  };
  readonly findings: readonly { code: string; details: Record<string, unknown> }[];
}

describe('report on the bundled dataset (Đại Biểu Nhân Dân 2024, miền Trung - Tây Nguyên)', () => {
  it('prints the figures, and the 115,6% that "gần 8 tỷ" of a 6,04 tỷ plan does not give', async () => {
    const run = await cli(['report', '--as-of', '2024-10-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Prose is wrapped at 100 columns (a line at the margin goes on at the margin), tables are not.
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'BÁO CÁO KHUYẾN CÔNG',
      'Ngày lập: 01/10/2024 · Nguồn dữ liệu: seed (Đại Biểu Nhân Dân (2024): khuyến công khu vực miền',
      'Trung - Tây Nguyên)',
      'Đã đọc 8 dòng: 8 dòng được tính, 0 dòng bị loại, 0 dòng tổng cộng.',
      'Phát hiện: 19 (1 lỗi, 10 cảnh báo, 8 thông tin).',
    ]);
    const stdout = flat(run.stdout);
    expect(stdout).toMatch(
      /miền Trung - Tây Nguyên\s+năm 2023\s+tổng\s+78,6 tỷ đồng\s+73,5 tỷ đồng\s+93,51%\s+93,5%/,
    );
    expect(stdout).toMatch(/6,04 tỷ đồng\s+gần 8 tỷ đồng\s+132,45%\s+115,6%\s+76\/128\s+59,38%/);
    expect(stdout).toContain(
      'Tỷ lệ báo cáo 115,6% không khớp với số liệu (tỷ lệ thực hiện doanh thu tư vấn): 8.000.000.000 đồng so với kế hoạch 6.040.000.000 đồng là 132,5%.',
    );
    expect(stdout).toMatch(/kinh phí khuyến công quốc gia\s+hơn 9 tỷ đồng\s+26,63%/);
    expect(stdout).toMatch(/Phú Yên\s+miền Trung - Tây Nguyên\s+1\s+899 triệu đồng/);
    expect(stdout).toMatch(
      /cảnh báo · LOCATION_DATA_MISSING · 1 phát hiện\n {2}Thiếu thông tin để xác định địa bàn .*: loại đơn vị hành chính cấp xã\.\n.*\n {2}- seed projects\[1\] · đề án seed-phu-yen-agro-aquatic-machinery/,
    );
    // The default report date is today.
    expect((await cli(['report'])).stdout).toBe(run.stdout);
  });

  it('in English, with no Vietnamese but names and data', async () => {
    const { stdout } = await cli(['report', '--lang', 'en']);
    expect(stdout).toMatch(/^INDUSTRIAL PROMOTION REPORT\nDate: 1 October 2024 · /);
    expect(stdout).toMatch(/6\.04 billion VND\s+nearly 8 billion VND\s+132\.45%\s+115\.6%/);
    expect(stdout).not.toMatch(/Đã đọc|Phát hiện|đồng\b/);
  });

  it('writes JSON (the report as data and every finding), CSV and a self-contained HTML page', async () => {
    const { stdout } = await cli(['report', '--format', 'json']);
    const json = JSON.parse(stdout) as ReportJson;
    expect(json.report.asOf).toBe('2024-10-01');
    expect(json.report.projects.total).toMatchObject({ count: 3, totalCost: '3059000000' });
    expect(json.report.inputs[0]).toMatchObject({
      source: 'seed',
      title: 'Đại Biểu Nhân Dân (2024): khuyến công khu vực miền Trung - Tây Nguyên',
      url: expect.stringMatching(/^https:\/\/daibieunhandan\.vn\//),
    });
    expect(json.report.attainment[0]).toMatchObject({ year: 2023, percent: '93.51' });
    expect(json.findings).toHaveLength(json.report.findings.total);
    expect(
      json.findings.find((item) => item.code === 'REPORTED_PERCENT_INCONSISTENT')?.details,
    ).toMatchObject({ reportedPercent: '115.6', planned: '6040000000', achieved: '8000000000' });
    const csv = (await cli(['report', '--format', 'csv'])).stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(
      '\r\nregion:central-highlands,2023 year,total,78600000000,73500000000,93.51,93.5\r\n',
    );
    const html = (await cli(['report', '--format', 'html'])).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src="http/);
    // `table` and `text` are the same text format.
    expect((await cli(['report', '--format', 'text'])).stdout).toBe(
      (await cli(['report', '--format', 'table'])).stdout,
    );
  });
});

describe('report on files', () => {
  it('a province export: BOM, ";", Vietnamese headers, amounts with units', async () => {
    const { code, stdout } = await cli(['report', `${FIXTURES}/de-an-bom-semicolon.csv`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Quảng Nam\s+miền Trung - Tây Nguyên\s+1\s+1 tỷ đồng\s+400 triệu đồng/);
    expect(stdout).toMatch(/miền Trung - Tây Nguyên\s+4\s+4,059 tỷ đồng/);
    expect(stdout).toContain(
      'lỗi · SUPPORT_EXCEEDS_LIMIT · 1 phát hiện\n  Kinh phí hỗ trợ 400.000.000 đồng vượt mức tối đa 300.000.000 đồng',
    );
    expect(stdout).toContain('  - test/fixtures/de-an-bom-semicolon.csv:5 · đề án DA-04');
  });

  it('plan/report lines with English field names, in English', async () => {
    const { code, stdout: text } = await cli([
      'report',
      `${FIXTURES}/lines-english.csv`,
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    const stdout = flat(text);
    expect(stdout).toMatch(
      /Central and Central Highlands\s+2023\s+all sources\s+78\.6 billion VND\s+73\.5 billion VND\s+93\.51%\s+93\.5%/,
    );
    expect(stdout).toMatch(
      /error · REPORTED_PERCENT_INCONSISTENT · 1 finding\n.*\n {2}- test\/fixtures\/lines-english\.csv:3\n/,
    );
  });

  it('refuses totals over rejected rows: every problem on stderr, exit 2, nothing written', async () => {
    const dir = scratch('refused');
    const out = join(dir, 'bao-cao.html');
    const run = await cli(['report', ERRORS_FILE, '--format', 'html', '--out', out]);
    const { code, stdout } = run;
    const stderr = flat(run.stderr);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
    const lines = stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Đã đọc 2.000 dòng: 1.600 dòng được tính, 398 dòng bị loại, 2 dòng tổng cộng.',
      'Phát hiện: 7.885 (646 lỗi, 5.847 cảnh báo, 1.392 thông tin).',
    ]);
    // Only the errors, each code with where its first findings are and how to see the rest.
    expect(stderr).not.toMatch(/^(cảnh báo|thông tin) · /m);
    expect(stderr).toContain(
      '  - test/fixtures/de-an-2000-loi.csv:12 · cột "Kinh phí hỗ trợ" · đề án DA-0011',
    );
    expect(stderr).toContain(
      '  … và 56 phát hiện khác; để xem tất cả: khuyencong check test/fixtures/de-an-2000-loi.csv --code CELL_AMOUNT_NEGATIVE --format json',
    );
    expect(lines.at(-3)).toBe('Có 646 lỗi.');
    expect(lines.at(-2)).toBe(
      'khuyencong: lỗi: Có 398 trên 2.000 dòng bị loại vì sai dữ liệu nên không lập số tổng: sửa các dòng đó, hoặc chọn bỏ qua các dòng sai (--skip-invalid).',
    );
    expect(lines.at(-1)).toBe('');
  });

  it('bad bytes, a bad cell, an unknown column: findings naming the file, line, column and value', async () => {
    const refused = async (file: string) => {
      const dir = scratch('bad');
      const run = await cli([
        'report',
        `${FIXTURES}/${file}`,
        '--format',
        'html',
        '--out',
        join(dir, 'r.html'),
      ]);
      expect([run.code, run.stdout, readdirSync(dir)]).toEqual([2, '', []]);
      return flat(run.stderr);
    };
    expect(await refused('windows-1258.csv')).toContain(
      'lỗi · ENCODING_NOT_UTF8 · 1 phát hiện\n  Tệp không phải UTF-8 (có thể là Windows-1258/ANSI): byte không hợp lệ ở dòng 1. Hãy lưu lại từ Excel bằng "CSV UTF-8 (Comma delimited)".\n  - test/fixtures/windows-1258.csv:1\n',
    );
    expect(await refused('malformed-amount-row7.csv')).toContain(
      'lỗi · CELL_NOT_AMOUNT · 1 phát hiện\n  "1.36x tỷ" không phải số tiền hợp lệ (tổng kinh phí).\n  - test/fixtures/malformed-amount-row7.csv:7 · cột "Tổng kinh phí" · đề án DA-06\n',
    );
    // An unknown column rejects no row: the report is made, and says which column it left out.
    const unknown = await cli(['report', `${FIXTURES}/unknown-column.csv`]);
    expect(unknown.code).toBe(0);
    expect(flat(unknown.stdout)).toContain(
      'cảnh báo · COLUMN_UNKNOWN · 1 phát hiện\n  Cột "Kinh phí tài trợ" không rõ nên bị bỏ qua',
    );
  });

  it('--skip-invalid makes the totals of the rows left and says so at the top', async () => {
    const { code, stdout, stderr } = await cli(['report', ERRORS_FILE, '--skip-invalid']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'BÁO CÁO KHUYẾN CÔNG',
      'Lưu ý: đã bỏ qua 398 dòng sai (--skip-invalid); các số tổng không tính các dòng này.',
      'Ngày lập: 01/10/2024 · Nguồn dữ liệu: test/fixtures/de-an-2000-loi.csv',
      'Đã đọc 2.000 dòng: 1.600 dòng được tính, 398 dòng bị loại, 2 dòng tổng cộng.',
    ]);
    const json = JSON.parse(
      (await cli(['report', ERRORS_FILE, '--skip-invalid', '--format', 'json'])).stdout,
    ) as ReportJson;
    expect(json.report.rows).toEqual({ read: 2000, counted: 1600, rejected: 398, totals: 2 });
    expect(json.report.projects.total.count).toBe(1600);
    expect(json.findings).toHaveLength(7885);
  });

  it('reads standard input for -, CSV or JSON by its content', async () => {
    const csv = readFileSync(`${FIXTURES}/de-an-bom-semicolon.csv`);
    const fromStdin = await cli(['report', '-', '--format', 'json'], { stdin: csv });
    const fromFile = await cli([
      'report',
      `${FIXTURES}/de-an-bom-semicolon.csv`,
      '--format',
      'json',
    ]);
    const stdinJson = JSON.parse(fromStdin.stdout) as ReportJson;
    expect(stdinJson.report.inputs[0]?.source).toBe('<stdin>');
    expect(stdinJson.report.projects).toEqual(
      (JSON.parse(fromFile.stdout) as ReportJson).report.projects,
    );
    // The Phú Yên đề án of the bundled dataset, as a JSON array of projects.
    const dataset = JSON.stringify([SEED_DATASET.projects[1]]);
    const json = await cli(['report', '-', '--format', 'json'], { stdin: dataset });
    const report = (JSON.parse(json.stdout) as ReportJson).report;
    expect([json.code, report.rows, report.projects.total.totalCost]).toEqual([
      0,
      { read: 1, counted: 1, rejected: 0, totals: 0 },
      '899000000',
    ]);
    // Standard input is read once.
    expect(await cli(['report', '-', '-'], { stdin: dataset })).toMatchObject({ code: 2 });
  });

  it('prints progress on stderr for inputs over 10,000 rows', async () => {
    const file = join(scratch('big'), 'big.csv');
    writeFileSync(file, projectsCsv(12_000));
    const { code, stdout, stderr } = await cli(['report', file, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe(`${file}: đã đọc 10.000 dòng…\n${file}: xong, 12.000 dòng.\n`);
    expect((JSON.parse(stdout) as ReportJson).report.projects.total.count).toBe(12_000);
    const english = await cli(['report', file, '--format', 'json', '--lang', 'en']);
    expect(english.stderr).toBe(`${file}: read 10,000 rows…\n${file}: done, 12,000 rows.\n`);
    expect(existsSync(file)).toBe(true);
  });
});
