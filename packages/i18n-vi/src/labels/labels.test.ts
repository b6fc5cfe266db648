import {
  ADMIN_UNIT_KIND_INFO,
  CODE_LISTS,
  type CodeListName,
  type LegalDocument,
} from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../test/arbitraries';
import { FIELD_LABELS_EN, LABELS_EN } from './en';
import { fieldLabelOf } from './fieldLabelOf';
import { formatLegalReference } from './formatLegalReference';
import { formatTerm } from './formatTerm';
import { labelOf } from './labelOf';
import { termOf } from './termOf';
import { FIELD_LABELS, type FieldName, LABELS } from './vi';

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

describe('labelOf in English', () => {
  it('gives the English label, and refuses a language it does not have', () => {
    expect(labelOf('activity', 'demonstration-model', { lang: 'en' })).toBe(
      'building demonstration models of techniques',
    );
    expect(labelOf('activity', 'effective-facility-model', { lang: 'en' })).toBe(
      'building models of effectively operating rural industrial establishments',
    );
    expect(labelOf('adminUnitKind', 'town', { lang: 'en' })).toBe(ADMIN_UNIT_KIND_INFO.town.nameEn);
    expect(labelOf('fundingSource', 'national', { lang: 'vi' })).toBe(
      'kinh phí khuyến công quốc gia',
    );
    for (const list of Object.keys(CODE_LISTS) as CodeListName[]) {
      for (const code of CODE_LISTS[list]) {
        const labels: Readonly<Record<string, string>> = LABELS_EN[list];
        expect(labelOf(list, code as never, { lang: 'en' })).toBe(labels[code as string]);
      }
    }
    expect(errorCode(() => labelOf('fundingSource', 'local', { lang: 'fr' as never }))).toBe(
      'UNSUPPORTED_LANGUAGE',
    );
    expect(errorCode(() => labelOf('fundingSource', 'central' as never, { lang: 'en' }))).toBe(
      'UNKNOWN_CODE',
    );
  });
});

describe('fieldLabelOf, termOf and formatTerm', () => {
  it('name fields in both languages', () => {
    for (const field of Object.keys(FIELD_LABELS) as FieldName[]) {
      expect(fieldLabelOf(field)).toBe(FIELD_LABELS[field]);
      expect(fieldLabelOf(field, { lang: 'en' })).toBe(FIELD_LABELS_EN[field]);
    }
    expect(errorCode(() => fieldLabelOf('budget' as never))).toBe('UNKNOWN_CODE');
    expect(errorCode(() => fieldLabelOf('toString' as never, { lang: 'en' }))).toBe('UNKNOWN_CODE');
  });

  it('give terms as written, and filled', () => {
    expect(termOf('report.findings.title')).toBe('Mức hỗ trợ và điều kiện theo đề án');
    expect(termOf('report.findings.title', { lang: 'en' })).toBe(
      'Support caps and eligibility per project',
    );
    expect(termOf('cli.check.verdictErrors')).toBe('Có {errors:number} lỗi.');
    expect(formatTerm('cli.check.verdictErrors', { errors: 89 })).toBe('Có 89 lỗi.');
    expect(formatTerm('cli.check.verdictErrors', { errors: 3 }, { lang: 'en' })).toBe('3 errors.');
    expect(formatTerm('cli.check.verdictErrors', { errors: 1 }, { lang: 'en' })).toBe('1 error.');
    expect(formatTerm('cli.check.verdictNone', {}, { lang: 'en' })).toBe('No errors.');
    expect(formatTerm('cli.check.verdictErrors')).toBe('Có … lỗi.');
    expect(errorCode(() => termOf('report.nothing' as never))).toBe('UNKNOWN_CODE');
    expect(errorCode(() => formatTerm('report.title', {}, { lang: 'de' as never }))).toBe(
      'UNSUPPORTED_LANGUAGE',
    );
  });

  it('write the command line output of today, byte for byte in Vietnamese', () => {
    const support = {
      amount: '680000000',
      words: 'Sáu trăm tám mươi triệu đồng',
      binding: formatTerm('cli.support.bindingRate', { rate: '50' }),
      rate: '50',
      cost: '1360000000',
      rateLimit: '680000000',
      cap: '1000000000',
      citation: formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' }),
      ruleSetId: 'tt-28-2018',
      basis: 'read',
      level: 'high',
    };
    const lines = (lang: 'vi' | 'en') =>
      (
        [
          'cli.support.amount',
          'cli.support.words',
          'cli.support.binding',
          'cli.support.rate',
          'cli.support.cap',
          'cli.support.basis',
        ] as const
      ).map((key) => formatTerm(key, support, { lang }));
    expect(lines('vi')).toEqual([
      'Mức hỗ trợ:        680.000.000 đồng (680 triệu đồng)',
      'Bằng chữ:          Sáu trăm tám mươi triệu đồng',
      'Giới hạn áp dụng:  tỷ lệ tối đa 50% chi phí',
      'Theo tỷ lệ:        50% × 1.360.000.000 đồng = 680.000.000 đồng',
      'Mức trần:          1.000.000.000 đồng',
      'Căn cứ:            khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC (bộ quy định tt-28-2018; nguồn: read, độ tin cậy high)',
    ]);
    expect(lines('en').slice(0, 1)).toEqual(['Support:        680,000,000 VND (680 million VND)']);
    expect(formatTerm('cli.parse.qualifier', { qualifier: 'more-than' })).toBe(
      'Ước lượng: more-than (hơn)',
    );
    expect(formatTerm('cli.parse.qualifier', { qualifier: 'more-than' }, { lang: 'en' })).toBe(
      'Qualifier: more-than (more than)',
    );
    expect(formatTerm('cli.progress.read', { file: 'a.csv', rows: 100000 })).toBe(
      'a.csv: đã đọc 100.000 dòng…',
    );
    expect(formatTerm('cli.progress.done', { file: 'a.csv', rows: 1 }, { lang: 'en' })).toBe(
      'a.csv: done, 1 row.',
    );
    expect(
      formatTerm(
        'report.findingCounts',
        { inconsistencies: 3, errors: 1, warnings: 0, infos: 2 },
        { lang: 'en' },
      ),
    ).toBe('Inconsistencies: 3 · Project findings: 1 error, 0 warnings, 2 notes');
  });
});

