import { deepFreeze } from '@khuyencong/internal';
import type { LegalDocument } from './LegalDocument';

/**
 * The id of a document in {@link LEGAL_DOCUMENTS}.
 *
 * @category Legal references
 */
export type LegalDocumentId =
  | 'nd-45-2012'
  | 'nd-134-2004'
  | 'nd-235-2025'
  | 'tt-46-2012-bct'
  | 'tt-20-2017-bct'
  | 'tt-36-2013-bct'
  | 'ttlt-26-2014-btc-bct'
  | 'tt-28-2018-btc'
  | 'tt-64-2024-btc'
  | 'tt-26-2014-bct'
  | 'tt-35-2010-bct'
  | 'tt-14-2018-bct'
  | 'tt-38-2025-bct'
  | 'vbhn-46-2025-bct'
  | 'qd-1288-2014-ttg'
  | 'qd-1881-2020-ttg'
  | 'qd-2646-2025-bct'
  | 'qd-148-2023-ttg'
  | 'nd-174-2016'
  | 'nd-30-2020'
  | 'luat-ke-toan-88-2015'
  | 'nq-hdnd-dak-lak-2025-khuyen-cong'
  | 'nq-202-2025-qh15'
  | 'nq-175-2024-qh15'
  | 'nq-30-2026-qh16'
  | 'nq-237-2026-ubtvqh16';

/**
 * The legal documents of khuyến công, keyed by id: the decree, its amendment, the Ministry of Industry and
 * Trade's circulars, the Ministry of Finance's spending circulars, the national programmes, the typical
 * product circulars and the public-finance texts on amounts and dates. Each entry carries its dates where
 * they were found, its relations (amends / replaces) and how sure we are (`confidence`).
 *
 * Facts marked NOT FOUND in the project's legal reference (e.g. the date and content of TT 64/2024/TT-BTC,
 * the effective date of TT 20/2017/TT-BCT) are absent here, never guessed.
 *
 * @category Legal references
 * @example
 * ```ts
 * import { LEGAL_DOCUMENTS } from '@khuyencong/domain';
 * const tt28 = LEGAL_DOCUMENTS['tt-28-2018-btc'];
 * [tt28.number, tt28.effectiveFrom, tt28.replaces]
 * //=> ['28/2018/TT-BTC', '2018-05-11', ['ttlt-26-2014-btc-bct']]
 * ```
 */
