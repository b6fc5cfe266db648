import { deepFreeze } from '@khuyencong/internal';
import type { IsoDate } from '../dates/IsoDate';
import type { LegalDocumentId } from '../legal/legalDocuments';

/**
 * The programme's regions for typical-product voting (bình chọn sản phẩm công nghiệp nông thôn
 * tiêu biểu cấp khu vực), per TT 26/2014/TT-BCT Điều 3.
 *
 * @category Administrative units
 */
export type ReportingRegionId = 'north' | 'central-highlands' | 'south';

/**
 * A programme region with its member provinces for a period.
 *
 * @category Administrative units
 */
export interface ReportingRegion {
  /** Stable id. */
  readonly id: ReportingRegionId;
  /** Name in the legal text, e.g. `'Khu vực miền Trung và Tây Nguyên'`. */
  readonly officialName: string;
  /** Name used in reports and news, e.g. `'miền Trung - Tây Nguyên'`. */
  readonly shortName: string;
  /** English name. */
  readonly nameEn: string;
  /** The member lists in force over time (only confirmed periods are listed). */
  readonly memberships: readonly RegionMembership[];
}

/**
 * The provinces of a region over a period, as a legal text lists them.
 *
 * @category Administrative units
 */
export interface RegionMembership {
  /** Ids of the member provincial units. */
  readonly provinceIds: readonly string[];
  /** First day the list applies. */
  readonly validFrom: IsoDate;
  /** Last day the list applies (inclusive); here the last day of the 63 units it names. */
  readonly validTo?: IsoDate;
  /** The legal text. */
  readonly legalRef: string;
  /** Its id in {@link LEGAL_DOCUMENTS}. */
  readonly legalDocumentId: LegalDocumentId;
}

const TT26_2014 = 'TT 26/2014/TT-BCT Điều 3 khoản 1 điểm c (effective 2014-10-21)';
const TT26_FROM = '2014-10-21';
// The lists name the 63 pre-reform units. Lists for the 34 units formed on 2025-07-01 were not
// found (TT 38/2025/TT-BCT not read), so membership from 2025-07-01 is unknown and not encoded.
const TT26_TO = '2025-06-30';

/**
 * The three typical-product voting regions of TT 26/2014/TT-BCT (North 28, Central and Central
 * Highlands 15, South 20 provincial units), with their member lists as the circular gives them.
 * Note that Thanh Hóa, Nghệ An and Hà Tĩnh are in the North region. No list is encoded from
 * 2025-07-01 (not found in any source read), so {@link regionOf} returns `undefined` from then.
 *
 * Source: TT 26/2014/TT-BCT Điều 3, Pháp điển mirror `diepxuan/diepxuan.github.io`,
 * `van-ban/cong-nghiep/khuyen-cong.md`, Điều 7.5.TT.3.3.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { REPORTING_REGIONS } from '@khuyencong/domain';
 * REPORTING_REGIONS.map((region) => [region.id, region.memberships[0]?.provinceIds.length])
 * //=> [['north', 28], ['central-highlands', 15], ['south', 20]]
 * ```
 */
export const REPORTING_REGIONS: readonly ReportingRegion[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'north',
    officialName: 'Khu vực phía Bắc',
    shortName: 'phía Bắc',
    nameEn: 'North',
    memberships: [
      {
        // In the circular's order.
        provinceIds: [
          'ha-tinh',
          'nghe-an',
          'thanh-hoa',
          'ninh-binh',
          'thai-binh',
          'nam-dinh',
          'ha-nam',
          'hung-yen',
          'hai-duong',
          'hai-phong',
          'quang-ninh',
          'ha-noi',
          'vinh-phuc',
          'bac-ninh',
          'bac-giang',
          'phu-tho',
          'yen-bai',
          'lao-cai',
          'cao-bang',
          'ha-giang',
          'lang-son',
          'thai-nguyen',
          'bac-kan',
          'tuyen-quang',
          'hoa-binh',
          'son-la',
          'dien-bien',
          'lai-chau',
        ],
        validFrom: TT26_FROM,
        validTo: TT26_TO,
        legalRef: TT26_2014,
        legalDocumentId: 'tt-26-2014-bct',
      },
    ],
  },
  {
    id: 'central-highlands',
    officialName: 'Khu vực miền Trung và Tây Nguyên',
    shortName: 'miền Trung - Tây Nguyên',
    nameEn: 'Central and Central Highlands',
    memberships: [
      {
        provinceIds: [
          'quang-binh',
          'quang-tri',
          'hue',
          'da-nang',
          'quang-nam',
          'quang-ngai',
          'binh-dinh',
          'phu-yen',
          'khanh-hoa',
          'ninh-thuan',
          'dak-lak',
          'dak-nong',
          'gia-lai',
          'kon-tum',
          'lam-dong',
        ],
        validFrom: TT26_FROM,
        validTo: TT26_TO,
        legalRef: TT26_2014,
        legalDocumentId: 'tt-26-2014-bct',
      },
    ],
  },
  {
    id: 'south',
    officialName: 'Khu vực phía Nam',
    shortName: 'phía Nam',
    nameEn: 'South',
    memberships: [
      {
        provinceIds: [
          'binh-duong',
          'dong-nai',
          'ba-ria-vung-tau',
          'tay-ninh',
          'binh-phuoc',
          'binh-thuan',
          'ho-chi-minh',
          'long-an',
          'tien-giang',
          'ben-tre',
          'tra-vinh',
          'vinh-long',
          'dong-thap',
          'can-tho',
          'hau-giang',
          'soc-trang',
          'kien-giang',
          'an-giang',
          'bac-lieu',
          'ca-mau',
        ],
        validFrom: TT26_FROM,
        validTo: TT26_TO,
        legalRef: TT26_2014,
        legalDocumentId: 'tt-26-2014-bct',
      },
    ],
  },
]);
