import { isKhuyenCongError, type Project, SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { manyResult } from '../../test/manyFindings';
import { csvBlocks } from '../../test/parseCsv';
import { seedRecords, seedResult } from '../../test/seedRecords';
import { createReportBuilder, type ReportResult } from '../build/createReportBuilder';
import type { ImportRecord } from '../model/ImportRecord';
import type { FindingJson } from './findings/FindingJson';
import { findingToJson } from './findings/findingToJson';
import { type ReportFormat, renderReport } from './renderReport';
import { renderReportJson } from './renderReportJson';
import { renderReportJsonChunks } from './renderReportJsonChunks';

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'csv', 'html'];

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (isKhuyenCongError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  return 'no error';
}

/** The seed, plus a row of a sheet that was rejected (a bad amount) and a totals row. */
function withRejectedRow(): ReportResult {
  const builder = createReportBuilder({ asOf: '2024-10-01' });
  for (const record of seedRecords()) builder.add(record);
  builder.add({
    kind: 'rejected',
    origin: { source: 'de-an.csv', line: 7 },
    projectId: 'DA-06',
    findings: [
      {
        finding: {
          code: 'CELL_NOT_AMOUNT',
          severity: 'error',
          details: { field: 'totalCost', value: '1.36x tỷ' },
        },
        origin: { source: 'de-an.csv', line: 7, column: 'Tổng kinh phí' },
        projectId: 'DA-06',
      },
    ],
  });
  return builder.build();
}

