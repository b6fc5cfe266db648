import {
  ERROR_CODES,
  FINDING_CODES,
  I18N_ERROR_CODES,
  KhuyenCongError,
  toIsoDate,
} from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { errorCode, thrown } from '../../test/arbitraries';
import { formatPeriod } from '../format/formatPeriod';
import { formatVnd } from '../format/formatVnd';
import { labelOf } from '../labels/labelOf';
import { parseNumber } from '../parse/parseNumber';
import { parseNumberWords } from '../parse/parseNumberWords';
import { parseVnd } from '../parse/parseVnd';
import { removeDiacritics } from '../text/removeDiacritics';
import { readNumber } from '../words/readNumber';
import { formatMessage } from './formatMessage';
import { messageOf } from './messageOf';
import { readLanguage } from './readLanguage';
import { MESSAGES } from './vi';

describe('MESSAGES_EN', () => {
  it('formats amounts, percents, dates and codes the English way', () => {
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
    ).toBe('National industrial promotion funds of 2024 must be settled by 22 January 2025.');
    expect(
      formatMessage(
        'SUPPORT_LIMIT_UNKNOWN',
        { activity: 'demonstration-model', fund: 'local', reason: 'NO_RULE_SET' },
        { lang: 'en' },
      ),
    ).toBe(
      'No support limit is known for building demonstration models of techniques (the local industrial promotion fund): no encoded rule applies (NO_RULE_SET).',
    );
    expect(
      messageOf(
        thrown(() => parseVnd('0,5 đồng')),
        { lang: 'en' },
      ),
    ).toBe('An amount must be whole dong, with no fraction of a dong: 0,5 đồng.');
  });

  it('chooses plural words by the count', () => {
    const rejected = (counts: Record<string, unknown>) =>
      formatMessage('ROWS_REJECTED', counts, { lang: 'en' }).split(' for bad data')[0];
    expect(rejected({ rejected: 1, read: 1 })).toBe('1 of 1 row was rejected');
    expect(rejected({ rejected: '1', read: 2000 })).toBe('1 of 2,000 rows was rejected');
    expect(rejected({ rejected: 8430n, read: 10000 })).toBe('8,430 of 10,000 rows were rejected');
    expect(rejected({ rejected: 0, read: 3 })).toBe('0 of 3 rows were rejected');
    expect(formatMessage('ROWS_REJECTED', { rejected: 1, read: 1 })).toBe(
      'Có 1 trên 1 dòng bị loại vì sai dữ liệu nên không lập số tổng: sửa các dòng đó, hoặc chọn bỏ qua các dòng sai (--skip-invalid).',
    );
  });

  it('refuses a language it does not have, and messageOf falls back to Vietnamese', () => {
    expect(errorCode(() => formatMessage('INVALID_NUMBER', {}, { lang: 'fr' as never }))).toBe(
      'UNSUPPORTED_LANGUAGE',
    );
    expect(errorCode(() => formatMessage('INVALID_NUMBER', {}, 'en' as never))).toBe(
      'INVALID_OPTION',
    );
    expect(
      messageOf(
        thrown(() => readLanguage('fr')),
        { lang: 'fr' as never },
      ),
    ).toBe('Ngôn ngữ "fr" không được hỗ trợ; dùng một trong: vi, en.');
    expect(messageOf(Object.create(null), { lang: 'en' })).toBe('Unknown error.');
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
      thrown(() => removeDiacritics(new String('Đắk Lắk') as never)),
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
      'Tham số text không hợp lệ: object.',
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
      'Not enough data to decide whether the site is eligible for industrial promotion support: kind of commune-level unit.',
    );
    expect(
      formatMessage('COUNTS_DO_NOT_SUM_TO_TOTAL', { field: 'budget', partsSum: '15', total: '16' }),
    ).toBe('Các số lượng thành phần (budget) cộng lại được 15, không khớp với tổng 16.');
  });
});
