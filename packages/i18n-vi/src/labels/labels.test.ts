import { CODE_LISTS, type CodeListName } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../test/arbitraries';
import { formatLegalReference } from './formatLegalReference';
import { LABELS } from './LABELS';
import { labelOf } from './labelOf';

describe('LABELS', () => {
  it('has one non-empty, distinct label for every code of every list, and nothing else', () => {
    expect(Object.keys(LABELS).sort()).toEqual(Object.keys(CODE_LISTS).sort());
    for (const list of Object.keys(CODE_LISTS) as CodeListName[]) {
      const labels: Readonly<Record<string, string>> = LABELS[list];
      expect(Object.keys(labels).sort(), list).toEqual([...CODE_LISTS[list]].sort());
      const values = Object.values(labels);
      for (const label of values) expect(label.trim(), list).not.toBe('');
      if (list !== 'enterpriseSize' && list !== 'beneficiaryKind')
        expect(new Set(values).size, list).toBe(values.length);
      for (const code of CODE_LISTS[list])
        expect(labelOf(list, code as never)).toBe(labels[code as string]);
    }
  });

  it('refuses unknown lists and codes', () => {
    expect(errorCode(() => labelOf('fundingSource', 'central' as never))).toBe('UNKNOWN_CODE');
    expect(errorCode(() => labelOf('color' as never, 'red' as never))).toBe('UNKNOWN_CODE');
    expect(errorCode(() => labelOf('activity', 'toString' as never))).toBe('UNKNOWN_CODE');
  });
});

describe('formatLegalReference', () => {
  it('cites point, clause, article, then the document', () => {
    expect(formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' })).toBe(
      'khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC',
    );
    expect(formatLegalReference({ document: 'ttlt-26-2014-btc-bct', article: '6' })).toBe(
      'Điều 6 Thông tư liên tịch số 26/2014/TTLT-BTC-BCT',
    );
    expect(
      formatLegalReference({ document: 'luat-ke-toan-88-2015', article: '11', clause: '2' }),
    ).toBe('khoản 2 Điều 11 Luật Kế toán số 88/2015/QH13');
    expect(formatLegalReference({ document: 'nd-30-2020' })).toBe('Nghị định số 30/2020/NĐ-CP');
    expect(formatLegalReference({ document: 'qd-1881-2020-ttg' })).toBe(
      'Quyết định số 1881/QĐ-TTg',
    );
  });

  it('refuses documents that are not in the registry', () => {
    expect(errorCode(() => formatLegalReference({ document: 'nd-1-2099' }))).toBe(
      'UNKNOWN_LEGAL_DOCUMENT',
    );
    expect(errorCode(() => formatLegalReference(null as never))).toBe('UNKNOWN_LEGAL_DOCUMENT');
  });
});
