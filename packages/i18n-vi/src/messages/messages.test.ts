import {
  ERROR_CODES,
  FINDING_CODES,
  I18N_ERROR_CODES,
  KhuyenCongError,
  toIsoDate,
} from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/arbitraries';
import { formatPeriod } from '../format/formatPeriod';
import { formatVnd } from '../format/formatVnd';
import { labelOf } from '../labels/labelOf';
import { parseNumber } from '../parse/parseNumber';
import { parseNumberWords } from '../parse/parseNumberWords';
import { parseVnd } from '../parse/parseVnd';
import { readNumber } from '../words/readNumber';
import { formatMessage } from './formatMessage';
import { MESSAGES } from './MESSAGES';
import { MESSAGES_EN } from './MESSAGES_EN';
import { messageOf } from './messageOf';
import { readLanguage } from './readLanguage';

describe('MESSAGES_EN', () => {
  it('has an English message for exactly the codes that have a Vietnamese one, with the same placeholders', () => {
    expect(Object.keys(MESSAGES_EN).sort()).toEqual(Object.keys(MESSAGES).sort());
    const placeholders = (template: string) =>
      [...template.matchAll(/\{[^}]+\}/g)].map(String).sort();
    for (const [code, template] of Object.entries(MESSAGES)) {
      expect(placeholders(MESSAGES_EN[code as keyof typeof MESSAGES_EN]), code).toEqual(
        placeholders(template),
      );
    }
  });

  it('formats amounts, percents and dates the English way', () => {
    expect(
      formatMessage(
        'REPORTED_PERCENT_INCONSISTENT',
        {
          reportedPercent: '115.6',
          field: 'consulting',
          achieved: '8000000000',
          planned: '6040000000',
          computedPercent: '132.45',
        },
        { lang: 'en' },
      ),
    ).toBe(
      'The reported 115.6% does not match the figures (consulting): 8,000,000,000 VND of a 6,040,000,000 VND plan is 132.45%.',
    );
    expect(
      formatMessage('SETTLEMENT_DUE', { year: 2024, dueOn: '2025-01-22' }, { lang: 'en' }),
    ).toBe('National khuyến công funds of 2024 must be settled by 2025-01-22.');
    expect(
      messageOf(
        thrown(() => parseVnd('0,5 đồng')),
        { lang: 'en' },
      ),
    ).toBe('An amount must be whole đồng, with no fraction of a đồng: 0,5 đồng.');
  });
});

