import { describe, expect, it } from 'vitest';
import { resolveColumns } from './resolveColumns';

describe('resolveColumns', () => {
  it('maps the headers of a province export, with or without diacritics, and English names', () => {
    const header = resolveColumns([
      'STT',
      'Mã đề án',
      'Tên đề án',
      'Nội dung',
      'Tỉnh/Thành phố',
      'Năm',
      'Nguồn kinh phí',
      'Tổng kinh phí',
      'Kinh phí hỗ trợ',
      'Kinh phí đối ứng',
      'Kinh phí khuyến công quốc gia',
      'Kinh phí khuyến công địa phương',
      'Ngày phê duyệt',
      'Số quyết định',
      'Loại đối tượng',
      'Trạng thái',
      '',
    ]);
    expect([header.kind, header.usable, header.width, header.findings]).toEqual([
      'projects',
      true,
      16,
      [],
    ]);
    expect([...header.columns.keys()]).toEqual([
      'id',
      'title',
      'activity',
      'province',
      'year',
      'fund',
      'totalCost',
      'support',
      'counterpart',
      'national',
      'local',
      'approvalDate',
      'decisionNumber',
      'beneficiaryKind',
      'status',
    ]);
    const plain = resolveColumns([
      'ma de an',
      ' NOI DUNG ',
      'tinh',
      'nam',
      'tong kinh phi (trieu dong)',
      'local',
    ]);
    expect(plain.columns.get('totalCost')).toEqual({
      field: 'totalCost',
      header: 'tong kinh phi (trieu dong)',
      index: 4,
      unit: 'trieu',
    });
    expect(plain.columns.get('activity')?.header).toBe('NOI DUNG');
    expect(resolveColumns(['scope', 'year', 'planned', 'achieved']).kind).toBe('lines');
  });

  it('warns of an unknown column, suggesting the nearest header only when it is really close', () => {
    const header = resolveColumns([
      'Nội dung',
      'Tỉnh',
      'Năm',
      'Tổng kinh phi',
      'local',
      'Kinh phí hổ trợ x',
      'Cán bộ theo dõi',
    ]);
    expect(header.usable).toBe(true);
    expect(header.findings.map((found) => [found.column, found.finding.details])).toEqual([
      ['Kinh phí hổ trợ x', { header: 'Kinh phí hổ trợ x', suggestion: 'Kinh phí hỗ trợ' }],
      ['Cán bộ theo dõi', { header: 'Cán bộ theo dõi', suggestion: null }],
    ]);
  });

  it('ignores a header over 1,000 characters with a HEADER_TOO_LONG warning, unmatched', () => {
    // Even one that starts as a known header: it is not read at all.
    const long = `Tổng kinh phí (triệu đồng) ${'x'.repeat(1_000)}`;
    const header = resolveColumns([
      'Nội dung',
      'Tỉnh',
      'Năm',
      long,
      'Tổng kinh phí',
      'Kinh phí hỗ trợ',
    ]);
    expect([
      header.kind,
      header.usable,
      header.width,
      header.columns.get('totalCost')?.index,
    ]).toEqual(['projects', true, 6, 4]);
    expect(header.findings).toEqual([
      {
        finding: {
          code: 'HEADER_TOO_LONG',
          severity: 'warning',
          details: { header: `${long.slice(0, 199)}…`, length: 1_027, limit: 1_000 },
        },
        column: `${long.slice(0, 199)}…`,
      },
    ]);
    // The limit counts the header trimmed.
    expect(resolveColumns([`  ${'x'.repeat(1_000)}  `]).findings[0]?.finding.code).toBe(
      'COLUMN_UNKNOWN',
    );
  });

  it('reports every problem of a header that cannot be used, at once', () => {
    const missing = resolveColumns(['Nội dung', 'Năm', 'Ghi chú']);
    expect(missing.usable).toBe(false);
    expect(missing.findings.map((found) => found.finding)).toEqual([
      {
        code: 'COLUMN_MISSING',
        severity: 'error',
        details: { field: 'province', header: 'Tỉnh/Thành phố' },
      },
      {
        code: 'COLUMN_MISSING',
        severity: 'error',
        details: { field: 'totalCost', header: 'Tổng kinh phí' },
      },
      {
        code: 'COLUMN_MISSING',
        severity: 'error',
        details: { field: 'support', header: 'Kinh phí hỗ trợ' },
      },
    ]);
    const twice = resolveColumns([
      'Nội dung',
      'Tỉnh',
      'Địa phương',
      'Năm',
      'Tổng kinh phí',
      'Tổng vốn',
      'local',
    ]);
    expect(
      twice.findings.map((found) => [found.finding.code, found.finding.details, found.column]),
    ).toEqual([
      [
        'COLUMN_DUPLICATE',
        { field: 'province', header: 'Địa phương', otherHeader: 'Tỉnh' },
        'Địa phương',
      ],
      [
        'COLUMN_DUPLICATE',
        { field: 'totalCost', header: 'Tổng vốn', otherHeader: 'Tổng kinh phí' },
        'Tổng vốn',
      ],
    ]);
    const mixed = resolveColumns([
      'Nội dung',
      'Tỉnh',
      'Năm',
      'Tổng kinh phí',
      'Kinh phí hỗ trợ',
      'Kế hoạch',
    ]);
    expect([
      mixed.kind,
      mixed.usable,
      mixed.findings.map((found) => found.finding.details),
    ]).toEqual([undefined, false, [{ projectHeader: 'Nội dung', lineHeader: 'Kế hoạch' }]]);
  });
});
