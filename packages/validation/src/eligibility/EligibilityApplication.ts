import type {
  Activity,
  AdminUnitKind,
  BeneficiaryKind,
  Certificate,
  EnterpriseSize,
  IsoDate,
  PriorityAreaKind,
  PriorityOwnerKind,
  Sector,
} from '@khuyencong/domain';

/**
 * The kiln a clay-brick producer uses. TT 46/2012/TT-BCT Điều 5.1 excludes `improved-manual` (lò thủ công
 * cải tiến) and `hoffmann` (lò vòng) kilns; `tunnel` (lò tuynel), `vertical-shaft` (lò đứng liên tục) and
 * `unfired` (vật liệu không nung, no kiln) are not excluded.
 *
 * @category Eligibility
 */
export type BrickKiln = 'hoffmann' | 'improved-manual' | 'tunnel' | 'vertical-shaft' | 'unfired';

/**
 * The grade (loại) of an urban area, for phường before the 2025 reform: `special` (đặc biệt), `1`, `2`, `3`.
 *
 * @category Eligibility
 */
export type CityGrade = 'special' | '1' | '2' | '3';

/**
 * The kind of the smallest administrative unit known for a production site: a district-tier unit (`district`
 * huyện, `town` thị xã, `district-level-city` thành phố thuộc tỉnh, `urban-district` quận; until
 * 30/06/2025) or a commune-tier unit (`commune` xã, `ward` phường, `township` thị trấn until 30/06/2025,
 * `special-zone` đặc khu from 01/07/2025).
 *
 * @category Eligibility
 */
export type SiteUnitKind = Exclude<AdminUnitKind, 'province' | 'centrally-run-city'>;

/**
 * Where the beneficiary produces, as the administrative units were on the approval date (the production
 * site decides, not the head office: TT 46/2012/TT-BCT Điều 3).
 *
 * @category Eligibility
 */
export interface EligibilitySite {
  /** The provincial unit's id on that date (e.g. `'phu-yen'` in 2024, `'dak-lak-2025'` from 01/07/2025). */
  readonly provinceId: string;
  /**
   * The kind of the smallest unit known; absent when the data do not say (then the location test reports
   * `LOCATION_DATA_MISSING` where the answer depends on it, and nothing where it does not).
   */
  readonly unitKind?: SiteUnitKind;
  /** Before 01/07/2025: the kind of the district-tier unit a commune-tier unit belongs to. */
  readonly districtKind?: 'district' | 'town' | 'district-level-city' | 'urban-district';
  /** Before 01/07/2025, for a phường: the grade of the city (or centrally-run city) it belongs to. */
  readonly cityGrade?: CityGrade;
  /** For a phường of a grade-1 city: the date it was converted from a xã. */
  readonly convertedFromCommuneOn?: IsoDate;
  /** The recognised craft village (làng nghề) the site is in, if any. */
  readonly craftVillage?: string;
  /**
   * The priority areas the site is in (NĐ 45/2012 Điều 6, TT 46/2012 Điều 6); `difficult-area` or
   * `especially-difficult-area` also allows mining.
   */
  readonly priorityAreas?: readonly PriorityAreaKind[];
}

/**
 * What {@link checkEligibility} needs to know about an application for khuyến công support.
 *
 * @category Eligibility
 */
export interface EligibilityApplication {
  /** Who would receive the support. */
  readonly beneficiary: {
    /** The kind of establishment; absent when not known (reported as `ELIGIBILITY_DATA_MISSING`). */
    readonly kind?: BeneficiaryKind;
    /** The registered size class, for enterprises. */
    readonly size?: EnterpriseSize;
    /** Priority owner groups (from NĐ 235/2025). */
    readonly owners?: readonly PriorityOwnerKind[];
  };
  /** The activity the đề án funds. */
  readonly activity: Activity;
  /** The sector the beneficiary produces in; absent when not known (reported as `ELIGIBILITY_DATA_MISSING`). */
  readonly sector?: Sector;
  /** For clay-brick producers: the kiln used. */
  readonly brickKiln?: BrickKiln;
  /** The production site. */
  readonly location: EligibilitySite;
  /** The approval date of the đề án: the default "as of" date of the check. */
  readonly approvalDate?: IsoDate;
  /** Product certificates held (for the typical-product priority). */
  readonly certificates?: readonly Certificate[];
}