describe('MESSAGES', () => {
  it('shows the Vietnamese label of a code parameter', () => {
    expect(
      formatMessage('SUPPORT_LIMIT_UNKNOWN', {
        activity: 'machinery',
        fund: 'local',
        ruleSetId: 'x',
        reason: 'NO_RULE',
      }),
    ).toContain(labelOf('activity', 'machinery'));
    expect(formatMessage('PRIORITY_OWNER', { owner: 'women-owned' })).toBe(
      `Đối tượng ưu tiên: ${labelOf('priorityOwnerKind', 'women-owned')}.`,
    );
  });

  it('has a message for exactly the error and finding codes of the packages', () => {
    const codes = new Set<string>([...ERROR_CODES, ...FINDING_CODES]);
    expect(Object.keys(MESSAGES).sort()).toEqual([...codes].sort());
  });

  it('fills every detail of every i18n-vi error, formatted', () => {
    const errors = [
      thrown(() => readNumber(0.5)),
      thrown(() => parseNumber('1,234.5')),
      thrown(() => parseVnd('khoảng chín tỷ')),
      thrown(() => parseVnd('1.680')),
      thrown(() => parseVnd('0,5 đồng')),
      thrown(() => parseNumberWords('một nghìn hai')),
      thrown(() => formatVnd(1, { unit: 'billion' as never })),
      thrown(() => formatPeriod({ kind: 'quarter', year: 2024, index: 5 })),
      thrown(() => toIsoDate('2023-02-29')),
      thrown(() => labelOf('fundingSource', 'central' as never)),
      thrown(() => readLanguage('fr')),
    ];
    const codes = errors.map((error) => (error as KhuyenCongError).code);
    for (const code of I18N_ERROR_CODES) expect(codes).toContain(code);
    const messages = errors.map((error) => messageOf(error));
    for (const message of messages) expect(message).not.toContain('…');
    expect(messages).toEqual([
      'Giá trị không phải là số hợp lệ: 0.5.',
      'Không xác định được số 1,234.5: theo quy ước Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy phân cách phần thập phân) đây không phải là số, theo quy ước tiếng Anh thì là 1234.5.',
      'Không đọc được số tiền: khoảng chín tỷ.',
      'Số tiền 1.680 không rõ nghĩa: cần ghi rõ đơn vị (đồng, nghìn đồng, triệu đồng, tỷ đồng).',
      'Số tiền phải là số đồng nguyên, không có phần lẻ của đồng: 0,5 đồng.',
      'Không đọc được số bằng chữ: một nghìn hai (từ "hai").',
      'Tùy chọn unit không hợp lệ: billion.',
      'Kỳ báo cáo không hợp lệ (loại quarter, năm 2024).',
      'Ngày không hợp lệ: "2023-02-29". Ngày phải là ngày có thật, viết dạng YYYY-MM-DD.',
      'Mã central không có trong danh mục fundingSource.',
      'Ngôn ngữ "fr" không được hỗ trợ; dùng một trong: vi, en.',
    ]);
  });

  it('formats amounts and percents of calc findings the Vietnamese way', () => {
    expect(
      formatMessage('SHARES_SUM_OFF_BY_ROUNDING', {
        field: 'shares',
        sharesSum: '99.9',
        difference: '-0.1',
        tolerance: '0.1',
      }),
    ).toBe('Các tỷ lệ (shares) cộng lại được 99,9%; chênh lệch so với 100% là do làm tròn.');
    expect(
      formatMessage('PLAN_IMPLIED', {
        field: 'total',
        achieved: '33800000000',
        reportedPercent: '52.03',
        planEstimate: '64962521622',
      }),
    ).toBe(
      'Kế hoạch (total) không được nêu; từ 33.800.000.000 đồng đạt 52,03% suy ra kế hoạch khoảng 64.962.521.622 đồng.',
    );
    expect(
      formatMessage('NO_RULE_SET', { fund: 'local', province: 'Đắk Lắk', date: '2025-07-01' }),
    ).toBe(
      'Không có bộ quy định mức hỗ trợ nào áp dụng cho kinh phí khuyến công địa phương tại Đắk Lắk vào 01/07/2025.',
    );
  });

  it('never throws on odd details, and messageOf never throws', () => {
    expect(
      formatMessage('PARTS_DO_NOT_SUM_TO_TOTAL', { total: 'abc', partsSum: 12n, difference: null }),
    ).toBe(
      'Các khoản thành phần (…) cộng lại được 12 đồng, không khớp với tổng abc (chênh lệch null).',
    );
    expect(formatMessage('INVALID_NUMBER', null as never)).toBe(
      'Giá trị không phải là số hợp lệ: ….',
    );
    expect(messageOf(new Error('boom'))).toBe('boom');
    expect(messageOf(new KhuyenCongError('SOME_FUTURE_CODE', 'future'))).toBe('future');
    expect(messageOf(Object.create(null))).toBe('Lỗi không xác định.');
    expect(() => formatMessage('NOT_A_CODE' as never)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CODE' }),
    );
  });
});

describe('the field detail', () => {
  it('is named in words in both languages', () => {
    expect(formatMessage('ELIGIBILITY_DATA_MISSING', { field: 'sector' })).toBe(
      'Thiếu thông tin ngành nghề nên chưa kiểm tra được đầy đủ điều kiện được hưởng chính sách khuyến công.',
    );
    expect(
      formatMessage('LOCATION_DATA_MISSING', { field: 'unitKind', unitKind: null }, { lang: 'en' }),
    ).toBe(
      'Not enough data to decide whether the site is eligible for khuyến công support: kind of commune-level unit.',
    );
    expect(
      formatMessage('COUNTS_DO_NOT_SUM_TO_TOTAL', { field: 'budget', partsSum: '15', total: '16' }),
    ).toBe('Các số lượng thành phần (budget) cộng lại được 15, không khớp với tổng 16.');
  });
});
