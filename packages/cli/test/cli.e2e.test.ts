import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, run } from './builtCli';

const FIXTURES = 'test/fixtures';

beforeAll(() => {
  ensureBuilt();
}, 180_000);

describe('khuyencong (the built binary)', () => {
  it('prints its version and help', () => {
    const version = run(['--version']);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['report', 'check', 'support', 'words', 'parse']) {
      expect(help.stdout).toContain(`  ${command}`);
      const own = run([command, '--help']);
      expect(own.code, command).toBe(0);
      expect(own.stdout, command).toContain(`Cách dùng: khuyencong ${command}`);
      expect(own.stdout, command).toMatch(/Ví dụ:\n {2}khuyencong /);
    }
    expect(run(['report', '--help', '--lang', 'en']).stdout).toContain('Usage: khuyencong report');
  });

  it('reports on the bundled dataset, with the 115,6% that does not match "gần 8 tỷ" of 6,04 tỷ', () => {
    const { code, stdout, stderr } = run(['report', '--as-of', '2024-10-01']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('BÁO CÁO KHUYẾN CÔNG');
    expect(stdout).toMatch(
      /miền Trung - Tây Nguyên\s+năm 2023\s+tổng\s+78,6 tỷ đồng\s+73,5 tỷ đồng\s+93,51%\s+93,5%/,
    );
    expect(stdout).toMatch(/6,04 tỷ đồng\s+gần 8 tỷ đồng\s+132,45%\s+115,6%\s+76\/128\s+59,38%/);
    expect(stdout).toContain(
      'Tỷ lệ báo cáo 115,6% không khớp với số liệu (tỷ lệ thực hiện doanh thu tư vấn): 8.000.000.000 đồng so với kế hoạch 6.040.000.000 đồng là 132,5%.',
    );
    expect(stdout).toMatch(/kinh phí khuyến công quốc gia\s+hơn 9 tỷ đồng\s+26,63%/);
    expect(stdout).toMatch(/Phú Yên \(miền Trung - Tây Nguyên\)\s+1\s+899 triệu đồng/);
    expect(stdout).toContain('SUPPORT_WITHIN_NATIONAL_REFERENCE');
    // Eligibility: what the seed data cannot decide is a warning, not a guess.
    expect(stdout).toMatch(/0 lỗi, 9 cảnh báo, 4 thông tin/);
    expect(stdout).toMatch(
      /cảnh báo\s+LOCATION_DATA_MISSING\s+seed-phu-yen-agro-aquatic-machinery\s+seed projects\[1\]\s+Thiếu thông tin để xác định địa bàn có được hưởng chính sách khuyến công hay không: loại đơn vị hành chính cấp xã/,
    );
    expect(
      stdout.match(/ELIGIBILITY_DATA_MISSING\s+seed-(da-nang-viet-sec|dak-lak-purified-ice)/g),
    ).toHaveLength(2);
  });

  it('writes JSON, CSV and HTML', () => {
    const json = JSON.parse(
      run(['report', '--format', 'json', '--as-of', '2024-10-01']).stdout,
    ) as {
      inconsistencies: { finding: { code: string; details: Record<string, string> } }[];
      projects: { count: number };
    };
    expect(json.projects.count).toBe(3);
    const consulting = json.inconsistencies.find(
      (item) => item.finding.code === 'REPORTED_PERCENT_INCONSISTENT',
    );
    expect(consulting?.finding.details).toMatchObject({
      reportedPercent: '115.6',
      planned: '6040000000',
      achieved: '8000000000',
    });
    const csv = run(['report', '--format', 'csv']).stdout;
    expect(csv.startsWith('\uFEFF# Kế hoạch và thực hiện\r\n')).toBe(true);
    expect(csv).toContain(
      'region:central-highlands,2023 year,total,78600000000,73500000000,93.51,93.5',
    );
    const dir = mkdtempSync(join(tmpdir(), 'khuyencong-'));
    const out = join(dir, 'bao-cao.html');
    expect(run(['report', '--format', 'html', '--out', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(readdirSync(dir)).toEqual(['bao-cao.html']);
  });

  it('reads a province CSV export: BOM, ";" separated, Vietnamese headers, amounts with units', () => {
    const { code, stdout } = run([
      'report',
      `${FIXTURES}/de-an-bom-semicolon.csv`,
      '--as-of',
      '2024-10-01',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Quảng Nam \(miền Trung - Tây Nguyên\)\s+1\s+1 tỷ đồng\s+400 triệu đồng/,
    );
    expect(stdout).toMatch(/miền Trung - Tây Nguyên\s+4\s+4,059 tỷ đồng/);
    expect(stdout).toMatch(/lỗi\s+SUPPORT_EXCEEDS_LIMIT\s+DA-04/);
    expect(stdout).toContain('de-an-bom-semicolon.csv:5');
  });

  it('reads plan/report lines with English field names and finds the same inconsistency', () => {
    const { code, stdout } = run([
      'report',
      `${FIXTURES}/lines-english.csv`,
      '--lang',
      'en',
      '--as-of',
      '2024-10-01',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /2023\s+all sources\s+78,600,000,000 VND\s+73,500,000,000 VND\s+93.51%\s+93.5%/,
    );
    expect(stdout).toContain('REPORTED_PERCENT_INCONSISTENT');
    expect(stdout).toContain('lines-english.csv:3');
  });

  it('check: exit code 1 on an error finding, with codes, legal references and rows', () => {
    const table = run(['check', `${FIXTURES}/de-an-bom-semicolon.csv`]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('Có 1 lỗi.');
    expect(table.stdout).toMatch(/cảnh báo\s+LOCATION_DATA_MISSING\s+DA-04/);
    const json = run(['check', `${FIXTURES}/de-an-bom-semicolon.csv`, '--format', 'json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { ok: boolean; findings: Record<string, unknown>[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.findings.find((finding) => finding['severity'] === 'error')).toMatchObject({
      code: 'SUPPORT_EXCEEDS_LIMIT',
      line: 5,
      projectId: 'DA-04',
      legalCitation: 'khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC',
    });
    const clean = run(['check', `${FIXTURES}/lines-english.csv`, '--format', 'json']);
    expect(clean.code).toBe(1);
    expect(run(['check']).code).toBe(2);
  });

  it('eligibility per project from the site columns, in check and in every report format', () => {
    const file = `${FIXTURES}/eligibility.csv`;
    const json = run(['check', file, '--format', 'json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as {
      ok: boolean;
      errors: number;
      findings: {
        code: string;
        severity: string;
        projectId: string;
        line: number;
        message: string;
      }[];
    };
    expect(parsed.errors).toBe(3);
    const errors = parsed.findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => [finding.projectId, finding.line, finding.code]);
    expect(errors).toEqual([
      ['EL-02', 3, 'LOCATION_NOT_ELIGIBLE'],
      ['EL-03', 4, 'LARGE_ENTERPRISE_NOT_ELIGIBLE'],
      ['EL-04', 5, 'LOCATION_NOT_ELIGIBLE'],
    ]);
    // EL-01 (a xã, priority areas) and EL-05 (a phường of Huế, in a craft village) are eligible.
    const eligibility = (id: string) =>
      parsed.findings
        .filter((finding) => finding.projectId === id)
        .map((finding) => finding.code)
        .filter((code) => !['COUNTERPART_IMPLIED', 'SETTLEMENT_DUE'].includes(code));
    expect(eligibility('EL-01')).toEqual(['PRIORITY_AREA', 'PRIORITY_AREA']);
    expect(eligibility('EL-05')).toEqual([]);
    const message = (id: string, code: string) =>
      parsed.findings.find((finding) => finding.projectId === id && finding.code === code)?.message;
    expect(message('EL-02', 'LOCATION_NOT_ELIGIBLE')).toBe(
      'Địa bàn sản xuất (ward) không thuộc địa bàn được hưởng chính sách khuyến công theo quy định tại thời điểm xét.',
    );
    expect(message('EL-03', 'LARGE_ENTERPRISE_NOT_ELIGIBLE')).toBe(
      'Doanh nghiệp lớn chỉ được hỗ trợ cho sản xuất sạch hơn, sản xuất và tiêu dùng bền vững hoặc đầu tư hạ tầng cụm công nghiệp, không cho nội dung hỗ trợ ứng dụng máy móc tiên tiến, chuyển giao công nghệ.',
    );
    expect(message('EL-01', 'PRIORITY_AREA')).toBe(
      'Địa bàn ưu tiên: vùng đồng bào dân tộc thiểu số.',
    );

    const table = run(['check', file]);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(
      /lỗi\s+LOCATION_NOT_ELIGIBLE\s+EL-02\s+test\/fixtures\/eligibility.csv:3/,
    );
    expect(table.stdout).toContain('khoản 1 Điều 1 Nghị định số 235/2025/NĐ-CP');
    expect(table.stdout).toContain('Có 3 lỗi.');

    const report = run(['report', file, '--as-of', '2025-12-01']);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/lỗi\s+LARGE_ENTERPRISE_NOT_ELIGIBLE\s+EL-03/);
    const reportJson = JSON.parse(run(['report', file, '--format', 'json']).stdout) as {
      projectFindings: { finding: { code: string }; projectId: string }[];
    };
    expect(
      reportJson.projectFindings
        .filter((item) => item.finding.code.endsWith('NOT_ELIGIBLE'))
        .map((item) => item.projectId),
    ).toEqual(['EL-02', 'EL-03', 'EL-04']);
    const csv = run(['report', file, '--format', 'csv']).stdout;
    expect(csv).toMatch(/lỗi,LARGE_ENTERPRISE_NOT_ELIGIBLE,EL-03/);
    const html = run(['report', file, '--format', 'html']).stdout;
    expect(html).toContain('LOCATION_NOT_ELIGIBLE');
    expect(html).toContain('Doanh nghiệp lớn chỉ được hỗ trợ cho sản xuất sạch hơn');
    // English
    expect(run(['check', file, '--lang', 'en']).stdout).toContain('3 errors.');
  });

  it('support, words and parse', () => {
    const support = run([
      'support',
      '--activity',
      'machinery',
      '--cost',
      '1,36 tỷ',
      '--date',
      '2024-05-01',
    ]);
    expect(support.code).toBe(0);
    expect(support.stdout).toContain('Mức hỗ trợ:        300.000.000 đồng (300 triệu đồng)');
    expect(support.stdout).toContain('Giới hạn áp dụng:  mức trần 300.000.000 đồng');
    expect(support.stdout).toContain('khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC');
    expect(run(['words', '73500000000'])).toMatchObject({
      code: 0,
      stdout: 'Bảy mươi ba tỷ năm trăm triệu đồng\n',
    });
    const parsed = run(['parse', 'hơn 9 tỷ đồng', '--format', 'json']);
    expect(JSON.parse(parsed.stdout)).toEqual({
      amount: '9000000000',
      qualifier: 'more-than',
      asWritten: 'hơn 9 tỷ đồng',
    });
    expect(run(['words', 'abc'])).toMatchObject({ code: 2 });
  });

  describe('bad input: a clear message naming file, row and column, exit code 2, no output file', () => {
    const cases: readonly (readonly [string, string, RegExp])[] = [
      ['missing file', 'khong-co.csv', /khong-co\.csv: không tìm thấy tệp/],
      [
        'wrong encoding',
        `${FIXTURES}/windows-1258.csv`,
        /windows-1258\.csv, dòng 1: tệp không phải UTF-8/,
      ],
      [
        'unknown column',
        `${FIXTURES}/unknown-column.csv`,
        /unknown-column\.csv, dòng 1, cột "Kinh phí tài trợ": cột không rõ "Kinh phí tài trợ" \(có phải "Kinh phí hỗ trợ"\?\)/,
      ],
      [
        'malformed amount on row 7',
        `${FIXTURES}/malformed-amount-row7.csv`,
        /malformed-amount-row7\.csv, dòng 7, cột "Tổng kinh phí": "1\.36x tỷ" không phải số tiền hợp lệ/,
      ],
    ];
    for (const [name, file, message] of cases) {
      it(name, () => {
        const dir = mkdtempSync(join(tmpdir(), 'khuyencong-bad-'));
        const out = join(dir, 'report.html');
        const result = run(['report', file, '--format', 'html', '--out', out]);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(message);
        expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
        expect(existsSync(out)).toBe(false);
        expect(readdirSync(dir)).toEqual([]);
      });
    }
    it('an unknown option or command', () => {
      expect(run(['report', '--colour']).code).toBe(2);
      expect(run(['reprot']).stderr).toContain('lệnh không rõ "reprot"');
    });
  });

  it('prints progress on stderr for files over 10,000 rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khuyencong-big-'));
    const file = join(dir, 'big.csv');
    const rows = [
      'Mã đề án,Nội dung,Tỉnh/Thành phố,Năm,Nguồn kinh phí,Tổng kinh phí,Kinh phí hỗ trợ',
    ];
    for (let i = 0; i < 12_000; i++)
      rows.push(`DA-${i},machinery,Phú Yên,2024,local,800000000,190000000`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const result = run(['report', file, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('đã đọc 10.000 dòng');
    expect(result.stderr).toContain('xong, 12.000 dòng');
    expect((JSON.parse(result.stdout) as { projects: { count: number } }).projects.count).toBe(
      12_000,
    );
  });
});