export const LEGAL_DOCUMENTS: Readonly<Record<LegalDocumentId, LegalDocument>> =
  /* @__PURE__ */ deepFreeze({
    'nd-45-2012': {
      id: 'nd-45-2012',
      number: '45/2012/NĐ-CP',
      kind: 'decree',
      issuer: 'Chính phủ',
      title: 'Nghị định về khuyến công',
      issuedOn: '2012-05-21',
      effectiveFrom: '2012-07-05',
      replaces: ['nd-134-2004'],
      url: 'https://github.com/diepxuan/diepxuan.github.io/blob/main/van-ban/cong-nghiep/khuyen-cong.md',
      confidence: { basis: 'read', level: 'high' },
      note: 'Still in force, amended by NĐ 235/2025/NĐ-CP from 15/10/2025.',
    },
    'nd-134-2004': {
      id: 'nd-134-2004',
      number: '134/2004/NĐ-CP',
      kind: 'decree',
      issuer: 'Chính phủ',
      title: 'Nghị định về khuyến khích phát triển công nghiệp nông thôn',
      effectiveTo: '2012-07-04',
      confidence: { basis: 'read', level: 'high' },
      note: 'Replaced by NĐ 45/2012/NĐ-CP; its own dates are not encoded.',
    },
    'nd-235-2025': {
      id: 'nd-235-2025',
      number: '235/2025/NĐ-CP',
      kind: 'decree',
      issuer: 'Chính phủ',
      title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP về khuyến công',
      issuedOn: '2025-08-27',
      effectiveFrom: '2025-10-15',
      amends: ['nd-45-2012'],
      url: 'https://english.luatvietnam.vn/decreeno235-2025-nd-cpdatedaugust272025ofthegovernmentamendingandsupplementinganumberofarticlesofthegovernmentsdecreeno45-20-410222-doc1.html',
      confidence: { basis: 'secondary', level: 'high' },
      note: 'Issue date read; the effective date 15/10/2025 is from secondary sources. Its new sector list (Điều 5) was not read.',
    },
    'tt-46-2012-bct': {
      id: 'tt-46-2012-bct',
      number: '46/2012/TT-BCT',
      kind: 'circular',
      issuer: 'Bộ Công Thương',
      title:
        'Thông tư quy định chi tiết một số nội dung của Nghị định số 45/2012/NĐ-CP về khuyến công',
      issuedOn: '2012-12-28',
      effectiveFrom: '2013-02-10',
      confidence: { basis: 'read', level: 'high' },
    },
    'tt-20-2017-bct': {
      id: 'tt-20-2017-bct',
      number: '20/2017/TT-BCT',
      kind: 'circular',
      issuer: 'Bộ Công Thương',
      title: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 46/2012/TT-BCT',
      issuedOn: '2017-09-29',
      amends: ['tt-46-2012-bct'],
      confidence: { basis: 'read', level: 'high' },
      note: 'Effective date not found; full text not read.',
    },
    'tt-36-2013-bct': {
      id: 'tt-36-2013-bct',
      number: '36/2013/TT-BCT',
      kind: 'circular',
      issuer: 'Bộ Công Thương',
      title:
        'Thông tư quy định về việc xây dựng kế hoạch, tổ chức thực hiện và quản lý kinh phí khuyến công quốc gia',
      issuedOn: '2013-12-27',
      effectiveFrom: '2014-02-10',
      confidence: { basis: 'read', level: 'high' },
      note: 'Possibly replaced later (TT 17/2018/TT-BCT, not confirmed); its advance ratios are historical defaults.',
    },
    'ttlt-26-2014-btc-bct': {
      id: 'ttlt-26-2014-btc-bct',
      number: '26/2014/TTLT-BTC-BCT',
      kind: 'joint-circular',
      issuer: 'Bộ Tài chính - Bộ Công Thương',
      title:
        'Thông tư liên tịch hướng dẫn trình tự lập, quản lý, sử dụng kinh phí khuyến công quốc gia và kinh phí khuyến công địa phương',
      issuedOn: '2014-02-18',
      effectiveFrom: '2014-04-08',
      effectiveTo: '2018-05-10',
      confidence: { basis: 'read', level: 'high' },
      note: 'Lapsed when TT 28/2018/TT-BTC took effect on 11/05/2018.',
    },
    'tt-28-2018-btc': {
      id: 'tt-28-2018-btc',
      number: '28/2018/TT-BTC',
      kind: 'circular',
      issuer: 'Bộ Tài chính',
      title: 'Thông tư hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công',
      issuedOn: '2018-03-28',
      effectiveFrom: '2018-05-11',
      replaces: ['ttlt-26-2014-btc-bct'],
      url: 'https://english.luatvietnam.vn/circular-no-28-2018-tt-btc-dated-march-28-2018-of-the-ministry-of-finance-on-guiding-the-estimation-management-and-use-of-industrial-extension-fund-163904-doc1.html',
      confidence: { basis: 'secondary', level: 'high' },
      note: 'Amended by TT 64/2024/TT-BTC (content unknown). A replacement was expected in late 2026 but not seen.',
    },
    'tt-64-2024-btc': {
      id: 'tt-64-2024-btc',
      number: '64/2024/TT-BTC',
      kind: 'circular',
      issuer: 'Bộ Tài chính',
      title: 'Thông tư sửa đổi, bổ sung Thông tư số 28/2018/TT-BTC',
      amends: ['tt-28-2018-btc'],
      confidence: { basis: 'read', level: 'high' },
      note: 'Existence confirmed by NQ 23/2025/NQ-HĐND Phú Thọ; its date and the caps it changed were not found.',
    },
    'tt-26-2014-bct': {
      id: 'tt-26-2014-bct',
      number: '26/2014/TT-BCT',
      kind: 'circular',
      issuer: 'Bộ Công Thương',
      title: 'Thông tư quy định về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
      issuedOn: '2014-08-28',
      effectiveFrom: '2014-10-21',
      replaces: ['tt-35-2010-bct'],
      confidence: { basis: 'read', level: 'high' },
    },
    'tt-35-2010-bct': {
      id: 'tt-35-2010-bct',
      number: '35/2010/TT-BCT',
      kind: 'circular',
      issuer: 'Bộ Công Thương',
      title: 'Thông tư quy định về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
      effectiveTo: '2014-10-20',
      confidence: { basis: 'read', level: 'high' },
      note: 'Replaced by TT 26/2014/TT-BCT; its own dates are not encoded.',
    },
    'tt-14-2018-bct': {
      id: 'tt-14-2018-bct',
      number: '14/2018/TT-BCT',
      kind: 'circular',
      issuer: 'Bộ Công Thương',
      title: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 26/2014/TT-BCT',
      issuedOn: '2018-06-28',
      effectiveFrom: '2018-08-16',
      amends: ['tt-26-2014-bct'],
      confidence: { basis: 'secondary', level: 'high' },
    },
    'tt-38-2025-bct': {
      id: 'tt-38-2025-bct',
      number: '38/2025/TT-BCT',
      kind: 'circular',
      issuer: 'Bộ Công Thương',
      title:
        'Thông tư sửa đổi các thông tư về thủ tục hành chính khi phân cấp, phân quyền (cấp xã thay cấp huyện)',
      issuedOn: '2025-06-19',
      effectiveFrom: '2025-07-01',
      amends: ['tt-26-2014-bct'],
      confidence: { basis: 'secondary', level: 'medium' },
    },
    'vbhn-46-2025-bct': {
      id: 'vbhn-46-2025-bct',
      number: '46/VBHN-BCT',
      kind: 'consolidated-text',
      issuer: 'Bộ Công Thương',
      title:
        'Văn bản hợp nhất Thông tư quy định về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
      issuedOn: '2025-10-13',
      confidence: { basis: 'secondary', level: 'medium' },
    },
    'qd-1288-2014-ttg': {
      id: 'qd-1288-2014-ttg',
      number: '1288/QĐ-TTg',
      kind: 'decision',
      issuer: 'Thủ tướng Chính phủ',
      title: 'Quyết định phê duyệt Chương trình khuyến công quốc gia đến năm 2020',
      issuedOn: '2014-08-01',
      confidence: { basis: 'read', level: 'high' },
    },
    'qd-1881-2020-ttg': {
      id: 'qd-1881-2020-ttg',
      number: '1881/QĐ-TTg',
      kind: 'decision',
      issuer: 'Thủ tướng Chính phủ',
      title: 'Quyết định phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025',
      issuedOn: '2020-11-20',
      confidence: { basis: 'read', level: 'high' },
      note: 'Numeric targets and total budget not found.',
    },
    'qd-2646-2025-bct': {
      id: 'qd-2646-2025-bct',
      number: '2646/QĐ-BCT',
      kind: 'decision',
      issuer: 'Bộ Công Thương',
      title: 'Quyết định phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026-2030',
      issuedOn: '2025-09-23',
      effectiveFrom: '2025-09-23',
      url: 'https://hethongphapluat.vn/quyet-dinh-2646-qd-bct-nam-2025-phe-duyet-chuong-trinh-khuyen-cong-quoc-gia-giai-doan-2026-2030-do-bo-truong-bo-cong-thuong-ban-hanh.html',
      confidence: { basis: 'read', level: 'high' },
      note: 'Effective on signing. Targets and budget not found.',
    },
    'qd-148-2023-ttg': {
      id: 'qd-148-2023-ttg',
      number: '148/QĐ-TTg',
      kind: 'decision',
      issuer: 'Thủ tướng Chính phủ',
      title:
        'Quyết định ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình OCOP',
      confidence: { basis: 'secondary', level: 'medium' },
      note: 'Year 2023 reported; exact dates not found. OCOP certificates are valid for 36 months.',
    },
    'nd-174-2016': {
      id: 'nd-174-2016',
      number: '174/2016/NĐ-CP',
      kind: 'decree',
      issuer: 'Chính phủ',
      title: 'Nghị định quy định chi tiết một số điều của Luật Kế toán',
      confidence: { basis: 'read', level: 'high' },
      note: 'Điều 4 (currency symbol, abbreviated units, half-up rounding) was read; its dates are not encoded.',
    },
    'nd-30-2020': {
      id: 'nd-30-2020',
      number: '30/2020/NĐ-CP',
      kind: 'decree',
      issuer: 'Chính phủ',
      title: 'Nghị định về công tác văn thư',
      effectiveFrom: '2020-03-05',
      confidence: { basis: 'secondary', level: 'medium' },
      note: 'Phụ lục I: dates written in full, days below 10 and months 1-2 with a leading zero.',
    },
    'luat-ke-toan-88-2015': {
      id: 'luat-ke-toan-88-2015',
      number: '88/2015/QH13',
      kind: 'law',
      issuer: 'Quốc hội',
      title: 'Luật Kế toán',
      confidence: { basis: 'read', level: 'high' },
      note: 'Điều 10: the đồng, symbol "đ", international code "VND".',
    },
    'nq-hdnd-dak-lak-2025-khuyen-cong': {
      id: 'nq-hdnd-dak-lak-2025-khuyen-cong',
      kind: 'resolution',
      issuer: 'Hội đồng nhân dân tỉnh Đắk Lắk',
      title:
        'Nghị quyết quy định nội dung, mức chi hỗ trợ hoạt động khuyến công trên địa bàn tỉnh Đắk Lắk',
      effectiveFrom: '2025-07-26',
      url: 'https://www.vietnam.vn/en/muc-chi-moi-cho-hoat-dong-khuyen-cong-cao-nhat-den-800-trieu-dong-mo-hinh',
      confidence: { basis: 'secondary', level: 'medium' },
      note: "Passed at the first thematic session of the 10th provincial People's Council of the merged Đắk Lắk (with Phú Yên); replaces both former provinces' rules. Its number and the title wording were not found; the title here describes it.",
    },
    'nq-202-2025-qh15': {
      id: 'nq-202-2025-qh15',
      number: '202/2025/QH15',
      kind: 'resolution',
      issuer: 'Quốc hội',
      title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
      issuedOn: '2025-06-12',
      effectiveFrom: '2025-06-12',
      confidence: { basis: 'secondary', level: 'high' },
      note: 'Took effect on adoption; the 34 new provincial units operate from 01/07/2025.',
    },
    'nq-175-2024-qh15': {
      id: 'nq-175-2024-qh15',
      number: '175/2024/QH15',
      kind: 'resolution',
      issuer: 'Quốc hội',
      title: 'Nghị quyết về việc thành lập thành phố Huế trực thuộc trung ương',
      effectiveFrom: '2025-01-01',
      confidence: { basis: 'read', level: 'high' },
      note: 'Thừa Thiên Huế became the centrally-run city of Huế on 01/01/2025.',
    },
    'nq-30-2026-qh16': {
      id: 'nq-30-2026-qh16',
      number: '30/2026/QH16',
      kind: 'resolution',
      issuer: 'Quốc hội',
      title: 'Nghị quyết về việc thành lập thành phố Đồng Nai trực thuộc trung ương',
      issuedOn: '2026-04-14',
      effectiveFrom: '2026-04-30',
      url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-quyet-30-2026-QH16-thanh-lap-thanh-pho-Dong-Nai-703888.aspx',
      confidence: { basis: 'secondary', level: 'medium' },
      note: 'Text not read; sources: thanglequoc/vietnamese-provinces-database v3.1.0, dongnai.gov.vn, 16-NQ/TW of 21/07/2026.',
    },
    'nq-237-2026-ubtvqh16': {
      id: 'nq-237-2026-ubtvqh16',
      number: '237/NQ-UBTVQH16',
      kind: 'resolution',
      issuer: 'Ủy ban Thường vụ Quốc hội',
      title: 'Nghị quyết về việc thành lập 10 phường thuộc tỉnh Đồng Nai',
      effectiveFrom: '2026-04-30',
      url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-quyet-237-NQ-UBTVQH16-2026-thanh-lap-10-phuong-thuoc-tinh-Dong-Nai-702513.aspx',
      confidence: { basis: 'secondary', level: 'medium' },
      note: '10 xã of Đồng Nai became phường from 30/04/2026. Text and date of issue not found; source: thanglequoc/vietnamese-provinces-database v3.1.0.',
    },
  });
