import type { IsoDate } from '../dates/IsoDate';

/**
 * Where a beneficiary produces (the production site, not the head office, decides eligibility: TT 46/2012
 * Điều 3). Names are kept as they were on `asOf`, so 2024 data keeps its districts and pre-merger provinces.
 *
 * @category Models
 */
export interface Location {
  /** The province id, as of {@link Location.asOf} (see the administrative-unit lookups). */
  readonly provinceId: string;
  /** The district (huyện, quận, thị xã, thành phố thuộc tỉnh) name, for dates before 01/07/2025. */
  readonly district?: string;
  /** The commune-level unit name (xã, phường, thị trấn, đặc khu). */
  readonly commune?: string;
  /** The kind of the commune-level unit. */
  readonly communeKind?: 'commune' | 'ward' | 'township' | 'special-zone';
  /** The recognised craft village (làng nghề), if the site is in one. */
  readonly craftVillage?: string;
  /** Further address text (industrial zone, street). */
  readonly address?: string;
  /** The date the names above refer to. */
  readonly asOf?: IsoDate;
}
