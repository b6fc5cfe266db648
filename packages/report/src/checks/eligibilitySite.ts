import { type IsoDate, isIsoDate, type Location } from '@khuyencong/domain';
import { type EligibilitySite, locationSchema } from '@khuyencong/validation';
import { boundedMemo } from '../_internal/boundedMemo';
import { checkSiteDetails } from '../_internal/checkSiteDetails';
import { invalidArgument } from '../_internal/invalidArgument';
import type { SiteDetails } from '../model/SiteDetails';

type UnitKind = NonNullable<EligibilitySite['unitKind']>;
type DistrictKind = NonNullable<EligibilitySite['districtKind']>;

const COMMUNE_PREFIXES: readonly (readonly [RegExp, UnitKind])[] = [
  [/^xã\s/iu, 'commune'],
  [/^phường\s/iu, 'ward'],
  [/^thị trấn\s/iu, 'township'],
  [/^đặc khu\s/iu, 'special-zone'],
];

const DISTRICT_PREFIXES: readonly (readonly [RegExp, DistrictKind])[] = [
  [/^huyện\s/iu, 'district'],
  [/^thị xã\s/iu, 'town'],
  [/^(thành phố|tp\.?)\s/iu, 'district-level-city'],
  [/^quận\s/iu, 'urban-district'],
];

function kindInName<K>(name: string, prefixes: readonly (readonly [RegExp, K])[]): K | undefined {
  const value = name.normalize('NFC').trim();
  return prefixes.find(([prefix]) => prefix.test(value))?.[1];
}

// The kind a name begins with, remembered per name: a file repeats a few communes and districts.
const communeKindOf = boundedMemo((name) => kindInName(name, COMMUNE_PREFIXES));
const districtKindOf = boundedMemo((name) => kindInName(name, DISTRICT_PREFIXES));

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The production site as `checkEligibility` of `@khuyencong/validation` takes it, from what the data say and
 * nothing more: the commune-level unit's kind as given (`communeKind`) or as its name begins ("Phường Hải
 * Châu"); before 01/07/2025, the district's kind as its name begins ("Thị xã Sông Cầu"), which is the smallest
 * unit known when the commune's kind is not; the craft village; the city grade and priority areas of the row. A
 * kind the data do not give stays absent (validation reports `LOCATION_DATA_MISSING` where it matters).
 *
 * @param location - the project's (or beneficiary's) location.
 * @param asOf - the judgement date.
 * @param details - what the row says beyond the location.
 * @returns the site to judge.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a location that
 *   `locationSchema` of `@khuyencong/validation` refuses, a date that is not `YYYY-MM-DD`, or details with an
 *   unknown city grade or priority area.
 * @category Checks
 * @example
 * ```ts
 * import { eligibilitySite } from '@khuyencong/report';
 * [eligibilitySite({ provinceId: 'da-nang', commune: 'Phường Hải Châu' }, '2025-12-01', undefined), eligibilitySite({ provinceId: 'phu-yen', district: 'Thị xã Sông Cầu' }, '2024-01-01', { cityGrade: '3' })]
 * //=> [{ provinceId: 'da-nang', unitKind: 'ward' }, { provinceId: 'phu-yen', unitKind: 'town', cityGrade: '3' }]
 * ```
 */
export function eligibilitySite(
  location: Location,
  asOf: IsoDate,
  details: SiteDetails | undefined,
): EligibilitySite {
  if (!locationSchema.safeParse(location).success) {
    invalidArgument(
      'INVALID_ARGUMENT',
      'eligibilitySite',
      'location',
      location,
      'a location (see locationSchema of @khuyencong/validation)',
    );
  }
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    invalidArgument('INVALID_ARGUMENT', 'eligibilitySite', 'asOf', asOf, 'a YYYY-MM-DD date');
  }
  checkSiteDetails(details, 'eligibilitySite', 'details');
  return uncheckedEligibilitySite(location, asOf, details);
}

/** @internal {@link eligibilitySite} without its argument checks: what `eligibilityCheck` runs on every đề án. */
export function uncheckedEligibilitySite(
  location: Location,
  asOf: IsoDate,
  details: SiteDetails | undefined,
): EligibilitySite {
  const beforeReform = asOf < '2025-07-01';
  const districtKind =
    beforeReform && location.district !== undefined ? districtKindOf(location.district) : undefined;
  const unitKind: UnitKind | undefined =
    location.communeKind ??
    (location.commune === undefined ? undefined : communeKindOf(location.commune)) ??
    districtKind;
  const communeTier = unitKind !== undefined && unitKind !== districtKind;
  // Built by assignment, in this order: it runs on every đề án.
  const site: Mutable<EligibilitySite> = { provinceId: location.provinceId };
  if (unitKind !== undefined) site.unitKind = unitKind;
  if (communeTier && districtKind !== undefined) site.districtKind = districtKind;
  if (details?.cityGrade !== undefined) site.cityGrade = details.cityGrade;
  if (location.craftVillage !== undefined) site.craftVillage = location.craftVillage;
  if (details?.priorityAreas !== undefined) site.priorityAreas = details.priorityAreas;
  return site;
}
