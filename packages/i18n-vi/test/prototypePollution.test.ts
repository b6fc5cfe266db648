import { KhuyenCongError } from '@khuyencong/domain';
import { withPollutedPrototype } from '@khuyencong/internal/testing';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

/** Options set on Object.prototype, each a value that would change a result if it were read. */
const POLLUTION: Readonly<Record<string, unknown>> = {
  lang: 'en',
  unit: 'ty',
  suffix: 'VND',
  rounding: 'ceil',
  minimumFractionDigits: 3,
  maximumFractionDigits: 1,
  style: 'numeric',
  zeroTens: 'linh',
  four: 'bốn',
  thousand: 'ngàn',
  billion: 'tỉ',
  decimalSeparator: 'chấm',
  capitalize: false,
  exact: true,
  decimalMark: '.',
  documents: {},
};

type Options = Readonly<Record<string, unknown>>;

const CALLS: readonly ((options: Options) => unknown)[] = [
  (o) => api.formatNumber('1234.5678', o),
  (o) => api.formatPercent('52.034', o),
  (o) => api.formatVnd('73540000000', o),
  (o) => api.formatDate('2024-06-01', o),
  (o) => api.formatPeriod({ kind: 'year', year: 2024 }, o),
  (o) => api.readNumber('1004000000.5', o),
  (o) => api.readVnd('1004000000', o),
  (o) => api.parseNumber('1.234,5', o),
  (o) => api.parseVnd('1.234,5 triệu', o),
  (o) => api.labelOf('activity', 'machinery', o),
  (o) => api.fieldLabelOf('totalCost', o),
  (o) => api.termOf('report.title', o),
  (o) => api.formatTerm('report.title', {}, o),
  (o) => api.formatMessage('INVALID_DATE', { value: '2024-02-30' }, o),
  (o) => api.messageOf(new KhuyenCongError('INVALID_DATE', 'x', { details: { value: 'x' } }), o),
  (o) => api.formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' }, o),
];

describe('options polluted onto Object.prototype', () => {
  it('change no result of i18n-vi: only own properties are read', async () => {
    // Each call would give another outcome with the values passed: `insensitive` lists those that would not.
    expect(await withPollutedPrototype(POLLUTION, CALLS)).toEqual({ changed: [], insensitive: [] });
  });
});