describe('renderReport on the seed article (1 October 2024)', () => {
  const result = seedResult();

  it('text: 78,6 tỷ planned, 73,5 tỷ achieved, 93,51% computed against 93,5% printed', () => {
    const text = renderReport(result, { format: 'text' });
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'BÁO CÁO KHUYẾN CÔNG',
      'Ngày lập: 01/10/2024 · Nguồn dữ liệu: seed (Đại Biểu Nhân Dân (2024): khuyến công khu vực miền Trung - Tây Nguyên)',
      'Đã đọc 8 dòng: 8 dòng được tính, 0 dòng bị loại, 0 dòng tổng cộng.',
      'Phát hiện: 19 (1 lỗi, 10 cảnh báo, 8 thông tin).',
    ]);
    expect(text).toMatch(
      /miền Trung - Tây Nguyên\s+năm 2023\s+tổng\s+78,6 tỷ đồng\s+73,5 tỷ đồng\s+93,51%\s+93,5%/,
    );
    // The 2024 plan is not stated: the printed 52,03% implies it.
    expect(text).toMatch(
      /9 tháng năm 2024\s+tổng\s+suy ra khoảng 64,956 tỷ đồng\s+33,8 tỷ đồng\s+—\s+52,03%/,
    );
    // Consulting: "gần 8 tỷ" of 6,04 tỷ is 132,45%, not the printed 115,6%.
    expect(text).toMatch(/6,04 tỷ đồng\s+gần 8 tỷ đồng\s+132,45%\s+115,6%\s+76\/128\s+59,38%/);
    expect(text).toContain(
      'Tỷ lệ báo cáo 115,6% không khớp với số liệu (tỷ lệ thực hiện doanh thu tư vấn): 8.000.000.000 đồng so với kế hoạch 6.040.000.000 đồng là 132,5%.',
    );
    expect(text).toMatch(/kinh phí khuyến công quốc gia\s+hơn 9 tỷ đồng\s+26,63%/);
    expect(text).toMatch(
      /Phú Yên\s+miền Trung - Tây Nguyên\s+1\s+899 triệu đồng\s+—\s+286 triệu đồng\s+613 triệu đồng/,
    );
    expect(text).toMatch(/miền Trung - Tây Nguyên\s+3\s+3,059 tỷ đồng\s+—\s+776 triệu đồng/);
    // Findings by code, the most severe first, with where they are.
    expect(text).toContain('lỗi · REPORTED_PERCENT_INCONSISTENT · 1 phát hiện\n');
    expect(text).toContain(
      'cảnh báo · LOCATION_DATA_MISSING · 1 phát hiện\n  Thiếu thông tin để xác định địa bàn có được hưởng chính sách khuyến công hay không: loại đơn vị hành chính cấp xã.\n  Căn cứ: điểm a khoản 2 Điều 1 Nghị định số 45/2012/NĐ-CP\n  - seed projects[1] · đề án seed-phu-yen-agro-aquatic-machinery\n',
    );
    expect(text).toMatch(
      /cảnh báo · ELIGIBILITY_DATA_MISSING · 2 phát hiện\n.*\n.*\n {2}- seed projects\[0\] · đề án seed-da-nang-viet-sec\n {2}- seed projects\[2\] · đề án seed-dak-lak-purified-ice\n/,
    );
    expect(text).toContain('thông tin · SUPPORT_WITHIN_NATIONAL_REFERENCE · 2 phát hiện');
    expect(text.indexOf('lỗi · ')).toBeLessThan(text.indexOf('cảnh báo · '));
    expect(text.indexOf('cảnh báo · ')).toBeLessThan(text.indexOf('thông tin · '));
    expect(text).not.toMatch(/undefined|NaN|\{|…/);
  });

  it('text in English: the same figures the English way', () => {
    const text = renderReport(result, { format: 'text', lang: 'en' });
    expect(text.startsWith('INDUSTRIAL PROMOTION REPORT\nDate: 1 October 2024 · Data: seed')).toBe(
      true,
    );
    expect(text).toMatch(
      /Central and Central Highlands\s+2023\s+all sources\s+78.6 billion VND\s+73.5 billion VND\s+93.51%\s+93.5%/,
    );
    expect(text).toMatch(
      /6.04 billion VND\s+nearly 8 billion VND\s+132.45%\s+115.6%\s+76\/128\s+59.38%/,
    );
    expect(text).toMatch(/Phú Yên\s+Central and Central Highlands\s+1\s+899 million VND/);
    expect(text).toContain('Read 8 rows: 8 counted, 0 rejected, 0 totals rows.');
    expect(text).toContain('Findings: 19 (1 error, 10 warnings, 8 notes).');
    expect(text).toContain('error · REPORTED_PERCENT_INCONSISTENT · 1 finding');
  });

  it('json: the report as data and every finding, flat, with its message and citation', () => {
    const json = JSON.parse(renderReport(result, { format: 'json' })) as {
      report: unknown;
      findings: FindingJson[];
    };
    expect(Object.keys(json)).toEqual(['report', 'findings']);
    expect(json.report).toEqual(JSON.parse(JSON.stringify(result.report)));
    expect(json.findings).toHaveLength(19);
    expect(json.findings.map((item) => item.code)).toEqual(
      result.findings.map((item) => item.finding.code),
    );
    expect(json.findings.find((item) => item.code === 'REPORTED_PERCENT_INCONSISTENT')).toEqual({
      code: 'REPORTED_PERCENT_INCONSISTENT',
      severity: 'error',
      message:
        'Tỷ lệ báo cáo 115,6% không khớp với số liệu (tỷ lệ thực hiện doanh thu tư vấn): 8.000.000.000 đồng so với kế hoạch 6.040.000.000 đồng là 132,5%.',
      source: 'seed',
      path: 'reports[1]',
      details: {
        field: 'consulting.reportedAttainment',
        achieved: '8000000000',
        planned: '6040000000',
        reportedPercent: '115.6',
        computedPercent: '132.5',
        impliedAchievedMin: '6979220000',
        impliedAchievedMax: '6985260000',
      },
    });
    expect(json.findings.find((item) => item.code === 'LOCATION_DATA_MISSING')).toMatchObject({
      severity: 'warning',
      source: 'seed',
      path: 'projects[1].location.unitKind',
      projectId: 'seed-phu-yen-agro-aquatic-machinery',
      legalReference: { document: 'nd-45-2012', article: '1', clause: '2', point: 'a' },
      citation: 'điểm a khoản 2 Điều 1 Nghị định số 45/2012/NĐ-CP',
    });
    const english = JSON.parse(renderReport(result, { format: 'json', lang: 'en' })) as {
      findings: FindingJson[];
    };
    expect(english.findings.find((item) => item.code === 'LOCATION_DATA_MISSING')?.citation).toBe(
      'Article 1(2)(a), Decree No. 45/2012/NĐ-CP',
    );
  });

  it('csv: every table with figures for machines, the row counts, and every finding', () => {
    const csv = renderReport(result, { format: 'csv' });
    expect(
      csv.startsWith(
        '\uFEFF"# Đã đọc 8 dòng: 8 dòng được tính, 0 dòng bị loại, 0 dòng tổng cộng."\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
    const lines = csv.split('\r\n');
    expect(lines).toContain('# Kế hoạch và thực hiện');
    expect(lines).toContain(
      'region:central-highlands,2023 year,total,78600000000,73500000000,93.51,93.5',
    );
    expect(lines).toContain(
      'region:central-highlands,2024 nine-months,total,64956279427..64968765017,33800000000,,52.03',
    );
    expect(lines).toContain(
      'region:central-highlands,2024 nine-months,national,,more-than 9000000000,,',
    );
    expect(lines).toContain(
      'region:central-highlands,2024 nine-months,6040000000,nearly 8000000000,132.45,115.6,76/128,59.38',
    );
    expect(lines).toContain('province:phu-yen,central-highlands,1,899000000,0,286000000,613000000');
    const blocks = csvBlocks(csv);
    expect(blocks.map((block) => block.title)).toEqual([
      'Đã đọc 8 dòng: 8 dòng được tính, 0 dòng bị loại, 0 dòng tổng cộng.',
      'Kế hoạch và thực hiện',
      'Cơ cấu nguồn kinh phí',
      'Đề án theo vùng',
      'Đề án theo tỉnh, thành phố',
      'Đề án theo nội dung',
      'Tư vấn phát triển công nghiệp',
      'Phát hiện theo mã',
      'Danh sách phát hiện',
    ]);
    expect(blocks[0]?.rows).toEqual([
      ['Nguồn dữ liệu', 'Đã đọc', 'Được tính', 'Bị loại', 'Dòng tổng cộng'],
      ['seed', '8', '8', '0', '0'],
    ]);
    const byCode = blocks[7]?.rows.slice(1) ?? [];
    expect(byCode.map((row) => Number(row[2])).reduce((a, b) => a + b, 0)).toBe(19);
    expect(byCode[0]?.slice(0, 3)).toEqual(['error', 'REPORTED_PERCENT_INCONSISTENT', '1']);
    const findings = blocks[8]?.rows ?? [];
    expect(findings[0]).toEqual([
      'Mức',
      'Mã',
      'Đề án',
      'Nguồn dữ liệu',
      'Dòng',
      'Cột',
      'Đường dẫn',
      'Nội dung',
      'Căn cứ',
      'Chi tiết',
    ]);
    expect(findings).toHaveLength(1 + 19);
    const location = findings.find((row) => row[1] === 'LOCATION_DATA_MISSING');
    expect(location).toEqual([
      'warning',
      'LOCATION_DATA_MISSING',
      'seed-phu-yen-agro-aquatic-machinery',
      'seed',
      '',
      '',
      'projects[1].location.unitKind',
      'Thiếu thông tin để xác định địa bàn có được hưởng chính sách khuyến công hay không: loại đơn vị hành chính cấp xã.',
      'điểm a khoản 2 Điều 1 Nghị định số 45/2012/NĐ-CP',
      '{"field":"unitKind","unitKind":null}',
    ]);
  });

  it('html: one self-contained page (no script, nothing fetched) with SVG charts and every finding', () => {
    const html = renderReport(result, { format: 'html' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import|https?:/i);
    expect(html).toContain('<title>Báo cáo khuyến công — 01/10/2024</title>');
    expect(html).toContain('<svg class="chart chart-attainment"');
    expect(html).toContain('<svg class="chart chart-funding"');
    expect(html).toContain(
      'data-label="miền Trung - Tây Nguyên · năm 2023" data-amount="73500000000" data-percent="93.51"',
    );
    expect(html).toContain('data-source="national" data-share="26.63" data-amount="9000000000"');
    expect(html).toContain(
      '<p class="rows">Đã đọc 8 dòng: 8 dòng được tính, 0 dòng bị loại, 0 dòng tổng cộng.</p>',
    );
    const groups = html.match(/<div class="finding-group sev-[a-z]+"/g) ?? [];
    expect(groups).toHaveLength(result.report.findings.byCode.length);
    const findingRows = html
      .split('<div class="finding-group')
      .slice(1)
      .map((group) => (group.match(/<tr><td>/g) ?? []).length);
    expect(findingRows.reduce((a, b) => a + b, 0)).toBe(19);
    expect(html).toContain(
      '<h3><span class="sev">lỗi</span> · 1 phát hiện<code class="code">REPORTED_PERCENT_INCONSISTENT</code></h3><p class="pattern">Tỷ lệ báo cáo … không khớp với số liệu (…): … so với kế hoạch … là ….</p>',
    );
    expect(html).not.toMatch(/undefined|NaN/);
  });
});

describe('totals over rejected rows', () => {
  const result = withRejectedRow();

  it('are refused with ROWS_REJECTED in every format unless skipInvalid is given', () => {
    expect(result.report.rows).toEqual({ read: 9, counted: 8, rejected: 1, totals: 0 });
    for (const format of FORMATS) {
      expect(
        codeOf(() => renderReport(result, { format })),
        format,
      ).toEqual({
        code: 'ROWS_REJECTED',
        details: { rejected: '1', read: '9' },
      });
    }
  });

  it('with skipInvalid, every format says so at the top and gives the row counts', () => {
    const notice =
      'Lưu ý: đã bỏ qua 1 dòng sai (--skip-invalid); các số tổng không tính các dòng này.';
    const rows = 'Đã đọc 9 dòng: 8 dòng được tính, 1 dòng bị loại, 0 dòng tổng cộng.';
    const text = renderReport(result, { format: 'text', skipInvalid: true }).split('\n');
    expect(text.slice(0, 4)).toEqual([
      'BÁO CÁO KHUYẾN CÔNG',
      notice,
      expect.stringMatching(/^Ngày lập: 01\/10\/2024/),
      rows,
    ]);
    const json = JSON.parse(renderReport(result, { format: 'json', skipInvalid: true })) as {
      skippedInvalid: unknown;
      report: { rows: unknown };
    };
    expect(Object.keys(json)[0]).toBe('skippedInvalid');
    expect(json.skippedInvalid).toEqual({ rejected: 1, message: notice });
    expect(json.report.rows).toEqual({ read: 9, counted: 8, rejected: 1, totals: 0 });
    const csv = csvBlocks(renderReport(result, { format: 'csv', skipInvalid: true }));
    expect(csv[0]).toEqual({ title: notice, rows: [] });
    expect(csv[1]?.title).toBe(rows);
    expect(csv[1]?.rows[2]).toEqual(['de-an.csv', '1', '0', '1', '0']);
    const html = renderReport(result, { format: 'html', skipInvalid: true });
    expect(html).toContain(`<main>\n<p class="notice">${notice}</p>\n<div class="letterhead">`);
    expect(html).toContain(`<p class="rows">${rows}</p>`);
    expect(renderReport(result, { format: 'html', skipInvalid: true, lang: 'en' })).toContain(
      '<p class="notice">Note: 1 rejected row was skipped (--skip-invalid); the totals leave it out.</p>',
    );
  });

  it('the findings of the rejected row are in every format', () => {
    const text = renderReport(result, { format: 'text', skipInvalid: true });
    expect(text).toContain(
      'lỗi · CELL_NOT_AMOUNT · 1 phát hiện\n  "1.36x tỷ" không phải số tiền hợp lệ (tổng kinh phí).\n  - de-an.csv:7 · cột "Tổng kinh phí" · đề án DA-06\n',
    );
    const json = JSON.parse(renderReport(result, { format: 'json', skipInvalid: true })) as {
      findings: FindingJson[];
    };
    expect(json.findings.find((item) => item.code === 'CELL_NOT_AMOUNT')).toEqual({
      code: 'CELL_NOT_AMOUNT',
      severity: 'error',
      message: '"1.36x tỷ" không phải số tiền hợp lệ (tổng kinh phí).',
      source: 'de-an.csv',
      line: 7,
      column: 'Tổng kinh phí',
      projectId: 'DA-06',
      details: { field: 'totalCost', value: '1.36x tỷ' },
    });
    const csv = renderReport(result, { format: 'csv', skipInvalid: true });
    expect(csv).toContain(
      'error,CELL_NOT_AMOUNT,DA-06,de-an.csv,7,Tổng kinh phí,,"""1.36x tỷ"" không phải số tiền hợp lệ (tổng kinh phí).",,"{""field"":""totalCost"",""value"":""1.36x tỷ""}"',
    );
    expect(renderReport(result, { format: 'html', skipInvalid: true })).toContain(
      '<tr><td>de-an.csv:7</td><td>Tổng kinh phí</td><td>DA-06</td><td>&quot;1.36x tỷ&quot; không phải số tiền hợp lệ (tổng kinh phí).</td><td></td></tr>',
    );
  });
});

describe('text: grouped by code, abbreviated, saying exactly how to see the rest', () => {
  const result = seedResult();

  it('shows perCode locations per code, then how many more and how to see them', () => {
    const text = renderReport(result, {
      format: 'text',
      perCode: 1,
      moreFindings: (code) => `khuyencong report --format json # ${code}`,
    });
    expect(text).toContain(
      'cảnh báo · DOUBLE_FUNDING_DECLARATION_MISSING · 3 phát hiện\n  Thiếu cam kết nội dung chi chưa được hỗ trợ từ nguồn ngân sách nhà nước khác.\n  Căn cứ: khoản 4 Điều 7 Thông tư liên tịch số 26/2014/TTLT-BTC-BCT\n  - seed projects[0] · đề án seed-da-nang-viet-sec\n  … và 2 phát hiện khác; để xem tất cả: khuyencong report --format json # DOUBLE_FUNDING_DECLARATION_MISSING\n',
    );
    expect(renderReport(result, { format: 'text', perCode: 0, lang: 'en' })).toContain(
      'warning · DOUBLE_FUNDING_DECLARATION_MISSING · 3 findings\n  The commitment that no other state source funds the same expense items is missing.\n  Legal basis: Article 7(4), Joint Circular No. 26/2014/TTLT-BTC-BCT\n  … and 3 more findings; the JSON output lists them all.\n',
    );
  });

  it('says when there is no finding', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01' });
    builder.add(seedRecords()[1] as ImportRecord);
    const text = renderReport(builder.build(), { format: 'text' });
    expect(text).toContain('Phát hiện: 0 (0 lỗi, 0 cảnh báo, 0 thông tin).');
    expect(text.endsWith('7. Phát hiện theo mã\n\nKhông có phát hiện.\n')).toBe(true);
    expect(text).toContain('Không có đề án.');
  });
});

describe('data is escaped, never interpreted', () => {
  it('html escapes every piece of data; csv quotes it', () => {
    const bad = '<script>alert(1)</script>';
    const builder = createReportBuilder({ asOf: '2024-10-01' });
    builder.add({ kind: 'input', source: 'a"b,<c>.csv', format: 'csv', title: bad });
    builder.add({
      kind: 'project',
      project: {
        ...(SEED_DATASET.projects[1] as Project),
        id: `<img src=x onerror=alert(2)>`,
        title: bad,
      },
      origin: { source: 'a"b,<c>.csv', line: 2 },
    });
    builder.add({
      kind: 'finding',
      finding: {
        finding: {
          code: 'COLUMN_UNKNOWN',
          severity: 'warning',
          details: { header: `"><script>alert(3)</script>`, suggestion: null },
        },
        origin: { source: 'a"b,<c>.csv', line: 1, column: `<b onclick="x">Cột</b>` },
      },
    });
    const result = builder.build();
    for (const lang of ['vi', 'en'] as const) {
      const html = renderReport(result, { format: 'html', lang });
      expect(html).not.toMatch(/<script|<img|<b |onclick="/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
      expect(html).toContain('&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
      expect(html).toContain('a&quot;b,&lt;c&gt;.csv:1');
    }
    const csv = csvBlocks(renderReport(result, { format: 'csv' }));
    const findings = csv.at(-1)?.rows ?? [];
    expect(findings.find((row) => row[1] === 'COLUMN_UNKNOWN')?.slice(3, 6)).toEqual([
      'a"b,<c>.csv',
      '1',
      '<b onclick="x">Cột</b>',
    ]);
  });
});

describe('options', () => {
  const result = seedResult();

  it('refuses an unknown format or language and bad options', () => {
    const cases: readonly [unknown, string, unknown][] = [
      [{ format: 'pdf' }, 'INVALID_OPTION', { option: 'format', value: 'pdf' }],
      [{}, 'INVALID_OPTION', { option: 'format', value: 'undefined' }],
      [
        { format: 'text', lang: 'fr' },
        'UNSUPPORTED_LANGUAGE',
        { value: 'fr', supported: 'vi, en' },
      ],
      [{ format: 'text', perCode: -1 }, 'INVALID_OPTION', { option: 'perCode', value: 'number' }],
      [{ format: 'text', perCode: 1.5 }, 'INVALID_OPTION', { option: 'perCode', value: 'number' }],
      [
        { format: 'json', skipInvalid: 'yes' },
        'INVALID_OPTION',
        { option: 'skipInvalid', value: 'yes' },
      ],
      [
        { format: 'csv', documents: [] },
        'INVALID_OPTION',
        { option: 'documents', value: 'object' },
      ],
      [
        { format: 'html', moreFindings: 'x' },
        'INVALID_OPTION',
        { option: 'moreFindings', value: 'x' },
      ],
    ];
    for (const [options, code, details] of cases) {
      expect(
        codeOf(() => renderReport(result, options as never)),
        JSON.stringify(options),
      ).toEqual({ code, details });
    }
    expect(codeOf(() => renderReport(result, null as never))).toMatchObject({
      code: 'INVALID_OPTION',
    });
  });

  it('cites a legal document of the caller', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01', checks: [] });
    builder.add({
      kind: 'finding',
      finding: {
        finding: {
          code: 'SUPPORT_EXCEEDS_LIMIT',
          severity: 'error',
          details: {},
          legalReference: { document: 'nq-12-2025-hdnd-hue', article: '3' },
        },
        origin: { source: 'hue.csv', line: 4 },
      },
    });
    const own = builder.build();
    const documents = {
      'nq-12-2025-hdnd-hue': {
        id: 'nq-12-2025-hdnd-hue',
        number: '12/2025/NQ-HĐND',
        kind: 'resolution',
        issuer: 'HĐND thành phố Huế',
        title: 'Nghị quyết về khuyến công',
        confidence: { basis: 'read', level: 'high' },
      },
    } as const;
    const cited = JSON.parse(renderReport(own, { format: 'json', documents })) as {
      findings: FindingJson[];
    };
    expect(cited.findings[0]?.citation).toBe('Điều 3 Nghị quyết số 12/2025/NQ-HĐND');
    // Without the document, the reference is kept and no citation is made up.
    const plain = JSON.parse(renderReport(own, { format: 'json' })) as { findings: FindingJson[] };
    expect(plain.findings[0]).toMatchObject({
      legalReference: { document: 'nq-12-2025-hdnd-hue', article: '3' },
    });
    expect(plain.findings[0]?.citation).toBeUndefined();
    expect(renderReport(own, { format: 'text', documents, lang: 'en' })).toContain(
      'Legal basis: Article 3, Resolution No. 12/2025/NQ-HĐND',
    );
  });
});

describe('large reports', () => {
  it('writes the same text from the first perCode findings of each code (at least one) as from all of them', () => {
    const all = manyResult({ keepFindings: true });
    for (const perCode of [0, 1, 5, 12]) {
      const some = manyResult({ keepFindings: { perCode: Math.max(1, perCode) } });
      expect(some.findings.length).toBeLessThan(all.findings.length);
      for (const options of [{ perCode }, { perCode, lang: 'en' as const }]) {
        const text = renderReport(all, { format: 'text', skipInvalid: true, ...options });
        expect(renderReport(some, { format: 'text', skipInvalid: true, ...options })).toBe(text);
      }
    }
  });

  it('writes the JSON in chunks that join to what renderReportJson gives, as JSON.stringify indents it', () => {
    const many = manyResult();
    for (const [result, options] of [
      [many, { skipInvalid: true }],
      [many, { skipInvalid: true, lang: 'en' }],
      [seedResult(), {}],
      [{ ...seedResult(), findings: [] }, {}],
    ] as const) {
      const chunks = [...renderReportJsonChunks(result, options)];
      const lang = 'lang' in options ? options.lang : 'vi';
      const { report } = result;
      const rejected = 'skipInvalid' in options && report.rows.rejected > 0;
      const head = rejected
        ? { skippedInvalid: { rejected: report.rows.rejected, message: expect.any(String) } }
        : {};
      const whole = chunks.join('');
      expect(whole).toBe(renderReportJson(result, options));
      const parsed = JSON.parse(whole);
      expect(parsed).toEqual({
        ...head,
        report,
        findings: result.findings.map((item) => findingToJson(item, { lang })),
      });
      expect(whole).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
      expect(chunks.length).toBe(
        result.findings.length === 0 ? 1 : 1 + Math.ceil(result.findings.length / 1000),
      );
    }
    expect(() => [...renderReportJsonChunks(manyResult())]).toThrow(
      expect.objectContaining({ code: 'ROWS_REJECTED' }),
    );
  });
});
