import { describe, expect, it } from 'vitest';
import { resolveColumns } from './resolveColumns';

describe('resolveColumns', () => {
  it('maps the headers of a province export, with or without diacritics, and English names', () => {
    const headers = [
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
    ];
    const header = resolveColumns(headers, 'a.csv');
    expect(header.kind).toBe('projects');
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
    const plain = resolveColumns(
      ['ma de an', 'NOI DUNG', 'tinh', 'nam', 'tong kinh phi (trieu dong)', 'local'],
      'b.csv',
    );
    expect(plain.columns.get('totalCost')).toMatchObject({ index: 4, unit: 'trieu' });
    expect(resolveColumns(['scope', 'year', 'planned', 'achieved'], 'c.csv').kind).toBe('lines');
  });

  it('names an unknown column, suggests the nearest, and refuses mixed or incomplete tables', () => {
    expect(() =>
      resolveColumns(['Nội dung', 'Tỉnh', 'Năm', 'Tổng kinh phi', 'Kinh phí hổ trợ x'], 'd.csv'),
    ).toThrow(/unknown column "Kinh phí hổ trợ x" \(did you mean "Kinh phí hỗ trợ"\?\)/);
    expect(() =>
      resolveColumns(['Nội dung', 'Tỉnh', 'Năm', 'Tổng kinh phí', 'Kế hoạch'], 'e.csv'),
    ).toThrow(/mixes/);
    expect(() => resolveColumns(['Nội dung', 'Tỉnh', 'Năm', 'Kinh phí hỗ trợ'], 'f.csv')).toThrow(
      /missing column "Tổng kinh phí"/,
    );
  });
});
