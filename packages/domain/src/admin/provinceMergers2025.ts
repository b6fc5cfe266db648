import { deepFreeze } from '@khuyencong/internal';
/**
 * One new provincial unit formed on 2025-07-01 by NQ 202/2025/QH15, and the old units whose whole
 * territory it took over.
 *
 * @category Administrative units
 */
export interface ProvinceMerger {
  /** Id of the new unit, e.g. `'dak-lak-2025'`. */
  readonly newId: string;
  /** Ids of the old units merged into it (each old unit went wholly into one new unit). */
  readonly componentIds: readonly string[];
}

/**
 * The 23 mergers of the 2025 provincial reform (NQ 202/2025/QH15, units from 2025-07-01).
 * Together they absorb 52 of the 63 old units; the other 11 are {@link UNCHANGED_PROVINCE_IDS_2025}.
 *
 * Confirmed against the NSO transition table (2025-07, as stored in `sunshine-tech/VietnamProvinces`,
 * `dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv`) and `tanthuan031/vnadministrative`
 * `new_to_old.json`. Note: one row of the NSO table labels Phường 4 of Tân An (Long An) as Tiền
 * Giang, so tools that derive province mappings from it report Tiền Giang → {Tây Ninh, Đồng Tháp};
 * NQ 202/2025 merged Tiền Giang wholly into Đồng Tháp.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { PROVINCE_MERGERS_2025 } from '@khuyencong/domain';
 * PROVINCE_MERGERS_2025.find((merger) => merger.newId === 'dak-lak-2025')?.componentIds
 * //=> ['dak-lak', 'phu-yen']
 * ```
 */
export const PROVINCE_MERGERS_2025: readonly ProvinceMerger[] = /* @__PURE__ */ deepFreeze([
  { newId: 'tuyen-quang-2025', componentIds: ['ha-giang', 'tuyen-quang'] },
  { newId: 'lao-cai-2025', componentIds: ['lao-cai', 'yen-bai'] },
  { newId: 'thai-nguyen-2025', componentIds: ['bac-kan', 'thai-nguyen'] },
  { newId: 'phu-tho-2025', componentIds: ['hoa-binh', 'phu-tho', 'vinh-phuc'] },
  { newId: 'bac-ninh-2025', componentIds: ['bac-giang', 'bac-ninh'] },
  { newId: 'hai-phong-2025', componentIds: ['hai-duong', 'hai-phong'] },
  { newId: 'hung-yen-2025', componentIds: ['hung-yen', 'thai-binh'] },
  { newId: 'ninh-binh-2025', componentIds: ['ha-nam', 'nam-dinh', 'ninh-binh'] },
  { newId: 'quang-tri-2025', componentIds: ['quang-binh', 'quang-tri'] },
  { newId: 'da-nang-2025', componentIds: ['da-nang', 'quang-nam'] },
  { newId: 'quang-ngai-2025', componentIds: ['quang-ngai', 'kon-tum'] },
  { newId: 'gia-lai-2025', componentIds: ['binh-dinh', 'gia-lai'] },
  { newId: 'khanh-hoa-2025', componentIds: ['khanh-hoa', 'ninh-thuan'] },
  { newId: 'dak-lak-2025', componentIds: ['dak-lak', 'phu-yen'] },
  { newId: 'lam-dong-2025', componentIds: ['binh-thuan', 'dak-nong', 'lam-dong'] },
  { newId: 'dong-nai-2025', componentIds: ['binh-phuoc', 'dong-nai'] },
  { newId: 'ho-chi-minh-2025', componentIds: ['binh-duong', 'ba-ria-vung-tau', 'ho-chi-minh'] },
  { newId: 'tay-ninh-2025', componentIds: ['tay-ninh', 'long-an'] },
  { newId: 'dong-thap-2025', componentIds: ['tien-giang', 'dong-thap'] },
  { newId: 'vinh-long-2025', componentIds: ['ben-tre', 'tra-vinh', 'vinh-long'] },
  { newId: 'an-giang-2025', componentIds: ['an-giang', 'kien-giang'] },
  { newId: 'can-tho-2025', componentIds: ['can-tho', 'hau-giang', 'soc-trang'] },
  { newId: 'ca-mau-2025', componentIds: ['bac-lieu', 'ca-mau'] },
]);

/**
 * The 11 provincial units the 2025 reform left unchanged; each is one record that continues across
 * 2025-07-01 (same id, same code).
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { UNCHANGED_PROVINCE_IDS_2025 } from '@khuyencong/domain';
 * [UNCHANGED_PROVINCE_IDS_2025.length, UNCHANGED_PROVINCE_IDS_2025.includes('hue')]
 * //=> [11, true]
 * ```
 */
export const UNCHANGED_PROVINCE_IDS_2025: readonly string[] = /* @__PURE__ */ deepFreeze([
  'ha-noi',
  'cao-bang',
  'dien-bien',
  'lai-chau',
  'son-la',
  'lang-son',
  'quang-ninh',
  'thanh-hoa',
  'nghe-an',
  'ha-tinh',
  'hue',
]);
