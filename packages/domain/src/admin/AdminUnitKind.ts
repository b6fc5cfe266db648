import { deepFreeze } from '@khuyencong/internal';
import type { IsoDate } from '../dates/IsoDate';
import { toIsoDate } from '../dates/toIsoDate';

/**
 * The kinds of Vietnamese administrative unit, as stable English kebab-case codes.
 *
 * - Provincial tier: `province` (tỉnh), `centrally-run-city` (thành phố trực thuộc trung ương).
 * - District tier, **abolished from 2025-07-01**: `district` (huyện), `town` (thị xã),
 *   `district-level-city` (thành phố thuộc tỉnh), `urban-district` (quận).
 * - Commune tier: `commune` (xã), `ward` (phường), `township` (thị trấn, **abolished from
 *   2025-07-01**), `special-zone` (đặc khu, **from 2025-07-01**).
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { ADMIN_UNIT_KINDS } from '@khuyencong/domain';
 * [ADMIN_UNIT_KINDS.length, ADMIN_UNIT_KINDS.includes('special-zone')]
 * //=> [10, true]
 * ```
 */
export const ADMIN_UNIT_KINDS = [
  'province',
  'centrally-run-city',
  'district',
  'town',
  'district-level-city',
  'urban-district',
  'commune',
  'ward',
  'township',
  'special-zone',
] as const;

/**
 * One of {@link ADMIN_UNIT_KINDS}.
 *
 * @category Administrative units
 */
export type AdminUnitKind = (typeof ADMIN_UNIT_KINDS)[number];

/**
 * The tier of the administrative hierarchy a kind belongs to. The `district` tier exists only
 * until 2025-06-30 (two-tier local government from 2025-07-01).
 *
 * @category Administrative units
 */
export type AdminTier = 'province' | 'district' | 'commune';

/**
 * What a kind of administrative unit is, with its Vietnamese name and the dates the kind existed.
 *
 * @category Administrative units
 */
export interface AdminUnitKindInfo {
  /** The kind's code. */
  readonly code: AdminUnitKind;
  /** Vietnamese name, lower case as used inside a sentence (e.g. `'thị xã'`). */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** The tier of the hierarchy. */
  readonly tier: AdminTier;
  /** First day the kind existed, when it started within the period this library models. */
  readonly validFrom?: IsoDate;
  /** Last day the kind existed (inclusive); absent while it still exists. */
  readonly validTo?: IsoDate;
  /** The legal basis of the start or end date, when there is one. */
  readonly legalRef?: string;
}

const LAST_DAY_OF_DISTRICT_TIER = '2025-06-30';
const FIRST_DAY_OF_TWO_TIER = '2025-07-01';
const TWO_TIER_REF =
  'NQ 203/2025/QH15 (Hiến pháp sửa đổi) and Luật Tổ chức chính quyền địa phương 72/2025/QH15, from 2025-07-01';

/**
 * The kinds of administrative unit, with Vietnamese names and validity dates.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { ADMIN_UNIT_KIND_INFO } from '@khuyencong/domain';
 * [ADMIN_UNIT_KIND_INFO.town.nameVi, ADMIN_UNIT_KIND_INFO.town.validTo, ADMIN_UNIT_KIND_INFO['special-zone'].validFrom]
 * //=> ['thị xã', '2025-06-30', '2025-07-01']
 * ```
 */
export const ADMIN_UNIT_KIND_INFO: Readonly<Record<AdminUnitKind, AdminUnitKindInfo>> =
  /* @__PURE__ */ deepFreeze({
    province: { code: 'province', nameVi: 'tỉnh', nameEn: 'province', tier: 'province' },
    'centrally-run-city': {
      code: 'centrally-run-city',
      nameVi: 'thành phố trực thuộc trung ương',
      nameEn: 'centrally-run city',
      tier: 'province',
    },
    district: {
      code: 'district',
      nameVi: 'huyện',
      nameEn: 'rural district',
      tier: 'district',
      validTo: LAST_DAY_OF_DISTRICT_TIER,
      legalRef: TWO_TIER_REF,
    },
    town: {
      code: 'town',
      nameVi: 'thị xã',
      nameEn: 'district-level town',
      tier: 'district',
      validTo: LAST_DAY_OF_DISTRICT_TIER,
      legalRef: TWO_TIER_REF,
    },
    'district-level-city': {
      code: 'district-level-city',
      nameVi: 'thành phố thuộc tỉnh',
      nameEn: 'provincial city',
      tier: 'district',
      validTo: LAST_DAY_OF_DISTRICT_TIER,
      legalRef: TWO_TIER_REF,
    },
    'urban-district': {
      code: 'urban-district',
      nameVi: 'quận',
      nameEn: 'urban district',
      tier: 'district',
      validTo: LAST_DAY_OF_DISTRICT_TIER,
      legalRef: TWO_TIER_REF,
    },
    commune: { code: 'commune', nameVi: 'xã', nameEn: 'commune', tier: 'commune' },
    ward: { code: 'ward', nameVi: 'phường', nameEn: 'ward', tier: 'commune' },
    township: {
      code: 'township',
      nameVi: 'thị trấn',
      nameEn: 'township',
      tier: 'commune',
      validTo: LAST_DAY_OF_DISTRICT_TIER,
      legalRef: TWO_TIER_REF,
    },
    'special-zone': {
      code: 'special-zone',
      nameVi: 'đặc khu',
      nameEn: 'special zone',
      tier: 'commune',
      validFrom: FIRST_DAY_OF_TWO_TIER,
      legalRef: TWO_TIER_REF,
    },
  });

/**
 * Whether a value is one of the {@link ADMIN_UNIT_KINDS} codes.
 *
 * @param value - anything.
 * @returns `true` for a known kind code.
 * @category Administrative units
 * @example
 * ```ts
 * import { isAdminUnitKind } from '@khuyencong/domain';
 * [isAdminUnitKind('ward'), isAdminUnitKind('phường'), isAdminUnitKind(3)]
 * //=> [true, false, false]
 * ```
 */
export function isAdminUnitKind(value: unknown): value is AdminUnitKind {
  return typeof value === 'string' && (ADMIN_UNIT_KINDS as readonly string[]).includes(value);
}

/**
 * The kinds of administrative unit that existed on a date (both bounds inclusive).
 *
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the kind codes, in {@link ADMIN_UNIT_KINDS} order.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date.
 * @category Administrative units
 * @example
 * ```ts
 * import { adminUnitKindsOn } from '@khuyencong/domain';
 * [adminUnitKindsOn('2025-06-30').includes('township'), adminUnitKindsOn('2025-07-01').includes('township')]
 * //=> [true, false]
 * ```
 */
export function adminUnitKindsOn(date: Date | string): AdminUnitKind[] {
  const day = toIsoDate(date);
  return ADMIN_UNIT_KINDS.filter((kind) => {
    const info = ADMIN_UNIT_KIND_INFO[kind];
    if (info.validFrom !== undefined && day < info.validFrom) return false;
    return info.validTo === undefined || day <= info.validTo;
  });
}
