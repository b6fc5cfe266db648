import { deepFreeze } from '@khuyencong/internal';
import type { IsoDate } from '../dates/IsoDate';
import type { LegalDocumentId } from '../legal/legalDocuments';

/**
 * The 2025 rearrangement of provincial-level units, as dates and counts.
 *
 * @category Administrative units
 */
export interface ProvinceReform {
  /** The resolution that decided it. */
  readonly legalRef: string;
  /** Its id in {@link LEGAL_DOCUMENTS}. */
  readonly legalDocumentId: LegalDocumentId;
  /** Its title. */
  readonly title: string;
  /** The day the National Assembly adopted it (it took effect on adoption). */
  readonly adoptedOn: IsoDate;
  /** The first day the new units existed and operated. */
  readonly unitsFrom: IsoDate;
  /** The last day the old units existed. */
  readonly lastDayOfOldUnits: IsoDate;
  /** Provincial-level units before. */
  readonly countBefore: number;
  /** Provincial-level units after. */
  readonly countAfter: number;
  /** New units formed by merging two or three old ones. */
  readonly mergedCount: number;
  /** Old units left unchanged. */
  readonly unchangedCount: number;
  /** How the facts were confirmed. */
  readonly sources: readonly string[];
}

/**
 * The 2025 provincial rearrangement: Nghị quyết 202/2025/QH15, adopted 2025-06-12; the new units
 * exist from 2025-07-01, the old ones last existed on 2025-06-30. 63 provincial-level units became
 * 34: 23 new units merged from 52 old ones, and 11 unchanged.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { PROVINCE_REFORM_2025 } from '@khuyencong/domain';
 * [PROVINCE_REFORM_2025.legalRef, PROVINCE_REFORM_2025.unitsFrom, PROVINCE_REFORM_2025.countAfter]
 * //=> ['NQ 202/2025/QH15', '2025-07-01', 34]
 * ```
 */
export const PROVINCE_REFORM_2025: ProvinceReform = /* @__PURE__ */ deepFreeze({
  legalRef: 'NQ 202/2025/QH15',
  legalDocumentId: 'nq-202-2025-qh15',
  title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025',
  adoptedOn: '2025-06-12',
  unitsFrom: '2025-07-01',
  lastDayOfOldUnits: '2025-06-30',
  countBefore: 63,
  countAfter: 34,
  mergedCount: 23,
  unchangedCount: 11,
  sources: [
    'Province mapping: NSO transition table "Bảng chuyển đổi ĐVHC mới - cũ" (2025-07), as stored in sunshine-tech/VietnamProvinces dev/seed-data/2025-07/',
    'Province mapping: tanthuan031/vnadministrative new_to_old.json (MIT)',
    'Adoption on 12/06/2025, 34 units (28 tỉnh + 6 thành phố): baomoi.net.vn / baokiemtoan.vn report of the vote',
    'In force from adoption: tuoitrephuyen.vn report of the 9th session vote',
  ],
});