describe('formatLegalReference in English and with documents of your own', () => {
  it('cites the provision first, then the document by its official number', () => {
    const en = { lang: 'en' } as const;
    expect(
      formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' }, en),
    ).toBe('Article 8(4), Circular No. 28/2018/TT-BTC');
    expect(
      formatLegalReference({ document: 'nd-45-2012', article: '5', clause: '1', point: 'a' }, en),
    ).toBe('Article 5(1)(a), Decree No. 45/2012/NĐ-CP');
    expect(formatLegalReference({ document: 'ttlt-26-2014-btc-bct', article: '6' }, en)).toBe(
      'Article 6, Joint Circular No. 26/2014/TTLT-BTC-BCT',
    );
    expect(formatLegalReference({ document: 'nd-45-2012', article: '5', point: 'a' }, en)).toBe(
      'Article 5, point a, Decree No. 45/2012/NĐ-CP',
    );
    expect(formatLegalReference({ document: 'nd-45-2012', clause: '2' }, en)).toBe(
      'Clause 2, Decree No. 45/2012/NĐ-CP',
    );
    expect(formatLegalReference({ document: 'luat-ke-toan-88-2015', article: '11' }, en)).toBe(
      'Article 11, Law No. 88/2015/QH13',
    );
    expect(formatLegalReference({ document: 'qd-1881-2020-ttg' }, en)).toBe(
      'Decision No. 1881/QĐ-TTg',
    );
    // A document without a number is named by its title, quoted as the proper name it is.
    expect(formatLegalReference({ document: 'nq-hdnd-dak-lak-2025-khuyen-cong' }, en)).toMatch(
      /^Resolution “Nghị quyết .+ Đắk Lắk”$/,
    );
  });

  it('looks documents of your own up first, and still refuses unknown ones', () => {
    const own: LegalDocument = {
      id: 'nq-05-2025-hdnd-hue',
      number: '05/2025/NQ-HĐND',
      kind: 'resolution',
      issuer: 'Hội đồng nhân dân thành phố Huế',
      title: 'Nghị quyết quy định mức chi khuyến công',
      confidence: { basis: 'read', level: 'high' },
    };
    const documents = { [own.id]: own };
    expect(
      formatLegalReference({ document: own.id, article: '4', clause: '2' }, { documents }),
    ).toBe('khoản 2 Điều 4 Nghị quyết số 05/2025/NQ-HĐND');
    expect(
      formatLegalReference({ document: own.id, article: '4' }, { documents, lang: 'en' }),
    ).toBe('Article 4, Resolution No. 05/2025/NQ-HĐND');
    // Yours win over the registry's of the same id; the registry still answers for the others.
    const renamed = { 'tt-28-2018-btc': { ...own, id: 'tt-28-2018-btc' } };
    expect(formatLegalReference({ document: 'tt-28-2018-btc' }, { documents: renamed })).toBe(
      'Nghị quyết số 05/2025/NQ-HĐND',
    );
    expect(formatLegalReference({ document: 'nd-30-2020' }, { documents })).toBe(
      'Nghị định số 30/2020/NĐ-CP',
    );
    expect(errorCode(() => formatLegalReference({ document: 'nq-99-2099' }, { documents }))).toBe(
      'UNKNOWN_LEGAL_DOCUMENT',
    );
    expect(
      errorCode(() => formatLegalReference({ document: 'constructor' }, { documents: {} })),
    ).toBe('UNKNOWN_LEGAL_DOCUMENT');
    expect(
      errorCode(() => formatLegalReference({ document: own.id }, { documents: 'x' as never })),
    ).toBe('INVALID_OPTION');
    expect(
      errorCode(() =>
        formatLegalReference(
          { document: own.id },
          { documents: { [own.id]: { ...own, kind: 'memo' as never } } },
        ),
      ),
    ).toBe('INVALID_OPTION');
  });
});
