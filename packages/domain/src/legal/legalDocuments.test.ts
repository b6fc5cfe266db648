import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../dates/isIsoDate';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { getLegalDocument } from './getLegalDocument';
import { LEGAL_DOCUMENTS } from './legalDocuments';

const documents = Object.entries(LEGAL_DOCUMENTS);

describe('LEGAL_DOCUMENTS', () => {
  it('lists every document the issue names, with its number', () => {
    const numbers = documents.map(([, doc]) => ('number' in doc ? doc.number : undefined));
    for (const wanted of [
      '45/2012/NĐ-CP',
      '235/2025/NĐ-CP',
      '46/2012/TT-BCT',
      '20/2017/TT-BCT',
      '26/2014/TTLT-BTC-BCT',
      '28/2018/TT-BTC',
      '64/2024/TT-BTC',
      '26/2014/TT-BCT',
      '14/2018/TT-BCT',
      '38/2025/TT-BCT',
      '1881/QĐ-TTg',
      '2646/QĐ-BCT',
      '174/2016/NĐ-CP',
      '30/2020/NĐ-CP',
    ]) {
      expect(numbers).toContain(wanted);
    }
  });

  it('keys each document by its own id, with valid and ordered dates', () => {
    for (const [id, doc] of documents) {
      expect(doc.id).toBe(id);
      const dates = [
        'issuedOn' in doc ? doc.issuedOn : undefined,
        'effectiveFrom' in doc ? doc.effectiveFrom : undefined,
        'effectiveTo' in doc ? doc.effectiveTo : undefined,
      ].filter((d) => d !== undefined);
      for (const date of dates) expect(isIsoDate(date)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('points every relation at a document of the registry', () => {
    for (const [, doc] of documents) {
      const related = [
        ...('amends' in doc ? doc.amends : []),
        ...('replaces' in doc ? doc.replaces : []),
      ];
      for (const id of related) expect(Object.keys(LEGAL_DOCUMENTS)).toContain(id);
    }
  });

  it('hands over from TTLT 26/2014 to TT 28/2018 on 11/05/2018 without a gap', () => {
    expect(LEGAL_DOCUMENTS['ttlt-26-2014-btc-bct'].effectiveTo).toBe('2018-05-10');
    expect(LEGAL_DOCUMENTS['tt-28-2018-btc'].effectiveFrom).toBe('2018-05-11');
  });

  it('leaves what was not found absent (TT 64/2024 dates, TT 20/2017 effect)', () => {
    expect('issuedOn' in LEGAL_DOCUMENTS['tt-64-2024-btc']).toBe(false);
    expect('effectiveFrom' in LEGAL_DOCUMENTS['tt-64-2024-btc']).toBe(false);
    expect('effectiveFrom' in LEGAL_DOCUMENTS['tt-20-2017-bct']).toBe(false);
  });
});

describe('getLegalDocument', () => {
  it('finds by id and by number, ignoring case, spaces and Đ/D', () => {
    expect(getLegalDocument('nd-45-2012').number).toBe('45/2012/NĐ-CP');
    expect(getLegalDocument('45/2012/nd-cp').id).toBe('nd-45-2012');
    expect(getLegalDocument(' 26/2014/TTLT-BTC-BCT ').id).toBe('ttlt-26-2014-btc-bct');
  });

  it('throws UNKNOWN_LEGAL_DOCUMENT, also for prototype keys', () => {
    for (const value of ['99/2099/TT-BTC', 'constructor', '__proto__', 'toString']) {
      let caught: unknown;
      try {
        getLegalDocument(value);
      } catch (error) {
        caught = error;
      }
      expect(isKhuyenCongError(caught, ['UNKNOWN_LEGAL_DOCUMENT'])).toBe(true);
    }
  });
});
