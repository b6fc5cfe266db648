import type { HostileCase, HostileCases } from '@khuyencong/hostile';

const VALUE: HostileCase = { kind: 'value' };

/** A case for every runtime export of `@khuyencong/i18n-vi`: real amounts, dates, codes and words. */
export const CASES: HostileCases = {
  FIELD_LABELS: VALUE,
  FIELD_LABELS_EN: VALUE,
  LABELS: VALUE,
  LABELS_EN: VALUE,
  LANGUAGES: VALUE,
  MESSAGES: VALUE,
  MESSAGES_EN: VALUE,
  ROUNDING_MODES: VALUE,
  TERMS: VALUE,
  TERMS_EN: VALUE,
  VND_UNITS: VALUE,
  VND_UNIT_LABELS: VALUE,
  VND_UNIT_LABELS_EN: VALUE,
  compareVietnamese: { kind: 'function', valid: ['Đắk Lắk', 'Đắk Nông'] },
  compareVietnameseNames: { kind: 'function', valid: ['Nguyễn Văn An', 'Trần Thị Bình'] },
  fieldLabelOf: { kind: 'function', valid: ['totalCost', { lang: 'en' }] },
  formatDate: { kind: 'function', valid: ['2024-10-01', { style: 'official', lang: 'vi' }] },
  formatLegalReference: {
    kind: 'function',
    valid: [
      { document: 'tt-28-2018-btc', article: '8', clause: '4', point: 'a' },
      {
        lang: 'vi',
        documents: {
          'qd-1234-2024-ubnd': {
            id: 'qd-1234-2024-ubnd',
            kind: 'decision',
            number: '1234/QĐ-UBND',
            title: 'Quyết định phê duyệt kế hoạch khuyến công năm 2024',
            issuer: 'UBND tỉnh Đắk Lắk',
            confidence: { level: 'high', basis: 'read' },
          },
        },
      },
    ],
  },
  formatMessage: {
    kind: 'function',
    valid: ['INVALID_DATE', { value: '2024-02-30' }, { lang: 'vi' }],
  },
  formatNumber: {
    kind: 'function',
    valid: [
      '1234567.891',
      { minimumFractionDigits: 1, maximumFractionDigits: 2, rounding: 'halfEven', lang: 'vi' },
    ],
  },
  formatPercent: {
    kind: 'function',
    valid: [
      '95.5',
      { minimumFractionDigits: 1, maximumFractionDigits: 1, rounding: 'halfExpand', lang: 'vi' },
    ],
  },
  formatPeriod: {
    kind: 'function',
    valid: [{ kind: 'quarter', year: 2024, index: 3 }, { lang: 'vi' }],
  },
  formatTerm: {
    kind: 'function',
    valid: ['cli.check.verdictErrors', { errors: 89 }, { lang: 'vi' }],
  },
  formatVnd: {
    kind: 'function',
    valid: [
      '73500000000',
      {
        unit: 'ty',
        suffix: 'đồng',
        minimumFractionDigits: 0,
        maximumFractionDigits: 3,
        rounding: 'halfExpand',
        lang: 'vi',
      },
    ],
  },
  labelOf: { kind: 'function', valid: ['activity', 'machinery', { lang: 'vi' }] },
  messageOf: { kind: 'function', valid: [new Error('hỏng'), { lang: 'en' }] },
  parseNumber: { kind: 'function', valid: ['1.234,5', { decimalMark: ',' }] },
  parseNumberWords: { kind: 'function', valid: ['bảy mươi ba tỷ năm trăm triệu'] },
  parseVnd: { kind: 'function', valid: ['262,5', { unit: 'trieu', decimalMark: ',' }] },
  readLanguage: { kind: 'function', valid: ['vi-VN'] },
  readNumber: {
    kind: 'function',
    valid: [
      '1234.05',
      { zeroTens: 'linh', four: 'bốn', thousand: 'ngàn', billion: 'tỉ', decimalSeparator: 'chấm' },
    ],
  },
  readVnd: {
    kind: 'function',
    valid: [
      '73500000000',
      {
        capitalize: true,
        exact: true,
        zeroTens: 'lẻ',
        four: 'tư',
        thousand: 'nghìn',
        billion: 'tỷ',
        decimalSeparator: 'phẩy',
      },
    ],
  },
  removeDiacritics: { kind: 'function', valid: ['Đắk Lắk'] },
  slugify: { kind: 'function', valid: ['Tỉnh Đắk Lắk'] },
  termOf: { kind: 'function', valid: ['cli.check.verdictNone', { lang: 'en' }] },
};
